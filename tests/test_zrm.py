"""ZRM per adult, ZRM-Huishoudens with the 'kinderen in gezin' supplement, ZRM-Jongeren for
12–17 (issue 16 item 6): who gets which matrix by age on the intake date (core.zrm), the
aggregation the coordination criterion 'zelfredzaamheid' reads, the scores per person and
household through the session, the read-only old household scores, and the demo."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.coordination import CaseFacts
from desktop_app.core.dates import add_months
from desktop_app.core.form_intake import intake_form
from desktop_app.core.intake import DomainAnswer
from desktop_app.core.models import Family, Person, age_on
from desktop_app.core.validation import ValidationError
from desktop_app.core.zrm import matrix_targets, self_reliance_scores
from desktop_app.session import Session
from desktop_app.store.coordination_facts import gather_facts

DAY = date(2026, 3, 15)  # the intake started


def _born(years: int, days: int = 0) -> date:
    return date(DAY.year - years, DAY.month, DAY.day) if not days else \
        date.fromordinal(date(DAY.year - years, DAY.month, DAY.day).toordinal() + days)


def _targets(members, day=DAY, legacy=frozenset()):
    return [(t.set_key, t.person_id) for t in matrix_targets(intake_form(), members, day, legacy)]


def test_each_adult_gets_the_zrm_the_household_its_own_and_youths_of_12_to_17_zrm_jongeren():
    members = [
        Person(1, "ouder", "Mariëlle", "Peeters", _born(38), id=1),
        Person(1, "verzorger", "Raphaël", "Smeets", _born(40), id=2),
        Person(1, "jeugdige", "Joël", "Peeters", _born(18), id=3),  # 18 today: an adult
        Person(1, "jeugdige", "Zoë", "Peeters", _born(18, days=1), id=4),  # 18 tomorrow: a youth
        Person(1, "jeugdige", "Anaïs", "Peeters", _born(12), id=5),  # 12 today
        Person(1, "jeugdige", "Noë", "Peeters", _born(12, days=1), id=6),  # 11: the supplement only
        Person(1, "jeugdige", "Daan", "Peeters", None, id=7),  # age unknown: no ZRM-Jongeren
    ]
    assert _targets(members) == [
        ("zrm", 1), ("zrm", 2), ("zrm", 3), ("huishouden", 0), ("kind", 0),
        ("jongeren", 4), ("jongeren", 5)]
    # By age on the intake date, not today: a year later Zoë is an adult and Noë is 12.
    later = _targets(members, day=add_months(DAY, 12))
    assert ("zrm", 4) in later and ("jongeren", 6) in later and ("jongeren", 4) not in later


def test_household_without_children_gets_no_supplement_and_old_scores_only_when_present():
    members = [Person(1, "ouder", "Truus", "Hüskens", _born(68), id=1)]
    assert _targets(members) == [("zrm", 1), ("huishouden", 0)]
    assert _targets(members, legacy={"zrm_oud"}) == [("zrm", 1), ("zrm_oud", 0), ("huishouden", 0)]
    legacy = matrix_targets(intake_form(), members, DAY, {"zrm_oud"})[1]
    assert legacy.read_only and legacy.first_name == ""


def test_self_reliance_takes_the_lowest_adult_score_and_the_household_not_the_youths():
    form = intake_form()
    answers = [
        DomainAnswer("zrm", "financien", 1, score=4),
        DomainAnswer("zrm", "financien", 2, score=2),  # the other adult in debt: it counts
        DomainAnswer("zrm", "werk_opleiding", 1, score=5),
        DomainAnswer("zrm", "justitie", 9, score=1),  # not an adult (a youth of 16): left out
        DomainAnswer("huishouden", "financien_huishouden", 0, score=3),
        DomainAnswer("kind", "scholing", 0, score=2),
        DomainAnswer("jongeren", "financien", 3, score=1),  # about the youth: left out
        DomainAnswer("zrm_oud", "huisvesting", 0, score=4),  # old household score: as scored
        DomainAnswer("zrm", "huisvesting", 1, score=None),
    ]
    got = self_reliance_scores(form, answers, adult_ids={1, 2})
    assert got == {"Financiën": 2, "Werk en opleiding": 5, "Geld van het huishouden": 3,
                   "School en kinderopvang": 2, "Huisvesting": 4}
    facts = CaseFacts(domain_scores={"x": 1, "y": 5}, self_reliance=got)
    assert facts.mean_score() == pytest.approx((2 + 5 + 3 + 2 + 4) / 5)
    # An old snapshot without the aggregate still reads its domain scores.
    old = CaseFacts.from_json({"domain_scores": {"Financiën": 2, "Justitie": 4}})
    assert old.self_reliance == {} and old.mean_score() == 3
    assert CaseFacts.from_json(facts.to_json()).self_reliance == got


def _family(session) -> tuple[int, dict[str, int]]:
    today = date.today()
    members = [
        Person(0, "ouder", "Mariëlle Anne-Sophie", "Janssen-van den Heuvel", add_months(today, -12 * 41), gezag=True),
        Person(0, "ouder", "Raphaël", "Verheggen", add_months(today, -12 * 44), gezag=True),
        Person(0, "jeugdige", "Chloë", "Verheggen", add_months(today, -12 * 14)),
    ]
    fid = session.households.new_family(Family("Verheggen", municipality="Roermond", members=members),
                                        start=today)
    return session.households.cases_of(fid)[0].id, {m.first_name.split()[0]: m.id for m in members}


def test_scores_per_adult_household_and_youth_round_trip_and_feed_the_coordination(store):
    session = Session(store)
    case_id, ids = _family(session)
    intake = session.intake
    assert [(t.set_key, t.person_id) for t in intake.matrix_targets(case_id)] == [
        ("zrm", ids["Raphaël"]), ("zrm", ids["Mariëlle"]), ("huishouden", 0), ("kind", 0),
        ("jongeren", ids["Chloë"])]
    writes = [("zrm", "financien", ids["Mariëlle"], 2), ("zrm", "financien", ids["Raphaël"], 4),
              ("zrm", "huisvesting", ids["Raphaël"], 3), ("huishouden", "sociale_omgeving", 0, 5),
              ("kind", "opvang", 0, 4), ("jongeren", "financien", ids["Chloë"], 1)]
    for s, d, pid, score in writes:
        intake.set_domain_field(case_id, s, d, pid, "score", score)
    intake.set_domain_field(case_id, "zrm", "financien", ids["Mariëlle"], "worries", "Schulden – één brief per dag")
    for s, d, pid, score in writes:
        assert intake.domain(case_id, s, d, pid).score == score
    assert intake.domain(case_id, "zrm", "financien", ids["Mariëlle"]).worries == "Schulden – één brief per dag"
    # Refused, nothing written: the household set for a person, an adult set for the household,
    # a person of another family, a domain the set does not have.
    bad = [("huishouden", "sociale_omgeving", ids["Raphaël"]), ("zrm", "financien", 0),
           ("zrm", "financien", 99999), ("zrm", "sociale_omgeving", ids["Raphaël"])]
    for s, d, pid in bad:
        with pytest.raises(ValidationError):
            intake.set_domain_field(case_id, s, d, pid, "score", 3)
    assert len([a for a in intake.repo.domains(case_id) if a.score]) == len(writes)

    summary = intake.summary(case_id)
    assert {(f.label, f.whose) for f in summary.low_domains} == {
        ("Financiën", "Mariëlle Anne-Sophie"), ("Geld", "Chloë")}
    facts = gather_facts(store.db, case_id)
    # Per adult in the detail (with whose), the lowest adult score in the aggregate.
    assert facts.domain_scores["Financiën (Mariëlle Anne-Sophie)"] == 2 and facts.domain_scores["Financiën (Raphaël)"] == 4
    assert facts.self_reliance == {"Financiën": 2, "Huisvesting": 3, "Buurt en mensen om ons heen": 5,
                                   "Opvang en oppas": 4}
    assert facts.mean_score() == pytest.approx(3.5)

    plan = intake.plan(case_id)
    assert {(d.set_label, d.whose, d.label) for d in plan.domains if d.score == 2} == {
        ("Over u", "Mariëlle Anne-Sophie", "Financiën")}


def test_old_household_scores_are_read_only(store):
    session = Session(store)
    case_id, ids = _family(session)
    session.intake.set_domain_field(case_id, "huishouden", "sociale_omgeving", 0, "score", 4)
    # As m1050 leaves an old score: set 'zrm_oud', person 0.
    with store.db.atomic():
        store.db.execute("INSERT INTO intake_domains (case_id, set_key, domain_key, person_id, score, "
                         "worries, updated_at) VALUES (?, 'zrm_oud', 'financien', 0, 2, 'Oude zorg', '')",
                         [case_id])
    assert [t.set_key for t in session.intake.matrix_targets(case_id)][:4] == ["zrm", "zrm", "zrm_oud", "huishouden"]
    with pytest.raises(ValidationError) as info:
        session.intake.set_domain_field(case_id, "zrm_oud", "financien", 0, "score", 5)
    assert info.value.code == "read_only"
    old = session.intake.domain(case_id, "zrm_oud", "financien", 0)
    assert (old.score, old.worries) == (2, "Oude zorg")
    flags = session.intake.summary(case_id).low_domains
    assert [(f.label, str(f.whose)) for f in flags] == [("Financiën", "het gezin, oude score")]
    assert gather_facts(store.db, case_id).self_reliance == {"Financiën": 2, "Buurt en mensen om ons heen": 4}
    plan = session.intake.plan(case_id)
    assert [(d.set_label, d.score) for d in plan.domains if d.set_key == "zrm_oud"] == [
        ("Uw gezin (oude score)", 2)]


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


def test_the_demo_scores_per_adult_household_and_youth(demo_store):
    db = demo_store.db
    rows = db.execute(
        "SELECT d.set_key, d.person_id, p.role, p.birth_date, i.created_at FROM intake_domains d "
        "JOIN intakes i ON i.case_id = d.case_id LEFT JOIN persons p ON p.id = d.person_id").fetchall()
    assert rows
    by_set: dict[str, list] = {}
    for set_key, pid, role, birth, started in rows:
        by_set.setdefault(set_key, []).append((pid, role, birth, started))
    assert set(by_set) == {"zrm", "huishouden", "kind", "jongeren"}
    assert all(pid == 0 for s in ("huishouden", "kind") for pid, *_ in by_set[s])
    for pid, role, birth, started in by_set["zrm"]:  # every adult, by age on the intake date
        assert pid and (role != "jeugdige" or age_on(date.fromisoformat(birth), _day(started)) >= 18)
    for _pid, role, birth, started in by_set["jongeren"]:
        assert role == "jeugdige" and 12 <= age_on(date.fromisoformat(birth), _day(started)) <= 17
    # Two-parent families have two adults with their own scores.
    two = db.execute("SELECT count(*) FROM (SELECT case_id FROM intake_domains WHERE set_key = 'zrm' "
                     "GROUP BY case_id HAVING count(DISTINCT person_id) >= 2)").fetchone()[0]
    assert two > 0
