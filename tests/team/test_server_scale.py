"""The issue's budgets on the server side: with 100,000 families and 50 consultants a pull
with nothing to do <= 100 ms, also right after colleagues changed thousands of rows; a push
of 1,000 changed rows <= 2 s on loopback; a 60-family caseload pulled well within 5 s.
Marked slow (filling the server takes a few seconds): CI runs it in its slow step."""

from __future__ import annotations

import json
import time
import uuid

import pytest

pytestmark = pytest.mark.slow

FAMILIES, CONSULTANTS = 100_000, 50


def _fill(team_server) -> None:
    with team_server.admin() as conn:
        conn.execute("INSERT INTO gz.consultants (role, team, prefix) "
                     "SELECT 'collega' || i, 'T' || (i %% 5), 'C' || i "
                     "FROM generate_series(1, %s) i", [CONSULTANTS - 1])
        # anna (consultant number 0) owns every 50th family: 2,000; 60 of them with cases.
        conn.execute("CREATE TEMP TABLE f AS SELECT gen_random_uuid() AS gid, i, "
                     "CASE WHEN i %% %s = 0 THEN 'anna' ELSE 'collega' || (i %% %s) END "
                     "AS owner FROM generate_series(1, %s) i",
                     [CONSULTANTS, CONSULTANTS, FAMILIES])
        conn.execute("INSERT INTO gz.families (gid, owner, team) "
                     "SELECT gid, owner, 'T' || (i % 5) FROM f")
        for tbl, data in (
            ("families", "jsonb_build_object('family_name', 'Fictief-' || i, "
                         "'municipality', 'Roermond')"),
            ("persons", "jsonb_build_object('first_name', 'Kind', 'bsn', '999990019')"),
            ("cases", "jsonb_build_object('case_number', 'CJG-XX-2026-' || i, "
                      "'municipality', 'Roermond', 'status', 'intake')"),
        ):
            gid = "gid" if tbl == "families" else "gen_random_uuid()"
            conn.execute(f"INSERT INTO gz.rows (gid, tbl, family, data, version, changed_by) "
                         f"SELECT {gid}, '{tbl}', gid, {data}, nextval('gz.change_seq'), "
                         f"owner FROM f")
        conn.execute("ANALYZE")


def _timed(conn, query, params, repeat=5) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = conn.execute(query, params).fetchone()[0]
        best = min(best, time.perf_counter() - started)
    return best, result


def test_budgets_with_100000_families_and_50_consultants(team_server):
    anna = team_server.add_consultant("anna", team="T0")
    _fill(team_server)
    with anna.connect() as conn:
        started = time.perf_counter()
        cursor, rows, more = 0, 0, True
        while more:
            page = conn.execute("SELECT gz.pull(%s, 1000)", [cursor]).fetchone()[0]
            cursor, more = page["last"], page["more"]
            rows += len(page["rows"])
        full = time.perf_counter() - started
        assert rows == 3 * FAMILIES // CONSULTANTS
        print(f"\ninitial pull of {rows} rows (2,000 families): {full:.2f} s")
        assert full < 5 * (FAMILIES // CONSULTANTS) / 60  # 60 families in <= 5 s, scaled

        idle, page = _timed(conn, "SELECT gz.pull(%s, 1000)", [cursor])
        assert page["rows"] == [] and page["last"] == cursor
        print(f"pull with nothing to do: {idle * 1000:.1f} ms")
        assert idle <= 0.100

        # Colleagues changed 5,000 rows of their own families: still nothing for anna.
        with team_server.admin() as admin:
            admin.execute("UPDATE gz.rows SET version = nextval('gz.change_seq') WHERE gid IN "
                          "(SELECT gid FROM gz.rows WHERE changed_by <> 'anna' LIMIT 5000)")
        busy, page = _timed(conn, "SELECT gz.pull(%s, 1000)", [cursor])
        assert page["rows"] == [] and page["last"] > cursor
        print(f"pull with nothing to do after 5,000 colleague changes: {busy * 1000:.1f} ms")
        assert busy <= 0.100

        mine = conn.execute("SELECT gid::text, family::text, version FROM gz.rows "
                            "WHERE tbl = 'persons' AND changed_by = 'anna' LIMIT 1000"
                            ).fetchall()
        changes = [{"gid": g, "tbl": "persons", "family": f, "op": "upsert",
                    "base_version": v, "data": {"first_name": "Kind-2"},
                    "base": {"first_name": "Kind"}} for g, f, v in mine]
        started = time.perf_counter()
        response = conn.execute("SELECT gz.push(%s, %s)",
                                [str(uuid.uuid4()), json.dumps(changes)]).fetchone()[0]
        push = time.perf_counter() - started
        assert [r["status"] for r in response["results"]] == ["applied"] * 1000
        print(f"push of 1,000 changed rows: {push:.2f} s")
        assert push <= 2.0
