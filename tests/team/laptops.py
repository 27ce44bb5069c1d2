"""Laptops for the sync tests: each one a data folder with its own encrypted database and
session, connected to a `team_server` (tests/team/conftest.py) as one consultant."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.session import Session
from desktop_app.store import sync_local
from desktop_app.store.sync_map import table_maps
from tests.conftest import PASSPHRASE, copy_database


def server_form(db) -> dict[str, tuple[str, dict]]:
    """gid -> (table, data in the server's form) of every synced row of a laptop's db."""
    ids = sync_local.Ids(db)
    out = {}
    for m in table_maps(db).values():
        for row in db[m.name].rows:
            out[ids.gid(m.name, m.key_of(row), create=False)] = (m.name, ids.encode(m, row))
    return out


def server_setting(server) -> dict:
    return {"host": server.cluster.host, "port": server.cluster.port, "dbname": server.dbname,
            "ca_file": server.ca_file}


class Laptop:
    def __init__(self, folder: Path, template: Path, server, consultant):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.path = copy_database(template, folder)
        self.server = server
        self.consultant = consultant
        self.session = Session.open(self.path, PASSPHRASE)

    @property
    def db(self):
        return self.session.store.db

    def connect(self) -> dict:
        return self.session.team.connect(server_setting(self.server), self.consultant.name,
                                         self.consultant.password)

    def sync(self):
        return self.session.team.sync_now()

    def close(self) -> None:
        if not self.session.store.closed:
            self.session.store.close()

    def reopen(self) -> None:
        self.close()
        self.session = Session.open(self.path, PASSPHRASE)

    # -- what it holds, in the server's form ------------------------------------------------
    def snapshot(self) -> dict[str, tuple[str, dict]]:
        """gid -> (table, data) of every synced row here."""
        return server_form(self.db)

    def family_gid(self, family_id: int) -> str:
        return self.db.execute("SELECT gid FROM sync_rows WHERE tbl = 'families' AND key = ?",
                               [json.dumps([family_id])]).fetchone()[0]

    def family_id(self, gid: str) -> int | None:
        r = self.db.execute("SELECT key FROM sync_rows WHERE gid = ?", [gid]).fetchone()
        return json.loads(r[0])[0] if r else None


def server_rows(server) -> dict[str, tuple[str, str | None, dict]]:
    """gid -> (table, family, data) of every live row on the server."""
    with server.admin() as conn:
        rows = conn.execute("SELECT gid::text, tbl, family::text, data FROM gz.rows "
                            "WHERE NOT deleted").fetchall()
    return {g: (t, f, d) for g, t, f, d in rows}


def assert_laptop_matches_server(laptop: Laptop, server) -> None:
    """Every row the laptop holds is on the server with the same values, and every server
    row of the families (and catalog) it holds is on the laptop."""
    mine = laptop.snapshot()
    theirs = server_rows(server)
    families = {g for g, (t, _d) in mine.items() if t == "families"}
    expected = {g: (t, d) for g, (t, f, d) in theirs.items() if f is None or f in families}
    assert set(mine) == set(expected), (
        "only here", sorted({mine[g][0] for g in set(mine) - set(expected)}),
        "only on the server", sorted({expected[g][0] for g in set(expected) - set(mine)}))
    for gid, (table, data) in mine.items():
        assert expected[gid][0] == table
        server_data = {k: v for k, v in expected[gid][1].items() if k in data}
        assert data == server_data, (table, {k: (data[k], server_data.get(k)) for k in data
                                             if data[k] != server_data.get(k)})
