"""Nothing personal in the server's log lines we cause. Named to run last in tests/team,
so the log also holds every other test's pushes, conflicts, refusals and errors (the
laptop-sync tests' demo families too: no test BSN of any of them may appear); the test adds
the error paths with personal values in the request itself."""

from __future__ import annotations

import json
import re
import uuid

import psycopg
import pytest

from desktop_app.store import team_pg

from . import test_server_handover, test_server_rls, test_server_sync

NAME, BSN, STREET = "Fictief-Oudenhoven", "999990056", "Kapelaansweg 12"


def test_the_server_log_holds_no_names_or_bsns(team_server, pg_server):
    anna = team_server.add_consultant("anna", team="Noord")
    lotte = team_server.add_consultant("lotte", leader=True)
    family = str(uuid.uuid4())
    data = {"family_name": NAME, "street": STREET, "bsn": BSN}
    good = {"gid": family, "tbl": "families", "family": family, "op": "upsert",
            "base_version": 0, "data": data}
    assert anna.push([good])["results"][0]["status"] == "applied"
    mistakes = [
        [good, {"gid": NAME, "tbl": "persons", "op": "upsert", "data": data}],
        [good, {"gid": str(uuid.uuid4()), "tbl": "persons", "family": BSN, "data": data}],
        [{**good, "base_version": NAME}],
        [{**good, "base_version": 10**30}],
        [{**good, "op": NAME}],
        [{**good, "data": [NAME, BSN]}],
        [NAME],
    ]
    for changes in mistakes:
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            anna.push(changes)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        lotte.push([good])
    with anna.connect() as conn, pytest.raises(psycopg.errors.NoDataFound):
        conn.execute("SELECT gz.handover(%s, %s)", [f"{NAME} {BSN}", "anna"])
    with pytest.raises(team_pg.TeamAuth):
        team_pg.connect(team_server.dsn, user="anna", password=f"{NAME}-{BSN}")
    with anna.connect() as conn:  # a statement that fails after our functions: psycopg
        with pytest.raises(psycopg.errors.UndefinedFunction):  # sends values apart from SQL
            conn.execute("SELECT gz.nonexistent(%s)", [json.dumps(data)])

    log = pg_server.log_text()
    assert "gz.push: change 2 is malformed" in log  # our errors are there, without values
    assert "password authentication failed" in log
    personal = {NAME, BSN, STREET, *test_server_sync.PERSONAL, *test_server_rls.PERSONAL,
                *test_server_handover.PERSONAL}
    found = sorted(value for value in personal if value in log)
    assert found == [], f"personal data in the server log: {found}"
    # Every test BSN (999900006-999999990: the demo's and the tests') is absent.
    assert re.findall(r"(?<!\d)9999\d{5}(?!\d)", log) == []
