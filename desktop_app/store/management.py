"""What the management report reads: the cases, trajecten (deployments), their stored
cost estimates and scale-downs of the chosen municipalities, as core.management facts.
Read-only; a handful of set-based queries, grouped in Python, so a 100,000-family
database is read in seconds. Savings are asked of core.costs.change_saving, the one
owner (the same contract lookup as store/cost_refresh.py)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlite_utils import Database

from ..core.costs import Volume, change_saving
from ..core.management import CaseFacts, CostFacts, ScaleDown
from ..core.outcomes import Traject
from . import rows

ENDED = "beëindigd"


def municipalities(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT municipality FROM cases WHERE municipality <> '' ORDER BY 1")]


def level_order(db: Database) -> tuple[str, ...]:
    """The coordination levels decided, from none to the most intensive."""
    return tuple(r[0] for r in db.execute(
        "SELECT level FROM coordination_decisions GROUP BY level ORDER BY "
        "min(CASE level WHEN 'geen' THEN 0 WHEN 'standaard' THEN 1 ELSE 2 END), 1"))


def _where(municipality: str | None) -> tuple[str, list]:
    return ("WHERE c.municipality = ?", [municipality]) if municipality else ("", [])


def read_cases(db: Database, municipality: str | None = None) -> list[CaseFacts]:
    where, args = _where(municipality)
    out = []
    for r in db.execute(
            "SELECT c.id, c.family_id, c.municipality, c.start_date, c.end_date, "
            "c.decision_id IS NOT NULL, coalesce(c.coordination, 0), "
            "coalesce(d.level, ''), c.next_evaluation FROM cases c "
            f"LEFT JOIN coordination_decisions d ON d.id = c.decision_id {where}", args):
        out.append(CaseFacts(r[0], r[1], r[2] or "", rows.day(r[3]), rows.day(r[4]), bool(r[5]),
                             bool(r[6]), r[7], rows.day(r[8])))
    return out


def _final_evaluations(db: Database, where: str, args: list) -> dict[int, list[tuple]]:
    """case id -> [(held_on, usefulness, {result id: reached})], oldest first."""
    reached: dict[int, dict[int, str]] = defaultdict(dict)
    for eid, rid, value in db.execute(
            "SELECT er.evaluation_id, er.result_id, er.reached FROM evaluation_results er "
            "JOIN evaluations e ON e.id = er.evaluation_id JOIN cases c ON c.id = e.case_id "
            f"{where} {'AND' if where else 'WHERE'} e.status = 'definitief'", args):
        reached[eid][rid] = value or ""
    out: dict[int, list[tuple]] = defaultdict(list)
    for eid, case_id, held_on, usefulness in db.execute(
            "SELECT e.id, e.case_id, e.held_on, e.usefulness FROM evaluations e "
            f"JOIN cases c ON c.id = e.case_id {where} {'AND' if where else 'WHERE'} "
            "e.status = 'definitief' ORDER BY e.held_on, e.id", args):
        out[case_id].append((rows.day(held_on), usefulness, reached.get(eid, {})))
    return out


def read_trajects(db: Database, municipality: str | None = None,
                  today: date | None = None) -> tuple[list[Traject], list[CostFacts]]:
    """Every deployment of the chosen cases as a traject: its end only once it ended; its
    usefulness and results from the latest final evaluation held while it ran."""
    today = today or date.today()
    where, args = _where(municipality)
    change_reasons = dict(db.execute(
        "SELECT ev.deployment_id, ev.change_reason FROM deployment_events ev "
        "WHERE ev.kind IN ('beeindigen', 'voorliggend') AND ev.change_reason <> '' "
        "ORDER BY ev.on_date, ev.id").fetchall())
    links: dict[int, set[int]] = defaultdict(set)
    for dep_id, result_id in db.execute("SELECT deployment_id, result_id FROM deployment_results"):
        links[dep_id].add(result_id)
    evaluations = _final_evaluations(db, where, args)
    trajects, costs = [], []
    for r in db.execute(
            "SELECT d.id, c.family_id, c.id, c.municipality, d.category, d.start_date, "
            "d.end_date, d.status, d.end_reason, d.estimated_cost FROM deployments d "
            f"JOIN cases c ON c.id = d.case_id {where} ORDER BY d.id", args):
        dep_id, start = r[0], rows.day(r[5])
        last = rows.day(r[6])
        ended = r[7] == ENDED
        usefulness, reached = None, ()
        until = min(last or today, today)
        for held_on, useful, answers in reversed(evaluations.get(r[2], [])):
            if start is not None and start <= held_on <= until:
                usefulness = useful
                linked = links.get(dep_id)
                reached = tuple(v for rid, v in answers.items() if not linked or rid in linked)
                break
        trajects.append(Traject(
            dep_id, r[1], start, last if ended else None, r[8] or "",
            change_reasons.get(dep_id, ""), usefulness, reached, r[3] or "", r[4] or "",
            last))
        costs.append(CostFacts(dep_id, r[9]))
    return trajects, costs


def read_scale_downs(db: Database, municipality: str | None = None) -> list[ScaleDown]:
    """Every volume change to a lower amount, with what it saved: the deployment's cost
    with its history up to that change minus its cost with the change (change_saving),
    over the beschikking as granted."""
    where, args = _where(municipality)
    contracts = {(c.provider_id, c.product_id, c.region): c for c in
                 (rows.contract(r) for r in db.query("SELECT * FROM contracts"))}
    units = dict(db.execute("SELECT id, unit FROM products").fetchall())
    history: dict[int, list[tuple]] = defaultdict(list)
    for r in db.query("SELECT * FROM deployment_volume_changes ORDER BY from_date, id"):
        history[r["deployment_id"]].append((
            rows.day(r["from_date"]), Volume(r["old_amount"], r["old_unit"], r["old_frequency"]),
            Volume(r["new_amount"], r["new_unit"], r["new_frequency"])))
    out = []
    for r in db.execute(
            "SELECT d.id, d.provider_id, d.product_id, d.start_date, "
            "coalesce(d.granted_end, d.end_date), c.region, c.municipality FROM deployments d "
            f"JOIN cases c ON c.id = d.case_id {where} "
            f"{'AND' if where else 'WHERE'} d.id IN "
            "(SELECT deployment_id FROM deployment_volume_changes)", args):
        contract = contracts.get((r[1], r[2], r[5]))
        tariff = contract.tariff(units[r[2]]) if contract and r[2] in units else None
        start, end = rows.day(r[3]), rows.day(r[4])
        changes = history[r[0]]
        for k, (from_date, old, new) in enumerate(changes):
            if new.amount is None or old.amount is None or new.amount >= old.amount:
                continue
            saving = change_saving(old, start, end, changes[:k], tariff, from_date, new)
            out.append(ScaleDown(r[0], r[6] or "", from_date, saving.cents))
    return out
