"""Due dates (month ends, leap days, the beschikking cap) and outcome figures."""

from datetime import date

import pytest

from desktop_app.core import evaluation as ev


@pytest.mark.parametrize("held, expected", [
    (date(2025, 8, 31), date(2026, 2, 28)),  # 31 Aug + 6 months: no 31 Feb
    (date(2027, 8, 31), date(2028, 2, 29)),  # leap year
    (date(2027, 8, 29), date(2028, 2, 29)),
    (date(2028, 2, 29), date(2028, 8, 29)),  # from a leap day
    (date(2026, 3, 31), date(2026, 9, 30)),
    (date(2026, 7, 15), date(2027, 1, 15)),  # over the year end
])
def test_default_next_date_month_ends_and_leap_days(held, expected):
    assert ev.default_next_date(held, None) == expected


def test_next_date_never_after_the_beschikking_ends():
    held = date(2026, 8, 31)
    assert ev.default_next_date(held, date(2026, 12, 31)) == date(2026, 12, 31)
    assert ev.default_next_date(held, date(2027, 12, 31)) == date(2027, 2, 28)
    assert ev.default_next_date(held, date(2027, 2, 28)) == date(2027, 2, 28)  # exactly at the end
    assert ev.default_next_date(held, held) is None  # the beschikking has ended
    assert ev.next_date_ok(held, date(2026, 12, 31), date(2026, 12, 31))
    assert not ev.next_date_ok(held, date(2027, 1, 1), date(2026, 12, 31))
    assert not ev.next_date_ok(held, held, None)


def test_month_bounds():
    assert ev.month_bounds(date(2026, 12, 15)) == (date(2026, 12, 1), date(2027, 1, 1),
                                                   date(2027, 2, 1))


@pytest.mark.parametrize("code, uitval", [("31", False), ("32", True), ("33", True),
                                          ("34", True), ("35", True), ("39", False)])
def test_outcome_uitval_from_reason(code, uitval):
    out = ev.outcome([code], 8, ["ja", "deels", "nee", ""])
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
