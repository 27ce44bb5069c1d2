"""GAS T-score against published examples; the cost model per frequency, across a
year boundary with indexation, and with zero or empty volumes."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.core.costs import (
    NO_PERIOD,
    NO_TARIFF,
    NO_VOLUME,
    UNIT_MISMATCH,
    Tariff,
    Volume,
    change_saving,
    deployment_cost,
    estimate,
    estimate_periods,
    format_euro,
    format_volume,
    months_covered,
    parse_money,
    periods_from_changes,
)
from desktop_app.core.gas import t_score
from desktop_app.core.results import Result, smart_hints


# -- GAS ------------------------------------------------------------------------------
def test_gas_worked_example_gasr():
    """Worked example from the documentation of the R package gasr, calc_tscore():
    scores (-2, 0, -1, 2, 0, 1) with weights (3, 5, 1, 4, 2, 6), rho = 0.3.
    By hand: sum(w x) = -6 + 0 - 1 + 8 + 0 + 6 = 7; sum(w) = 21; sum(w^2) = 9 + 25 + 1
    + 16 + 4 + 36 = 91; denominator sqrt(0.7 * 91 + 0.3 * 21^2) = sqrt(63.7 + 132.3)
    = sqrt(196) = 14; T = 50 + 10 * 7 / 14 = 55.0."""
    assert t_score([-2, 0, -1, 2, 0, 1], [3, 5, 1, 4, 2, 6]) == pytest.approx(55.0, abs=1e-9)


def test_gas_unweighted_simplification_kiresuk_sherman():
    """Kiresuk & Sherman (1968, Community Ment Health J 4:443-453) and Turner-Stokes
    (2009, Clin Rehabil 23:362-370, with its erratum): with equal weights and rho = 0.3
    the formula becomes T = 50 + 10 * sum(x) / sqrt(0.7 n + 0.3 n^2).
    One goal: sqrt(0.7 + 0.3) = 1, so -1 gives 40 and +2 gives 70; goals all met exactly
    give 50 (Turner-Stokes: 'a mean of 50 if the goals are achieved precisely').
    Three goals all at -1 (a common baseline): -3 / sqrt(2.1 + 2.7) = -3 / 2.19089
    = -1.36931, T = 36.31."""
    assert t_score([-1]) == pytest.approx(40.0)
    assert t_score([2]) == pytest.approx(70.0)
    assert t_score([0, 0, 0, 0]) == pytest.approx(50.0)
    assert t_score([-1, -1, -1]) == pytest.approx(50 - 30 / math.sqrt(4.8))
    assert round(t_score([-1, -1, -1]), 2) == 36.31
    # Equal weights of any size give the unweighted score.
    assert t_score([1, -1, 2], [3, 3, 3]) == pytest.approx(t_score([1, -1, 2]))


def test_gas_edge_cases():
    assert t_score([]) is None
    assert t_score([1, None], [1, 1]) == pytest.approx(60.0)  # unscored goal left out
    with pytest.raises(ValueError):
        t_score([3])
    with pytest.raises(ValueError):
        t_score([1, 1], [1])


# -- costs ------------------------------------------------------------------------------
HOUR_2026 = Tariff(8000, "04", 2026, Decimal("0"))  # € 80,00 per hour, no indexation


def test_per_day():
    # 1-10 March 2026: 10 days x 2 hours x € 80 = € 1.600,00
    e = estimate(Volume(2, "04", "1"), date(2026, 3, 1), date(2026, 3, 10), HOUR_2026)
    assert e.cents == 160_000


def test_per_week_counts_actual_days():
    # 1 March - 30 April 2026 = 61 days = 61/7 weeks; 3 h x 61/7 x € 80 = € 2.091,43
    e = estimate(Volume(3, "04", "2"), date(2026, 3, 1), date(2026, 4, 30), HOUR_2026)
    assert e.cents == 209_143
    # whole weeks are exact: 4 weeks Monday to Sunday
    e = estimate(Volume(3, "04", "2"), date(2026, 3, 2), date(2026, 3, 29), HOUR_2026)
    assert e.cents == 4 * 3 * 8000


def test_per_month_counts_calendar_months():
    # February (28 days) and March (31 days) each count as one month.
    e = estimate(Volume(6, "04", "4"), date(2026, 2, 1), date(2026, 3, 31), HOUR_2026)
    assert e.cents == 2 * 6 * 8000
    # 1-15 April = 15/30 month
    assert months_covered(date(2026, 4, 1), date(2026, 4, 15)) == Decimal("0.5")
    e = estimate(Volume(6, "04", "4"), date(2026, 4, 1), date(2026, 4, 15), HOUR_2026)
    assert e.cents == 3 * 8000


def test_total_over_the_period():
    # 40 hours in total, whatever the period: € 3.200,00
    e = estimate(Volume(40, "04", "6"), date(2026, 1, 1), date(2026, 6, 30), HOUR_2026)
    assert e.cents == 320_000


def test_year_boundary_with_indexation():
    """Tariff € 80,00 in 2025, indexed 3 %: € 82,40 in 2026. 3 hours a week from
    1 November 2025 to 30 April 2026: 2025 has 61 days -> 26.142857 h x € 80,00 =
    € 2.091,43; 2026 has 120 days -> 51.428571 h x € 82,40 = € 4.237,71; total € 6.329,14."""
    tariff = Tariff(8000, "04", 2025, Decimal("3"))
    assert tariff.cents_in(2025) == 8000 and tariff.cents_in(2026) == 8240
    assert tariff.cents_in(2027) == 8487  # 8240 x 1.03 = 8487.2, rounded per year
    assert tariff.cents_in(2024) == 8000  # no deflation before the tariff year
    e = estimate(Volume(3, "04", "2"), date(2025, 11, 1), date(2026, 4, 30), tariff)
    assert [y.year for y in e.years] == [2025, 2026]
    assert [y.tariff_cents for y in e.years] == [8000, 8240]
    assert e.cents == 632_914
    assert format_euro(e.cents) == "€ 6.329,14"
    # a 'total' volume is spread by days over both years: 40 h, 61 of 181 days in 2025
    e = estimate(Volume(40, "04", "6"), date(2025, 11, 1), date(2026, 4, 30), tariff)
    expected = Decimal(40) * 61 / 181 * 8000 + Decimal(40) * 120 / 181 * 8240
    assert e.cents == int(expected.quantize(Decimal(1), rounding="ROUND_HALF_UP"))


def test_units_convert_and_euro_volume():
    # 90 minutes a week at € 80,00 per hour = 1.5 h/week; 4 weeks = € 480,00
    e = estimate(Volume(90, "01", "2"), date(2026, 3, 2), date(2026, 3, 29), HOUR_2026)
    assert e.cents == 48_000
    # a dagdeel is 4 hours
    e = estimate(Volume(1, "16", "1"), date(2026, 3, 2), date(2026, 3, 2), HOUR_2026)
    assert e.cents == 32_000
    # eenheid 83: the amount is euros, no tariff needed
    e = estimate(Volume(2500, "83", "6"), date(2026, 1, 1), date(2026, 12, 31), None)
    assert e.cents == 250_000
    e = estimate(Volume(1, "14", "1"), date(2026, 3, 2), date(2026, 3, 2), HOUR_2026)
    assert (e.cents, e.problem) == (None, UNIT_MISMATCH)


def test_zero_and_empty_volumes():
    zero = estimate(Volume(0, "04", "2"), date(2026, 1, 1), date(2026, 6, 30), HOUR_2026)
    assert zero.cents == 0 and zero.known
    assert format_euro(zero.cents) == "€ 0,00"
    empty = estimate(Volume(None, "04", "2"), date(2026, 1, 1), date(2026, 6, 30), HOUR_2026)
    assert (empty.cents, empty.problem) == (None, NO_VOLUME)
    assert format_euro(empty.cents) == "onbekend"
    assert format_volume(Volume(None, "04", "2")) == "omvang niet vastgelegd"
    no_end = estimate(Volume(3, "04", "2"), date(2026, 1, 1), None, HOUR_2026)
    assert no_end.problem == NO_PERIOD
    assert estimate(Volume(3, "04", "2"), date(2026, 1, 1), date(2026, 2, 1), None).problem \
        == NO_TARIFF


def test_volume_history_and_saving():
    """Afschalen from 4 to 2 hours a week on 1 April: January-March at 4, April-June at 2."""
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    old, new = Volume(4, "04", "2"), Volume(2, "04", "2")
    periods = periods_from_changes(new, start, end, [(date(2026, 4, 1), old, new)])
    assert periods == [(start, date(2026, 3, 31), old), (date(2026, 4, 1), end, new)]
    combined = estimate_periods(periods, HOUR_2026, start, end)
    q1 = estimate(old, start, date(2026, 3, 31), HOUR_2026).cents
    q2 = estimate(new, date(2026, 4, 1), end, HOUR_2026).cents
    assert abs(combined.cents - (q1 + q2)) <= 1
    saving = change_saving(old, start, end, [], HOUR_2026, date(2026, 4, 1), new)
    # 91 days x 2 h / 7 x € 80 = € 2.080,00
    assert saving.cents == 208_000
    assert saving.cents == estimate(old, start, end, HOUR_2026).cents - combined.cents


def test_a_saving_counts_from_the_vanaf_date_for_a_total_volume():
    """40 hours in total over 2026, afschalen to 20 hours from 1 July (mid-beschikking):
    the total is spread over all 365 days, so the 20 hours less only count for the
    184 days left: 20 h x 184/365 x € 80 = € 806,58 - not 20 h x € 80 = € 1.600,00
    (what pricing the new volume over [vanaf, end] alone said)."""
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    old, new = Volume(40, "04", "6"), Volume(20, "04", "6")
    saving = change_saving(old, start, end, [], HOUR_2026, date(2026, 7, 1), new)
    assert saving.cents == 80_658
    before = deployment_cost(old, start, end, [], HOUR_2026)
    after = deployment_cost(new, start, end, [(date(2026, 7, 1), old, new)], HOUR_2026)
    assert (before.cents, after.cents) == (320_000, 239_342)
    assert saving.cents == before.cents - after.cents


def test_a_second_change_keeps_the_first_in_the_saving():
    """4 h/week Jan-Jun 2026, already 3 h from 1 April; to 2 h from 1 May saves
    1 h x 61/7 weeks x € 80: cost 633/7 h = € 7.234,29 now, 572/7 h = € 6.537,14 after."""
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    four, three, two = Volume(4, "04", "2"), Volume(3, "04", "2"), Volume(2, "04", "2")
    history = [(date(2026, 4, 1), four, three)]
    assert deployment_cost(three, start, end, history, HOUR_2026).cents == 723_429
    saving = change_saving(three, start, end, history, HOUR_2026, date(2026, 5, 1), two)
    assert saving.cents == 723_429 - 653_714
    up = change_saving(three, start, end, history, HOUR_2026, date(2026, 5, 1), four)
    assert up.cents < 0  # opschalen costs more


def test_money_text():
    assert format_euro(123_450) == "€ 1.234,50"
    assert format_euro(123_456_789) == "€ 1.234.567,89"
    assert format_euro(-1200) == "€ -12,00"
    assert parse_money("1.234,50") == 123_450
    assert parse_money("78,5") == 7850
    assert parse_money("78.50") == 7850
    assert parse_money("€ 78") == 7800
    for bad in ("", "12,3x", "1.23,00", "1,234", "7.855"):
        with pytest.raises(ValueError):
            parse_money(bad)


def test_smart_hints():
    vague = Result(case_id=1, formulation="Het gaat beter")
    assert {"specific", "measurable", "timebound", "levels"} <= set(smart_hints(vague))
    good = Result(case_id=1, formulation="Noor gaat binnen drie maanden weer 5 dagen per week "
                                         "naar school.", levels={i: "x" for i in range(-2, 3)})
    assert smart_hints(good) == []
    negative = Result(case_id=1, formulation="Binnen 3 maanden geen ruzie meer bij het ontbijt "
                                             "in het gezin.", levels={i: "x" for i in range(-2, 3)})
    assert smart_hints(negative) == ["positive"]
