"""Writes the demo evaluations (core/demo_evaluation.py): final evaluations with
levels per result, conclusions per deployment with their history, the reason
closed help ended with, and the case's outcome figures. Listed after the results
step and writer in store/demo_steps.py: it refers to their rows."""

from __future__ import annotations

from sqlite_utils import Database

from ..core import evaluation as ev
from ..core.demo import DemoFamily
from ..core.outcomes import case_uitval
from .bulk_rows import insert_rows
from .families import now
from .outcome_facts import outcome_rules


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def write_evaluations(db: Database, batch: list[tuple[int, DemoFamily]]) -> None:
    rules = outcome_rules()
    lo, hi = batch[0][0], batch[-1][0]
    cases = {r[0]: (r[1], r[2]) for r in db.execute(
        "SELECT case_number, id, next_evaluation FROM cases WHERE family_id BETWEEN ? AND ?",
        [lo, hi])}
    results: dict[int, list[int]] = {}
    for rid, cid in db.execute("SELECT r.id, r.case_id FROM results r JOIN cases c ON "
                               "c.id = r.case_id WHERE c.family_id BETWEEN ? AND ? "
                               "ORDER BY r.case_id, r.position, r.id", [lo, hi]):
        results.setdefault(cid, []).append(rid)
    deps: dict[int, list[tuple[int, int | None]]] = {}
    for did, cid, amount in db.execute(
            "SELECT d.id, d.case_id, d.amount FROM deployments d JOIN cases c ON c.id = d.case_id "
            "WHERE c.family_id BETWEEN ? AND ? ORDER BY d.id", [lo, hi]):
        deps.setdefault(cid, []).append((did, amount))
    stamp = now()
    conn = db.conn
    levels, conclusions, events, ends, outcomes = [], [], [], [], []
    for _fid, demo in batch:
        for case_index, evals in demo.extras.get("evaluations", {}).items():
            case = demo.cases[case_index]
            case_id, next_eval = cases[case.case_number]
            rids, dids = results.get(case_id, []), deps.get(case_id, [])
            reasons = []
            for n, e in enumerate(evals):
                nxt = evals[n + 1].held_on if n + 1 < len(evals) else (
                    None if case.status == "afgesloten" else next_eval)
                eid = conn.execute(
                    "INSERT INTO evaluations (case_id, held_on, status, step, satisfaction, "
                    "satisfaction_words, goes_well, next_steps, next_date, consultant, "
                    "created_at, updated_at, finalized_at, usefulness) VALUES "
                    "(?, ?, 'definitief', 'done', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [case_id, e.held_on.isoformat(), e.satisfaction, e.satisfaction_words,
                     e.goes_well, e.next_steps, nxt, case.consultant, stamp, stamp, stamp,
                     e.usefulness]
                ).lastrowid
                levels += [(eid, rid, lv, reached, words)
                           for rid, (lv, reached, words) in zip(rids, e.levels, strict=False)]
                for i, (kind, amount, from_date, service, reason, why) in e.conclusions.items():
                    if i >= len(dids):
                        continue
                    did, old = dids[i]
                    conclusions.append((eid, did, kind, amount, _iso(from_date), service, reason,
                                        why))
                    on = from_date or e.held_on
                    events.append((did, eid, on.isoformat(), kind, old, amount, service, reason,
                                   why, stamp))
                    if reason:
                        ends.append((reason, did))
                        reasons.append(reason)
            if reasons:
                last = evals[-1]
                out = ev.outcome(reasons, last.satisfaction, [r for _, r, _ in last.levels],
                                 uitval=case_uitval([(r, "") for r in reasons], rules))
                outcomes.append((int(out.uitval), ",".join(out.end_reasons), out.satisfaction,
                                 out.goals_reached, out.goals_total, last.held_on.isoformat(),
                                 case_id))
    insert_rows(conn, "INSERT INTO evaluation_results (evaluation_id, result_id, level, reached, "
                      "words) VALUES (?, ?, ?, ?, ?)", levels)
    insert_rows(conn, "INSERT INTO evaluation_conclusions (evaluation_id, deployment_id, "
                      "conclusion, new_amount, from_date, service, end_reason, why) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", conclusions)
    insert_rows(conn, "INSERT INTO deployment_events (deployment_id, evaluation_id, on_date, kind, "
                      "old_amount, new_amount, service, end_reason, why, recorded_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    conn.executemany("UPDATE deployments SET end_reason = ? WHERE id = ?", ends)
    conn.executemany("UPDATE cases SET outcome_uitval = ?, outcome_end_reasons = ?, "
                     "outcome_satisfaction = ?, outcome_goals_reached = ?, "
                     "outcome_goals_total = ?, outcome_set_on = ? WHERE id = ?", outcomes)
