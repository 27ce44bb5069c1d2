"""Decisions in the encrypted store: immutable history, the case and caseload
columns, the 'te beoordelen' filter, the draft, and the facts adapter."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.coordination import decide, prefill_all
from desktop_app.core.models import Case, Family, Person
from desktop_app.core.policy import load_policies
from desktop_app.paths import forms_dir
from desktop_app.store.coordination_facts import gather_facts
from desktop_app.store.decisions import Decisions, StaleDecision
from desktop_app.store.families import Families

from .helpers import facts

POLICIES = load_policies(forms_dir())
POLICY = POLICIES[0]
DAY = date(2024, 5, 1)


@pytest.fixture
def case_ids(store):
    fam = Families(store.db)
    family_id = fam.add_family(Family(family_name="Ëlbers-van den Heuvel", municipality="Roermond",
                                      members=[Person(0, "jeugdige", "Zoë", "Ëlbers")]))
    mlo = fam.add_case(Case(family_id, "", "Roermond", "", status="actief", start_date=date(2024, 4, 1)))
    other = fam.add_family(Family(family_name="Janssen", municipality="Weert"))
    mlw = fam.add_case(Case(other, "", "Weert", "", status="actief", start_date=date(2024, 4, 1)))
    return family_id, mlo, mlw


def _decide(case_id, case_facts, **kw):
    return decide(POLICY, case_id, prefill_all(POLICY, case_facts, DAY), case_facts, DAY, **kw)


def test_record_updates_case_and_caseload_and_keeps_history(store, case_ids):
    family_id, case_id, _ = case_ids
    repo = Decisions(store.db)
    three = facts([("45", "A"), ("45", "B"), ("54", "C")])
    first = repo.record(_decide(case_id, three), expected_current=None)
    case = Families(store.db).get_case(case_id)
    assert (case.coordination, case.next_evaluation) == (True, date(2024, 10, 1))
    row = store.db.execute("SELECT coordination, next_evaluation FROM families WHERE id = ?",
                           [family_id]).fetchone()
    assert tuple(row) == (1, "2024-10-01")
    second = repo.record(_decide(case_id, three, level_id="geen",
                                 motivation="Het gezin regelt alles zelf met de drie aanbieders."),
                         expected_current=first.id)
    assert second.supersedes == first.id
    history = repo.history(case_id)
    assert [d.id for d in history] == [second.id, first.id]
    assert history[0].deviates and history[0].advice.level == "standaard"
    assert history[1].facts.provider_names() == three.provider_names()
    case = Families(store.db).get_case(case_id)
    assert (case.coordination, case.next_evaluation) == (False, None)
    assert store.db.execute("SELECT coordination FROM families WHERE id = ?", [family_id]).fetchone()[0] == 0
    with pytest.raises(StaleDecision):  # someone decided in between
        repo.record(_decide(case_id, three), expected_current=first.id)


def test_decisions_cannot_be_changed_or_deleted(store, case_ids):
    _, case_id, _ = case_ids
    decision = Decisions(store.db).record(_decide(case_id, facts([("45", "A")])))
    for sql in ("UPDATE coordination_decisions SET level = 'intensief' WHERE id = ?",
                "DELETE FROM coordination_decisions WHERE id = ?"):
        with pytest.raises(Exception, match="immutable"):
            store.db.execute(sql, [decision.id])
    assert Decisions(store.db).get(decision.id).level == "geen"


def test_a_deviation_without_motivation_is_refused_by_the_database_too(store, case_ids):
    from dataclasses import replace

    _, case_id, _ = case_ids
    bad = replace(_decide(case_id, facts([("45", "A")])), deviates=True, motivation=" ")
    with pytest.raises(Exception, match="motivation"):
        Decisions(store.db).record(bad)
    assert Decisions(store.db).history(case_id) == []


def test_te_beoordelen_filter(store, case_ids):
    family_id, case_id, mlw_case = case_ids
    fam, repo = Families(store.db), Decisions(store.db)
    regions = ("MLO",)
    assert [r["id"] for r in fam.page(to_review=regions)] == [family_id]
    assert fam.count(to_review=regions) == 1
    assert fam.count(to_review=("MLO", "MLW")) == 2
    repo.record(_decide(case_id, facts([("45", "A")])))
    assert fam.count(to_review=regions) == 0
    # A running case, classified by the transition rules, waiting for a new beschikking.
    fam.update_case(mlw_case, "start_date", "01-06-2020")
    store.db["cases"].update(mlw_case, {"region": "MLO"})
    review = repo.refresh_review(mlw_case, POLICIES, facts([("45", "A")], start=date(2020, 6, 1),
                                                              end=date(2021, 5, 31)))
    assert (review.group, review.due) == ("bij_nieuwe_beschikking", None)
    assert fam.count(to_review=regions) == 0
    renewed = facts([("45", "A")], start=date(2020, 6, 1), end=date(2021, 5, 31))
    renewed.deployments.append(renewed.deployments[0].__class__("Verlenging", "45", "x",
                                                                date(2021, 6, 1), date(2022, 5, 31)))
    review = repo.refresh_review(mlw_case, POLICIES, renewed)
    assert review.due == date(2021, 6, 1)
    assert fam.count(to_review=regions) == 1
    # Closed cases are never to be judged.
    fam.update_case(mlw_case, "status", "afgesloten")
    assert fam.count(to_review=regions) == 0


def test_draft_round_trip(store, case_ids):
    _, case_id, _ = case_ids
    repo = Decisions(store.db)
    assert repo.draft(case_id) == {"answers": {}, "level": "", "motivation": ""}
    repo.save_draft(case_id, answers={"type_zorg": "crisis"})
    repo.save_draft(case_id, motivation="Oma Noëlle helpt dagelijks.")
    assert repo.draft(case_id) == {"answers": {"type_zorg": "crisis"}, "level": "",
                                   "motivation": "Oma Noëlle helpt dagelijks."}
    repo.record(_decide(case_id, facts([("45", "A")])))
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
    decided = {r[0] for r in db.execute("SELECT case_id FROM coordination_decisions")}
    open_mlo = {r[0] for r in db.execute(
        "SELECT id FROM cases WHERE region = 'MLO' AND status = 'actief'")}
    assert open_mlo <= decided
