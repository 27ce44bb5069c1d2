"""The columns the rules compute (case status, next evaluation, the caseload summary and
search row), computed again for families the team sync or a conflict choice changed: the
same code on every laptop gives the same values, and what differs from the server is
pushed at the next sync (store.sync_map.DERIVED)."""

from __future__ import annotations

from sqlite_utils import Database

from . import case_state
from .families import Families


def refresh_derived(db: Database, families: set[int], policies) -> None:
    present = [f for f in families if db.execute("SELECT 1 FROM families WHERE id = ?",
                                                 [f]).fetchone()]
    if not present:
        return
    marks = ",".join("?" * len(present))
    cases = [r[0] for r in db.execute(f"SELECT id FROM cases WHERE family_id IN ({marks})",
                                      present)]
    with db.atomic():
        if cases:
            case_state.refresh(db, cases, policies)
        repo = Families(db)
        for fid in present:
            repo.refresh_summary(fid)
