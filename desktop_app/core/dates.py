"""Calendar arithmetic shared by every rule: one add_months for the whole app."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta


def add_months(day: date, months: int) -> date:
    """Same day `months` later; a day that does not exist becomes the month's last
    day (31 August + 6 months = 28 or 29 February)."""
    return day + relativedelta(months=months)


MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")


def dutch_day(day: date | None) -> str:
    """'3 juli 2026': how a date is written for families (letters, plans, reports)."""
    if day is None:
        return ""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
