"""The decision operations of the session: recording a decision (one transaction, the
lifecycle's one date), the letters (written, then audited once each) and the coordination
review under the transition rules, all through session operations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.core.dates import add_months
from desktop_app.core.lifecycle import LifecycleError
from desktop_app.core.transition import APRIL_REVIEW, AT_NEW_BESCHIKKING, NEW, OTHER_RUNNING
from desktop_app.session import Session
from desktop_app.session.decisions import DecisionRefused, NoDecision, StaleDecision
from desktop_app.store import opvolging
from tests.coordination.session_helpers import (
    add_catalog,
    add_deployment,
    answers_for,
    decide,
    new_case,
)

DAY = date(2026, 10, 5)
ROERDAL_END = date(2027, 1, 31)


@pytest.fixture
def session(store):
    s = Session(store)
    add_catalog(s)
    return s


@pytest.fixture
def changes(session):
    seen = []
    session.changes.subscribe(seen.append)
    return seen


@pytest.fixture
def running_case(session):
    """Started 1 October 2026 with help at Roerdal (ends 31 January 2027) and Maasland."""
    family_id, case_id = new_case(session, date(2026, 10, 1))
    add_deployment(session, case_id, "ROE", date(2026, 10, 1), ROERDAL_END)
    add_deployment(session, case_id, "MAA", date(2026, 10, 1), date(2027, 9, 30))
    return family_id, case_id


def _text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _audit(session, action=None):
    sql = "SELECT action, tbl, row_ref, fields, detail FROM audit_log"
    rows = [tuple(r) for r in session.store.db.execute(sql + " ORDER BY id")]
    return [r for r in rows if action is None or r[0] == action]


# -- recording --------------------------------------------------------------------------
def test_three_monthly_decision_one_date_everywhere(session, running_case, changes):
    family_id, case_id = running_case
    margin = session.decisions.policy_for(case_id, DAY).days_before_end
    preview = session.decisions.preview_next_evaluation(case_id, "intensief", DAY)
    changes.clear()

    stored = decide(session, case_id, DAY, "intensief")

    case = session.households.get_case(case_id)
    assert case.status == "actief" and case.coordination is True
    due = case.next_evaluation
    assert due is not None
    assert due <= add_months(DAY, 3)  # three-monthly, not six
    assert due <= ROERDAL_END - timedelta(days=margin)  # before the first beschikking ends
    assert due == date(2027, 1, 3)
    # One date: the decision's, the case's, the lifecycle's and the wizard's preview.
    assert stored.follow_up_due == due
    assert session.decisions.current(case_id).follow_up_due == due
    nxt = session.households.next_evaluation(case_id)
    assert (nxt.due, nxt.why, nxt.limit.provider) == (due, "beschikking", "Roerdal")
    assert session.households.case_details(case_id)["next_evaluation_why"] == "beschikking"
    assert (preview.due, preview.why) == (due, "beschikking")
    assert session.households.get_family(family_id)  # still there
    # One change, after the commit, for this case and family, with what it changed.
    assert [c.operation for c in changes] == ["record_decision"]
    assert {"decision", "case"} <= changes[0].kinds
    assert changes[0].case_ids == {case_id} and family_id in changes[0].family_ids
    row = session.store.db.execute(
        "SELECT decision_id, coordination_level FROM cases WHERE id = ?", [case_id]).fetchone()
    assert tuple(row) == (stored.id, "intensief")
    assert ("insert", "coordination_decisions", str(stored.id)) in [
        r[:3] for r in _audit(session, "insert")]


def test_the_interval_wins_when_the_help_runs_long_enough(session, running_case):
    _, case_id = running_case
    day = date(2026, 10, 1)
    stored = decide(session, case_id, day, "intensief")
    nxt = session.households.next_evaluation(case_id)
    assert stored.follow_up_due == nxt.due == date(2027, 1, 1)
    assert (nxt.why, nxt.limit.months, nxt.limit.since_kind) == ("interval", 3, "decision")


def test_no_coordination_no_date_and_a_closed_case_refuses(session, running_case):
    _, case_id = running_case
    stored = decide(session, case_id, DAY, "geen")
    assert stored.follow_up_due is None
    assert session.households.get_case(case_id).next_evaluation is None
    session.households.close_case(case_id, "doelen_bereikt", on=DAY)
    with pytest.raises(LifecycleError):
        decide(session, case_id, DAY, "intensief")
    with pytest.raises(LifecycleError):
        session.decisions.save_draft(case_id, motivation="Nog even wachten.")
    assert len(session.decisions.history(case_id)) == 1


def test_recording_is_one_transaction(session, running_case, changes, monkeypatch):
    """A date that disagrees with the stored case rolls back the row, the case columns and
    their audit entries: nothing is announced."""
    from desktop_app.store import case_state

    _, case_id = running_case
    audit_before = _audit(session)
    case_before = session.households.get_case(case_id)
    real = case_state.compute

    def off_by_one(db, ids, policies):
        out = real(db, ids, policies)
        state, review, family = out[case_id]
        nxt = replace(state.next_evaluation, due=state.next_evaluation.due + timedelta(days=1))
        return {case_id: (replace(state, next_evaluation=nxt), review, family)}

    monkeypatch.setattr(case_state, "compute", off_by_one)
    changes.clear()
    with pytest.raises(RuntimeError):
        decide(session, case_id, DAY, "intensief")
    monkeypatch.undo()
    assert session.decisions.history(case_id) == []
    assert session.households.get_case(case_id) == case_before
    assert _audit(session) == audit_before
    assert changes == []


def test_a_refused_or_stale_decision_changes_nothing(session, running_case, changes):
    _, case_id = running_case
    before = session.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(DecisionRefused) as info:
        session.decisions.record_decision(case_id, {}, decided_on=DAY)
    assert info.value.code == "answers"
    answers = answers_for(session, case_id, DAY)
    with pytest.raises(DecisionRefused) as info:  # before the policy took effect
        session.decisions.record_decision(case_id, answers, decided_on=date(2021, 3, 31))
    assert info.value.code == "policy"
    first = decide(session, case_id, DAY, "standaard", expected_current=None)
    with pytest.raises(StaleDecision):
        decide(session, case_id, DAY, "intensief", expected_current=None)
    assert [d.id for d in session.decisions.history(case_id)] == [first.id]
    assert session.households.get_case(case_id).next_evaluation == first.follow_up_due
    assert [c.operation for c in changes] == ["record_decision"]
    assert session.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] > before


def test_the_draft_is_saved_and_closed_by_the_decision(session, running_case, changes):
    _, case_id = running_case
    session.decisions.save_draft(case_id, answers={"type_zorg": "crisis"})
    session.decisions.save_draft(case_id, motivation="Oma Noëlle helpt dagelijks.")
    assert session.decisions.draft(case_id) == {
        "answers": {"type_zorg": "crisis"}, "level": "", "motivation": "Oma Noëlle helpt dagelijks."}
    assert changes and all(not c.kinds for c in changes)  # nothing else shows a draft
    decide(session, case_id, DAY, "standaard")
    assert session.decisions.draft(case_id)["answers"] == {}


# -- letters ----------------------------------------------------------------------------
def test_letters_print_the_case_date_and_are_audited_once_each(session, running_case, changes,
                                                               tmp_path):
    _, case_id = running_case
    stored = decide(session, case_id, DAY, "intensief")
    due = session.households.get_case(case_id).next_evaluation
    exports_before = _audit(session, "export")
    changes.clear()

    files = session.decisions.make_letters(case_id, tmp_path / "brieven", day=DAY)

    assert len(files) == 3 and all(f.exists() for f in files)
    assert not list((tmp_path / "brieven").glob("*.tmp*"))  # temp files renamed away
    family, *providers = (_text(f) for f in files)
    assert due == date(2027, 1, 3)
    assert "Wij kijken samen met u terug, uiterlijk op 3 januari 2027." in family
    assert ("Dat is eerder dan na drie maanden, omdat de hulp van Roerdal op 31 januari 2027 "
            "afloopt.") in family
    assert "elke drie maanden" in family
    for text in providers:
        assert "De eerstvolgende evaluatie met het gezin is uiterlijk op 3 januari 2027." in text
        assert "omdat de hulp van Roerdal op 31 januari 2027 afloopt" in text
    for text in (family, *providers):  # no other date of a next evaluation in any letter
        assert "uiterlijk op" in text and text.count("uiterlijk op 3 januari 2027") == \
            text.count("uiterlijk op")
    exports = _audit(session, "export")[len(exports_before):]
    assert exports == [("export", "coordination_decisions", str(stored.id), "letter_family", "pdf"),
                       ("export", "coordination_decisions", str(stored.id), "letter_provider", "pdf"),
                       ("export", "coordination_decisions", str(stored.id), "letter_provider", "pdf")]
    everything = repr(_audit(session))
    for private in ("Ëlbers", "Zoë", "Roerdal", str(tmp_path), "besluit-"):
        assert private not in everything
    assert [(c.operation, c.kinds, c.case_ids) for c in changes] == [
        ("make_decision_letters", frozenset({"documents"}), frozenset({case_id}))]


def test_letters_that_cannot_be_written_are_not_recorded(session, running_case, tmp_path):
    _, case_id = running_case
    decide(session, case_id, DAY, "standaard")
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    before = _audit(session, "export")
    with pytest.raises(OSError):
        session.decisions.make_letters(case_id, blocker)
    assert _audit(session, "export") == before


def test_letters_need_a_decision_of_the_case(session, running_case, tmp_path):
    _, case_id = running_case
    with pytest.raises(NoDecision) as info:
        session.decisions.make_letters(case_id, tmp_path)
    assert info.value.code == "none"
    first = decide(session, case_id, DAY, "standaard")
    with pytest.raises(NoDecision) as info:
        session.decisions.make_letters(case_id, tmp_path, decision_id=first.id + 99)
    assert info.value.code == "not_of_case"
    # An older decision keeps the date recorded with it, without today's reason.
    decide(session, case_id, DAY, "geen")
    family_letter = session.decisions.make_letters(case_id, tmp_path, decision_id=first.id)[0]
    text = _text(family_letter)
    assert f"uiterlijk op {first.follow_up_due.day} januari 2027" in text
    assert "Dat is eerder dan" not in text


# -- the transition rules (seed 000) through the session ---------------------------------
def _review(session, case_id):
    details = session.households.case_details(case_id)
    due = details["review_due"]
    return details["review_group"], date.fromisoformat(due) if due else None


def _to_review(session):
    """('Te beoordelen' in the caseload, in the Opvolging list): both read the stored review."""
    return (session.households.repo.count(to_review=("MLO",)),
            opvolging.count(session.store.db, "to_review", date(2021, 4, 15), ("MLO",)))


@pytest.mark.parametrize("start, group, due", [
    (date(2021, 3, 31), OTHER_RUNNING, None),  # running on 1 April: not a new case
    (date(2021, 4, 1), NEW, date(2021, 4, 1)),  # the policy's first day: new, decide at once
])
def test_cases_starting_around_1_april(session, start, group, due):
    _, case_id = new_case(session, start, coordination=False)
    add_deployment(session, case_id, "ROE", start, date(2022, 3, 15))
    assert _review(session, case_id) == (group, due)
    assert _to_review(session) == ((1, 1) if due else (0, 0))
    if due:
        decide(session, case_id, date(2021, 4, 12), "standaard")
        assert _review(session, case_id) == (NEW, None)
        assert _to_review(session) == (0, 0)


@pytest.mark.parametrize("end, group, due, renewed", [
    # Ended before April: not running on 1 April. A new beschikking from 1 April is running
    # coordination on the policy's first day that ends after 1 July: judged in April.
    (date(2021, 3, 31), OTHER_RUNNING, None, (APRIL_REVIEW, date(2021, 4, 30))),
    # Ends in April-June: judged at a new beschikking, from its first day.
    (date(2021, 4, 1), AT_NEW_BESCHIKKING, None, (AT_NEW_BESCHIKKING, date(2021, 4, 2))),
    (date(2021, 6, 30), AT_NEW_BESCHIKKING, None, (AT_NEW_BESCHIKKING, date(2021, 7, 1))),
    # 'Na 1 juli', read as 'from 1 July': judged in April.
    (date(2021, 7, 1), APRIL_REVIEW, date(2021, 4, 30), None),
    (date(2021, 7, 2), APRIL_REVIEW, date(2021, 4, 30), None),
])
def test_running_coordination_cases_by_the_end_of_their_beschikking(session, end, group, due,
                                                                    renewed):
    _, case_id = new_case(session, date(2020, 6, 1), coordination=True)
    add_deployment(session, case_id, "ROE", date(2020, 6, 1), end)
    assert _review(session, case_id) == (group, due)
    assert _to_review(session) == ((1, 1) if due else (0, 0))
    decided_on = date(2021, 4, 12)
    if renewed is not None:
        # A new beschikking makes the decision due …
        renewal = end + timedelta(days=1)
        add_deployment(session, case_id, "MAA", renewal, date(2022, 6, 30))
        group = renewed[0]
        assert _review(session, case_id) == renewed
        assert _to_review(session) == (1, 1)
        decided_on = max(renewed[1], date(2021, 4, 2)) + timedelta(days=2)
    # … and recording a decision clears it.
    decide(session, case_id, decided_on, "standaard")
    assert _review(session, case_id) == (group, None)
    assert _to_review(session) == (0, 0)
    assert session.households.get_case(case_id).coordination is True
