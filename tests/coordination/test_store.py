"""Decisions in the encrypted store: immutable history, the case and caseload
columns, the 'te beoordelen' filter, the draft, and the facts adapter. Decisions are
recorded through the session (the one way in), so the case state follows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop_app.core.coordination import decide, prefill_all
from desktop_app.core.dates import add_months
from desktop_app.core.policy import load_policies
from desktop_app.paths import forms_dir
from desktop_app.session import Session
from desktop_app.store.coordination_facts import gather_facts
from desktop_app.store.decisions import Decisions, StaleDecision

from .helpers import facts
from .session_helpers import add_catalog, add_deployment, new_case

POLICIES = load_policies(forms_dir())
POLICY = POLICIES[0]
DAY = date(2024, 5, 1)


@pytest.fixture
def session(store):
    s = Session(store)
    add_catalog(s)
    return s


@pytest.fixture
def case_ids(session):
    family_id, mlo = new_case(session, date(2024, 4, 1))
    _, mlw = new_case(session, date(2024, 4, 1), municipality="Weert")
    return family_id, mlo, mlw


def _record(session, case_id, case_facts, level_id=None, motivation="", **kw):
    return session.decisions.record_decision(
        case_id, prefill_all(POLICY, case_facts, DAY), level_id=level_id, motivation=motivation,
        decided_on=DAY, facts=case_facts, **kw)


def test_record_updates_case_and_caseload_and_keeps_history(session, store, case_ids):
    family_id, case_id, _ = case_ids
    three = facts([("45", "A"), ("45", "B"), ("54", "C")])
    first = _record(session, case_id, three, expected_current=None)
    case = session.households.get_case(case_id)
    # Six-monthly, counted from the decision (the case has no help running in the store).
    assert (case.status, case.coordination, case.next_evaluation) == (
        "actief", True, date(2024, 11, 1))
    assert first.follow_up_due == case.next_evaluation
    row = store.db.execute("SELECT coordination, next_evaluation FROM families WHERE id = ?",
                           [family_id]).fetchone()
    assert tuple(row) == (1, "2024-11-01")
    second = _record(session, case_id, three, level_id="geen",
                     motivation="Het gezin regelt alles zelf met de drie aanbieders.",
                     expected_current=first.id)
    assert second.supersedes == first.id
    repo = session.decisions
    history = repo.history(case_id)
    assert [d.id for d in history] == [second.id, first.id]
    assert history[0].deviates and history[0].advice.level == "standaard"
    assert history[1].facts.provider_names() == three.provider_names()
    case = session.households.get_case(case_id)
    assert (case.coordination, case.next_evaluation) == (False, None)
    assert store.db.execute("SELECT coordination FROM families WHERE id = ?", [family_id]).fetchone()[0] == 0
    with pytest.raises(StaleDecision):  # someone decided in between
        _record(session, case_id, three, expected_current=first.id)


def test_decisions_cannot_be_changed_or_deleted(session, store, case_ids):
    _, case_id, _ = case_ids
    decision = _record(session, case_id, facts([("45", "A")]))
    for sql in ("UPDATE coordination_decisions SET level = 'intensief' WHERE id = ?",
                "DELETE FROM coordination_decisions WHERE id = ?"):
        with pytest.raises(Exception, match="immutable"):
            store.db.execute(sql, [decision.id])
    assert Decisions(store.db).get(decision.id).level == "geen"


def test_a_deviation_without_motivation_is_refused_by_the_database_too(store, case_ids):
    _, case_id, _ = case_ids
    case_facts = facts([("45", "A")])
    good = decide(POLICY, case_id, prefill_all(POLICY, case_facts, DAY), case_facts, DAY)
    bad = replace(good, deviates=True, motivation=" ")
    with pytest.raises(Exception, match="motivation"):
        Decisions(store.db).record(bad)
    assert Decisions(store.db).history(case_id) == []


def test_te_beoordelen_filter_reads_the_stored_review(session, case_ids):
    family_id, case_id, mlw_case = case_ids
    fam = session.households.repo
    regions = ("MLO",)
    assert fam.count(to_review=regions) == 0  # registered only: nothing to decide yet
    for case in (case_id, mlw_case):
        add_deployment(session, case, "ROE", date(2024, 4, 1), date(2025, 3, 31))
    assert [r["id"] for r in fam.page(to_review=regions)] == [family_id]
    assert fam.count(to_review=regions) == 1
    # MLW has no policy: its review says so, and it is never to be judged.
    assert session.households.case_details(mlw_case)["review_group"] == "geen_richtlijn"
    assert fam.count(to_review=("MLO", "MLW")) == 1
    _record(session, case_id, facts([("45", "A")]))
    assert fam.count(to_review=regions) == 0
    assert session.households.case_details(case_id)["review_due"] is None


def test_draft_round_trip(session, case_ids):
    _, case_id, _ = case_ids
    repo = session.decisions
    assert repo.draft(case_id) == {"answers": {}, "level": "", "motivation": ""}
    repo.save_draft(case_id, answers={"type_zorg": "crisis"})
    repo.save_draft(case_id, motivation="Oma Noëlle helpt dagelijks.")
    assert repo.draft(case_id) == {"answers": {"type_zorg": "crisis"}, "level": "",
                                   "motivation": "Oma Noëlle helpt dagelijks."}
    _record(session, case_id, facts([("45", "A")]))
    assert repo.draft(case_id)["answers"] == {}  # the decision closes the draft


def test_gather_facts_on_an_empty_case(store, case_ids):
    _, case_id, _ = case_ids
    empty = gather_facts(store.db, case_id)
    assert (empty.deployments, empty.domain_scores, empty.help_start) == ([], {}, date(2024, 4, 1))
    assert empty.help_question == "" and empty.network_size is None


def test_gather_facts_reads_intake_and_deployments(demo_store):
    from desktop_app.store.intake import IntakeRepository
    from desktop_app.store.results import Results

    db = demo_store.db
    case_id = db.execute(
        "SELECT d.case_id FROM deployments d JOIN intake_domains i ON i.case_id = d.case_id "
        "WHERE d.status != 'beëindigd' AND i.score IS NOT NULL LIMIT 1").fetchone()[0]
    facts = gather_facts(db, case_id)
    running = [d for d in Results(db).deployments_for_case(case_id) if d.status != "beëindigd"]
    assert sorted(d.category for d in facts.deployments) == sorted(d.category for d in running)
    assert {p.name for p in facts.providers} == {d.provider_name for d in running if d.provider_name}
    summary = IntakeRepository(db).summary(case_id)
    assert facts.own_strength_share == summary.own_strength_share
    assert facts.safety_concerns == summary.safety_concern
    low = {k: v for k, v in facts.domain_scores.items() if v <= 2}
    assert len(low) == len(summary.low_domains)
    assert facts.help_question == summary.help_question


def test_demo_decisions_match_the_cases(demo_store):
    db = demo_store.db
    rows = db.execute(
        "SELECT c.coordination, d.coordination, c.decision_id = d.id, c.region, d.deviates, "
        "length(d.motivation), c.status, c.next_evaluation "
        "FROM cases c JOIN coordination_decisions d ON d.case_id = c.id").fetchall()
    assert rows
    for case_coord, dec_coord, linked, region, deviates, motivation, _status, next_eval in rows:
        assert case_coord == dec_coord and linked and region == "MLO"
        assert not deviates or motivation > 20
        if not dec_coord:
            assert next_eval is None
    # Each demo decision carries the date core.lifecycle gave at the decision: the interval
    # counted from the decision or the later start of the help, never before the decision.
    dates = db.execute(
        "SELECT d.coordination, d.decided_on, d.follow_up_due, d.interval_months, "
        "(SELECT min(start_date) FROM deployments WHERE case_id = d.case_id "
        " AND status != 'beëindigd') FROM coordination_decisions d").fetchall()
    assert any(coord for coord, *_ in dates)
    for coord, decided_on, due, months, help_start in dates:
        if coord:
            base = date.fromisoformat(max(decided_on, help_start or decided_on))
            assert decided_on <= due <= add_months(base, months).isoformat()
        else:
            assert due is None
    decided = {r[0] for r in db.execute("SELECT case_id FROM coordination_decisions")}
    open_mlo = {r[0] for r in db.execute(
        "SELECT id FROM cases WHERE region = 'MLO' AND status = 'actief'")}
    assert open_mlo <= decided
