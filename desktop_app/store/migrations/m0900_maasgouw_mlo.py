"""Maasgouw is in Midden-Limburg Oost (issue 16; core/regions.py). Cases stored under the
old mapping (MLW) move to MLO, and what the region decides is recomputed:

- the contract check of their deployments (contracted for the product in MLO?), so the
  warning follows the MLO contracts; a reason given earlier is kept as written;
- the cost estimates, which use the region's tariffs (store/cost_refresh.py);
- status, next evaluation and review under MLO's policy: store/case_state.py's RULE_VERSION
  was raised with this migration, so every case is recomputed at the next session open.
"""

MUNICIPALITY = "Maasgouw"
REGION = "MLO"


def migrate(db) -> None:
    moved = [r[0] for r in db.execute(
        "SELECT id FROM cases WHERE municipality = ? AND region != ?", [MUNICIPALITY, REGION])]
    if not moved:
        return
    marks = ",".join("?" * len(moved))
    db.execute(f"UPDATE cases SET region = ? WHERE id IN ({marks})", [REGION, *moved])
    # The same rule as Deployments.contract_status: a contract row for provider, product and
    # the case's region; unchecked (None) while provider or product is missing.
    db.execute(
        "UPDATE deployments SET contracted = CASE "
        "  WHEN provider_id IS NULL OR product_id IS NULL THEN NULL "
        "  WHEN EXISTS (SELECT 1 FROM contracts k WHERE k.provider_id = deployments.provider_id "
        "    AND k.product_id = deployments.product_id AND k.region = ?) THEN 1 ELSE 0 END "
        f"WHERE case_id IN ({marks})", [REGION, *moved])
    from ..cost_refresh import recompute_all_costs

    recompute_all_costs(db)
