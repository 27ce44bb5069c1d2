"""Destruction on request and hand-over on the server (team_protocol.md)."""

from __future__ import annotations

import json

import pytest

from desktop_app.store import team_admin, team_pg

from .test_server_sync import Family, delete, gid, upsert

PERSONAL = ("Fictief-Verlinden", "999990044", "Joris", "0612345678")


@pytest.fixture
def anna(team_server):
    return team_server.add_consultant("anna", team="Noord")


@pytest.fixture
def bert(team_server):
    return team_server.add_consultant("bert", team="Noord")


def _everything_as_text(team_server) -> str:
    """Every gz table as JSON text: what the server keeps, in one string."""
    with team_server.admin() as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'gz' ORDER BY 1")]
        return json.dumps({t: [r[0] for r in conn.execute(
            f"SELECT to_jsonb(t) FROM gz.{t} t")] for t in tables})  # names from pg_tables


def test_destruction_tombstones_every_row_and_keeps_nothing_personal(anna, team_server):
    family = Family(anna, name="Fictief-Verlinden", bsn="999990044")
    vf, vp = family.versions[family.gid], family.versions[family.person]
    # A conflict on the person, so there is something to remove.
    anna.push([upsert(family.person, "persons", family.gid, {"first_name": "Jorien"}, vp,
                      {"first_name": "Joris"})])
    anna.push([upsert(family.person, "persons", family.gid, {"first_name": "Jurre"}, vp,
                      {"first_name": "Joris"})])
    with team_server.admin() as conn:
        assert conn.execute("SELECT count(*) FROM gz.conflicts").fetchone()[0] == 1
    assert "Fictief-Verlinden" in _everything_as_text(team_server)  # the check can see it

    destroyed = anna.push([delete(family.gid, "families", family.gid, vf)])
    assert destroyed["results"][0]["status"] == "applied"

    with team_server.admin() as conn:
        rows = conn.execute("SELECT deleted, data FROM gz.rows WHERE family = %s",
                            [family.gid]).fetchall()
        assert rows and all(r == (True, None) for r in rows) and len(rows) == 3
        assert conn.execute("SELECT count(*) FROM gz.conflicts").fetchone()[0] == 0
        record = conn.execute("SELECT to_jsonb(d) FROM gz.destructions d").fetchall()
        assert [sorted(r[0]) for r in record] == [["at", "by_role", "family", "version"]]
        assert record[0][0]["family"] == family.gid and record[0][0]["by_role"] == "anna"
    kept = _everything_as_text(team_server)
    for value in PERSONAL:
        assert value not in kept  # not in rows, conflicts, nor in stored batch responses

    # Every laptop that holds it pulls the tombstones.
    pulled = {r["gid"]: r for r in anna.pull(0)["rows"]}
    assert set(pulled) == {family.gid, family.person, family.case}
    assert all(r["deleted"] and r["data"] is None for r in pulled.values())

    # A late push (a laptop that was offline) changes nothing and leaves no conflict.
    late = anna.push([
        upsert(family.person, "persons", family.gid, {"first_name": "Jorien"}, vp,
               {"first_name": "Joris"}),
        upsert(gid(), "journal", family.gid, {"text": "Fictief-Verlinden gebeld"}),
    ])["results"]
    assert [(r["status"], r["data"], r["conflicts"]) for r in late] == [("gone", None, [])] * 2
    with team_server.admin() as conn:
        assert conn.execute("SELECT count(*) FROM gz.conflicts").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM gz.rows").fetchone()[0] == 3
    assert "Fictief-Verlinden" not in _everything_as_text(team_server)


def test_destruction_in_the_same_batch_scrubs_the_earlier_results(anna, team_server):
    family = gid()
    response = anna.push([
        upsert(family, "families", family, {"family_name": "Fictief-Verlinden"}),
        delete(family, "families", family, 0),
    ])
    assert [r["status"] for r in response["results"]] == ["applied", "applied"]
    assert "Fictief-Verlinden" not in json.dumps(response)
    assert "Fictief-Verlinden" not in _everything_as_text(team_server)


def test_handover_moves_the_family_and_revokes_it_from_the_old_owner(anna, bert,
                                                                    team_server):
    family = Family(anna)
    cursor_anna = anna.pull(0)["last"]
    cursor_bert = bert.pull(0)["last"]
    assert cursor_bert == cursor_anna  # bert saw nothing of it, but his cursor moved on

    result = team_admin.handover(team_server.admin_dsn, family.number.lower(), "bert")
    assert result["changed"] is True and result["family"] == family.gid
    assert (result["from"], result["to"], result["rows"]) == ("anna", "bert", 3)

    brought = bert.pull(cursor_bert)
    assert {r["gid"] for r in brought["rows"]} == {family.gid, family.person, family.case}
    assert all(r["data"] == family.data[r["gid"]] for r in brought["rows"])
    assert brought["revoked"] == []

    gone = anna.pull(cursor_anna)
    assert gone["rows"] == []
    assert gone["revoked"] == [{"family": family.gid, "version": result["version"]}]
    assert anna.pull(gone["last"])["revoked"] == []  # listed once

    # Anna's laptop pushes a late edit: refused, nothing applied.
    late = anna.push([upsert(family.gid, "families", family.gid, {"phone": "0600000000"},
                             family.versions[family.gid])])
    assert late["results"][0]["status"] == "refused"
    with team_server.admin() as conn:
        assert conn.execute("SELECT owner FROM gz.families").fetchone()[0] == "bert"
        assert conn.execute("SELECT data->>'phone' FROM gz.rows WHERE gid = %s",
                            [family.gid]).fetchone()[0] == "0612345678"


def test_the_owner_may_hand_over_another_consultant_may_not(anna, bert, team_server):
    family = Family(anna)
    carla = team_server.add_consultant("carla", team="Zuid")
    with carla.connect() as conn, pytest.raises(team_pg.TeamRefused):
        team_admin.handover(conn, family.number, "carla")
    with anna.connect() as conn:
        result = team_admin.handover(conn, family.number, "bert")
    assert result["to"] == "bert"
    with bert.connect() as conn:  # and back: the family was never lost
        assert team_admin.handover(conn, family.number, "anna")["to"] == "anna"
    pulled = anna.pull(0)
    assert {r["gid"] for r in pulled["rows"]} == {family.gid, family.person, family.case}
    assert pulled["revoked"] == []  # it is hers again: nothing to remove


def test_handover_errors_are_clear(anna, team_server):
    family = Family(anna)
    leader = team_server.add_consultant("lotte", leader=True)
    with pytest.raises(team_pg.TeamInvalid, match="zaaknummer"):
        team_admin.handover(team_server.admin_dsn, "CJG-XX-2026-99", "anna")
    with pytest.raises(team_pg.TeamInvalid, match="geen consultant"):
        team_admin.handover(team_server.admin_dsn, family.number, leader.name)
    with pytest.raises(team_pg.TeamInvalid, match="geen consultant"):
        team_admin.handover(team_server.admin_dsn, family.number, "niemand")
    same = team_admin.handover(team_server.admin_dsn, family.number, "anna")
    assert same["changed"] is False


def test_case_number_high_and_whoami(anna, team_server):
    Family(anna, number=f"CJG-{anna.prefix}-2026-7")
    Family(anna, number=f"CJG-{anna.prefix}-2026-12")
    Family(anna, number=f"CJG-{anna.prefix}-2025-40")
    with anna.connect() as conn:
        high = conn.execute("SELECT gz.case_number_high(%s, 2026), "
                            "gz.case_number_high(%s, 2027), gz.whoami()",
                            [anna.prefix, anna.prefix]).fetchone()
    assert high[:2] == (12, 0)
    assert high[2] == {"role": "anna", "team": "Noord", "leader": False, "prefix": anna.prefix}
