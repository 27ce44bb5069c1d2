"""Calendar arithmetic shared by every rule: one add_months for the whole app."""

from __future__ import annotations

from calendar import monthrange
from datetime import date


def add_months(day: date, months: int) -> date:
    """Same day `months` later; a day that does not exist becomes the month's last
    day (31 August + 6 months = 28 or 29 February). What dateutil's
    `day + relativedelta(months=months)` gives, without building a relativedelta (a
    fifth of generating the demo data, issue 17)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, monthrange(year, month)[1]))


MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")


def dutch_day(day: date | None) -> str:
    """'3 juli 2026': how a date is written for families (letters, plans, reports)."""
    if day is None:
        return ""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
