"""One sync with the team server: push the outbox, pull what is new, remove families
handed away, compute the derived columns again (store/team_protocol.md).

Push goes first, so the server judges this laptop's edits against what it had seen; each
batch and each page is its own transaction on both sides, and any step may be cut off
and the sync run again. Runs on its own connection (a worker thread in the GUI).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlite_utils import Database

from . import audit
from .sync_conflicts import open_count
from .sync_derived import refresh_derived
from .sync_local import assign_all, password, set_state, state
from .sync_map import key_text
from .sync_pull import apply_page, apply_revocations
from .sync_push import apply_answer, next_batch, pending
from .team_pg import TeamError, TeamInvalid, TeamNotConfigured  # noqa: F401 - TeamError for session.team

PUSH_BATCH = 500
PULL_PAGE = 1000
CASE_BLOCK = 20  # case numbers reserved at a time: a caseload's new cases for weeks offline


@dataclass
class SyncResult:
    pushed: int = 0
    pulled_pages: int = 0
    conflicts: int = 0
    refused: int = 0
    removed: dict[str, int] = field(default_factory=dict)  # gid -> former local id
    families: set[int] = field(default_factory=set)   # local ids whose rows changed
    pending: int = 0
    open_conflicts: int = 0


def client_for(db: Database):
    from .team_client import TeamClient

    st = state(db)
    if st.mode == "off" or not st.server:
        raise TeamNotConfigured()
    return TeamClient(st.server, st.user, password(db) or "")


def connect(db: Database, server: dict, user: str, secret: str, client) -> dict:
    """Store the server setting and its password (inside the encrypted database), and
    list everything this laptop holds for its first push. `client` has been opened with
    them (the connection test). Returns gz.whoami()."""
    before = state(db)
    if before.mode != "off" and before.server and (
            (before.server.get("host"), before.server.get("dbname"), before.user)
            != (server.get("host"), server.get("dbname"), user)):
        # The gids, versions and cursor are this server's and this user's: another one
        # would see every row as new and every family as someone else's.
        raise TeamInvalid("Deze laptop is al verbonden met een andere teamserver of gebruiker. "
                          "Vraag de beheerder om de overstap; er is niets veranderd.",
                          kind="other server")
    me = client.whoami()
    year = date.today().year
    high = client.case_number_high(me.get("prefix") or "", year) if me.get("prefix") else 0
    first = state(db).mode == "off"
    with db.atomic():
        set_state(db, server=server, user=user, password=secret, prefix=me.get("prefix"),
                  case_high=high, last_error=None)
        if first:
            db.execute("UPDATE sync_state SET mode = 'on', pull_after = 0 WHERE id = 1")
            assign_all(db)
        audit.record(db, "team_connect", detail=f"gebruiker {user}")
    reserve_numbers(db, client)
    return me


def reserve_numbers(db: Database, client, today: date | None = None) -> None:
    """Keep a block of case numbers reserved on the server for this laptop's new cases, so
    two laptops of one consultant never give the same number offline."""
    st = state(db)
    if not st.prefix:
        return
    year = (today or date.today()).year
    row = db.execute("SELECT case_year, case_next, case_end FROM sync_state").fetchone()
    if row[0] == year and row[1] is not None and row[2] - row[1] >= CASE_BLOCK // 4:
        return
    first = client.reserve_case_numbers(year, CASE_BLOCK)
    with db.atomic():
        set_state(db, case_year=year, case_next=first, case_end=first + CASE_BLOCK)


def run(db: Database, client, policies, *, push_batch: int = PUSH_BATCH,
        pull_page: int = PULL_PAGE, stop=None) -> SyncResult:
    """Push, pull, revocations, derived columns, and a last push of what those changed."""
    result = SyncResult()
    # A TeamError leaves what was committed; session.team records its message.
    with audit.acting_as(f"teamserver ({state(db).user or ''})"):
        _push_all(db, client, result, push_batch, stop)
        revoked = _pull_all(db, client, result, pull_page, stop)
        result.removed = apply_revocations(db, revoked, remove=state(db).remove_after_handover)
    result.families -= set(result.removed.values())
    if result.families:
        refresh_derived(db, result.families, policies)
        _push_all(db, client, result, push_batch, stop)
    reserve_numbers(db, client)
    set_state(db, last_sync=datetime.now().isoformat(timespec="seconds"), last_error=None)
    result.pending = pending(db)
    result.open_conflicts = open_count(db)
    return result


def _push_all(db, client, result: SyncResult, size: int, stop) -> None:
    while not (stop and stop()):
        batch = next_batch(db, size)
        if batch is None:
            return
        if batch["changes"]:
            answer = client.push(batch["batch"], batch["changes"])
        else:
            answer = {"results": []}
        counts = apply_answer(db, batch, answer)
        result.pushed += len(batch["changes"])
        result.conflicts += counts.get("conflict", 0)
        result.refused += counts.get("refused", 0)
        result.families |= _local_families(db, counts["families"])


def _pull_all(db, client, result: SyncResult, size: int, stop) -> list[dict]:
    revoked: list[dict] = []
    while not (stop and stop()):
        page = client.pull(state(db).pull_after, size)
        result.families |= apply_page(db, page)
        result.pulled_pages += 1
        revoked += page.get("revoked") or []
        if not page.get("more"):
            break
    return revoked


def _local_families(db, gids: set[str]) -> set[int]:
    out = set()
    for gid in gids:
        r = db.execute("SELECT key FROM sync_rows WHERE gid = ? AND tbl = 'families'",
                       [gid]).fetchone()
        if r:
            out.add(json.loads(r[0])[0])
    return out


def family_gid(db: Database, family_id: int) -> str | None:
    r = db.execute("SELECT gid FROM sync_rows WHERE tbl = 'families' AND key = ?",
                   [key_text([family_id])]).fetchone()
    return r[0] if r else None
