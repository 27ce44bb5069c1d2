"""Small reads and writes of the results area that store/results.py does not offer (kept in
their own module while store/results.py is being split; fold them in there afterwards):
the order of a case's results, the stored cost estimate of every deployment (to tell which
cases a catalogue import changed) and the cases the screenshots show."""

from __future__ import annotations

from sqlite_utils import Database

from ..core.validation import ValidationError
from .families import now


def result_order(db: Database, case_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT id FROM results WHERE case_id = ? ORDER BY position, id", [case_id])]


def reorder_results(db: Database, case_id: int, ordered_ids: list[int]) -> None:
    """Give the case's results the order of `ordered_ids` (every result of the case, once)."""
    if sorted(ordered_ids) != sorted(result_order(db, case_id)):
        raise ValidationError("code", "position")
    stamp = now()
    with db.atomic():
        for position, result_id in enumerate(ordered_ids, start=1):
            db.execute("UPDATE results SET position = ?, updated_at = ? "
                       "WHERE id = ? AND position IS NOT ?",
                       [position, stamp, result_id, position])


def deployment_costs(db: Database) -> dict[int, tuple[int, int, int | None]]:
    """{deployment id: (case id, family id, stored estimate in cents)}."""
    return {r[0]: (r[1], r[2], r[3]) for r in db.execute(
        "SELECT d.id, d.case_id, c.family_id, d.estimated_cost FROM deployments d "
        "JOIN cases c ON c.id = d.case_id")}


def showcase_case(db: Database) -> int | None:
    """The case with the most deployments and results (for screenshots)."""
    row = db.execute(
        "SELECT d.case_id FROM deployments d JOIN results r ON r.case_id = d.case_id "
        "GROUP BY d.case_id ORDER BY count(DISTINCT d.id) DESC, count(DISTINCT r.id) DESC, "
        "d.case_id LIMIT 1").fetchone()
    return row[0] if row else None


def showcase_deployment(db: Database) -> tuple[int, int] | None:
    """(case id, deployment id): one with an acknowledged contract warning and a volume
    change if there is one (for screenshots)."""
    row = db.execute(
        "SELECT d.case_id, d.id FROM deployments d LEFT JOIN deployment_volume_changes v "
        "ON v.deployment_id = d.id ORDER BY d.contracted, v.id IS NULL, d.id LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None
