"""`gezinsplan-admin connect | sync | conflicts | handover` against a real team server:
Dutch messages, the exit codes of the issue, JSON for scripts."""

from __future__ import annotations

import json

import pytest

from desktop_app.admin import main
from tests.conftest import PASSPHRASE, copy_database


@pytest.fixture
def laptop(data_dir, demo_template, monkeypatch):
    copy_database(demo_template, data_dir)
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    return data_dir


def _dsn(server, **extra) -> str:
    parts = {"host": server.cluster.host, "port": server.cluster.port, "dbname": server.dbname,
             "sslrootcert": server.ca_file, **extra}
    return " ".join(f"{k}={v}" for k, v in parts.items())


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_connect_sync_and_conflicts_for_scripts(laptop, team_server, monkeypatch, capsys):
    anna = team_server.add_consultant("anna")
    monkeypatch.setenv("GEZINSPLAN_SERVER_PASSWORD", anna.password)
    code, out, err = _run(capsys, "connect", "--dsn", _dsn(team_server), "--user", "anna")
    assert code == 0, err
    assert f"CJG-{anna.prefix}-" in out
    code, out, err = _run(capsys, "sync", "--json")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["pushed"] > 1000 and figures["pending"] == 0 and figures["open_conflicts"] == 0
    code, out, _err = _run(capsys, "conflicts", "list", "--json")
    assert (code, json.loads(out)) == (0, [])
    # The password is in the encrypted database, not in any file beside it.
    for path in laptop.rglob("*"):
        if path.is_file() and path.suffix != ".db":
            assert anna.password.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("case", ["wrong password", "wrong certificate", "unreachable",
                                  "not configured"])
def test_server_errors_have_their_exit_code_and_a_dutch_message(case, laptop, team_server,
                                                                monkeypatch, capsys, tmp_path):
    anna = team_server.add_consultant("anna")
    monkeypatch.setenv("GEZINSPLAN_SERVER_PASSWORD", anna.password)
    dsn = _dsn(team_server)
    expected = {"wrong password": 3, "wrong certificate": 12, "unreachable": 11,
                "not configured": 14}[case]
    if case == "not configured":
        code, out, err = _run(capsys, "sync")
    else:
        if case == "wrong password":
            monkeypatch.setenv("GEZINSPLAN_SERVER_PASSWORD", "niet-het-goede-wachtwoord")
        elif case == "wrong certificate":
            dsn = _dsn(team_server, sslrootcert=team_server.cluster.other_ca_file)
        else:
            dsn = _dsn(team_server, port=1)
        code, out, err = _run(capsys, "connect", "--dsn", dsn, "--user", "anna")
    assert code == expected, (out, err)
    assert "Traceback" not in err and err.strip()
    assert anna.password not in err
    # Nothing was kept of a connection that failed.
    code, out, _err = _run(capsys, "conflicts", "list", "--json")
    assert code == 0
    from desktop_app.session import Session

    s = Session.open(laptop / "gezinsplan.db", PASSPHRASE)
    try:
        assert s.team.status().configured is False
    finally:
        s.store.close()


def test_handover_from_the_command_line(laptop, team_server, monkeypatch, capsys):
    anna = team_server.add_consultant("anna")
    team_server.add_consultant("bart")
    monkeypatch.setenv("GEZINSPLAN_SERVER_PASSWORD", anna.password)
    assert _run(capsys, "connect", "--dsn", _dsn(team_server), "--user", "anna")[0] == 0
    from desktop_app.session import Session

    s = Session.open(laptop / "gezinsplan.db", PASSPHRASE)
    number = s.store.db.execute("SELECT case_number FROM cases ORDER BY id LIMIT 1").fetchone()[0]
    families = s.store.db["families"].count
    s.store.close()
    code, out, err = _run(capsys, "handover", "--case", number, "--to", "bart")
    assert code == 0, err
    assert number in out and "bart" in out
    s = Session.open(laptop / "gezinsplan.db", PASSPHRASE)
    try:
        assert s.store.db["families"].count == families - 1
    finally:
        s.store.close()
