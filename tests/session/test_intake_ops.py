"""session.intake: every change to the intake is a named operation (one transaction with its
audit entries and the recomputed case state, announced once), the evaluation moment feeds the
lifecycle rule, a closed case refuses changes, and the plan PDF is written before its version
and its audit entry are recorded."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.core import lifecycle as lc
from desktop_app.core.dates import add_months
from desktop_app.core.intake import Consent, NetworkContact
from desktop_app.core.models import Family, Person
from desktop_app.reports.base import format_day
from desktop_app.session import Session
from tests.intake_fixtures import make_large_family

TODAY = date.today()


@pytest.fixture
def session(store):
    return Session(store)


@pytest.fixture
def changes(session):
    seen = []
    session.changes.subscribe(seen.append)
    return seen


def _new_case(session, start: date = TODAY) -> tuple[int, int, dict[str, int]]:
    members = [Person(0, "ouder", "Mariëlle", "Peeters", add_months(TODAY, -12 * 38), gezag=True),
               Person(0, "jeugdige", "Zoë", "Peeters", add_months(TODAY, -12 * 13))]
    family_id = session.households.new_family(
        Family("Peeters", municipality="Roermond", members=members), start=start)
    case_id = session.households.cases_of(family_id)[0].id
    return family_id, case_id, {m.first_name: m.id for m in members}


def _audit(store, since: int = 0) -> list[tuple]:
    return store.db.execute("SELECT action, tbl, row_ref, fields, detail FROM audit_log "
                            "WHERE id > ? ORDER BY id", [since]).fetchall()


def _last_audit_id(store) -> int:
    return store.db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def _add_beschikking(session, case_id: int, provider: str, start: date, end: date) -> None:
    """What the results area's add_deployment does, as another screen's operation."""
    db = session.store.db
    family_id = session.households.get_case(case_id).family_id
    with session.operation("add_deployment", kinds=("deployments",), family_id=family_id,
                           case_id=case_id, refresh=True):
        provider_id = db["providers"].insert({"code": provider[:4], "name": provider}).last_pk
        db["deployments"].insert({"case_id": case_id, "provider_id": provider_id, "unit": "uur",
                                  "frequency": "week", "status": "toegewezen",
                                  "start_date": start.isoformat(), "end_date": end.isoformat()})


# -- opening ------------------------------------------------------------------------------
def test_opening_the_intake_moves_an_aanmelding_case_to_intake(session, store, changes):
    family_id, case_id, _ = _new_case(session)
    assert session.households.get_case(case_id).status == lc.AANMELDING
    assert session.households.get_case(case_id).next_evaluation is None
    mark = _last_audit_id(store)
    del changes[:]

    assert session.intake.open(case_id) is True
    case = session.households.get_case(case_id)
    assert case.status == lc.INTAKE
    assert case.next_evaluation == add_months(TODAY, 6)  # the six-monthly interval from the start
    assert len(changes) == 1
    change = changes[0]
    assert change.operation == "open_intake"
    assert {"intake", "case"} <= change.kinds
    assert change.case_ids == {case_id} and change.family_ids == {family_id}
    # The intake row and the case's new state are in the audit trail of the same operation.
    entries = _audit(store, mark)
    assert ("insert", "intakes", str(case_id), "", "") in [e[:3] + ("", "") for e in entries]
    assert any(e[0] == "update" and e[1] == "cases" and "status" in e[3] for e in entries)

    # Opening again changes nothing and announces nothing.
    assert session.intake.open(case_id) is False
    assert len(changes) == 1


def test_an_operation_that_fails_leaves_nothing_behind(session, store, changes, monkeypatch):
    from desktop_app.store import case_state

    _, case_id, _ = _new_case(session)
    mark = _last_audit_id(store)
    del changes[:]

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(case_state, "refresh", broken)
    with pytest.raises(RuntimeError):
        session.intake.set_field(case_id, "help_question", "Wij willen rust in huis.")
    assert not session.intake.is_open(case_id)
    assert session.households.get_case(case_id).status == lc.AANMELDING
    assert _audit(store, mark) == [] and changes == []


def test_every_answer_is_an_intake_operation(session, changes):
    _, case_id, ids = _new_case(session)
    session.intake.open(case_id)
    del changes[:]
    session.intake.set_field(case_id, "help_question", "  Wij willen weer rust in huis.  ")
    session.intake.set_member_question(case_id, ids["Zoë"], "Ik wil serieus genomen worden.")
    session.intake.set_domain_field(case_id, "zrm", "financien", ids["Mariëlle"], "score", 2)
    contact = session.intake.add_contact(NetworkContact(case_id, "buren", "Buurvrouw Ëlbers"))
    session.intake.update_contact(contact, "ties", "ep")
    session.intake.set_step(case_id, "network")
    session.intake.delete_contact(contact)
    assert [c.operation for c in changes] == [
        "save_intake_field", "save_member_question", "save_domain_answer", "add_contact",
        "update_contact", "set_intake_step", "delete_contact"]
    for change in changes:
        assert change.kinds == {"intake"} and change.case_ids == {case_id}
    assert session.intake.get(case_id).help_question == "Wij willen weer rust in huis."
    assert session.intake.get(case_id).step == "network"
    assert session.intake.domain(case_id, "zrm", "financien", ids["Mariëlle"]).score == 2
    assert session.intake.contacts(case_id) == []


def test_consent_added_changed_and_withdrawn(session, store, changes):
    _, case_id, ids = _new_case(session)
    session.intake.open(case_id)
    assert session.intake.missing_consents(case_id)
    del changes[:]
    mark = _last_audit_id(store)
    # Zoë is 13: to the help she and her mother consent, to sharing she alone.
    consent_id = session.intake.add_consent(Consent(case_id, ids["Mariëlle"], None, "Het plan",
                                                    "school", TODAY, "mondeling", kind="hulp"))
    session.intake.add_consent(Consent(case_id, ids["Zoë"], None, "Het plan", "school", TODAY,
                                       kind="hulp"))
    assert [m.kind for m in session.intake.missing_consents(case_id)] == ["delen"]
    session.intake.add_consent(Consent(case_id, ids["Zoë"], None, "Informatie", "school", TODAY,
                                       kind="delen"))
    assert session.intake.missing_consents(case_id) == []
    session.intake.update_consent(consent_id, "with_whom", "school en huisarts")
    assert session.intake.withdraw_consent(consent_id) is True
    assert [m.person.id for m in session.intake.missing_consents(case_id)] == [ids["Mariëlle"]]
    assert [c.operation for c in changes] == ["add_consent", "add_consent", "add_consent",
                                              "update_consent", "withdraw_consent"]
    assert all(c.kinds == {"consent"} for c in changes)
    updates = [e for e in _audit(store, mark) if e[:2] == ("update", "consents")]
    assert [e[3] for e in updates][-1].split(",")[0] == "withdrawn"


# -- the evaluation moment ----------------------------------------------------------------
def test_the_evaluation_moment_changes_the_next_evaluation_only_through_the_rule(session, changes):
    _, case_id, _ = _new_case(session, start=add_months(TODAY, -1))
    session.intake.open(case_id)
    interval = add_months(add_months(TODAY, -1), 6)
    assert session.households.get_case(case_id).next_evaluation == interval
    del changes[:]

    # Earlier than the interval: the consultant's choice is the date.
    chosen = TODAY + timedelta(days=60)
    session.intake.set_field(case_id, "evaluation_date", chosen)
    case = session.households.get_case(case_id)
    assert case.next_evaluation == chosen
    assert session.households.case_details(case_id)["next_evaluation_why"] == "chosen"
    assert changes[-1].operation == "save_intake_field" and "case" in changes[-1].kinds

    # Later than the interval: a wish, the interval stays the limit.
    session.intake.set_field(case_id, "evaluation_date", add_months(TODAY, 14))
    assert session.intake.get(case_id).evaluation_date == add_months(TODAY, 14)
    assert session.households.get_case(case_id).next_evaluation == interval
    assert session.households.next_evaluation(case_id).why == "interval"


def test_the_evaluation_moment_is_never_later_than_a_running_beschikking_less_the_margin(session):
    _, case_id, _ = _new_case(session, start=add_months(TODAY, -2))
    end = TODAY + timedelta(days=90)
    _add_beschikking(session, case_id, "Roerdal", add_months(TODAY, -1), end)
    session.intake.set_field(case_id, "evaluation_date", add_months(TODAY, 5))
    n = session.households.next_evaluation(case_id)
    assert n.why == "beschikking" and n.limit.provider == "Roerdal"
    margin = session.policies[0].days_before_end
    assert margin > 0
    assert session.households.get_case(case_id).next_evaluation == end - timedelta(days=margin)
    # Choosing a date before that limit wins again.
    session.intake.set_field(case_id, "evaluation_date", TODAY + timedelta(days=30))
    assert session.households.get_case(case_id).next_evaluation == TODAY + timedelta(days=30)


def test_the_repository_alone_does_not_move_the_cases_date(session, store):
    _, case_id, _ = _new_case(session)
    session.intake.open(case_id)
    before = session.households.get_case(case_id).next_evaluation
    session.intake.repo.set_field(case_id, "evaluation_date", TODAY + timedelta(days=10))
    assert session.households.get_case(case_id).next_evaluation == before


# -- a closed case ------------------------------------------------------------------------
def test_a_closed_case_refuses_every_change_but_makes_its_plan(session, store, tmp_path, changes):
    _, case_id, ids = _new_case(session)
    session.intake.set_field(case_id, "help_question", "Wij willen rust.")
    contact = session.intake.add_contact(NetworkContact(case_id, "buren", "Buurman Göbbels"))
    consent = session.intake.add_consent(Consent(case_id, ids["Mariëlle"], None, "Het plan"))
    session.households.close_case(case_id, "doelen_bereikt")
    del changes[:]
    mark = _last_audit_id(store)
    refused = [
        lambda: session.intake.set_field(case_id, "help_question", "Anders"),
        lambda: session.intake.set_field(case_id, "evaluation_date", TODAY),
        lambda: session.intake.set_step(case_id, "network"),
        lambda: session.intake.set_member_question(case_id, ids["Zoë"], "Iets"),
        lambda: session.intake.set_domain_field(case_id, "zrm", "financien", ids["Mariëlle"], "score", 3),
        lambda: session.intake.add_contact(NetworkContact(case_id, "buren", "Iemand")),
        lambda: session.intake.update_contact(contact, "name", "Iemand anders"),
        lambda: session.intake.delete_contact(contact),
        lambda: session.intake.add_consent(Consent(case_id, ids["Zoë"], None, "Het plan")),
        lambda: session.intake.delete_consent(consent),
    ]
    for operation in refused:
        with pytest.raises(lc.LifecycleError) as info:
            operation()
        assert info.value.code == "closed"
    assert lc.LIFECYCLE_MESSAGES["closed"].startswith("Deze casus is afgesloten")
    assert _audit(store, mark) == [] and changes == []
    assert session.intake.get(case_id).help_question == "Wij willen rust."
    # Withdrawing consent stays the family's right; giving it again does not.
    assert session.intake.withdraw_consent(consent) is True
    with pytest.raises(lc.LifecycleError):
        session.intake.withdraw_consent(consent, withdrawn=False)
    # Looking and making the plan stay possible.
    out = session.intake.export_plan(case_id, tmp_path)
    assert out.exists()
    assert session.households.get_case(case_id).status == lc.AFGESLOTEN


# -- the plan PDF ---------------------------------------------------------------------------
def _pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_the_plan_shows_the_cases_next_evaluation_and_why(session, store, tmp_path):
    case_id = make_large_family(store, session=session)
    end = TODAY + timedelta(days=75)
    _add_beschikking(session, case_id, "Roerdal", add_months(TODAY, -1), end)
    case = session.households.get_case(case_id)
    n = session.households.next_evaluation(case_id)
    assert n.why == "beschikking" and case.next_evaluation == n.due
    assert session.intake.get(case_id).evaluation_date != case.next_evaluation  # the wish differs
    out = session.intake.export_plan(case_id, tmp_path)
    text = _pdf_text(out)
    assert f"We kijken samen terug op {format_day(case.next_evaluation)}." in text
    # The sentence the letters and the evaluation report print (core.follow_up_words).
    assert (f"Dat is eerder dan na een half jaar, omdat de hulp van Roerdal op {format_day(end)} "
            "afloopt." in text)
    assert format_day(session.intake.get(case_id).evaluation_date) not in text


def test_a_chosen_date_in_the_plan(session, store, tmp_path):
    _, case_id, _ = _new_case(session)
    chosen = TODAY + timedelta(days=40)
    session.intake.set_field(case_id, "evaluation_date", chosen)
    text = _pdf_text(session.intake.export_plan(case_id, tmp_path))
    assert f"We kijken samen terug op {format_day(chosen)}. Die datum hebben we samen gekozen." \
        in text


def test_the_export_is_recorded_once_after_the_file_exists(session, store, tmp_path, changes,
                                                           monkeypatch):
    from desktop_app.session import intake as intake_area

    case_id = make_large_family(store, session=session)
    assert session.intake.get(case_id).plan_version == 0
    mark = _last_audit_id(store)
    del changes[:]
    real_write = intake_area.write_plan_pdf
    seen_during_write = []

    def spy(plan, out, password=None):
        # While the PDF is being written, nothing is recorded yet.
        seen_during_write.append((session.intake.get(case_id).plan_version,
                                  [e for e in _audit(store, mark) if e[0] == "export"]))
        path = real_write(plan, out, password)
        assert path.exists()
        return path

    monkeypatch.setattr(intake_area, "write_plan_pdf", spy)
    out = session.intake.export_plan(case_id, tmp_path)
    assert seen_during_write == [(0, [])]
    assert out.exists() and out.name.endswith(" v1.pdf")
    assert session.intake.get(case_id).plan_version == 1
    exports = [e for e in _audit(store, mark) if e[0] == "export"]
    assert exports == [("export", "cases", str(case_id), "plan", "pdf")]
    assert [c.operation for c in changes] == ["export_plan"]
    assert {"documents", "intake"} <= changes[0].kinds and changes[0].case_ids == {case_id}
    # Nothing private in what the audit trail says about it.
    assert str(tmp_path) not in repr(_audit(store, mark))

    # Unchanged since: the same version again; after a change, the next one.
    again = session.intake.export_plan(case_id, tmp_path / "b")
    assert again.name.endswith(" v1.pdf")
    session.intake.set_field(case_id, "help_question", "Nieuwe vraag, in eigen woorden.")
    assert session.intake.export_plan(case_id, tmp_path / "c").name.endswith(" v2.pdf")


def test_a_protected_plan_is_encrypted_and_audited_as_such(session, store, tmp_path):
    _, case_id, _ = _new_case(session)
    mark = _last_audit_id(store)
    out = session.intake.export_plan(case_id, target=tmp_path / "plan.pdf",
                                     password="geheim-en-lang")
    reader = PdfReader(str(out))
    assert reader.is_encrypted
    assert reader.decrypt("geheim-en-lang")
    assert [e for e in _audit(store, mark) if e[0] == "export"] == [
        ("export", "cases", str(case_id), "plan", "pdf-protected")]


def test_a_failed_write_raises_and_records_nothing(session, store, tmp_path, changes,
                                                    monkeypatch):
    case_id = make_large_family(store, session=session)
    version = session.intake.get(case_id).plan_version
    mark = _last_audit_id(store)
    del changes[:]
    folder = tmp_path / "uit"
    folder.mkdir()
    blocker = folder / "een bestand"
    blocker.write_text("geen map")
    with pytest.raises(OSError):
        session.intake.export_plan(case_id, target=blocker / "plan.pdf")
    assert session.intake.get(case_id).plan_version == version
    assert _audit(store, mark) == [] and changes == []
    assert list(folder.iterdir()) == [blocker]

    # A write that fails half-way (reportlab raising) leaves no file and records nothing.
    from desktop_app.reports import plan as plan_report
    from desktop_app.session import intake as intake_area

    def broken(plan, st):
        raise RuntimeError("reportlab broke")

    sections = plan_report.with_section_after("titel", "kapot", broken)
    monkeypatch.setattr(intake_area, "write_plan_pdf", lambda plan, out, password=None:
                        plan_report.write_plan_pdf(plan, out, password, sections=sections))
    with pytest.raises(RuntimeError):
        session.intake.export_plan(case_id, folder)
    assert list(folder.iterdir()) == [blocker]
    assert session.intake.get(case_id).plan_version == version
    assert _audit(store, mark) == [] and changes == []
