"""core.next_step: the phase strip and the next step, from the stored status and the
lifecycle's next evaluation."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.core import lifecycle as lc
from desktop_app.core.next_step import NextStepFacts, new_case_allowed, next_step, phase_of

TODAY = date(2026, 12, 2)


def _due(day, kind="interval", provider="", since=None):
    lim = lc.Limit(kind, day, provider=provider, months=6, since=since or day)
    return lc.NextEvaluation(day, kind, lim, (lim,))


def test_phases_follow_the_stored_status():
    assert phase_of(NextStepFacts("aanmelding")) == "aanmelding"
    assert phase_of(NextStepFacts("intake")) == "intake"
    assert phase_of(NextStepFacts("intake", results=2)) == "plan"
    assert phase_of(NextStepFacts("actief")) == "besluit"
    assert phase_of(NextStepFacts("actief", decided=True)) == "opvolging"
    assert phase_of(NextStepFacts("afgesloten", decided=True, results=3)) == "afgesloten"


def test_steps_before_the_decision():
    assert next_step(NextStepFacts("aanmelding"), TODAY).kind == "start_intake"
    assert next_step(NextStepFacts("intake"), TODAY).kind == "set_results"
    assert next_step(NextStepFacts("intake", results=1), TODAY).kind == "decide"
    # Help is running without a decision: 'Coördinatiebesluit nog nemen'.
    step = next_step(NextStepFacts("actief", _due(TODAY + timedelta(days=40))), TODAY)
    assert step.kind == "decide"
    assert next_step(NextStepFacts("afgesloten"), TODAY).kind == "closed"


def test_evaluation_in_days_and_overdue():
    step = next_step(NextStepFacts("actief", _due(TODAY + timedelta(days=12)), results=1,
                                   decided=True), TODAY)
    assert (step.kind, step.day, step.days) == ("evaluation", TODAY + timedelta(days=12), 12)
    late = next_step(NextStepFacts("actief", _due(TODAY - timedelta(days=3)), decided=True),
                     TODAY)
    assert late.days == -3


def test_a_beschikking_that_ends_names_the_provider_and_its_end():
    end = date(2027, 2, 1)
    facts = NextStepFacts("actief", _due(end - timedelta(days=28), "beschikking", "Roerdal", end),
                          results=1, decided=True)
    step = next_step(facts, TODAY)
    assert (step.kind, step.provider, step.day) == ("beschikking_ends", "Roerdal", end)
    assert step.evaluation_due == end - timedelta(days=28)


def test_draft_evaluation_and_no_follow_up():
    assert next_step(NextStepFacts("actief", _due(TODAY), decided=True, draft_evaluation=True),
                     TODAY).kind == "finish_evaluation"
    none = lc.NextEvaluation(None, "none_no_follow_up")
    assert next_step(NextStepFacts("actief", none, decided=True), TODAY).kind == "no_follow_up"


def test_a_new_case_only_when_every_case_is_closed():
    assert new_case_allowed([])
    assert new_case_allowed(["afgesloten", "afgesloten"])
    assert not new_case_allowed(["afgesloten", "intake"])


def test_an_overdue_evaluation_set_by_a_beschikking_says_overdue():
    # The demo's Linders case: the beschikking's margin made the evaluation due in June;
    # in December the step is the overdue evaluation, not 'evalueer uiterlijk 14-06'.
    end = date(2026, 7, 6)
    facts = NextStepFacts("actief", _due(date(2026, 6, 14), "beschikking", "Roerdal", end),
                          results=1, decided=True)
    step = next_step(facts, TODAY)
    assert (step.kind, step.day) == ("evaluation", date(2026, 6, 14))
    assert step.days < 0
