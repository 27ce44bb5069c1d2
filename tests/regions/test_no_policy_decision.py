"""Issue 16: a decision for a region without a policy file (MLW), through the session: the
same questions answered with what the case says, no computed advice, the consultant's
decision with a mandatory motivation, the same letters and follow-up."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.core.coordination_free import with_free_policies
from desktop_app.core.dates import add_months
from desktop_app.core.policy import load_policies, policy_regions, select_policy
from desktop_app.paths import forms_dir
from desktop_app.session import Session
from desktop_app.session.decisions import DecisionRefused
from tests.coordination.session_helpers import add_catalog, add_deployment, answers_for, new_case

DAY = date(2026, 10, 5)
MOTIVATION = "De ouders regelen de afspraken zelf goed; opa kijkt dagelijks mee."


@pytest.fixture
def session(store):
    s = Session(store)
    add_catalog(s)
    return s


@pytest.fixture
def weert_case(session):
    _, case_id = new_case(session, date(2026, 10, 1), municipality="Weert")
    add_deployment(session, case_id, "ROE", date(2026, 10, 1), date(2027, 9, 30))
    add_deployment(session, case_id, "MAA", date(2026, 10, 1), date(2027, 9, 30))
    return case_id


def _text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_mlw_gets_the_path_without_a_policy(session, weert_case):
    policy = session.decisions.policy_for(weert_case, DAY)
    mlo = select_policy(session.policies, "MLO", DAY)
    assert policy is not None and not policy.advises and mlo.advises
    # The same six questions and options, without points or minimums.
    assert [c.id for c in policy.criteria] == [c.id for c in mlo.criteria]
    assert len(policy.criteria) == 6
    options = [o for c in policy.criteria for o in c.options]
    assert options and all(o.weight == 0 and o.minimum is None for o in options)
    assert {(lv.id, lv.coordination, lv.interval_months) for lv in policy.levels} == {
        ("geen", False, None), ("standaard", True, 6), ("intensief", True, 3)}
    # The review (MLO's April 2021 transition) does not apply to MLW.
    assert policy_regions(session.policies) == ("MLO",)


@pytest.mark.parametrize("level, months", [("intensief", 3), ("standaard", 6)])
def test_record_mlw_decision_with_interval_and_letters(session, weert_case, tmp_path, level,
                                                       months):
    answers = answers_for(session, weert_case, DAY)
    refusals = []
    for kwargs in ({}, {"level_id": level, "motivation": "ok"}):  # no level; no real reason
        with pytest.raises(DecisionRefused) as info:
            session.decisions.record_decision(weert_case, answers, decided_on=DAY, **kwargs)
        refusals.append(info.value.code)
    assert refusals == ["level", "motivation_required"]
    assert session.decisions.history(weert_case) == []

    stored = session.decisions.record_decision(
        weert_case, answers, level_id=level, motivation=MOTIVATION, consultant="Tom Wijnen",
        decided_on=DAY)
    assert not stored.advised and not stored.deviates and stored.advice.score == 0
    assert stored.answers == answers and stored.interval_months == months
    assert [r.answer for r in stored.advice.reasons] and all(
        r.weight == 0 for r in stored.advice.reasons)
    case = session.households.get_case(weert_case)
    assert case.status == "actief" and case.coordination is True
    assert case.next_evaluation == add_months(DAY, months) == stored.follow_up_due
    assert session.households.case_details(weert_case)["review_group"] == "geen_richtlijn"

    files = session.decisions.make_letters(weert_case, tmp_path / "brieven", day=DAY)
    assert len(files) == 3  # the family and both providers
    family, *providers = (_text(f) for f in files)
    assert "Ja. Het CJG gaat de hulp coördineren en opvolgen." in family
    assert "Tom Wijnen heeft dit besloten. De reden is:" in family and MOTIVATION in family
    assert "Volgens de richtlijn" not in family
    due = f"uiterlijk op {add_months(DAY, months).day}"
    assert due in family
    for text in providers:
        assert "Voor regio MLW is er geen richtlijn" in text and due in text
        assert MOTIVATION not in text  # the family's reasons stay in the family's letter
    exports = [tuple(r) for r in session.store.db.execute(
        "SELECT tbl, row_ref, fields FROM audit_log WHERE action = 'export' ORDER BY id")]
    assert exports == [("coordination_decisions", str(stored.id), "letter_family")] + [
        ("coordination_decisions", str(stored.id), "letter_provider")] * 2


def test_no_coordination_without_policy(session, weert_case):
    stored = session.decisions.record_decision(
        weert_case, answers_for(session, weert_case, DAY), level_id="geen",
        motivation=MOTIVATION, decided_on=DAY)
    case = session.households.get_case(weert_case)
    assert stored.coordination is False and case.coordination is False
    assert case.next_evaluation is None


def test_a_region_policy_file_replaces_the_path(tmp_path):
    """A second file `coordination-mlw-*.toml` is read and used for its region."""
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    text = (folder / "coordination.toml").read_text("utf-8")
    text = text.replace('id = "MLO-2021-04"', 'id = "MLW-2026-01"', 1).replace(
        'regions = ["MLO"]', 'regions = ["MLW"]', 1).replace(
        "effective = 2021-04-01", "effective = 2026-01-01", 1)
    assert "MLW-2026-01" in text
    (folder / "coordination-mlw-2026.toml").write_text(text, "utf-8")
    policies = with_free_policies(load_policies(folder))
    mlw = select_policy(policies, "MLW", DAY)
    assert mlw.id == "MLW-2026-01" and mlw.advises
    assert all(p.advises for p in policies)  # nothing without a policy left
    shipped = with_free_policies(load_policies(forms_dir()))
    assert [p.id for p in shipped if not p.advises] == ["MLW-zonder-richtlijn"]
