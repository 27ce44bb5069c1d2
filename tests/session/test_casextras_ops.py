"""Appointments, attachments and documents made (issue 14): session operations with
their audit entries and change events, the 25 MB limit, the private temporary folder
(0700/0600, gone at close and at the next start), the .ics file, destruction of a family
with an attachment, and the documents recorded by every export."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from desktop_app.core.appointments import Appointment
from desktop_app.core.lifecycle import LifecycleError
from desktop_app.core.models import Family, Person
from desktop_app.core.validation import ValidationError
from desktop_app.session import Session
from desktop_app.session import casextras as cx
from desktop_app.session.ics import to_ics
from desktop_app.store import open_store
from tests.conftest import PASSPHRASE
from tests.destruction_requests import lawful

TODAY = date.today()


@pytest.fixture
def session(store):
    return Session(store, policies=[])


@pytest.fixture
def case(session):
    fid = session.households.new_family(Family("Ëlbers-van den Heuvel", municipality="Roermond"))
    session.households.add_person(Person(fid, "ouder", "Mariëlle", "Ëlbers", bsn="999900006"))
    return fid, session.households.cases_of(fid)[0].id


def _changes(session):
    seen = []
    session.changes.subscribe(seen.append)
    return seen


def _audit(session, action=None, table=None):
    sql, args = "SELECT action, tbl, row_ref, fields, detail FROM audit_log WHERE 1", []
    if action:
        sql, args = sql + " AND action = ?", args + [action]
    if table:
        sql, args = sql + " AND tbl = ?", args + [table]
    return [tuple(r) for r in session.store.db.execute(sql, args)]


# -- appointments -----------------------------------------------------------------------------
def test_add_edit_cancel_an_appointment_is_audited_and_announced(session, case):
    fid, cid = case
    seen = _changes(session)
    aid = session.appointments.add(cid, TODAY + timedelta(days=2), "9:30", kind="huisbezoek",
                                   place="Thuis, Kapelaan Verheggenstraat 12A",
                                   with_whom="Mariëlle en Zoë")
    a = session.appointments.get(aid)
    assert (a.starts_at.hour, a.starts_at.minute, a.ends_at.hour) == (9, 30, 10)
    assert seen[-1].operation == "add_appointment" and "appointments" in seen[-1].kinds
    assert seen[-1].case_ids == {cid} and seen[-1].family_ids == {fid}
    # Moving the start keeps the length; the end cannot go before the start.
    assert session.appointments.update(aid, "start_time", "14.00") == "14:00"
    assert session.appointments.get(aid).ends_at.strftime("%H:%M") == "15:00"
    with pytest.raises(ValidationError) as err:
        session.appointments.update(aid, "end_time", "13:00")
    assert err.value.code == "end_before_start"
    with pytest.raises(ValidationError) as err:
        session.appointments.update(aid, "start_time", "25:00")
    assert err.value.code == "time_format"
    assert session.appointments.get(aid).starts_at.strftime("%H:%M") == "14:00"  # nothing lost
    session.appointments.update(aid, "what", "Plan bespreken; handtekeningen")
    session.appointments.cancel(aid)
    assert session.appointments.get(aid).cancelled
    assert seen[-1].operation == "cancel_appointment"
    trail = _audit(session, table="appointments")
    assert [t[0] for t in trail] == ["insert", "update", "update", "update"]
    assert "cancelled_at" in trail[-1][3]
    assert all("Mariëlle" not in " ".join(t) for t in trail)


def test_agenda_shows_today_and_the_rest_of_this_week(session, case):
    _fid, cid = case
    monday, sunday = TODAY - timedelta(days=TODAY.weekday()), None
    sunday = monday + timedelta(days=6)
    today_id = session.appointments.add(cid, TODAY, "10:00")
    later = [session.appointments.add(cid, d, "11:00") for d in (TODAY + timedelta(days=1),
                                                               sunday + timedelta(days=1))
             if d <= sunday + timedelta(days=1)]
    cancelled = session.appointments.add(cid, TODAY, "15:00")
    session.appointments.cancel(cancelled)
    today, week = session.appointments.agenda(TODAY)
    assert [a.id for a in today] == [today_id]
    assert [a.family_name for a in today] == ["Ëlbers-van den Heuvel"]
    week_ids = [a.id for a in week]
    assert later[-1] not in week_ids  # next Monday is next week
    if TODAY != sunday:
        assert week_ids == [later[0]]
    else:
        assert week_ids == []


def test_a_closed_case_takes_no_appointment(session, case):
    _fid, cid = case
    session.households.close_case(cid, "anders")
    with pytest.raises(LifecycleError):
        session.appointments.add(cid, TODAY, "10:00")


def test_ics_is_rfc5545_with_amsterdam_time_escaping_and_no_bsn(session, case, tmp_path):
    _fid, cid = case
    aid = session.appointments.add(cid, date(2027, 3, 30), "9:00", "10:15", kind="overleg",
                                   place="CJG Roermond, kamer 2; ingang Kloosterwandplein",
                                   with_whom="Roerdal Jeugdhulp, Mariëlle",
                                   what="Evaluatie\nvoorbereiden")
    out = session.appointments.export_ics(aid, tmp_path / "a.ics", details=True)
    raw = out.read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert b"999900006" not in raw and "Ëlbers".encode() not in raw  # no BSN, no family name
    assert b"BEGIN:VTIMEZONE" in raw and b"TZID:Europe/Amsterdam" in raw
    assert b"DTSTART;TZID=Europe/Amsterdam:20270330T090000" in raw  # summer time already
    assert b"LOCATION:CJG Roermond\\, kamer 2\\; ingang Kloosterwandplein" in raw
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded
    event = Calendar.from_ical(raw).walk("VEVENT")[0]
    case_number = session.households.get_case(cid).case_number
    assert str(event["SUMMARY"]) == f"Overleg casus {case_number}"
    assert str(event["DESCRIPTION"]) == "Met: Roerdal Jeugdhulp, Mariëlle\nEvaluatie\nvoorbereiden"
    assert event["DTSTART"].dt == datetime(2027, 3, 30, 9, 0, tzinfo=event["DTSTART"].dt.tzinfo)
    assert event["DTSTART"].dt.utcoffset() == timedelta(hours=2)
    assert event["DTSTAMP"].dt.utcoffset() == timedelta(0)
    first_uid = str(event["UID"])
    # Chosen by the consultant: the family's name in the title; the UID stays the same.
    again = Calendar.from_ical(session.appointments.export_ics(
        aid, tmp_path / "b.ics", family_name=True, details=False).read_bytes()).walk("VEVENT")[0]
    assert str(again["SUMMARY"]).endswith("gezin Ëlbers-van den Heuvel")
    assert "LOCATION" not in again and str(again["UID"]) == first_uid
    assert _audit(session, "export", "appointments")[-1][3] == "times,kind,family_name"
    # Asked for nothing more: times, kind and case number only (the default).
    bare = Calendar.from_ical(session.appointments.export_ics(
        aid, tmp_path / "c.ics").read_bytes()).walk("VEVENT")[0]
    assert "LOCATION" not in bare and "DESCRIPTION" not in bare
    assert str(bare["SUMMARY"]) == f"Overleg casus {case_number}"
    assert _audit(session, "export", "appointments")[-1][3] == "times,kind"


def test_ics_of_a_winter_appointment_and_a_cancelled_one():
    a = Appointment(1, datetime(2027, 1, 12, 10, 0), datetime(2027, 1, 12, 11, 0),
                    uid="u-1", case_number="2027-001", cancelled=True)
    event = Calendar.from_ical(to_ics(a)).walk("VEVENT")[0]
    assert event["DTSTART"].dt.utcoffset() == timedelta(hours=1)
    assert str(event["STATUS"]) == "CANCELLED"


# -- attachments ------------------------------------------------------------------------------
def test_attachment_stored_in_the_database_and_opened_through_a_private_copy(session, case,
                                                                              tmp_path):
    _fid, cid = case
    scan = tmp_path / "beschikking Ëlbers.pdf"
    scan.write_bytes(b"%PDF-1.4 scan " * 100)
    seen = _changes(session)
    att = session.attachments.add(cid, scan, "beschikking", "Beschikking Roerdal")
    assert seen[-1].operation == "add_attachment" and "attachments" in seen[-1].kinds
    [listed] = session.attachments.of_case(cid)
    assert (listed.id, listed.label, listed.size, listed.media_type) == (
        att, "Beschikking", scan.stat().st_size, "application/pdf")
    copy = session.attachments.open_copy(att)
    assert copy.read_bytes() == scan.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    root = cx.temp_root(session.store)
    assert stat.S_IMODE(root.stat().st_mode) == 0o700 and root in copy.parents
    assert _audit(session, "export", "attachments")[-1][4] == "tijdelijk bestand"
    session.close()
    assert not copy.exists() and not list(root.iterdir())


def test_a_file_left_by_a_crash_is_gone_at_the_next_start(store):
    session = Session(store, policies=[])
    left = cx.write_temp(store, "scan.pdf", b"secret")
    assert left.exists()
    path = store.path
    store.conn.close()  # the crash: no session.close()
    Session(open_store(path, PASSPHRASE), policies=[]).close()
    assert not left.exists()
    assert session is not None


def test_over_25_mb_is_refused_with_nothing_stored(session, case, tmp_path):
    _fid, cid = case
    big = tmp_path / "groot.pdf"
    with open(big, "wb") as fh:
        fh.truncate(cx.MAX_ATTACHMENT + 1)
    before = session.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(cx.AttachmentTooLarge) as err:
        session.attachments.add(cid, big, "anders")
    assert err.value.code == "attachment_size"
    assert session.attachments.of_case(cid) == []
    assert session.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    exact = tmp_path / "precies.pdf"
    with open(exact, "wb") as fh:
        fh.truncate(cx.MAX_ATTACHMENT)
    assert session.attachments.add(cid, exact, "anders")


def test_destroying_a_family_removes_its_attachments_and_documents(session, case, tmp_path):
    fid, cid = case
    scan = tmp_path / "toestemming.png"
    scan.write_bytes(b"\x89PNG" + b"x" * 5000)
    session.attachments.add(cid, scan, "toestemming")
    session.appointments.add(cid, TODAY, "10:00")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4 plan")
    with session.operation("test_export", family_id=fid, case_id=cid):
        session.documents.record(fid, cid, "plan", [pdf], version=1, recipients=["het gezin"])
    db = session.store.db
    tables = ("attachments", "attachment_content", "appointments", "documents",
              "document_content")
    assert all(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 1 for t in tables)
    data = session.safety.access_request_data(fid)
    assert data["tables"]["attachment_content"][0]["content"] == "bestand van 5004 bytes"
    session.safety.destroy_family(fid, lawful(session, fid))
    assert {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables} == \
        dict.fromkeys(tables, 0)


# -- documents made ------------------------------------------------------------------------------
def test_document_record_keeps_a_copy_and_prints_are_audited(session, case, tmp_path):
    fid, cid = case
    pdf = tmp_path / "Gezinsplan.pdf"
    pdf.write_bytes(b"%PDF-1.4 the plan")
    with session.operation("test_export", family_id=fid, case_id=cid):
        [doc_id] = session.documents.record(fid, cid, "plan", [pdf], version=3,
                                            recipients=["het gezin"], protected=True)
    [d] = session.documents.of_case(cid)
    assert (d.id, d.kind, d.version, d.recipient, d.protected, d.has_copy) == (
        doc_id, "plan", 3, "het gezin", True, True)
    assert session.documents.content(doc_id) == pdf.read_bytes()
    copy = session.documents.open_copy(doc_id)
    assert copy.read_bytes() == pdf.read_bytes() and copy.name == "Gezinsplan.pdf"
    session.documents.record_print(doc_id, 2)
    assert _audit(session, "print", "documents") == [("print", "documents", str(doc_id), "plan",
                                                      "2 blz.")]


# -- the case timeline's sources --------------------------------------------------------------------
def test_timeline_sources_give_appointments_attachments_and_documents(session, case, tmp_path):
    from desktop_app.core.timeline import filtered, merged
    from desktop_app.store import appointments, attachments, documents

    fid, cid = case
    later = TODAY + timedelta(days=60)
    visit = session.appointments.add(cid, later, "10:00", place="Thuis")
    session.appointments.cancel(session.appointments.add(cid, later + timedelta(days=7), "10:00"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    att = session.attachments.add(cid, scan, "toestemming", "Toestemming Zoë")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4 plan")
    with session.operation("test_export", family_id=fid, case_id=cid):
        [doc] = session.documents.record(fid, cid, "plan", [pdf], version=2,
                                         recipients=["het gezin"])
    store = session.store
    entries = merged(appointments.timeline_entries(store, cid),
                     attachments.timeline_entries(store, cid),
                     documents.timeline_entries(store, cid))
    assert [e.kind for e in entries[:2]] == ["appointment", "appointment"]  # planned ahead
    by_source = {e.source: e for e in entries}
    assert by_source[("appointment", visit)].title == "Huisbezoek"
    assert "Thuis" in by_source[("appointment", visit)].detail
    assert [e.title for e in entries if e.kind == "appointment"][0] == "Huisbezoek (afgezegd)"
    assert by_source[("attachment", att)].title == "Bijlage: Toestemming (scan)"
    assert by_source[("document", doc)].detail == "versie 2 · aan het gezin"
    assert len(filtered(entries, kinds=["document", "attachment"], text="zoë")) == 1
    assert all(e.shareable for e in entries) and len(entries) == 4


def test_every_change_raises_the_calendar_sequence(session, case, tmp_path):
    _fid, cid = case
    aid = session.appointments.add(cid, TODAY + timedelta(days=5), "10:00")
    first = Calendar.from_ical(session.appointments.export_ics(aid, tmp_path / "1.ics")
                               .read_bytes()).walk("VEVENT")[0]
    session.appointments.update(aid, "start_time", "11:00")
    session.appointments.cancel(aid)
    cal = Calendar.from_ical(session.appointments.export_ics(aid, tmp_path / "2.ics").read_bytes())
    last = cal.walk("VEVENT")[0]
    assert (int(first["SEQUENCE"]), int(last["SEQUENCE"])) == (0, 2)
    assert str(last["UID"]) == str(first["UID"]) and str(last["STATUS"]) == "CANCELLED"
    assert str(cal["METHOD"]) == "PUBLISH"
