"""The team server, for the GUI and the CLI alike (issue 18, store/team_protocol.md).

`connect` tests a server setting and keeps it (its password inside the encrypted
database); `sync` runs one sync on a second connection, so a worker thread may call it
while the consultant types, and returns what changed; `announce` tells the screens
afterwards (call it on the thread that owns the screens). Conflicts are listed with base,
mine and theirs; `resolve` keeps one of them. Without a server nothing here is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..store import audit, sync_conflicts
from ..store import sync_local as local
from ..store.sync_derived import refresh_derived
from ..store.sync_push import pending
from .changes import Change

if TYPE_CHECKING:
    from ..store.team_sync import SyncResult

__all__ = ["Conflict", "TeamArea", "TeamStatus"]  # and TeamError, TeamNotConfigured (lazily)


def __getattr__(name: str):
    # psycopg (~100 ms) is imported when the team server is first used, not at start.
    if name in ("TeamError", "TeamNotConfigured"):
        from ..store import team_pg

        return getattr(team_pg, name)
    raise AttributeError(name)


def _team_sync():
    from ..store import team_sync

    return team_sync


@dataclass(frozen=True)
class TeamStatus:
    configured: bool
    server: dict | None
    user: str | None
    prefix: str | None
    last_sync: str | None
    last_error: str | None
    pending: int
    conflicts: int
    remove_after_handover: bool


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    field: str
    kind: str            # field | gone | refused | deleted
    base: object
    mine: object
    theirs: object
    found_at: str
    family_id: int | None
    family_name: str
    case_number: str


class TeamArea:
    def __init__(self, core):
        self._core = core

    @property
    def _db(self):
        return self._core.store.db

    # -- setting ----------------------------------------------------------------------------
    def status(self) -> TeamStatus:
        st = local.state(self._db)
        return TeamStatus(st.mode != "off", st.server, st.user, st.prefix, st.last_sync,
                          st.last_error, pending(self._db), sync_conflicts.open_count(self._db),
                          st.remove_after_handover)

    @staticmethod
    def test_connection(server: dict, user: str, password: str) -> dict:
        """Connect, check the schema version, ask who we are (TeamError in Dutch)."""
        from ..store.team_client import TeamClient

        with TeamClient(server, user, password) as client:
            return client.whoami()

    def connect(self, server: dict, user: str, password: str) -> dict:
        """Test the setting and keep it (the CLI; the GUI calls connect_apart in a worker)."""
        me = self.connect_apart(server, user, password)
        self.announce(None)
        return me

    def connect_apart(self, server: dict, user: str, password: str) -> dict:
        """`connect` on a second connection, like `sync`: safe in a worker thread (the GUI's
        'Verbinden': the TLS handshake and the first listing of the caseload). Nothing is
        announced: call `announce(None)` on the GUI thread afterwards."""
        from ..store.team_client import TeamClient

        server = {k: v for k, v in server.items() if v not in (None, "")}
        second = self._core.store.reconnect()
        try:
            with TeamClient(server, user, password) as client:
                return _team_sync().connect(second.db, server, user, password, client)
        finally:
            second.close()

    def set_remove_after_handover(self, on: bool) -> None:
        with self._core.operation("team_setting", kinds=("team", "settings")):
            local.set_state(self._db, remove_after_handover=int(bool(on)))

    # -- sync -------------------------------------------------------------------------------
    def sync(self, *, stop=None, batch: int | None = None) -> SyncResult:
        """One sync on a second connection (safe in a worker thread); TeamError in Dutch.
        Nothing is announced: call `announce` with the result afterwards."""
        second = self._core.store.reconnect()
        try:
            db = second.db
            team_sync = _team_sync()
            try:
                with team_sync.client_for(db) as client:
                    sizes = {"push_batch": batch, "pull_page": batch} if batch else {}
                    return team_sync.run(db, client, self._core.policies, stop=stop, **sizes)
            except team_sync.TeamError as exc:
                local.set_state(db, last_error=str(exc))
                raise
        finally:
            second.close()

    def announce(self, result: SyncResult | None) -> None:
        kinds = {"team"}
        families = frozenset(result.families) if result else frozenset()
        removed = frozenset(result.removed.values()) if result else frozenset()
        if families:
            kinds |= {"all"}
        if removed:
            kinds |= {"destroyed", "family", "all"}
        self._core.changes.emit(Change("team_sync", frozenset(kinds), families | removed,
                                       frozenset()))

    def sync_now(self, batch: int | None = None) -> SyncResult:
        result = self.sync(batch=batch)
        self.announce(result)
        return result

    def handover(self, case_number: str, to: str) -> dict:
        """Push what is waiting, hand the case's family to colleague `to` on the server, and
        sync again (which removes this laptop's copy when the setting says so)."""
        answer, result = self.handover_apart(case_number, to)
        self.announce(result)
        return answer

    def handover_apart(self, case_number: str, to: str) -> tuple[dict, SyncResult]:
        """`handover` on second connections, safe in a worker thread (the GUI's 'Overdragen
        aan collega'): returns the server's answer and the last sync's result; nothing is
        announced: call `announce(result)` on the GUI thread afterwards."""
        self.sync()
        team_sync = _team_sync()
        second = self._core.store.reconnect()
        try:
            db = second.db
            if local.state(db).mode == "off":
                raise team_sync.TeamNotConfigured()
            with team_sync.client_for(db) as client:
                answer = client.handover(case_number, to)
            with db.atomic():
                audit.record(db, "handover", "cases", detail=f"naar {to}")
        finally:
            second.close()
        return answer, self.sync()

    # -- conflicts --------------------------------------------------------------------------
    def conflicts(self, *, resolved: bool = False) -> list[Conflict]:
        return [Conflict(c["id"], c["table"], c["field"], c["kind"], c["base"], c["mine"],
                         c["theirs"], c["found_at"], c["family_id"], c["family_name"],
                         c["case_number"])
                for c in sync_conflicts.listing(self._db, resolved)]

    def resolve(self, conflict_id: int, choice: str) -> None:
        """Keep 'mine' (written here and pushed on the next sync) or 'theirs' (the server's
        value, which this laptop holds already)."""
        fid = sync_conflicts.family_of(self._db, conflict_id)
        with self._core.operation("resolve_conflict", kinds=("team", "all"), family_id=fid):
            tbl, fld = sync_conflicts.resolve(self._db, conflict_id, choice)
            if fid is not None:
                refresh_derived(self._db, {fid}, self._core.policies)
            audit.record(self._db, "team_conflict", tbl, detail=f"{fld}: {choice}")
