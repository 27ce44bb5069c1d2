"""Row-level security, checked with raw SQL as another consultant's role; team visibility;
the team leader's figures."""

from __future__ import annotations

import json

import psycopg
import pytest

from .test_server_sync import Family, gid, upsert

PERSONAL = ("Fictief-Bakker", "Fictief-Smeets", "999990019", "999990032", "Joris")


@pytest.fixture
def anna(team_server):
    return team_server.add_consultant("anna", team="Noord")


@pytest.fixture
def bert(team_server):
    return team_server.add_consultant("bert", team="Zuid")


def _refused(consultant, query: str, params=None) -> bool:
    with consultant.connect() as conn:
        try:
            conn.execute(query, params)
        except psycopg.errors.InsufficientPrivilege:
            return True
    return False


def test_another_consultant_sees_nothing_of_a_family_with_raw_sql(anna, bert, team_server):
    family = Family(anna)
    # A conflict, so gz.conflicts has a row of the family.
    v1 = family.versions[family.gid]
    anna.push([upsert(family.gid, "families", family.gid, {"phone": "0687654321"}, v1,
                      {"phone": "0612345678"})])
    anna.push([upsert(family.gid, "families", family.gid, {"phone": "0611112222"}, v1,
                      {"phone": "0612345678"})])
    provider = gid()
    anna.push([upsert(provider, "providers", None, {"name": "Zorg BV"})])

    assert len(anna.sql("SELECT * FROM gz.rows")) == 4
    assert len(anna.sql("SELECT * FROM gz.families")) == 1
    assert len(anna.sql("SELECT * FROM gz.conflicts")) == 1

    assert bert.sql("SELECT gid::text FROM gz.rows") == [(provider,)]  # the catalog only
    assert bert.sql("SELECT * FROM gz.rows WHERE family = %s", [family.gid]) == []
    assert bert.sql("SELECT * FROM gz.families") == []
    assert bert.sql("SELECT * FROM gz.conflicts") == []
    assert bert.sql("SELECT count(*) FROM gz.rows WHERE data::text LIKE '%%Bakker%%'") == [(0,)]

    for query in (
        "UPDATE gz.rows SET data = '{}' WHERE family = %s",
        "DELETE FROM gz.rows WHERE family = %s",
        "UPDATE gz.families SET owner = 'bert' WHERE gid = %s",
        "DELETE FROM gz.conflicts WHERE family = %s",
        "INSERT INTO gz.rows (gid, tbl, family, data, version, changed_by) "
        "VALUES (gen_random_uuid(), 'persons', %s, '{}', 999999, 'bert')",
        "INSERT INTO gz.families (gid, owner) VALUES (%s, 'bert')",
    ):
        assert _refused(bert, query, [family.gid]), query
    # Not even the owner writes past gz.push.
    assert _refused(anna, "UPDATE gz.rows SET data = '{}' WHERE family = %s", [family.gid])

    for table in ("batches", "consultants", "destructions", "handovers", "settings", "meta",
                  "management"):
        assert _refused(bert, f"SELECT * FROM gz.{table}"), table
    for call in ("SELECT gz._destroy(%s, 'bert')", "SELECT gz._visible(%s, 'anna')",
                 "SELECT gz._scrub('{}', %s)"):
        assert _refused(bert, call, [family.gid]), call
    assert _refused(bert, "SELECT nextval('gz.change_seq')")

    with team_server.admin() as conn:
        assert conn.execute("SELECT count(*), bool_or(deleted) FROM gz.rows").fetchone() == \
            (4, False)
        assert conn.execute("SELECT owner FROM gz.families").fetchone()[0] == "anna"
    assert len(anna.sql("SELECT * FROM gz.rows")) == 4


def test_identity_follows_set_role_not_the_function_owner(anna, team_server):
    """The functions run as their owner: the caller is taken from SET ROLE / the login."""
    Family(anna)
    with team_server.admin() as conn:
        assert conn.execute("SELECT gz.whoami()->>'role'").fetchone()[0] == "gz_admin"
    with team_server.admin() as conn:
        conn.execute("SET ROLE anna")
        assert conn.execute("SELECT gz.whoami()->>'role'").fetchone()[0] == "anna"
        assert len(conn.execute("SELECT gz.pull(0, 10)").fetchone()[0]["rows"]) == 3
        assert len(conn.execute("SELECT * FROM gz.rows").fetchall()) == 3


def test_a_consultant_cannot_become_another(anna, bert):
    Family(anna)
    with bert.connect() as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SET ROLE anna")
    with bert.connect() as conn:
        conn.execute("SET ROLE gz_consultant")  # his group: a role without a caseload
        assert conn.execute("SELECT * FROM gz.rows").fetchall() == []


def test_team_visibility_setting(anna, bert, team_server):
    carla = team_server.add_consultant("carla", team="Noord")
    family = Family(anna)
    assert carla.pull(0)["rows"] == [] and carla.sql("SELECT * FROM gz.rows") == []

    team_server.set_visibility("team")
    assert {r["gid"] for r in carla.pull(0)["rows"]} == {family.gid, family.person, family.case}
    assert len(carla.sql("SELECT * FROM gz.rows")) == 3
    change = upsert(family.gid, "families", family.gid, {"phone": "0687654321"},
                    family.versions[family.gid])
    assert carla.push([change])["results"][0]["status"] == "applied"
    # Another team still sees nothing.
    assert bert.pull(0)["rows"] == [] and bert.sql("SELECT * FROM gz.families") == []
    assert bert.push([change])["results"][0]["status"] == "refused"

    # Handed to the other team: carla's next pull lists it as revoked.
    cursor = carla.pull(0)["last"]
    from desktop_app.store import team_admin

    team_admin.handover(team_server.admin_dsn, family.number, "bert")
    after = carla.pull(cursor)
    assert after["rows"] == [] and [r["family"] for r in after["revoked"]] == [family.gid]
    assert carla.sql("SELECT * FROM gz.rows") == []


def test_leader_reads_management_figures_only(anna, bert, team_server):
    lotte = team_server.add_consultant("lotte", team="Noord", leader=True)
    Family(anna)
    Family(anna, number=f"CJG-{anna.prefix}-2026-2")
    Family(bert, name="Fictief-Smeets", bsn="999990032")
    figures = lotte.sql("SELECT team, municipality, status, cases, families "
                        "FROM gz.management ORDER BY team")
    assert figures == [("Noord", "Roermond", "intake", 2, 2), ("Zuid", "Roermond", "intake", 1, 1)]
    text = json.dumps(lotte.sql("SELECT to_jsonb(m) FROM gz.management m"))
    for value in PERSONAL:
        assert value not in text
    columns = {r[0] for r in lotte.sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'gz' "
        "AND table_name = 'management'")}
    assert columns == {"team", "municipality", "status", "cases", "families"}

    for query in ("SELECT * FROM gz.rows", "SELECT * FROM gz.families",
                  "SELECT * FROM gz.conflicts", "SELECT gz.pull(0, 10)",
                  "SELECT gz.push(gen_random_uuid(), '[]')"):
        assert _refused(lotte, query), query
    assert lotte.sql("SELECT gz.whoami()")[0][0]["leader"] is True
    # A consultant has no access to the leader's view.
    assert _refused(anna, "SELECT * FROM gz.management")
