"""The management report's PDF and CSV carry no personal data (every name and BSN of the
demo is looked for), through the session and the admin command; the usefulness question
is saved like every evaluation field."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import PASSPHRASE


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _personal(db) -> list[str]:
    values = set()
    for first, last, bsn in db.execute("SELECT first_name, last_name, bsn FROM persons"):
        if bsn:
            values.add(bsn)
        full = f"{first or ''} {last or ''}".strip()
        if " " in full:
            values.add(full)
    for (name,) in db.execute("SELECT family_name FROM families"):
        if name:
            values.add(name)
    return sorted(values)


def _found(text: str, values: list[str]) -> list[str]:
    flat = re.sub(r"\s+", " ", text)
    return [v for v in values if re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", flat)]


def test_pdf_and_csv_hold_no_name_or_bsn_of_the_demo(demo_store, tmp_path):
    from desktop_app.session import Session

    session = Session(demo_store)
    data = session.management.report(date(2023, 1, 1), date.today())
    assert data.total().new > 0 and data.total().deployments > 0
    pdf = session.management.export(data, tmp_path / "rapport.pdf")
    csv = session.management.export(data, tmp_path / "rapport.csv")
    values = _personal(demo_store.db)
    assert len(values) > 100 and any(v.isdigit() and len(v) == 9 for v in values)
    pdf_text, csv_text = _pdf_text(pdf), csv.read_text("utf-8-sig")
    assert "Managementrapportage jeugdhulp" in pdf_text and "Uitval" in pdf_text
    assert "Roermond" in csv_text and "< 5" in csv_text
    assert _found(pdf_text, values) == []
    assert _found(csv_text, values) == []
    assert oct(pdf.stat().st_mode & 0o777) == "0o600" and oct(csv.stat().st_mode & 0o777) == "0o600"
    last = demo_store.db.execute("SELECT action, fields, detail FROM audit_log "
                                 "ORDER BY id DESC LIMIT 1").fetchone()
    assert last[0] == "export" and last[1] == "management" and last[2].startswith("csv ")


def test_the_scan_would_find_a_name(demo_store):
    values = _personal(demo_store.db)
    assert _found(f"x {values[0]} y", values) == [values[0]]


def test_admin_report_management(demo_store, data_dir, monkeypatch, capsys):
    from desktop_app.admin import main

    demo_store.close()
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    out = data_dir / "out" / "roermond.csv"
    code = main(["report", "management", "--from", "01-01-2024", "--to", "31-12-2026",
                 "--municipality", "roermond", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[1].split(";")[3:] == ["Roermond"]
    assert any(line.startswith("Uitkomsten;uitval;") for line in lines)
    for argv, message in (
            (["--from", "2026-03-01", "--to", "2026-02-01", "--out", "x.pdf"], "eindigt voor"),
            (["--from", "31-02-2026", "--to", "2026-03-01", "--out", "x.pdf"], "Geen geldige"),
            (["--from", "2026-01-01", "--to", "2026-03-01", "--out", "x.txt"], ".pdf of .csv"),
            (["--from", "2026-01-01", "--to", "2026-03-01", "--municipality", "Venlo",
              "--out", str(data_dir / "x.pdf")], "Onbekende gemeente")):
        assert main(["report", "management", *argv]) == 7
        assert message in capsys.readouterr().err


def test_usefulness_is_saved_checked_and_kept_apart_from_the_mark(store):
    from desktop_app.core.validation import ValidationError
    from desktop_app.session import Session
    from tests.evaluation.helpers import build_case

    case = build_case(store.db)
    session = Session(store)
    eid = session.evaluations.start(case["case_id"], today=date(2026, 6, 30))
    assert [a.value for a in session.evaluations.usefulness_answers()] == [1, 2, 3, 4, 5]
    session.evaluations.set_field(eid, "satisfaction", "8")
    assert session.evaluations.set_field(eid, "usefulness", "4") == 4
    with pytest.raises(ValidationError):
        session.evaluations.set_field(eid, "usefulness", "7")
    e = session.evaluations.get(eid)
    assert (e.usefulness, e.satisfaction) == (4, 8)
    assert session.evaluations.set_field(eid, "usefulness", "") is None


def test_the_migration_keeps_existing_grades():
    """A database from before m1030: its 1-10 marks stay as they were; usefulness is empty
    (the old mark answered another question and is not mapped onto it)."""
    from sqlite_utils import Database

    from desktop_app.store.migrations import m1030_usefulness

    db = Database(memory=True)
    db["evaluations"].insert_all([{"id": 1, "case_id": 1, "satisfaction": 8},
                                  {"id": 2, "case_id": 2, "satisfaction": None}], pk="id")
    m1030_usefulness.migrate(db)
    m1030_usefulness.migrate(db)  # a second run changes nothing
    assert db.execute("SELECT id, satisfaction, usefulness FROM evaluations ORDER BY id"
                      ).fetchall() == [(1, 8, None), (2, None, None)]


def test_a_migrated_demo_database_has_the_column(store):
    names = {c.name for c in store.db["evaluations"].columns}
    assert "usefulness" in names and "satisfaction" in names


def test_m1031_counts_case_uitval_again_with_the_form_rule(store):
    from desktop_app.store.migrations import m1031_case_uitval
    from tests.evaluation.helpers import build_case

    db = store.db
    first = build_case(db)
    second = build_case(db)
    for case, reason in ((first, "34"), (second, "33")):
        db["deployments"].update(case["deps"][0], {"status": "beëindigd", "end_reason": reason,
                                                   "end_date": "2026-03-01"})
        db["cases"].update(case["case_id"], {"outcome_uitval": 1})
    untouched = build_case(db)  # no figure: stays without one
    m1031_case_uitval.migrate(db)
    value = {cid: db["cases"].get(cid)["outcome_uitval"]
             for cid in (first["case_id"], second["case_id"], untouched["case_id"])}
    assert value == {first["case_id"]: 0, second["case_id"]: 1, untouched["case_id"]: None}
