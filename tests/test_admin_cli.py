"""`gezinsplan-admin`, run in-process through desktop_app.admin.main()."""

from __future__ import annotations

import io
import json
import logging
import re
import shutil

import pytest

from desktop_app.admin import build_parser, main
from desktop_app.core.names import sort_key
from desktop_app.store.migrations import MIGRATIONS

PASSPHRASE = "mestreng-kapelaan-vlaai"


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(folder))
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    return folder


@pytest.fixture
def cli(capsys):
    """Run main([...]); return (exit code, stdout, stderr). Fails on any traceback."""

    def run(*argv):
        assert all(PASSPHRASE not in a for a in argv)
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


@pytest.fixture
def demo50(data, cli):
    code, out, err = cli("demo", "--families", "50", "--seed", "4")
    assert code == 0, err
    return data


def test_help_lists_commands_and_exit_codes(cli):
    code, out, _ = cli("--help")
    assert code == 0
    for command in ("init", "demo", "list", "check", "backup", "restore"):
        assert command in out
    assert "Afsluitcodes" in out and "wachtwoord klopt niet" in out


def test_passphrase_is_never_an_argument(data, cli):
    parser = build_parser()
    subparsers = next(a for a in parser._actions if hasattr(a, "choices") and a.choices)
    for name, sub in [("", parser), *subparsers.choices.items()]:
        for action in sub._actions:
            for option in action.option_strings:
                assert not re.search(r"pass|wachtwoord|key|secret", option), (name, option)
    code, _, err = cli("init", "--passphrase", PASSPHRASE[::-1])
    assert code == 2 and "onbekende argumenten" in err
    assert not (data / "gezinsplan.db").exists()


def test_init_creates_encrypted_database_once(data, cli):
    code, out, _ = cli("init")
    assert code == 0 and "gezinsplan.db" in out
    raw = (data / "gezinsplan.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    code, _, err = cli("init")
    assert code == 6 and "Er staat al een database" in err


def test_init_prompts_twice_without_env(data, cli, monkeypatch):
    monkeypatch.delenv("GEZINSPLAN_PASSPHRASE")
    answers = iter([PASSPHRASE, PASSPHRASE + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = cli("init")
    assert code == 7 and "niet gelijk" in err
    assert not (data / "gezinsplan.db").exists()

    monkeypatch.setattr("getpass.getpass", lambda prompt="": "kort")
    code, _, err = cli("init")
    assert code == 7 and "minstens 12 tekens" in err

    prompts = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or PASSPHRASE)
    code, _, _ = cli("init")
    assert code == 0 and len(prompts) == 2
    code, _, _ = cli("check")
    assert code == 0 and len(prompts) == 3  # opening asks once


def test_no_passphrase_at_all(data, cli, monkeypatch):
    monkeypatch.delenv("GEZINSPLAN_PASSPHRASE")

    def eof(prompt=""):
        raise EOFError

    monkeypatch.setattr("getpass.getpass", eof)
    code, _, err = cli("init")
    assert code == 7 and "Geen wachtwoord" in err


def test_demo_refuses_a_filled_database_unless_add(demo50, cli):
    code, out, err = cli("demo", "--families", "10")
    assert code == 6 and "al 50 gezinnen" in err and "--add" in err
    code, out, err = cli("demo", "--families", "10", "--add")
    assert code == 0
    assert re.fullmatch(r"10 demogezinnen toegevoegd in \d+,\d s\.\n", out)
    assert "Demogegevens: 10 van 10 gezinnen" in err
    code, out, _ = cli("list", "families", "--json", "--limit", "0")
    assert len(json.loads(out)) == 60


def test_demo_bad_count(data, cli):
    assert cli("demo", "--families", "0")[0] == 7
    assert cli("demo", "--families", "veel")[0] == 2


def test_list_families_and_cases(demo50, cli):
    code, out, err = cli("list", "families", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 50 and "50 van 50 gezinnen" in err
    assert {"id", "family_name", "youths", "municipality", "case_status"} <= rows[0].keys()
    assert all("bsn" not in key for row in rows for key in row)
    names = [r["family_name"] for r in rows]
    assert names == sorted(names, key=sort_key)

    code, out, _ = cli("list", "families", "--json", "--limit", "5")
    assert len(json.loads(out)) == 5

    town = rows[0]["municipality"]
    code, out, _ = cli("list", "families", "--json", "--municipality", town.upper(), "--limit", "0")
    assert {r["municipality"] for r in json.loads(out)} == {town}

    code, out, _ = cli("list", "families", "--json", "--search", rows[0]["family_name"])
    assert rows[0]["id"] in [r["id"] for r in json.loads(out)]

    code, out, _ = cli("list", "cases", "--json", "--status", "actief", "--limit", "0")
    cases = json.loads(out)
    assert cases and {c["status"] for c in cases} == {"actief"}
    assert all(re.fullmatch(r"CJG-\d{4}-\d{6}", c["case_number"]) for c in cases)

    code, out, _ = cli("list", "cases")
    assert code == 0 and "Casusnummer" in out and "CJG-" in out


def test_list_refuses_unknown_filters(demo50, cli):
    code, _, err = cli("list", "families", "--municipality", "Venlo")
    assert code == 7 and "Onbekende gemeente 'Venlo'" in err and "Roermond" in err
    code, _, err = cli("list", "cases", "--status", "open")
    assert code == 7 and "Onbekende status" in err
    code, _, err = cli("list", "families", "--limit", "-1")
    assert code == 7


def test_check_ok_and_damaged(demo50, cli, tmp_path, monkeypatch):
    code, out, _ = cli("check")
    assert code == 0
    latest = MIGRATIONS._migrations[-1].name
    assert out.count("in orde") == 3 and latest in out and "Gezinnen:        50" in out
    code, out, _ = cli("check", "--json")
    report = json.loads(out)
    assert report["ok"] and report["counts"]["families"] == 50 and not report["pending_migrations"]

    broken = tmp_path / "kapot"
    broken.mkdir()
    shutil.copy2(demo50 / "gezinsplan.db", broken / "gezinsplan.db")
    size = (broken / "gezinsplan.db").stat().st_size
    with open(broken / "gezinsplan.db", "r+b") as fh:
        fh.seek(size // 2 + 300)
        fh.write(b"\x00" * 200)
    code, _, err = cli("--data-dir", str(broken), "check")
    assert code == 5 and "beschadigd" in err


def test_missing_database(data, cli):
    for argv in (["check"], ["list", "families"], ["backup"]):
        code, _, err = cli(*argv)
        assert code == 4 and "Er is nog geen database" in err


def test_wrong_passphrase(demo50, cli, monkeypatch):
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", "dit-is-niet-het-wachtwoord")
    for argv in (["check"], ["list", "families"], ["demo", "--families", "3", "--add"]):
        code, out, err = cli(*argv)
        assert code == 3
        assert "Het wachtwoord klopt niet. Er is niets veranderd." in err
        assert out == ""
        assert "hmac" not in err.lower()  # SQLCipher's own log lines are silenced


def test_backup_and_restore_round_trip(demo50, cli, tmp_path, monkeypatch):
    target = tmp_path / "extern" / "kopie.db"
    code, out, _ = cli("backup", "--out", str(target))
    assert code == 0 and target.exists() and "gecontroleerd" in out
    assert cli("backup", "--out", str(target))[0] == 6  # no silent overwrite
    assert cli("backup", "--out", str(demo50 / "gezinsplan.db"), "--force")[0] == 7

    cli("demo", "--families", "7", "--add")
    before = json.loads(cli("list", "families", "--json", "--limit", "0")[1])
    assert len(before) == 57

    monkeypatch.setattr("sys.stdin", io.StringIO("nee\n"))
    code, _, err = cli("restore", str(target))
    assert code == 9 and "Afgebroken" in err
    assert len(json.loads(cli("list", "families", "--json", "--limit", "0")[1])) == 57

    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))
    code, out, err = cli("restore", str(target))
    assert code == 0 and "Hersteld" in out
    after = json.loads(cli("list", "families", "--json", "--limit", "0")[1])
    assert after == [r for r in before if r["id"] <= 50]
    aside = list((demo50 / "backups").glob("voor-herstel-*.db"))
    assert len(aside) == 1 and str(aside[0]) in err
    assert cli("check")[0] == 0


def test_restore_errors(demo50, cli, tmp_path, monkeypatch):
    code, _, err = cli("restore", str(tmp_path / "bestaat-niet.db"), "--yes")
    assert code == 8 and "bestaat niet" in err
    junk = tmp_path / "rommel.db"
    junk.write_bytes(b"geen database" * 500)
    code, _, err = cli("restore", str(junk), "--yes")
    assert code == 3 and "past niet" in err
    code, _, _ = cli("check")
    assert code == 0


def test_data_dir_option_beats_environment(data, cli, tmp_path):
    elsewhere = tmp_path / "elders"
    assert cli("--data-dir", str(elsewhere), "init")[0] == 0
    assert (elsewhere / "gezinsplan.db").exists()
    assert not (data / "gezinsplan.db").exists()
    # Also accepted after the subcommand.
    code, out, _ = cli("check", "--data-dir", str(elsewhere))
    assert code == 0 and str(elsewhere) in out


def test_no_personal_data_in_logs_or_crash_output(demo50, cli, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)
    rows = json.loads(cli("list", "families", "--json", "--limit", "0")[1])
    cli("list", "cases", "--search", rows[0]["family_name"])
    cli("check")

    import desktop_app.admin.cmd_check as cmd_check

    def boom(args):
        raise RuntimeError("Janssen 999900006 6041 AB")

    monkeypatch.setattr(cmd_check, "run", boom)
    code, out, err = cli("check")
    assert code == 1 and "onverwachts" in err and "RuntimeError" in err
    assert "Janssen" not in err and "999900006" not in err

    text = caplog.text
    assert rows  # the families whose names must not be in the log
    assert "RuntimeError" in text
    assert not re.search(r"\b\d{9}\b", text)
    assert PASSPHRASE not in text
    for row in rows:
        assert row["family_name"] not in text
        assert (row["postcode"] or "#") not in text
