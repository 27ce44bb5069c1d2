"""Who may ask to destroy a family file (Jeugdwet 7.3.9, core.file_rights), at the age
boundaries, through the session (the lid 2 refusal recorded) and on the command line."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.file_rights import (
    PARENTS,
    RETENTION,
    YOUTH,
    DestructionRequest,
    YouthAge,
    holder,
    needed_requesters,
    refusal,
)
from desktop_app.core.models import Family, Person
from desktop_app.session import Session
from desktop_app.session.safety import DestroyRefused
from desktop_app.store import destruction_checks
from tests.conftest import PASSPHRASE
from tests.destruction_requests import MOTIVATION

BORN = date(2014, 3, 10)  # 12th birthday 2026-03-10
BEFORE, ON = date(2026, 3, 9), date(2026, 3, 10)


def _req(*who, cannot_judge=(), other=False, motivation=MOTIVATION):
    return DestructionRequest.of(*who, cannot_judge=cannot_judge, other_interest=other,
                                 motivation=motivation)


def test_the_youth_holds_the_right_from_the_12th_birthday():
    youth = YouthAge(1, BORN)
    assert holder(youth, BEFORE) == PARENTS
    assert holder(youth, ON) == YOUTH
    assert holder(youth, ON, frozenset({1})) == PARENTS  # cannot judge: the parents ask
    assert holder(YouthAge(2, None), ON) is None


def test_parents_may_not_destroy_the_file_of_a_youth_of_twelve():
    youths = [YouthAge(1, BORN)]
    assert refusal(_req(PARENTS), youths, BEFORE, due=False) is None
    refused = refusal(_req(PARENTS), youths, ON, due=False)
    assert (refused.code, refused.youth_id, refused.age) == ("youth_must_ask", 1, 12)
    assert "vanaf 12 jaar vraagt de jeugdige zelf" in refused.message
    assert refusal(_req(YOUTH), youths, ON, due=False) is None
    assert refusal(_req(YOUTH), youths, BEFORE, due=False).code == "youth"
    # Recorded: the youth cannot judge – then the parents ask for them.
    assert refusal(_req(PARENTS, cannot_judge=[1]), youths, ON, due=False) is None
    assert refusal(_req(PARENTS, cannot_judge=[1]), youths, BEFORE, due=False).code == \
        "cannot_judge"


def test_a_mixed_family_needs_the_youth_and_the_parents():
    youths = [YouthAge(1, date(2011, 1, 1)), YouthAge(2, date(2018, 1, 1))]
    assert needed_requesters(youths, ON) == {YOUTH, PARENTS}
    assert refusal(_req(YOUTH), youths, ON, False).code == "parents_must_ask"
    assert refusal(_req(PARENTS), youths, ON, False).code == "youth_must_ask"
    assert refusal(_req(YOUTH, PARENTS), youths, ON, False) is None
    assert needed_requesters([], ON) == {PARENTS}


def test_sixteenth_birthday_changes_nothing_for_file_rights():
    youths = [YouthAge(1, date(2010, 3, 10))]
    for day in (date(2026, 3, 9), date(2026, 3, 10)):
        assert refusal(_req(YOUTH), youths, day, False) is None
        assert refusal(_req(PARENTS), youths, day, False).code == "youth_must_ask"


def test_the_lid_2_check_is_required_and_can_refuse():
    youths = [YouthAge(1, date(2018, 1, 1))]
    assert refusal(_req(PARENTS, other=None), youths, ON, False).code == "check"
    assert refusal(_req(PARENTS, motivation="kort"), youths, ON, False).code == "check"
    assert refusal(_req(PARENTS, other=True), youths, ON, False).code == "other_interest"
    assert refusal(_req(RETENTION, other=None, motivation=""), youths, ON, True) is None
    assert refusal(_req(RETENTION), youths, ON, False).code == "not_due"
    assert refusal(_req(RETENTION, PARENTS), youths, ON, True).code == "retention_alone"
    assert refusal(_req(), youths, ON, False).code == "requester"
    assert refusal(_req(PARENTS), [YouthAge(1, None)], ON, False).code == "birth_date"


@pytest.fixture
def session(store):
    return Session(store)


def _family(session, born) -> tuple[int, int]:
    fid = session.households.new_family(Family("Şahin-Ëlberg", municipality="Roermond"),
                                        consultant="Ilse", start=date(2026, 1, 5))
    session.households.add_person(Person(fid, "ouder", "Anouk", "Şahin", date(1985, 3, 1)))
    youth = session.households.add_person(Person(fid, "jeugdige", "Zoë", "Şahin", born))
    return fid, youth


def test_session_refuses_parents_for_a_youth_of_twelve_and_records_a_lid_2_refusal(session):
    today = date.today()
    twelve = date(today.year - 12, today.month, min(today.day, 28))
    fid, youth = _family(session, twelve)
    with pytest.raises(DestroyRefused) as info:
        session.safety.destroy_family(fid, _req(PARENTS))
    assert info.value.code == "youth_must_ask" and info.value.refusal.youth_id == youth
    assert destruction_checks.of_family(session.store.db, fid) == []  # nothing recorded
    with pytest.raises(DestroyRefused) as info:
        session.safety.destroy_family(fid, _req(YOUTH, other=True))
    assert info.value.code == "other_interest"
    checks = destruction_checks.of_family(session.store.db, fid)
    assert [(c["outcome"], c["requesters"], c["other_interest"]) for c in checks] == [
        ("geweigerd", "jeugdige", 1)]
    assert checks[0]["motivation"] == MOTIVATION
    assert session.households.get_family(fid)  # kept
    entry = session.safety.audit_entries(1)[0]
    assert entry["action"] == "destroy_refused" and "Zoë" not in str(entry)
    session.safety.destroy_family(fid, _req(PARENTS, cannot_judge=[youth]))
    checks = destruction_checks.of_family(session.store.db, fid)
    assert [c["outcome"] for c in checks] == ["geweigerd", "toegestaan"]
    assert checks[1]["cannot_judge"] == str(youth)
    with pytest.raises(KeyError):
        session.safety.requesters(fid)


def test_cli_destroy_asks_who_for_whom_and_the_lid_2_check(session, monkeypatch, capsys):
    from desktop_app.admin import main

    fid, youth = _family(session, date(2011, 6, 1))
    session.close()
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    base = ["destroy-family", str(fid), "--yes"]
    assert main(base + ["--requester", "ouders", "--other-interest", "nee",
                        "--motivation", MOTIVATION]) == 7
    assert f"Jeugdige nr. {youth} is" in capsys.readouterr().err
    assert main(base + ["--requester", "jeugdige"]) == 7
    assert "7.3.9 lid 2" in capsys.readouterr().err
    assert main(base + ["--requester", "jeugdige", "--other-interest", "ja",
                        "--motivation", MOTIVATION]) == 6
    assert "Geweigerd" in capsys.readouterr().err
    assert main(base + ["--requester", "ouders", "--cannot-judge", str(youth),
                        "--other-interest", "nee", "--motivation", MOTIVATION]) == 0
    assert f"Gezin {fid} vernietigd" in capsys.readouterr().out


def test_the_dialog_says_who_must_ask_and_why_not(qtbot, session):
    from desktop_app.ui.safety.destroy_dialog import DestroyDialog

    fid, youth = _family(session, date(2011, 6, 1))
    session.households.add_person(Person(fid, "jeugdige", "Daniël", "Şahin", date(2019, 6, 1)))
    dialog = DestroyDialog(session, None, fid)
    qtbot.addWidget(dialog)
    assert dialog.needed.text() == "Bij een verzoek moeten vragen: de jeugdige en de ouders."
    assert not dialog.options["termijn"].isEnabled()
    dialog.options["ouders"].setChecked(True)
    dialog.try_accept()
    assert "Zoë is" in dialog.error.text() and "vanaf 12 jaar vraagt de jeugdige zelf" in \
        dialog.error.text()
    dialog.cannot_judge[youth].setChecked(True)  # Zoë cannot judge: the parents ask for both
    assert dialog.needed.text() == "Bij een verzoek moeten vragen: de ouders met gezag."
    dialog.try_accept()
    assert "lid 2" in dialog.error.text()
    dialog.interest_yes.setChecked(True)
    dialog.motivation.setPlainText("De broer heeft het dossier nodig voor zijn eigen hulp.")
    dialog.try_accept()  # refused under lid 2: recorded, nothing destroyed
    assert "Geweigerd" in dialog.error.text() and session.households.get_family(fid)
    assert [c["outcome"] for c in destruction_checks.of_family(session.store.db, fid)] == [
        "geweigerd"]


def test_the_catalogue_page_refuses_a_fifo_or_device_without_blocking(tmp_path):
    import os

    from desktop_app.session.results import ResultsArea

    assert "bestaat niet" in ResultsArea.read_catalog_file(str(tmp_path / "geen.csv"))
    assert "een map" in ResultsArea.read_catalog_file(str(tmp_path))
    if os.path.exists("/dev/zero"):
        assert "apparaat" in ResultsArea.read_catalog_file("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pijp.csv")
        assert "pijp (FIFO)" in ResultsArea.read_catalog_file(str(tmp_path / "pijp.csv"))
    (tmp_path / "ok.csv").write_bytes(b"a;b\n")
    assert ResultsArea.read_catalog_file(str(tmp_path / "ok.csv")) == b"a;b\n"
