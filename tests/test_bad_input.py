"""Bad input everywhere (property-based): every validator, the repository write
path, the settings file, backup files handed to restore, and the admin CLI's
arguments. Never a crash: a value or a ValidationError with a known Dutch message,
an exit code from the documented list, and nothing half-written.

The catalogue import and the forms loaders: tests/test_bad_input_files.py."""

from __future__ import annotations

import io
import os
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core import validation as v

TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789 -./", max_size=14),
    st.sampled_from(["", " ", "999900006", "6041AB", "6041 ab", "29-02-2023", "31-12-9999",
                     "Zoë", "x" * 201, "\x00", "Roermond", "actief", "jeugdige", "'; DROP TABLE"]),
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALIDATORS = {
    "clean_bsn": v.clean_bsn,
    "clean_postcode": v.clean_postcode,
    "parse_date": v.parse_date,
    "clean_birth_date": lambda x: v.clean_birth_date(x, date(2026, 7, 1)),
    "clean_name": lambda x: v.clean_name(x, "first_name"),
    "clean_role": v.clean_role,
    "clean_municipality": v.clean_municipality,
    "clean_status": v.clean_status,
}


@FAST
@given(name=st.sampled_from(sorted(VALIDATORS)), value=TEXT)
def test_every_validator_returns_a_value_or_a_known_message(name, value):
    try:
        VALIDATORS[name](value)
    except v.ValidationError as exc:
        assert exc.code in v.MESSAGES and str(exc) == v.MESSAGES[exc.code]


_repo_state: dict = {}


def _repo():
    if "store" not in _repo_state:
        from desktop_app.store import create_store
        from desktop_app.store.demo import fill_demo

        folder = Path(tempfile.mkdtemp(prefix="gp-bad-"))
        store = create_store(folder / "gezinsplan.db", "kaarsvet molen vlaai fiets")
        fill_demo(store, 3, seed=5)
        _repo_state["store"] = store
    return _repo_state["store"]


PERSON_FIELDS = ["role", "first_name", "last_name", "birth_date", "bsn", "phone", "email"]
FAMILY_FIELDS = ["family_name", "postcode", "municipality", "city", "street"]
CASE_FIELDS = ["status", "start_date", "end_date", "next_evaluation", "consultant"]


@FAST
@given(kind=st.sampled_from(["person", "family", "case"]), data=st.data(), value=TEXT)
def test_repository_rejects_cleanly_and_writes_nothing_half(kind, data, value):
    from desktop_app.store.families import Families

    store = _repo()
    repo = Families(store.db)
    table, fields, update = {
        "person": ("persons", PERSON_FIELDS, repo.update_person),
        "family": ("families", FAMILY_FIELDS, repo.update_family),
        "case": ("cases", CASE_FIELDS, repo.update_case),
    }[kind]
    field = data.draw(st.sampled_from(fields))
    before = store.db.execute(f"SELECT * FROM {table} WHERE id = 1").fetchone()
    audit_before = store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    try:
        stored = update(1, field, value)
    except v.ValidationError as exc:
        assert exc.code in v.MESSAGES
        assert store.db.execute(f"SELECT * FROM {table} WHERE id = 1").fetchone() == before
        assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_before
    else:
        row = next(store.db.query(f"SELECT * FROM {table} WHERE id = 1"))
        assert row[field] == stored


@settings(max_examples=200, deadline=None)
@given(content=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode),
                         st.sampled_from([b"[]", b"{}", b'{"language": 5}', b'{"auto_lock_minutes": "x"}',
                                          b"\xff\xfe", b'{"language": "fr"}'])))
def test_settings_file_is_read_or_reported_never_crashes(content):
    from desktop_app.settings import Settings, SettingsError

    folder = Path(tempfile.mkdtemp(prefix="gp-set-"))
    path = folder / "settings.json"
    path.write_bytes(content)
    try:
        s = Settings.load(path)
    except SettingsError as exc:
        assert "kan niet gelezen worden" in str(exc)
        assert path.read_bytes() == content  # never silently reset
    else:
        assert s["language"] in ("nl", "en") and isinstance(s["auto_lock_minutes"], int)


def _cli_env(tmp: Path):
    from desktop_app.store import create_store
    from desktop_app.store.demo import fill_demo

    store = create_store(tmp / "data" / "gezinsplan.db", "kaarsvet molen vlaai fiets")
    fill_demo(store, 4, seed=2)
    store.close()
    (tmp / "tekst.db").write_text("geen database")
    (tmp / "leeg.db").write_bytes(b"")
    (tmp / "ruis.db").write_bytes(os.urandom(8192))
    (tmp / "cat.csv").write_text("aanbieder_code;aanbieder_naam\n1;2\n", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp / "pijp.csv")
    return tmp


TOKENS = st.sampled_from([
    "audit", "verify", "list", "export-family", "destroy-family", "retention", "backup",
    "restore", "check", "families", "cases", "--json", "--limit", "--out", "--protect",
    "--requester", "ouders", "jeugdige", "termijn", "--yes", "--search", "--status",
    "--municipality", "--force", "1", "2", "-1", "0", "99999999999", "x", "ë", "",
    "@TMP/uit", "@TMP/tekst.db", "@TMP/leeg.db", "@TMP/ruis.db", "@TMP/data/gezinsplan.db",
    "--families", "--help", "--version", "init",
    # numbers SQLite cannot hold (OverflowError), digits Python's int() takes
    str(2**63), str(2**63 - 1), str(-2**63 - 1), "9" * 40, "²", "١٢", "+3", "1e3",
    "--seed", "--case", "--family", "--decision", "--evaluation", "report", "plan",
    "import-catalog", "@TMP/cat.csv", "@TMP/pijp.csv", "/dev/zero", "/dev/null", "@TMP",
])


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # profile: 100 / CI 1,000
@given(argv=st.lists(TOKENS, min_size=0, max_size=6))
@example(argv=["list", "families", "--limit", str(2**63)])
@example(argv=["audit", "list", "--limit", str(2**64)])
@example(argv=["export-family", str(2**63), "--out", "@TMP/uit"])
@example(argv=["destroy-family", str(2**63), "--requester", "ouders", "--yes"])
@example(argv=["demo", "--families", "3", "--seed", str(2**70), "--add"])
@example(argv=["report", "plan", "--family", "١٢", "--out", "@TMP/uit"])
@example(argv=["import-catalog", "@TMP/pijp.csv"])
@example(argv=["import-catalog", "/dev/zero"])
@example(argv=["import-catalog", "@TMP"])
def test_cli_arguments_never_crash_and_leave_the_database_whole(argv):
    """Every exit code is a documented one other than 1 ('onverwachte fout'), and no
    traceback is on stderr or in the log."""
    from desktop_app.admin import main
    from desktop_app.admin._common import EXIT_CODES, UNEXPECTED
    from desktop_app.store import audit, open_store

    if "tmp" not in _repo_state:
        _repo_state["tmp"] = _cli_env(Path(tempfile.mkdtemp(prefix="gp-cli-")))
    tmp = _repo_state["tmp"]
    argv = [a.replace("@TMP", str(tmp)) for a in argv]
    old = {k: os.environ.get(k) for k in ("GEZINSPLAN_DATA_DIR", "GEZINSPLAN_PASSPHRASE",
                                          "GEZINSPLAN_EXPORT_PASSWORD")}
    os.environ.update(GEZINSPLAN_DATA_DIR=str(tmp / "data"),
                      GEZINSPLAN_PASSPHRASE="kaarsvet molen vlaai fiets",
                      GEZINSPLAN_EXPORT_PASSWORD="geheim-123")
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
    finally:
        for k, val in old.items():
            if val is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = val
    assert code in EXIT_CODES and code != UNEXPECTED, (argv, code, err.getvalue())
    assert "Traceback" not in err.getvalue()
    assert "onverwachts" not in err.getvalue()
    log = tmp / "data" / "logs" / "gezinsplan.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    assert "Traceback" not in text and "unexpected" not in text, (argv, text[-2000:])
    if code not in (0, 2):
        assert err.getvalue().strip(), argv  # a clear message on stderr
    with open_store(tmp / "data" / "gezinsplan.db", "kaarsvet molen vlaai fiets") as s:
        assert s.integrity_check() == [] and audit.verify(s.db).ok
