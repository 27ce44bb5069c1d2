"""Issue 16 item 8: the export per deployment in iJw JW301/JW315 field names (CSV and JSON),
and geslacht (COD046) on persons."""

from __future__ import annotations

import csv
import json

import pytest

from desktop_app.core import codelists
from desktop_app.core.deployment_export import FIELDS
from desktop_app.core.household import clean_person_field
from desktop_app.core.validation import ValidationError


def test_cod046_and_its_check():
    assert codelists.cod046() == {"0": "Onbekend", "1": "Mannelijk", "2": "Vrouwelijk",
                                  "9": "Niet gespecificeerd"}
    assert clean_person_field("geslacht", "2") == "2"
    assert clean_person_field("geslacht", "") == "0"
    with pytest.raises(ValidationError):
        clean_person_field("geslacht", "V")


def _setup(store):
    from desktop_app.session import Session
    from tests.evaluation.helpers import build_case

    case = build_case(store.db)
    session = Session(store)
    youth = store.db.execute("SELECT id FROM persons WHERE family_id = ?",
                             [case["family_id"]]).fetchone()[0]
    session.households.update_person(youth, "geslacht", "2")
    session.households.update_person(youth, "bsn", "999900006")
    store.db["deployments"].update(case["deps"][0], {"beschikkingnummer": "2026-ROE-1",
                                                     "referrer": "03"})
    return session, case


def test_rows_carry_the_message_fields(store):
    session, case = _setup(store)
    rows = session.deployment_export.rows(case_id=case["case_id"])
    assert len(rows) == 2  # two deployments, one youth
    first = rows[0].values
    assert set(first) == set(FIELDS)
    assert first["ToewijzingNummer"] == str(case["deps"][0])
    assert (first["Product.Categorie"], first["Product.Code"]) == ("45", "45A01")
    assert first["ToewijzingIngangsdatum"] == "2026-01-05"
    assert first["ToewijzingEinddatum"] == "2026-12-31"
    assert (first["Omvang.Volume"], first["Omvang.Eenheid"], first["Omvang.Frequentie"]) == (
        "4", "04", "2")
    assert (first["BeschikkingNummer"], first["Verwijzer.Type"]) == ("2026-ROE-1", "03")
    assert (first["Client.Bsn"], first["Client.Geboortedatum.Datum"],
            first["Client.Geslacht"], first["Client.Naam.Voornamen"]) == (
        "999900006", "2014-03-02", "2", "Zoë")


def test_csv_and_json_files(store, tmp_path):
    session, case = _setup(store)
    path, count = session.deployment_export.export(tmp_path / "inzet.csv")
    assert count == 2
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert tuple(table[0]) == FIELDS and len(table) == 3
    assert table[1][FIELDS.index("Client.Naam.Voornamen")] == "Zoë"
    path, _ = session.deployment_export.export(tmp_path / "inzet.json", case["case_id"])
    data = json.loads(path.read_text("utf-8"))
    first = data["toewijzingen"][0]
    assert first["Product"] == {"Categorie": "45", "Code": "45A01"}
    assert first["Omvang"] == {"Volume": "4", "Eenheid": "04", "Frequentie": "2"}
    assert first["Client"]["Geboortedatum"] == {"Datum": "2014-03-02"}
    assert first["Client"]["Geslacht"] == "2"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    entry = store.db.execute("SELECT action, tbl, fields, detail FROM audit_log "
                             "ORDER BY id DESC LIMIT 1").fetchone()
    assert entry == ("export", "deployments", "jw301", "json 2 regels")
    with pytest.raises(ValueError):
        session.deployment_export.export(tmp_path / "inzet.txt")


def test_admin_export(demo_store, data_dir, monkeypatch, capsys):
    from desktop_app.admin import main
    from tests.conftest import PASSPHRASE

    demo_store.close()
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    out = data_dir / "inzet.json"
    assert main(["export", "deployments", "--out", str(out), "--municipality", "weert"]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["toewijzingen"] and all(r["Client"]["Bsn"].startswith("9999")
                                        for r in data["toewijzingen"])
    assert main(["export", "deployments", "--out", str(data_dir / "x.xml")]) == 7
    assert ".csv of .json" in capsys.readouterr().err


def test_member_editor_saves_geslacht(qtbot, store):
    from desktop_app.session import Session
    from desktop_app.ui.autosave import SaveIndicator, flush_all
    from desktop_app.ui.family_page import MemberEditor
    from desktop_app.ui.member_dialog import MemberDialog
    from tests.evaluation.helpers import build_case

    case = build_case(store.db)
    session = Session(store)
    youth = session.households.members(case["family_id"])[0]
    indicator = SaveIndicator()
    editor = MemberEditor(session.households, indicator)
    qtbot.addWidget(editor)
    editor.load(youth.id)
    combo = editor.form.widgets["geslacht"]
    assert combo.currentData() == "0"
    combo.setCurrentIndex(combo.findData("1"))
    combo.activated.emit(combo.currentIndex())  # as a user's choice does
    flush_all(editor)
    assert session.households.members(case["family_id"])[0].geslacht == "1"
    dialog = MemberDialog(session.households, case["family_id"])
    qtbot.addWidget(dialog)
    assert dialog.values()["geslacht"] == "0"
    dialog.geslacht.setCurrentIndex(dialog.geslacht.findData("9"))
    assert dialog.values()["geslacht"] == "9"
