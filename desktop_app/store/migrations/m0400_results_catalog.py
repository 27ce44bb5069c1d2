"""Results (GAS), actions, deployed help with volume history, and the regional
catalog (providers, products, contracts). Adds the estimated cost to cases and to
the families caseload summary (integer cents, maintained on write)."""


def migrate(db) -> None:
    db["providers"].create(
        {"id": int, "code": str, "name": str, "updated_at": str},
        pk="id", not_null={"code", "name"},
    )
    db["providers"].create_index(["code"], unique=True)
    db["products"].create(
        {"id": int, "code": str, "name": str, "category": str, "unit": str, "updated_at": str},
        pk="id", not_null={"code", "name", "category", "unit"},
    )
    db["products"].create_index(["code"], unique=True)
    db["contracts"].create(
        {"id": int, "provider_id": int, "product_id": int, "region": str, "tariff_cents": int,
         "tariff_year": int, "indexation": str, "updated_at": str},
        pk="id",
        foreign_keys=[("provider_id", "providers", "id"), ("product_id", "products", "id")],
        not_null={"provider_id", "product_id", "region", "tariff_cents", "tariff_year"},
        defaults={"indexation": "0"},
    )
    db["contracts"].create_index(["provider_id", "product_id", "region"], unique=True)
    db["contracts"].create_index(["product_id", "region"])

    db["results"].create(
        {"id": int, "case_id": int, "family_words": str, "formulation": str, "domains": str,
         "member_ids": str, "owner": str, "target_date": str,
         "level_m2": str, "level_m1": str, "level_0": str, "level_p1": str, "level_p2": str,
         "start_level": int, "weight": int, "position": int, "created_at": str,
         "updated_at": str},
        pk="id", foreign_keys=[("case_id", "cases", "id")], not_null={"case_id"},
        defaults={"family_words": "", "formulation": "", "domains": "[]", "member_ids": "[]",
                  "owner": "", "level_m2": "", "level_m1": "", "level_0": "", "level_p1": "",
                  "level_p2": "", "weight": 1, "position": 0},
    )
    db["results"].create_index(["case_id", "position"])

    db["actions"].create(
        {"id": int, "case_id": int, "result_id": int, "what": str, "who_kind": str, "who": str,
         "due": str, "status": str, "created_at": str, "updated_at": str},
        pk="id",
        foreign_keys=[("case_id", "cases", "id"), ("result_id", "results", "id")],
        not_null={"case_id", "who_kind", "status"},
        defaults={"what": "", "who": "", "status": "gepland", "who_kind": "gezin"},
    )
    db["actions"].create_index(["case_id"])

    db["deployments"].create(
        {"id": int, "case_id": int, "provider_id": int, "product_id": int, "category": str,
         "amount": int, "unit": str, "frequency": str, "start_date": str, "end_date": str,
         "beschikkingnummer": str, "referrer": str, "location": str, "status": str,
         "end_reason": str, "contracted": int, "contract_reason": str,
         "contract_acknowledged_at": str, "estimated_cost": int, "created_at": str,
         "updated_at": str},
        pk="id",
        foreign_keys=[("case_id", "cases", "id"), ("provider_id", "providers", "id"),
                      ("product_id", "products", "id")],
        not_null={"case_id", "unit", "frequency", "status"},
        defaults={"category": "", "beschikkingnummer": "", "referrer": "", "location": "thuis",
                  "status": "aangevraagd", "end_reason": "", "contract_reason": "",
                  "contract_acknowledged_at": ""},
    )
    db["deployments"].create_index(["case_id"])
    db["deployments"].create_index(["provider_id", "product_id"])
    db["deployment_results"].create(
        {"deployment_id": int, "result_id": int},
        pk=("deployment_id", "result_id"),
        foreign_keys=[("deployment_id", "deployments", "id"), ("result_id", "results", "id")],
    )
    db["deployment_results"].create_index(["result_id"])
    # Every change of volume (afschalen, opschalen): the old volume stays here.
    db["deployment_volume_changes"].create(
        {"id": int, "deployment_id": int, "from_date": str, "old_amount": int, "old_unit": str,
         "old_frequency": str, "new_amount": int, "new_unit": str, "new_frequency": str,
         "reason": str, "changed_at": str},
        pk="id", foreign_keys=[("deployment_id", "deployments", "id")],
        not_null={"deployment_id", "from_date"}, defaults={"reason": ""},
    )
    db["deployment_volume_changes"].create_index(["deployment_id", "from_date"])

    db["cases"].add_column("estimated_cost", int)
    db["families"].add_column("estimated_cost", int)
