"""Estimated cost of deployed help: tariff x volume x frequency over the beschikking
period, with yearly indexation. Money is integer cents; quantities are Decimal.

The rule for mapping a frequency onto a period (dates inclusive, as in iJw):
1. The period is cut at 1 January into calendar-year segments; each segment is
   priced at that year's tariff.
2. Per day (frequentie 1): amount x the number of calendar days in the segment.
3. Per week (2): amount x days / 7 - actual days counted, so a period of 10 days
   holds 10/7 weeks (no rounding up of a broken week).
4. Per month (4): amount x, for every calendar month the segment touches, the days
   it covers / the days of that month - a whole month counts 1 whatever its length,
   1-15 April counts 15/30.
5. Total (6): the amount is spread evenly over the days of the whole period, so a
   segment gets amount x its days / all days.
6. Units: a volume in minutes, hours or dagdelen (4 hours) is converted to the unit
   of the tariff; eenheid 83 (euro's) is an amount of money, tariff not needed.
   Any other mismatch makes the cost unknown rather than wrong.
7. Indexation: the contract tariff holds in its tariff year (and before); each later
   year it grows by the indexation percentage, rounded to whole cents per year
   (compounding, like published tariff lists). The total is rounded half up to
   whole cents once, at the end.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .codelists import (
    FREQ_DAY,
    FREQ_MONTH,
    FREQ_TOTAL,
    FREQ_WEEK,
    UNIT_DAYPART,
    UNIT_EURO,
    UNIT_HOUR,
    UNIT_MINUTE,
)
from .messages import Message, msg, render
from .messages_nl import COST_PROBLEMS

MINUTES = {UNIT_MINUTE: 1, UNIT_HOUR: 60, UNIT_DAYPART: 240}
FREQUENCIES = (FREQ_DAY, FREQ_WEEK, FREQ_MONTH, FREQ_TOTAL)

# Why a cost cannot be estimated (the UI and PDF explain these in Dutch).
NO_VOLUME = "no_volume"
NO_TARIFF = "no_tariff"
NO_PERIOD = "no_period"
UNIT_MISMATCH = "unit_mismatch"
PROBLEMS = {code: COST_PROBLEMS[code] for code in (NO_VOLUME, NO_TARIFF, NO_PERIOD, UNIT_MISMATCH)}


@dataclass(frozen=True)
class Volume:
    """iJw omvang: amount (None when left empty), eenheid code, frequentie code."""

    amount: int | None
    unit: str
    frequency: str


@dataclass(frozen=True)
class Tariff:
    cents: int  # per tariff unit, in base_year
    unit: str  # eenheid code the tariff is per
    base_year: int
    indexation: Decimal = Decimal(0)  # percent per year

    def cents_in(self, year: int) -> int:
        value = Decimal(self.cents)
        factor = 1 + self.indexation / 100
        for _ in range(max(0, year - self.base_year)):
            value = (value * factor).quantize(Decimal(1), ROUND_HALF_UP)
        return int(value)


@dataclass(frozen=True)
class YearCost:
    year: int
    start: date
    end: date
    quantity: Decimal  # in the unit of the volume (amount x frequency applied)
    tariff_cents: int
    cents: Decimal  # not yet rounded


@dataclass(frozen=True)
class CostEstimate:
    cents: int | None  # None: unknown, see problem
    problem: str | None = None
    years: tuple[YearCost, ...] = field(default_factory=tuple)

    @property
    def known(self) -> bool:
        return self.cents is not None


def year_segments(start: date, end: date) -> list[tuple[date, date]]:
    segments = []
    current = start
    while current <= end:
        last = min(end, date(current.year, 12, 31))
        segments.append((current, last))
        current = last + timedelta(days=1)
    return segments


def days(start: date, end: date) -> int:
    return (end - start).days + 1


def months_covered(start: date, end: date) -> Decimal:
    """Calendar months from start to end inclusive, broken months pro rata by day."""
    total = Decimal(0)
    current = start
    while current <= end:
        month_days = calendar.monthrange(current.year, current.month)[1]
        month_end = date(current.year, current.month, month_days)
        last = min(end, month_end)
        total += Decimal(days(current, last)) / month_days
        current = last + timedelta(days=1)
    return total


def frequency_count(frequency: str, start: date, end: date, period_days: int) -> Decimal:
    """How many times the amount falls in [start, end] (a segment of a period of
    period_days days)."""
    n = days(start, end)
    if frequency == FREQ_DAY:
        return Decimal(n)
    if frequency == FREQ_WEEK:
        return Decimal(n) / 7
    if frequency == FREQ_MONTH:
        return months_covered(start, end)
    if frequency == FREQ_TOTAL:
        return Decimal(n) / period_days
    raise ValueError(f"unknown frequentie {frequency!r}")


def unit_factor(volume_unit: str, tariff_unit: str) -> Decimal | None:
    if volume_unit == tariff_unit:
        return Decimal(1)
    if volume_unit in MINUTES and tariff_unit in MINUTES:
        return Decimal(MINUTES[volume_unit]) / MINUTES[tariff_unit]
    return None


def estimate(volume: Volume, start: date | None, end: date | None,
             tariff: Tariff | None) -> CostEstimate:
    """Cost of one volume over [start, end] (inclusive)."""
    return estimate_periods([(start, end, volume)], tariff, start, end)


def estimate_periods(periods: list[tuple[date | None, date | None, Volume]],
                     tariff: Tariff | None, start: date | None = None,
                     end: date | None = None) -> CostEstimate:
    """Cost of consecutive volume periods (a deployment whose volume changed).
    A 'total' frequency is spread over the whole [start, end]."""
    if not periods:
        return CostEstimate(0)
    start = start or periods[0][0]
    end = end or periods[-1][1]
    if start is None or end is None or end < start:
        return CostEstimate(None, NO_PERIOD)
    if any(v.amount is None for *_, v in periods):
        return CostEstimate(None, NO_VOLUME)
    whole = days(start, end)
    total = Decimal(0)
    years: list[YearCost] = []
    for p_start, p_end, volume in periods:
        p_start, p_end = max(p_start or start, start), min(p_end or end, end)
        if p_end < p_start or volume.amount == 0:
            continue
        if volume.unit == UNIT_EURO:
            factor, per_unit = Decimal(1), None  # the amount is money itself
        else:
            if tariff is None:
                return CostEstimate(None, NO_TARIFF)
            factor = unit_factor(volume.unit, tariff.unit)
            if factor is None:
                return CostEstimate(None, UNIT_MISMATCH)
            per_unit = tariff
        for s, e in year_segments(p_start, p_end):
            quantity = volume.amount * frequency_count(volume.frequency, s, e, whole)
            unit_cents = 100 if per_unit is None else per_unit.cents_in(s.year)
            cents = quantity * factor * unit_cents
            total += cents
            years.append(YearCost(s.year, s, e, quantity, unit_cents, cents))
    return CostEstimate(int(total.quantize(Decimal(1), ROUND_HALF_UP)), None, tuple(years))


def periods_from_changes(volume_now: Volume, start: date | None, end: date | None,
                         changes: list[tuple[date, Volume, Volume]]):
    """Volume periods of a deployment from its history of changes
    (from_date, old volume, new volume), oldest first."""
    if not changes:
        return [(start, end, volume_now)]
    ordered = sorted(changes, key=lambda c: c[0])
    periods = []
    current_start, current = start, ordered[0][1]
    for from_date, _old, new in ordered:
        periods.append((current_start, from_date - timedelta(days=1), current))
        current_start, current = from_date, new
    periods.append((current_start, end, volume_now))
    return periods


def deployment_cost(volume_now: Volume, start: date | None, end: date | None,
                    changes: list[tuple[date, Volume, Volume]],
                    tariff: Tariff | None) -> CostEstimate:
    """THE cost of a deployment: its volume periods (from its history of changes) over its
    whole beschikking. The store's estimate, the catalogue refresh, the case total and the
    caseload column all come from here, and so does every saving (`change_saving`)."""
    return estimate_periods(periods_from_changes(volume_now, start, end, changes),
                            tariff, start, end)


def change_saving(volume_now: Volume, start: date | None, end: date | None,
                  changes: list[tuple[date, Volume, Volume]], tariff: Tariff | None,
                  from_date: date, new_volume: Volume) -> CostEstimate:
    """What changing the volume to new_volume from from_date saves (negative: costs more):
    the deployment's cost now minus its cost with that change added to its history -
    exactly the difference the stored estimate makes when the change is recorded."""
    before = deployment_cost(volume_now, start, end, changes, tariff)
    if not before.known:
        return before
    after = deployment_cost(new_volume, start, end,
                            [*changes, (from_date, volume_now, new_volume)], tariff)
    if not after.known:
        return after
    return CostEstimate(before.cents - after.cents)


# -- money as text ------------------------------------------------------------------
def format_euro(cents: int | None, unknown: str = "onbekend") -> str:
    """Dutch notation: € 1.234,50 (negative: € -12,00)."""
    if cents is None:
        return unknown
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(int(cents)), 100)
    return f"€ {sign}{euros:,}".replace(",", ".") + f",{rest:02d}"


def parse_money(text: str) -> int:
    """'78,50', '1.234,50', '78.50', '€ 78' -> cents. Raises ValueError."""
    value = (text or "").strip().replace("€", "").replace(" ", "")
    if not value:
        raise ValueError("empty")
    if "," in value:
        whole, _, frac = value.rpartition(",")
        if "." in whole:
            groups = whole.split(".")
            if not groups[0] or any(len(g) != 3 for g in groups[1:]):
                raise ValueError("bad thousands separator")
            whole = "".join(groups)
        value = f"{whole}.{frac}"
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError("not a number") from None
    if not amount.is_finite() or amount.as_tuple().exponent < -2:
        raise ValueError("more than two decimals")
    return int(amount * 100)


def parse_decimal(text: str) -> Decimal:
    value = (text or "").strip().replace("%", "").replace(" ", "").replace(",", ".")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ValueError("not a number") from None
    if not result.is_finite():
        raise ValueError("not a number")
    return result


def volume_message(volume: Volume | None) -> Message:
    """The volume as a core message; rendered in Dutch by format_volume, in the UI's
    language by the UI."""
    if volume is None or volume.amount is None:
        return msg("volume.unknown")
    return msg("volume", amount=volume.amount, unit=volume.unit, frequency=volume.frequency)


def format_volume(volume: Volume | None) -> str:
    """'3 uur per week', '90 minuten per week'; empty amount: 'omvang niet vastgelegd'."""
    return render(volume_message(volume), "nl")
