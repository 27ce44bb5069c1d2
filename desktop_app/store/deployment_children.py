"""Which of the family's children a deployment is for (table deployment_members, m1012)."""

from __future__ import annotations

from sqlite_utils import Database


def children_of(db: Database, deployment_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT person_id FROM deployment_members WHERE deployment_id = ? ORDER BY person_id",
        [deployment_id]).fetchall()]


def children_by_deployment(db: Database, case_id: int) -> dict[int, list[int]]:
    """deployment id -> person ids, for every deployment of the case that names a child."""
    out: dict[int, list[int]] = {}
    for dep_id, person_id in db.execute(
            "SELECT m.deployment_id, m.person_id FROM deployment_members m "
            "JOIN deployments d ON d.id = m.deployment_id WHERE d.case_id = ? "
            "ORDER BY m.deployment_id, m.person_id", [case_id]).fetchall():
        out.setdefault(dep_id, []).append(person_id)
    return out


def set_children(db: Database, deployment_id: int, person_ids: list[int]) -> None:
    with db.atomic():
        db.execute("DELETE FROM deployment_members WHERE deployment_id = ?", [deployment_id])
        for person_id in sorted(set(person_ids)):
            db.execute("INSERT INTO deployment_members (deployment_id, person_id) VALUES (?, ?)",
                       [deployment_id, person_id])
