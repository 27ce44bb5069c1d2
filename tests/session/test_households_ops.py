"""The session's operations on families and cases: one transaction each, the case state
recomputed by the one rule, and one Change announced after the commit."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core import lifecycle as lc
from desktop_app.core.models import Family, Person
from desktop_app.core.validation import ValidationError
from desktop_app.session import Session


@pytest.fixture
def session(store):
    return Session(store)


def _family(session) -> tuple[int, int]:
    fid = session.households.new_family(
        Family("Ëlbers-van der Linden", municipality="Roermond", street="Kerkstraat"),
        consultant="Petra Houben", start=date(2026, 11, 2))
    case = session.households.cases_of(fid)[0]
    return fid, case.id


def test_new_family_with_its_case_is_one_change(session):
    seen = []
    session.changes.subscribe(seen.append)
    fid, cid = _family(session)
    assert len(seen) == 1
    change = seen[0]
    assert change.operation == "new_family"
    assert {"family", "case"} <= change.kinds
    assert change.family_ids == {fid} and change.case_ids == {cid}
    case = session.households.get_case(cid)
    assert case.status == "aanmelding" and case.region == "MLO"
    assert session.households.next_evaluation(cid).why == "none_not_started"


def test_a_failed_operation_changes_nothing_and_announces_nothing(session):
    fid, cid = _family(session)
    seen = []
    session.changes.subscribe(seen.append)
    with pytest.raises(ValidationError):
        session.households.update_family(fid, "postcode", "12345")
    with pytest.raises(ValidationError):
        session.households.add_person(Person(fid, "jeugdige", "", "Ëlbers"))
    assert seen == []
    assert session.households.members(fid) == []


def test_close_needs_a_reason_then_refuses_edits_until_reopened(session):
    fid, cid = _family(session)
    db = session.store.db
    with pytest.raises(ValidationError):
        session.households.close_case(cid, "")
    seen = []
    session.changes.subscribe(seen.append)
    session.households.close_case(cid, "verhuisd", on=date(2026, 11, 30))
    case = session.households.get_case(cid)
    assert case.status == "afgesloten" and case.end_date == date(2026, 11, 30)
    assert session.households.case_details(cid)["close_reason"] == "verhuisd"
    assert seen[-1].operation == "close_case" and "case" in seen[-1].kinds
    with pytest.raises(lc.LifecycleError):
        session.households.set_consultant(cid, "Tom Wijnen")
    with pytest.raises(lc.LifecycleError):
        session.households.close_case(cid, "anders")
    # The audit trail has the close as a change of the case row, in the same transaction.
    entries = [r[0] for r in db.execute(
        "SELECT fields FROM audit_log WHERE tbl = 'cases' AND row_ref = ? AND action = 'update'",
        [str(cid)])]
    assert any("close_reason" in f and "status" in f for f in entries), entries
    session.households.reopen_case(cid)
    reopened = session.households.get_case(cid)
    assert reopened.status == "aanmelding" and reopened.end_date is None
    assert session.households.case_details(cid)["close_reason"] is None


def test_nested_operations_are_announced_once(session):
    fid, cid = _family(session)
    seen = []
    session.changes.subscribe(seen.append)
    with session.operation("walk", kinds=("family",), family_id=fid):
        session.households.update_family(fid, "street", "Markt")
        session.households.set_consultant(cid, "Tom Wijnen")
    assert [c.operation for c in seen] == ["walk"]
    assert seen[0].case_ids == {cid} and seen[0].family_ids == {fid}


def test_change_concerns_filters_by_family_case_and_kind(session):
    fid, cid = _family(session)
    seen = []
    session.changes.subscribe(seen.append)
    session.households.update_family(fid, "city", "Roermond")
    change = seen[-1]
    assert change.concerns(family_id=fid, kinds=("family",))
    assert not change.concerns(family_id=fid + 1, kinds=("family",))
    assert not change.concerns(family_id=fid, kinds=("decision",))


def test_an_updated_field_is_named_in_the_change_unless_more_happened(session):
    """Change.fields lets a screen skip an autosaved field it does not show; an operation
    whose parts did not all name their fields announces none (it may be any)."""
    fid, cid = _family(session)
    pid = session.households.add_person(Person(fid, "ouder", "Mariëlle", "Ëlbers"))
    seen = []
    session.changes.subscribe(seen.append)
    session.households.update_person(pid, "phone", "06-12345678")
    session.households.update_family(fid, "street", "Markt")
    session.households.add_person(Person(fid, "jeugdige", "Noël", "Ëlbers"))
    with session.operation("walk", kinds=("family",), family_id=fid):
        session.households.update_family(fid, "city", "Roermond")
    assert [(c.operation, c.fields) for c in seen] == [
        ("update_person", {"phone"}), ("update_family", {"street"}), ("add_person", set()),
        ("walk", set())]
