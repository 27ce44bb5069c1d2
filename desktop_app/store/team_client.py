"""The laptop's connection to the team server: the SQL functions of
store/team_protocol.md called over psycopg (connections and their Dutch errors are
store.team_pg's). One call, one server transaction."""

from __future__ import annotations

import json

from . import team_pg
from .team_pg import TeamError, TeamSchema


def conninfo(server: dict) -> str:
    """The libpq connection string of a stored server setting (no password in it)."""
    from psycopg.conninfo import make_conninfo

    return make_conninfo(host=server["host"], port=str(server.get("port") or 5432),
                         dbname=server.get("dbname") or "gezinsplan")


class TeamClient:
    def __init__(self, server: dict, user: str, password: str, *, timeout: int = 10):
        # autocommit: each call below is its own explicit transaction (conn.transaction()).
        self.conn = team_pg.connect(conninfo(server), user=user, password=password,
                                    ca_file=server.get("ca_file"), connect_timeout=timeout,
                                    autocommit=True)
        try:
            team_pg.check_schema(self.conn)
        except BaseException:
            self.conn.close()
            raise

    def __enter__(self) -> TeamClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # pragma: no cover - closing a broken connection
            pass

    def _call(self, sql: str, args: list):
        import psycopg

        try:
            with self.conn.transaction():
                row = self.conn.execute(sql, args).fetchone()
        except psycopg.Error as exc:
            error = team_pg.translate(exc)
            if error is None:
                raise
            raise error from None
        value = row[0]
        return json.loads(value) if isinstance(value, str) else value

    def whoami(self) -> dict:
        return self._call("SELECT gz.whoami()", [])

    def push(self, batch: str, changes: list[dict]) -> dict:
        from psycopg.types.json import Jsonb

        return self._call("SELECT gz.push(%s::uuid, %s)", [batch, Jsonb(changes)])

    def pull(self, after: int, limit: int) -> dict:
        return self._call("SELECT gz.pull(%s, %s)", [after, limit])

    def handover(self, case_number: str, to: str) -> dict:
        import psycopg

        try:
            return self._call("SELECT gz.handover(%s, %s)", [case_number, to])
        except psycopg.Error as exc:
            state = getattr(exc, "sqlstate", "")
            if state == "P0002":
                raise team_pg.TeamInvalid(
                    "Deze casus staat niet (meer) op de teamserver in uw caseload. Synchroniseer "
                    "eerst, of controleer het casusnummer.", kind="no such case") from None
            if state == "22023":
                raise team_pg.TeamInvalid(
                    "Deze collega is geen consultant op de teamserver. Controleer de "
                    "gebruikersnaam.", kind="not a consultant") from None
            raise

    def reserve_case_numbers(self, year: int, count: int) -> int:
        """The first of `count` case numbers the server reserved for this consultant."""
        return int(self._call("SELECT gz.reserve_case_numbers(%s, %s)", [year, count]))

    def case_number_high(self, prefix: str, year: int) -> int:
        try:
            return int(self._call("SELECT gz.case_number_high(%s, %s)", [prefix, year]) or 0)
        except Exception:  # an older server without it: the laptop's own high-water mark
            return 0


__all__ = ["TeamClient", "TeamError", "TeamSchema", "conninfo"]
