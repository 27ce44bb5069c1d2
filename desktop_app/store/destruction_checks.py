"""The recorded 7.3.9 checks of destruction requests (migration m1026): written before a
destruction starts, and for a refused request instead of it. See core.file_rights."""

from __future__ import annotations

from datetime import date, datetime

from sqlite_utils import Database

from ..core.file_rights import DestructionRequest

TABLE = "destruction_checks"
ALLOWED, REFUSED = "toegestaan", "geweigerd"


def record(db: Database, family_id: int, request: DestructionRequest, day: date,
           outcome: str) -> int:
    cur = db.execute(
        f"INSERT INTO {TABLE} (family_ref, asked_on, requesters, cannot_judge, "
        "other_interest, motivation, outcome, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [family_id, day.isoformat(), request.code,
         ",".join(str(i) for i in sorted(request.cannot_judge)),
         int(bool(request.other_interest)), request.motivation, outcome,
         datetime.now().isoformat(timespec="seconds")])
    return cur.lastrowid


def of_family(db: Database, family_id: int) -> list[dict]:
    """Every recorded check of this family's requests, oldest first."""
    if not db[TABLE].exists():
        return []
    return [dict(r) for r in db.query(
        f"SELECT * FROM {TABLE} WHERE family_ref = ? ORDER BY id", [family_id])]
