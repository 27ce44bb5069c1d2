"""core.lifecycle: the status and the next evaluation as one pure rule, checked with
examples and with hypothesis over all its inputs."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import lifecycle as lc
from desktop_app.core.dates import add_months

F = lc.CaseFactsForLifecycle
B = lc.Beschikking


def test_statuses_follow_the_facts():
    assert lc.status_of(F()) == "aanmelding"
    assert lc.status_of(F(intake_opened=True)) == "intake"
    assert lc.status_of(F(intake_opened=True, deployments=1)) == "actief"
    assert lc.status_of(F(decided_on=date(2026, 1, 5))) == "actief"
    assert lc.status_of(F(deployments=2, closed_on=date(2026, 3, 1))) == "afgesloten"


def test_a_closed_case_allows_only_reading_documents_and_reopening():
    lc.check_allowed("actief", "add_deployment")
    lc.check_allowed("afgesloten", "export")
    lc.check_allowed("afgesloten", "reopen")
    for operation in ("add_deployment", "record_decision", "save_answer", "close"):
        try:
            lc.check_allowed("afgesloten", operation)
        except lc.LifecycleError as exc:
            assert exc.code == "closed"
        else:
            raise AssertionError(operation)


def test_three_monthly_decision_gives_three_months_not_six():
    facts = F(intake_opened=True, decided_on=date(2026, 10, 1), coordination=True,
              interval_months=3, case_start=date(2026, 9, 1))
    n = lc.next_evaluation(facts)
    assert n.due == date(2027, 1, 1) and n.why == "interval"
    assert "3 maanden" in n.explain() and "het besluit" in n.explain()


def test_the_first_running_beschikking_end_wins_with_the_margin():
    running = (B("Roerdal", date(2026, 10, 1), date(2027, 2, 1)),
               B("Maasland", date(2026, 10, 1), date(2027, 9, 30)))
    facts = F(deployments=2, running=running, decided_on=date(2026, 10, 1), coordination=True,
              interval_months=6, margin_days=28)
    n = lc.next_evaluation(facts)
    assert n.due == date(2027, 2, 1) - timedelta(days=28)
    assert n.why == "beschikking" and n.limit.provider == "Roerdal"
    assert n.explain() == "Eerder: de beschikking van Roerdal loopt af op 01-02-2027."


def test_a_chosen_date_is_a_wish_never_later_than_a_limit():
    base = dict(deployments=1, running=(B("Roerdal", date(2026, 6, 1), None),),
                last_final_evaluation=date(2026, 12, 1))
    earlier = lc.next_evaluation(F(**base, evaluation_choice=date(2027, 3, 1)))
    assert (earlier.due, earlier.why) == (date(2027, 3, 1), "chosen")
    later = lc.next_evaluation(F(**base, evaluation_choice=date(2027, 9, 1)))
    assert (later.due, later.why) == (date(2027, 6, 1), "interval")
    # An intake choice from before the last evaluation no longer counts.
    stale = lc.next_evaluation(F(**base, intake_choice=date(2026, 7, 1)))
    assert stale.due == date(2027, 6, 1)


def test_no_follow_up_without_coordination_and_none_when_closed_or_not_started():
    assert lc.next_evaluation(F(decided_on=date(2026, 1, 1), coordination=False)).due is None
    assert lc.next_evaluation(F(intake_opened=True, closed_on=date(2026, 2, 1))).why == "none_closed"
    assert lc.next_evaluation(F()).why == "none_not_started"


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
maybe = st.one_of(st.none(), days)


@st.composite
def facts(draw):
    running = tuple(
        B(draw(st.sampled_from(["Roerdal", "Maasland", "Het Kompas"])), draw(maybe), draw(maybe))
        for _ in range(draw(st.integers(0, 4))))
    decided = draw(maybe)
    return F(
        case_start=draw(maybe),
        intake_opened=draw(st.booleans()),
        deployments=len(running) + draw(st.integers(0, 2)),
        running=running,
        decided_on=decided,
        coordination=None if decided is None else draw(st.booleans()),
        interval_months=draw(st.sampled_from([None, 3, 6])) if decided else None,
        last_final_evaluation=draw(maybe),
        evaluation_choice=draw(maybe),
        intake_choice=draw(maybe),
        margin_days=draw(st.sampled_from([0, 14, 28])),
    )


@settings(max_examples=400, deadline=None)
@given(facts())
def test_the_date_is_never_later_than_any_limit(f):
    n = lc.next_evaluation(f)
    if n.due is None:
        return
    base = max(d for d in (f.last_final_evaluation, f.decided_on,
                           min((b.start for b in f.running if b.start), default=None))
               if d is not None) if any((f.last_final_evaluation, f.decided_on,
                                         any(b.start for b in f.running))) else f.case_start
    months = f.interval_months if f.decided_on and f.interval_months else 6
    # Never past the interval …
    assert n.due <= add_months(base, months)
    # … never past a running beschikking's end (less the margin, but not before the base) …
    for b in f.running:
        if b.end is not None and b.end > base:
            assert n.due <= max(b.end - timedelta(days=f.margin_days), base)
    # … and the reason names the limit that decided it.
    assert n.limit in n.limits and n.limit.day == n.due == min(lim.day for lim in n.limits)
    assert n.explain()


@settings(max_examples=200, deadline=None)
@given(facts(), days)
def test_a_later_evaluation_never_brings_the_date_before_it(f, held):
    """Finalising an evaluation restarts the interval from it."""
    from dataclasses import replace

    later = replace(f, last_final_evaluation=held, evaluation_choice=None)
    n = lc.next_evaluation(later)
    if n.due is not None:
        assert n.due >= held
