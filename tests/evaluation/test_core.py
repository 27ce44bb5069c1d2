"""The next date after an evaluation (month ends, leap days, the beschikking limit with its
margin, ended help left out, a later choice refused naming the limit) and outcome figures."""

from datetime import date

import pytest

from desktop_app.core import evaluation as ev
from desktop_app.core import lifecycle as lc
from desktop_app.core.evaluation_dates import NextDateError, propose

F = lc.CaseFactsForLifecycle
B = lc.Beschikking


def _after(held, running=(), **facts):
    return propose(F(deployments=max(1, len(running)), case_start=date(2025, 1, 6), **facts),
                   held, tuple(running))


@pytest.mark.parametrize("held, expected", [
    (date(2025, 8, 31), date(2026, 2, 28)),  # 31 Aug + 6 months: no 31 Feb
    (date(2027, 8, 31), date(2028, 2, 29)),  # leap year
    (date(2027, 8, 29), date(2028, 2, 29)),
    (date(2028, 2, 29), date(2028, 8, 29)),  # from a leap day
    (date(2026, 3, 31), date(2026, 9, 30)),
    (date(2026, 7, 15), date(2027, 1, 15)),  # over the year end
])
def test_proposal_restarts_the_interval_at_this_evaluation(held, expected):
    p = _after(held, [B("Roerdal", date(2025, 1, 6), None)],
               last_final_evaluation=date(2025, 1, 1), evaluation_choice=date(2025, 3, 1))
    assert (p.due, p.next.why, p.next.limit.since_kind) == (expected, "interval", "evaluation")


def test_proposal_before_a_beschikking_ends_by_the_margin_and_ended_help_left_out():
    held = date(2026, 11, 20)
    roerdal = B("Roerdal", date(2026, 1, 5), date(2027, 1, 31))
    other = B("Maasland", date(2026, 1, 5), date(2027, 9, 30))
    p = _after(held, [roerdal, other], decided_on=date(2026, 1, 10), coordination=True,
               interval_months=3, margin_days=28)
    assert (p.due, p.next.why, p.next.limit.provider) == (date(2027, 1, 3), "beschikking",
                                                          "Roerdal")
    # Roerdal's help ends at this evaluation: the three-monthly interval decides.
    p = _after(held, [other], decided_on=date(2026, 1, 10), coordination=True,
               interval_months=3, margin_days=28)
    assert (p.due, p.next.why) == (date(2027, 2, 20), "interval")


def test_a_chosen_date_is_refused_past_each_limit_with_the_limit_named():
    held = date(2026, 11, 20)
    p = _after(held, [B("Roerdal", date(2026, 1, 5), date(2027, 1, 31))], margin_days=28)
    p.check(date(2027, 1, 3))  # the rule's own date
    p.check(date(2026, 11, 21))  # earlier is a wish
    for chosen, code in ((date(2027, 2, 15), "next_date_beschikking"),
                         (date(2027, 1, 20), "next_date_margin"),
                         (held, "next_date_before"), (date(2026, 1, 1), "next_date_before")):
        with pytest.raises(NextDateError) as exc:
            p.check(chosen)
        assert exc.value.code == code and exc.value.field == "next_date"
    with pytest.raises(NextDateError) as exc:
        p.check(date(2027, 2, 15))
    assert str(exc.value) == ("Deze datum ligt na het einde van de beschikking van Roerdal "
                              "(31-01-2027). Kies een datum op of vóór 03-01-2027.")
    interval = _after(held, [B("Roerdal", date(2026, 1, 5), None)])
    with pytest.raises(NextDateError) as exc:
        interval.check(date(2027, 5, 21))
    assert exc.value.code == "next_date_interval"
    assert str(exc.value) == ("Deze datum ligt meer dan 6 maanden na deze evaluatie "
                              "(20-11-2026). Kies een datum op of vóór 20-05-2027.")


def test_a_beschikking_ending_within_the_margin_keeps_the_case_due_but_allows_its_end():
    held = date(2026, 11, 20)
    p = _after(held, [B("Roerdal", date(2026, 1, 5), date(2026, 12, 10))], margin_days=28)
    assert p.due == held and p.latest == date(2026, 12, 10)
    p.check(date(2026, 12, 10))
    with pytest.raises(NextDateError):
        p.check(date(2026, 12, 11))


def test_no_follow_up_allows_any_later_date():
    p = _after(date(2026, 11, 20), decided_on=date(2026, 1, 10), coordination=False)
    assert p.due is None and p.latest is None
    p.check(date(2030, 1, 1))


def test_month_bounds():
    assert ev.month_bounds(date(2026, 12, 15)) == (date(2026, 12, 1), date(2027, 1, 1),
                                                   date(2027, 2, 1))


@pytest.mark.parametrize("code, uitval", [("31", False), ("32", True), ("33", True),
                                          ("34", False), ("35", False), ("39", False)])
def test_outcome_uitval_from_reason(code, uitval):
    """Issue 16: uitval is the rule of forms/outcomes.toml (32, 33), not every 'voortijdig'."""
    from desktop_app.core.form_outcomes import outcomes_form
    from desktop_app.core.outcomes import OutcomeRules, case_uitval
    from desktop_app.paths import forms_dir

    rules = OutcomeRules.from_form(outcomes_form(forms_dir()))
    out = ev.outcome([code], 8, ["ja", "deels", "nee", ""],
                     uitval=case_uitval([(code, "")], rules))
    assert out.uitval is uitval
    assert out.satisfaction == 8
    assert (out.goals_reached, out.goals_total) == (1.5, 3)
    assert out.doelrealisatie == 0.5


def test_no_ending_no_uitval_figure():
    assert ev.outcome([], None, []).uitval is None
    assert ev.outcome([], None, []).doelrealisatie is None


def test_t_series_uses_gas():
    from desktop_app.core.gas import t_score

    points = [ev.EvaluationPoint(1, date(2026, 6, 1), {1: 0, 2: 1}),
              ev.EvaluationPoint(2, date(2026, 12, 1), {1: 2, 2: None})]
    series = ev.t_series(points, {1: 1, 2: 2}, {1: -2, 2: -2}, date(2026, 1, 1))
    assert series[0] == (date(2026, 1, 1), round(t_score([-2, -2], [1, 2]), 1))
    assert series[1] == (date(2026, 6, 1), round(t_score([0, 1], [1, 2]), 1))
    assert series[2] == (date(2026, 12, 1), round(t_score([2], [1]), 1))
