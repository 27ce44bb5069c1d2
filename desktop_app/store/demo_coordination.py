"""Demo writer for coordination decisions (listed last in store/demo_steps.py):
one decision per active or closed case in a region with a policy, the case's
decision columns, and no CJG follow-up date where there is no coordination."""

from __future__ import annotations

from dataclasses import replace

from sqlite_utils import Database

from ..core.demo import DemoFamily
from ..core.demo_coordination import decisions_for
from ..paths import forms_dir
from .case_state import default_policies
from .coordination_facts import follow_up_at_decision, running_deployments
from .decisions import decision_row
from .families import now


def write_decisions(db: Database, batch: list[tuple[int, DemoFamily]]) -> None:
    """Runs after the results writer (store/demo_steps.py), so each decision names
    the products and providers the case really has."""
    folder = str(forms_dir())
    numbers = {}
    lo, hi = batch[0][0], batch[-1][0]
    for case_id, number in db.execute(
            "SELECT id, case_number FROM cases WHERE family_id BETWEEN ? AND ?", [lo, hi]):
        numbers[number] = case_id
    running = running_deployments(db, list(numbers.values()))
    rows, updates = [], []
    stamp = now()
    margins = {p.id: p.days_before_end for p in default_policies()}
    for _, demo in batch:
        for number, decision in decisions_for(demo, folder, lambda n: running.get(numbers[n], [])):
            # The date core.lifecycle gives at the decision (decisions are immutable).
            due = follow_up_at_decision(decision, running.get(numbers[number], []),
                                        margins.get(decision.policy_id, 0))
            row = decision_row(replace(decision, follow_up_due=due), stamp)
            row["case_id"] = numbers[number]
            rows.append(row)
    if not rows:
        return
    db["coordination_decisions"].insert_all(rows, batch_size=500)
    for case_id, decision_id, level, coordination in db.execute(
            "SELECT case_id, id, level, coordination FROM coordination_decisions "
            "WHERE case_id IN (SELECT id FROM cases WHERE family_id BETWEEN ? AND ?)", [lo, hi]):
        updates.append((decision_id, level, coordination, case_id))
    db.conn.executemany(
        "UPDATE cases SET decision_id = ?, coordination_level = ?, coordination = ?, "
        "next_evaluation = CASE WHEN ? = 1 THEN next_evaluation END WHERE id = ?",
        [(d, lv, c, c, cid) for d, lv, c, cid in updates])
