"""session.casefile: journal operations (audit, Change events), the timeline from the
journal and the app's own records, a second case for a family."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop_app.core.lifecycle import LifecycleError
from desktop_app.core.models import Family
from desktop_app.core.results import Result
from desktop_app.core.validation import ValidationError
from desktop_app.session import Session


@pytest.fixture
def session(store):
    return Session(store)


@pytest.fixture
def case(session):
    fid = session.households.new_family(Family("Ëlbers-Çelik", municipality="Roermond"),
                                        consultant="Noëlle Geelen")
    return session.households.cases_of(fid)[0]


def test_journal_entry_is_an_operation_with_audit_and_change(session, case):
    seen = []
    session.changes.subscribe(seen.append)
    eid = session.casefile.add_entry(case.id, "huisbezoek", datetime(2026, 11, 30, 14, 5))
    assert seen[-1].operation == "add_journal_entry" and "journal" in seen[-1].kinds
    assert seen[-1].case_ids == {case.id}
    assert session.casefile.update_entry(eid, "notes", "Zoë vertelt over school.") \
        == "Zoë vertelt over school."
    assert session.casefile.update_entry(eid, "time", "9.30") == time(9, 30)
    assert session.casefile.update_entry(eid, "date", "01-12-2026") == date(2026, 12, 1)
    entry = session.casefile.get_entry(eid)
    assert entry.happened_at == datetime(2026, 12, 1, 9, 30)
    assert seen[-1].operation == "update_journal_entry"
    audit = session.store.db.execute(
        "SELECT action, fields FROM audit_log WHERE tbl = 'journal_entries' AND row_ref = ?",
        [str(eid)]).fetchall()
    assert [a for a, _f in audit][:1] == ["insert"] and len(audit) == 4
    # The audit names the columns, never the notes.
    assert not any("Zoë" in (f or "") for _a, f in audit)


def test_bad_journal_input_is_refused_with_a_code(session, case):
    eid = session.casefile.add_entry(case.id)
    for field, value, code in (("time", "25:00", "time_format"), ("date", "31-02-2026",
                                                                   "date_invalid"),
                               ("kind", "roddel", "code"), ("notes", "x" * 20001,
                                                            "notes_length")):
        with pytest.raises(ValidationError) as exc:
            session.casefile.update_entry(eid, field, value)
        assert exc.value.code == code


def test_timeline_merges_journal_and_app_records(session, case):
    s = session
    s.intake.set_field(case.id, "help_question", "Rust in huis")
    s.results.add_result(Result(case.id, family_words="Zoë gaat weer naar school"))
    private = s.casefile.add_entry(case.id, "telefonisch", datetime(2030, 1, 1, 10, 0))
    s.casefile.update_entry(private, "notes", "Vader klinkt somber.")
    shared = s.casefile.add_entry(case.id, "huisbezoek", datetime(2030, 1, 2, 10, 0))
    s.casefile.update_entry(shared, "notes", "Samen het plan gelezen.")
    s.casefile.update_entry(shared, "shareable", True)
    entries = s.casefile.timeline(case.id)
    titles = [str(e.title) for e in entries]
    assert titles[:2] == ["Huisbezoek", "Telefonisch contact"]  # newest first
    assert {"Casus geopend (aanmelding)", "Intake gestart", "Resultaat vastgesteld"} <= set(titles)
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
    family_view = s.casefile.timeline(case.id, shareable_only=True)
    assert family_view and all("somber" not in str(e.detail) for e in family_view)
    assert [str(e.title) for e in s.casefile.timeline(case.id, kinds=["result"])] \
        == ["Resultaat vastgesteld"]
    assert [e.source for e in s.casefile.timeline(case.id, text="SOMBER")] \
        == [("journal", private)]
    assert [e.id for e in s.casefile.shared_notes(case.id)] == [shared]


def test_closing_and_a_second_case_each_with_its_own_history(session, case):
    s = session
    s.casefile.add_entry(case.id, "huisbezoek")
    with pytest.raises(ValidationError) as exc:
        s.casefile.new_case(case.family_id)
    assert exc.value.code == "open_case"
    s.households.close_case(case.id, "doelen_bereikt")
    # A closed case still takes a journal entry (CLOSED_ALLOWS), nothing else.
    s.casefile.add_entry(case.id, "email")
    with pytest.raises(LifecycleError):
        s.results.add_result(Result(case.id, family_words="x"))
    titles = [str(e.title) for e in s.casefile.timeline(case.id)]
    assert "Casus afgesloten" in titles
    closed = next(e for e in s.casefile.timeline(case.id) if str(e.title) == "Casus afgesloten")
    assert str(closed.detail) == "De doelen zijn bereikt"
    second = s.casefile.new_case(case.family_id, consultant="Noëlle Geelen")
    assert second != case.id
    assert [c.id for c in s.households.cases_of(case.family_id)].count(second) == 1
    assert s.households.get_case(second).status == "aanmelding"
    assert s.casefile.entries(second) == []
    assert [str(e.title) for e in s.casefile.timeline(second)] == ["Casus geopend (aanmelding)"]
    s.households.reopen_case(case.id)
    assert [str(e.title) for e in s.casefile.timeline(case.id, kinds=["case"])][:2] \
        == ["Casus heropend", "Casus afgesloten"]


def test_overview_asks_the_owners(session, case):
    o = session.casefile.overview(case.id, date(2026, 12, 2))
    assert o.phase == "aanmelding" and o.next_step.kind == "start_intake"
    assert o.case.id == case.id and o.cost.cents == 0 and o.running == []


def test_journal_rows_are_family_data(session, case):
    from desktop_app.store.export import family_rows

    eid = session.casefile.add_entry(case.id)
    assert family_rows(session.store.db, case.family_id).get("journal_entries") == [eid]
