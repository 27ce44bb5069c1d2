"""`team_admin.init_server`: installs the gz schema, and again (an upgrade) keeps all data."""

from __future__ import annotations

import json
import uuid

import pytest

from desktop_app.store import team_admin, team_pg

FAMILY = str(uuid.uuid4())


def _push_family(consultant, name="Fictief-Jansen"):
    with consultant.connect() as conn:
        return conn.execute(
            "SELECT gz.push(%s, %s)",
            [uuid.uuid4(), json.dumps([{"gid": FAMILY, "tbl": "families", "family": FAMILY,
                                        "op": "upsert", "base_version": 0,
                                        "data": {"family_name": name}}])]).fetchone()[0]


def test_init_installs_the_schema_and_records_its_version(empty_database):
    before, now = team_admin.init_server(empty_database.admin_dsn)
    assert (before, now) == (None, team_pg.SCHEMA_VERSION)
    with empty_database.admin() as conn:
        assert conn.execute("SELECT gz.schema_version()").fetchone()[0] == team_pg.SCHEMA_VERSION
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'gz'")}
        assert {"rows", "families", "conflicts", "batches", "destructions", "handovers",
                "consultants", "settings", "meta"} <= tables
        rls = dict(conn.execute("SELECT relname, relrowsecurity FROM pg_class c JOIN "
                                "pg_namespace n ON n.oid = c.relnamespace WHERE "
                                "n.nspname = 'gz' AND relname IN ('rows','families','conflicts')"))
        assert rls == {"rows": True, "families": True, "conflicts": True}
        team_pg.check_schema(conn)


def test_init_twice_with_data_in_between_loses_nothing(empty_database):
    team_admin.init_server(empty_database.admin_dsn)
    anna = empty_database.add_consultant("anna-init", team="Noord")
    first = _push_family(anna)
    assert first["results"][0]["status"] == "applied"
    with empty_database.admin() as conn:
        conn.execute("UPDATE gz.settings SET value = 'team' WHERE key = 'visibility'")

    assert team_admin.init_server(empty_database.admin_dsn) == (team_pg.SCHEMA_VERSION,
                                                                team_pg.SCHEMA_VERSION)
    with empty_database.admin() as conn:
        rows = conn.execute("SELECT gid::text, data, version FROM gz.rows").fetchall()
        assert rows == [(FAMILY, {"family_name": "Fictief-Jansen"},
                         first["results"][0]["version"])]
        assert conn.execute("SELECT owner FROM gz.families").fetchone()[0] == "anna-init"
        assert conn.execute("SELECT prefix FROM gz.consultants").fetchone()[0] == anna.prefix
        assert conn.execute("SELECT value FROM gz.settings WHERE key = 'visibility'"
                            ).fetchone()[0] == "team"
    # The consultant's privileges survive the re-grant: she still pulls her family.
    with anna.connect() as conn:
        pulled = conn.execute("SELECT gz.pull(0, 100)").fetchone()[0]
    assert [r["gid"] for r in pulled["rows"]] == [FAMILY]


def test_init_refuses_a_newer_server_and_changes_nothing(empty_database):
    team_admin.init_server(empty_database.admin_dsn)
    with empty_database.admin() as conn:
        conn.execute("UPDATE gz.meta SET value = %s WHERE key = 'schema_version'",
                     [str(team_pg.SCHEMA_VERSION + 1)])
    with pytest.raises(team_pg.TeamSchema) as caught:
        team_admin.init_server(empty_database.admin_dsn)
    assert "nieuwer" in str(caught.value) and caught.value.code == 13
    with empty_database.admin() as conn:
        assert conn.execute("SELECT gz.schema_version()").fetchone()[0] == \
            team_pg.SCHEMA_VERSION + 1
