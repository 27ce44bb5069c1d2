"""The 1Gezin1Plan intake: answers per case, life domains, network map, consents."""


def migrate(db) -> None:
    db["intakes"].create(
        {
            "case_id": int,
            "step": str,
            "help_question": str,
            "safety": str,
            "safety_note": str,
            "professional_note": str,
            "fgp": str,
            "fgp_date": str,
            "fgp_where": str,
            "regisseur_kind": str,
            "regisseur_name": str,
            "regisseur_contact": str,
            "evaluation_date": str,
            "plan_version": int,
            "plan_exported_at": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="case_id",
        foreign_keys=[("case_id", "cases", "id")],
        defaults={"step": "", "help_question": "", "safety": "", "safety_note": "",
                  "professional_note": "", "fgp": "", "fgp_where": "", "regisseur_kind": "",
                  "regisseur_name": "", "regisseur_contact": "", "plan_version": 0},
    )
    # person_id 0 = about the whole household. No foreign key on person_id: a member
    # removed from the family leaves answers behind that the reads simply skip.
    db["intake_questions"].create(
        {"case_id": int, "person_id": int, "text": str, "updated_at": str},
        pk=("case_id", "person_id"),
        foreign_keys=[("case_id", "cases", "id")],
        defaults={"text": ""},
    )
    db["intake_domains"].create(
        {
            "case_id": int,
            "set_key": str,
            "domain_key": str,
            "person_id": int,
            "good": str,
            "worries": str,
            "score": int,
            "eigen": int,
            "netwerk": int,
            "hulp": int,
            "priority": int,
            "updated_at": str,
        },
        pk=("case_id", "set_key", "domain_key", "person_id"),
        foreign_keys=[("case_id", "cases", "id")],
        defaults={"good": "", "worries": "", "priority": 0},
    )
    db["network_contacts"].create(
        {
            "id": int,
            "case_id": int,
            "group_key": str,
            "name": str,
            "relation": str,
            "ties": str,
            "formal": int,
            "phone": str,
            "email": str,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
        not_null={"case_id", "group_key", "name"},
        defaults={"relation": "", "ties": "", "formal": 0, "phone": "", "email": "", "note": ""},
    )
    db["network_contacts"].create_index(["case_id"])
    db["consents"].create(
        {
            "id": int,
            "case_id": int,
            "person_id": int,
            "subject_id": int,
            "what": str,
            "with_whom": str,
            "given_on": str,
            "method": str,
            "withdrawn": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
        not_null={"case_id"},
        defaults={"what": "", "with_whom": "", "method": "mondeling", "withdrawn": 0},
    )
    db["consents"].create_index(["case_id"])
