"""`gezinsplan-admin server init` and `server add-consultant`, through main() and once as a
real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.admin import main
from desktop_app.store import team_pg

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(capsys):
    def run(*argv):
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def test_init_twice_then_add_consultants(empty_database, cli, monkeypatch):
    dsn = empty_database.admin_dsn
    code, out, err = cli("server", "init", "--dsn", dsn)
    assert code == 0, err
    assert f"ingericht (schema {team_pg.SCHEMA_VERSION})" in out
    code, out, _ = cli("server", "init", "--dsn", dsn)
    assert code == 0 and "al bij" in out

    monkeypatch.delenv("GEZINSPLAN_SERVER_PASSWORD", raising=False)
    empty_database.roles += ["anna.de-vries", "anna.dekker", "lotte"]
    code, out, err = cli("server", "add-consultant", "Anna.de-Vries", "--team", "Noord",
                         "--dsn", dsn)
    assert code == 0, err
    assert "Consultant 'anna.de-vries' toegevoegd, team Noord" in out
    assert "Voorvoegsel voor zaaknummers: ADV" in out
    generated = out.split("geef het veilig door): ")[1].strip()
    assert len(generated) >= 20
    team_pg.connect(empty_database.dsn, user="anna.de-vries", password=generated).close()  # logs in

    # A second name with the same initials gets another prefix.
    code, out, err = cli("server", "add-consultant", "anna.dekker", "--dsn", dsn)
    assert code == 0, err
    prefix = out.split("zaaknummers: ")[1].split(".")[0]
    assert prefix != "ADV" and 2 <= len(prefix) <= 4

    # From the environment: not printed.
    monkeypatch.setenv("GEZINSPLAN_SERVER_PASSWORD", "lang-genoeg-wachtwoord-42")
    code, out, err = cli("server", "add-consultant", "lotte", "--leader", "--dsn", dsn)
    assert code == 0, err
    assert "Teamleider 'lotte'" in out and "lang-genoeg-wachtwoord-42" not in out
    with team_pg.connect(empty_database.dsn, user="lotte",
                         password="lang-genoeg-wachtwoord-42") as conn:
        assert conn.execute("SELECT gz.whoami()").fetchone()[0]["leader"] is True

    with empty_database.admin() as conn:
        prefixes = [r[0] for r in conn.execute("SELECT prefix FROM gz.consultants")]
        groups = dict(conn.execute(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles m ON "
            "m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname LIKE 'gz_%'"))
        verifier = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'lotte'"
                                ).fetchone()[0]
    assert len(prefixes) == len(set(prefixes)) == 3
    assert groups == {"anna.de-vries": "gz_consultant", "anna.dekker": "gz_consultant",
                      "lotte": "gz_leader"}
    assert verifier.startswith("SCRAM-SHA-256$")

    # Again: refused, nothing changed.
    code, _, err = cli("server", "add-consultant", "lotte", "--dsn", dsn)
    assert code == 6 and "bestaat al" in err


def test_add_consultant_errors(team_server, cli, monkeypatch):
    dsn = team_server.admin_dsn
    monkeypatch.setenv("GEZINSPLAN_SERVER_PASSWORD", "kort")
    code, _, err = cli("server", "add-consultant", "anna", "--dsn", dsn)
    assert code == 7 and "te kort" in err
    monkeypatch.delenv("GEZINSPLAN_SERVER_PASSWORD")
    for bad in ("pg_anna", "gz_x", "1anna", "anna; DROP ROLE x", "a", "postgres"):
        code, _, err = cli("server", "add-consultant", bad, "--dsn", dsn)
        assert code == 7 and "gebruikersnaam" in err, bad
    with team_server.admin() as conn:
        assert conn.execute("SELECT count(*) FROM gz.consultants").fetchone()[0] == 0


def test_add_consultant_before_init_says_what_to_do(empty_database, cli):
    code, _, err = cli("server", "add-consultant", "anna", "--dsn", empty_database.admin_dsn)
    assert code == 13 and "server init" in err


@pytest.mark.parametrize("case", ["unreachable", "certificate", "password", "dsn"])
def test_server_errors_have_their_exit_codes(pg_server, cli, case):
    from .pg_cluster import free_port

    dsn = {
        "unreachable": pg_server.dsn(pg_server.admin_user, pg_server.admin_password,
                                     port=str(free_port())),
        "certificate": pg_server.dsn(pg_server.admin_user, pg_server.admin_password,
                                     sslrootcert=str(pg_server.other_ca_file)),
        "password": pg_server.dsn(pg_server.admin_user, "geheim-maar-fout"),
        "dsn": "host=localhost port=nietsgetal ==",
    }[case]
    code, out, err = cli("server", "init", "--dsn", dsn)
    assert code == {"unreachable": 11, "certificate": 12, "password": 3, "dsn": 7}[case]
    assert out == "" and err.strip()
    assert "geheim-maar-fout" not in err and pg_server.admin_password not in err


def test_as_a_process_with_the_dsn_and_ca_option(empty_database, tmp_path):
    """The console script's entry point in a real process; the CA given with --ca."""
    cluster = empty_database.cluster
    dsn = cluster.dsn(cluster.admin_user, cluster.admin_password, empty_database.dbname,
                      sslrootcert=str(tmp_path / "absent.pem"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GEZINSPLAN_DATA_DIR": str(tmp_path)}
    run = [sys.executable, "-c", "import sys; from desktop_app.admin import main; "
                                 "sys.exit(main())", "server", "init", "--dsn", dsn]
    done = subprocess.run(run, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 12 and "CA-bestand" in done.stderr
    done = subprocess.run([*run, "--ca", str(cluster.ca_file)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "ingericht" in done.stdout
    with empty_database.admin() as conn:
        assert conn.execute("SELECT gz.schema_version()").fetchone()[0] == \
            team_pg.SCHEMA_VERSION
