"""session.safety: destruction, access requests, unlock audit, restore and retention as
session operations – what they write, audit and announce – and the screens that follow
them (pytest-qt, real windows)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.models import Family, Person
from desktop_app.session import Session
from desktop_app.session.safety import (
    DESTROY_KINDS,
    PENDING_FAILURES,
    DestroyRefused,
    note_failed_unlock,
)
from desktop_app.store import audit
from tests.conftest import PASSPHRASE
from tests.destruction_requests import cli_args, lawful

SECRET = "Zwartvleugeltje"


@pytest.fixture
def session(store):
    s = Session(store)
    s.seen = []
    s.changes.subscribe(s.seen.append)
    return s


def _aged(years: int) -> date:
    """Born so as to be `years` and some months old today: fixed birth dates made these
    children older than the tests meant from January 2028 on (12, 16, 18 decide)."""
    from dateutil.relativedelta import relativedelta

    return date.today() - relativedelta(years=years, months=7)


def _family(session, name=SECRET, youth_born=None, start=date(2026, 1, 5)) -> int:
    family = Family(name, street="Kloosterstraat", postcode="6041 AB", city="Roermond",
                    municipality="Roermond")
    fid = session.households.new_family(family, consultant="Ilse", start=start)
    session.households.add_person(Person(fid, "ouder", "Anouk", name, date(1985, 3, 1)))
    session.households.add_person(Person(fid, "jeugdige", "Zoë", name, youth_born or _aged(16)))
    session.seen.clear()
    return fid


def _entries(session, action):
    return [e for e in audit.entries(session.store.db, 10_000) if e["action"] == action]


# -- destruction --------------------------------------------------------------------------
def test_destroy_deletes_audits_and_announces_once(session):
    fid = _family(session)
    other = _family(session, "Bakker")
    case_ids = {c.id for c in session.households.cases_of(fid)}
    assert case_ids
    counts = session.safety.destroy_family(fid, lawful(session, fid))
    assert counts == {"families": 1, "persons": 2, "cases": 1}
    # The recorded 7.3.9 check (its own operation), then the destruction, announced once.
    assert [c.operation for c in session.seen] == ["destroy_check", "destroy_family"]
    change = session.seen[1]
    assert change.operation == "destroy_family"
    assert change.kinds == frozenset(DESTROY_KINDS) and "destroyed" in change.kinds
    assert change.family_ids == {fid} and change.case_ids == case_ids
    with pytest.raises(KeyError):
        session.safety.requesters(fid)
    assert session.households.get_family(other).family_name == "Bakker"
    entry = audit.entries(session.store.db, 1)[0]
    assert (entry["action"], entry["tbl"], entry["row_ref"]) == ("destroy", "families", str(fid))
    assert set(entry["fields"].split(",")) == {"families", "persons", "cases"}
    assert entry["detail"] == "jeugdige; 4 rijen"  # the youth (16) asked
    assert SECRET not in str(entry)
    assert session.safety.verify_audit().ok


def test_destroy_is_one_transaction(session, monkeypatch):
    """The deletion and its audit entry commit together: a failing audit entry leaves
    the family whole, and nothing is announced."""
    fid = _family(session)
    request = lawful(session, fid)
    before = session.safety.audit_count()
    real = session.audit

    def broken(action, *a, **k):
        if action == "destroy":
            raise RuntimeError("disk full")
        return real(action, *a, **k)

    monkeypatch.setattr(session, "audit", broken)
    with pytest.raises(RuntimeError):
        session.safety.destroy_family(fid, request)
    assert session.households.get_family(fid).family_name == SECRET
    assert len(session.households.members(fid)) == 2
    # Only the journal entry (recorded first, ids only) is new; the destruction stays
    # pending and is completed at the next open (test_destruction_journal.py).
    # (and before it the recorded 7.3.9 check: its row and its entry, its own operation).
    assert session.safety.audit_count() == before + 3
    assert [c.operation for c in session.seen] == ["destroy_check"]
    assert audit.entries(session.store.db, 1)[0]["tbl"] == "destruction_journal"
    assert session.safety.pending_destructions() == [fid]
    # The guards against deleting history are all back (the DROP TRIGGERs rolled back).
    triggers = {r[0] for r in session.store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%no_delete'")}
    assert triggers


def test_destroy_refuses_who_may_not_ask(session):
    young = _family(session, "Jong", youth_born=_aged(10))
    assert session.safety.requesters(young) == {"ouders": True, "jeugdige": False,
                                                "termijn": False}
    for requester, code in (("jeugdige", "youth"), ("termijn", "not_due"),
                            ("iemand", "requester")):
        with pytest.raises(DestroyRefused) as info:
            session.safety.destroy_family(young, requester)
        assert info.value.code == code
        assert code == "requester" or "Er is niets veranderd" in str(info.value)
    assert session.seen == [] and session.households.get_family(young)
    old = _family(session, "Oud", youth_born=_aged(18))
    assert session.safety.requesters(old)["jeugdige"]
    with pytest.raises(DestroyRefused) as info:  # without the 7.3.9 lid 2 check
        session.safety.destroy_family(old, "jeugdige")
    assert info.value.code == "check" and session.seen == []
    session.safety.destroy_family(old, lawful(session, old))
    assert [c.operation for c in session.seen] == ["destroy_check", "destroy_family"]


def test_retention_through_the_session(session):
    fid = _family(session, "Oud", start=date(2001, 1, 1))
    case_id = session.households.cases_of(fid)[0].id
    session.households.close_case(case_id, "doelen_bereikt", on=date(2004, 2, 29))
    recent = _family(session, "Recent")
    assert [d["family_id"] for d in session.safety.due_families(date(2024, 2, 29))] == [fid]
    assert session.safety.is_due(fid) and not session.safety.is_due(recent)
    assert session.safety.requesters(fid)["termijn"]
    session.safety.destroy_family(fid, "termijn")
    assert session.safety.due_families() == []


# -- access requests ----------------------------------------------------------------------
def test_access_request_is_audited_once_after_the_files_exist(session, tmp_path):
    fid = _family(session)
    out = tmp_path / "inzage"
    at_change = []
    session.changes.subscribe(lambda ch: at_change.append(sorted(p.suffix for p in out.iterdir())))
    files = session.safety.export_access_request(fid, out)
    assert [f.suffix for f in files] == [".json", ".pdf"] and all(f.is_file() for f in files)
    assert at_change == [[".json", ".pdf"]]  # the files were there when it was announced
    entries = _entries(session, "access_request")
    assert len(entries) == 1
    assert (entries[0]["tbl"], entries[0]["row_ref"]) == ("families", str(fid))
    assert set(entries[0]["fields"].split(",")) == {"families", "persons", "cases"}
    assert entries[0]["detail"] == "json+pdf"
    assert str(tmp_path) not in str(entries[0]) and SECRET not in str(entries[0])
    assert [(c.operation, c.kinds, c.family_ids) for c in session.seen] == [
        ("access_request", frozenset({"documents"}), frozenset({fid}))]


def test_a_failed_access_request_records_nothing(session, tmp_path, monkeypatch):
    import desktop_app.reports.access_request as report

    fid = _family(session)

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(report, "write_access_pdf", broken)
    with pytest.raises(OSError):
        session.safety.export_access_request(fid, tmp_path / "uit", "wachtwoord1")
    data = session.safety.access_request_data(fid)
    with pytest.raises(RuntimeError):
        session.safety.record_access_request(fid, data, [tmp_path / "bestaat-niet.pdf"], True)
    assert _entries(session, "access_request") == [] and session.seen == []
    with pytest.raises(KeyError):
        session.safety.access_request_data(fid + 1000)


# -- unlocking ----------------------------------------------------------------------------
def test_unlock_records_the_failures_noted_before_it(session):
    path = session.store.path
    note_failed_unlock(path)
    note_failed_unlock(path)
    assert (path.parent / PENDING_FAILURES).exists()
    assert session.safety.record_unlock() == 2
    last = audit.entries(session.store.db, 3)
    assert [e["action"] for e in last] == ["unlock", "unlock_failed", "unlock_failed"]
    assert last[1]["detail"] == "voor ontgrendelen"
    assert not (path.parent / PENDING_FAILURES).exists()
    session.safety.record_failed_unlock()
    assert audit.entries(session.store.db, 1)[0]["action"] == "unlock_failed"
    assert session.safety.check_passphrase(PASSPHRASE)
    assert not session.safety.check_passphrase("iets anders")


def test_failed_unlock_at_the_gate_reaches_the_audit_trail(qtbot, demo_store, settings):
    from desktop_app.ui.main_window import MainWindow

    path = demo_store.path
    demo_store.close()
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    failures = []
    window.unlock_failed.connect(lambda: failures.append(1))
    window._unlock("dit is niet het wachtwoord")
    qtbot.waitUntil(lambda: bool(failures), timeout=20000)
    assert window.session is None and (path.parent / PENDING_FAILURES).exists()
    window._unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    # The background check's backup may write its marker row (an 'insert') meanwhile.
    last = [e for e in window.session.safety.audit_entries(10)
            if e["action"].startswith("unlock")][:2]
    assert [e["action"] for e in last] == ["unlock", "unlock_failed"]
    assert not (path.parent / PENDING_FAILURES).exists()


# -- restore ------------------------------------------------------------------------------
def test_restore_ends_the_session_and_reopens_on_the_backup(session, tmp_path):
    fid = _family(session)
    session.safety.backup_now()
    backup = session.safety.backups()[0].path
    session.households.update_family(fid, "family_name", "Na de back-up")
    restored = session.safety.restore(backup)
    assert restored.error is None and restored.kept is not None and restored.kept.exists()
    new = Session(restored.opened)
    try:
        assert new.households.get_family(fid).family_name == SECRET
        last = new.safety.audit_entries(1)[0]
        assert (last["action"], last["detail"]) == ("restore", "gui")
    finally:
        new.close()


def test_a_failed_restore_reopens_the_old_data(session, tmp_path):
    fid = _family(session)
    junk = tmp_path / "rommel.db"
    junk.write_bytes(b"geen database" * 500)
    restored = session.safety.restore(junk)
    assert restored.error is not None and restored.kept is None
    new = Session(restored.opened)
    try:
        assert new.households.get_family(fid).family_name == SECRET
        assert new.safety.audit_entries(1)[0]["action"] != "restore"
    finally:
        new.close()


# -- screens ------------------------------------------------------------------------------
def _first_family(window) -> int:
    return window.caseload.model.rows[0]["id"]


def test_destroying_through_the_session_closes_its_pages_and_updates_the_caseload(
        qtbot, unlocked_window):
    import shiboken6

    window = unlocked_window
    ids = [r["id"] for r in window.caseload.model.rows]
    fid, other = ids[0], ids[1]
    other_page = window.open_family(other)
    page = window.open_family(fid)
    seen = []
    window.events.changed.connect(seen.append)
    assert fid in ids and window.workspace.currentWidget() is page
    window.session.safety.destroy_family(fid, lawful(window.session, fid))
    assert [c.operation for c in seen] == ["destroy_check", "destroy_family"]
    assert seen[1].family_ids == {fid}
    assert not shiboken6.isValid(page)
    assert shiboken6.isValid(other_page) and window.workspace.indexOf(other_page) >= 0
    assert window.workspace.currentWidget() is window.caseload
    rows = [r["id"] for r in window.caseload.model.rows]
    assert fid not in rows and other in rows and len(rows) == len(ids) - 1
    assert window.session.safety.audit_entries(1)[0]["action"] == "destroy"


def test_the_audit_view_reads_through_the_session_and_follows_changes(
        qtbot, unlocked_window, monkeypatch):
    from desktop_app.ui.safety.audit_view import AuditView

    window = unlocked_window
    safety = window.session.safety
    calls = []
    real = safety.audit_entries

    def spy(*args, **kwargs):
        calls.append(kwargs.get("action"))
        return real(*args, **kwargs)

    monkeypatch.setattr(safety, "audit_entries", spy)
    view = AuditView(window.session, window.nav)
    window.push_page(view)
    assert calls == [None]
    assert view.model.rowCount() > 0
    assert [r["id"] for r in view.model.rows] == [e["id"] for e in real(500)]
    total = safety.audit_count()
    assert f"van {total} regels" in view.count.text()
    window.session.households.update_family(_first_family(window), "phone", "0475-123456")
    assert f"van {safety.audit_count()} regels" in view.count.text()
    assert safety.audit_count() > total
    view.filter.setCurrentIndex(view.filter.findData("unlock"))
    assert calls[-1] == "unlock" and view.model.rows
    assert {r["action"] for r in view.model.rows} == {"unlock"}


def test_the_retention_list_follows_a_destruction(qtbot, unlocked_window, monkeypatch):
    from desktop_app.ui.safety.privacy import RetentionView

    window = unlocked_window
    session = window.session
    fid = _first_family(window)
    monkeypatch.setattr(type(session.safety), "due_families",
                        lambda self, today=None: [
                            d for d in [{"family_id": fid, "family_name": "Oud",
                                         "due_since": "2024-01-01"}]
                            if d["family_id"] in {r["id"] for r in
                                                  session.households.repo.page(limit=500)}])
    view = RetentionView(session, window.nav)
    window.push_page(view)
    assert view.table.rowCount() == 1 and view.destroy_button.isEnabled()
    session.safety.destroy_family(fid, lawful(session, fid))
    assert view.table.rowCount() == 0 and view.empty.isVisibleTo(view)
    assert window.workspace.currentWidget() is view  # not one of the family's pages


# -- the command line ---------------------------------------------------------------------
def test_cli_destroy_and_export_use_the_session(session, tmp_path, monkeypatch, capsys):
    from desktop_app.admin import main

    young = _family(session, "Jong", youth_born=_aged(10))
    fid = _family(session)
    lawful_args = cli_args(session, fid)
    session.close()
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    assert main(["destroy-family", str(young), "--requester", "termijn", "--yes"]) == 7
    assert "bewaartermijn" in capsys.readouterr().err
    assert main(["destroy-family", str(young), "--requester", "jeugdige", "--yes"]) == 7
    assert "12 jaar" in capsys.readouterr().err
    assert main(["export-family", str(fid), "--out", str(tmp_path / "uit")]) == 0
    assert len(list((tmp_path / "uit").glob("*.pdf"))) == 1
    assert main(["destroy-family", str(fid), *lawful_args, "--yes"]) == 0
    assert "vernietigd" in capsys.readouterr().out
    assert main(["destroy-family", str(fid), "--requester", "ouders", "--yes"]) == 4
    again = Session.open(session.path, PASSPHRASE)
    try:
        assert again.safety.audit_entries(1)[0]["action"] == "destroy"
        assert [e["row_ref"] for e in again.safety.audit_entries(action="access_request")] == [
            str(fid)]
        assert again.households.get_family(young).family_name == "Jong"
        assert again.safety.verify_audit().ok
    finally:
        again.close()
