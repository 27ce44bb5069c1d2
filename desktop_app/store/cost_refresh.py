"""Re-estimating every deployment at once, after a catalog import changed tariffs.

The set-based twin of `Deployments._recompute_case` (store/deployments.py): the
same estimates, the same case totals and the same caseload column, in one pass in
Python over prefetched rows and a few statements, so a 100,000-family database
takes seconds, not minutes. Change them together."""

from __future__ import annotations

from sqlite_utils import Database

from ..core.costs import Volume, deployment_cost
from . import rows


def recompute_all_costs(db: Database) -> int:
    """Re-estimate every deployment; returns how many. Call inside a transaction."""
    contracts = {(c.provider_id, c.product_id, c.region): c for c in
                 (rows.contract(r) for r in db.query("SELECT * FROM contracts"))}
    units = dict(db.execute("SELECT id, unit FROM products").fetchall())
    changes: dict[int, list] = {}
    for r in db.query("SELECT * FROM deployment_volume_changes ORDER BY from_date, id"):
        changes.setdefault(r["deployment_id"], []).append((
            rows.day(r["from_date"]), Volume(r["old_amount"], r["old_unit"], r["old_frequency"]),
            Volume(r["new_amount"], r["new_unit"], r["new_frequency"])))
    updates = []
    for r in db.query("SELECT d.id, d.provider_id, d.product_id, d.amount, d.unit, "
                      "d.frequency, d.start_date, d.end_date, c.region FROM deployments d "
                      "JOIN cases c ON c.id = d.case_id"):
        contract = contracts.get((r["provider_id"], r["product_id"], r["region"]))
        tariff = contract.tariff(units[r["product_id"]]) if contract else None
        start, end = rows.day(r["start_date"]), rows.day(r["end_date"])
        cost = deployment_cost(Volume(r["amount"], r["unit"], r["frequency"]),
                               start, end, changes.get(r["id"], []), tariff)
        updates.append((cost.cents, r["id"]))
    db.conn.executemany("UPDATE deployments SET estimated_cost = ? WHERE id = ?", updates)
    db.execute("UPDATE cases SET estimated_cost = (SELECT coalesce(sum(d.estimated_cost), 0) "
               "FROM deployments d WHERE d.case_id = cases.id) "
               "WHERE id IN (SELECT case_id FROM deployments)")
    # The caseload shows the current case's cost (rule of Families.refresh_summary).
    db.execute("UPDATE families SET estimated_cost = (SELECT c.estimated_cost FROM cases c "
               "WHERE c.family_id = families.id ORDER BY c.status = 'afgesloten', "
               "c.start_date DESC, c.id DESC LIMIT 1)")
    return len(updates)
