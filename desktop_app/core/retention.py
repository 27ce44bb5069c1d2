"""Date rules of data safety: how long a youth-care file is kept, who may ask
for earlier destruction, and which automatic backups are kept. Pure functions.

- Bewaartermijn: at least 20 years after the help ended (Jeugdwet, since 2020).
- Who may ask for earlier destruction, and when it is refused: core.file_rights
  (Jeugdwet 7.3.9: from 12 the youth; the parents under 12 or when the youth cannot judge).
- Backups: the newest 7 days, and the newest backup of each of the last 12 months.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

RETENTION_YEARS = 20
SELF_DETERMINATION_AGE = 12  # from 12 the youth exercises the file rights
DAILY_BACKUPS = 7
MONTHLY_BACKUPS = 12

# Who asked for destruction: codes stored in the audit trail (never a name).
REQUESTERS = {
    "ouders": "de ouders of verzorgers met gezag (jeugdige onder 12, of die niet kan oordelen)",
    "jeugdige": "de jeugdige (12 jaar of ouder)",
    "termijn": "de bewaartermijn is verstreken",
}


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def retention_until(help_ended: date) -> date:
    """The first day the file may be destroyed without a request."""
    return add_years(help_ended, RETENTION_YEARS)


def retention_due(help_ended: date | None, today: date) -> bool:
    return help_ended is not None and today >= retention_until(help_ended)


def family_retention_end(case_ends: Iterable[tuple[str, date | None]]) -> date | None:
    """(status, end date) of every case of a family -> the day its file becomes
    due, or None while any case is open or has no end date (help not ended)."""
    ends = []
    for status, end in case_ends:
        if status != "afgesloten" or end is None:
            return None
        ends.append(end)
    return retention_until(max(ends)) if ends else None


def may_request_destruction(requester: str, ages: Iterable[int | None]) -> bool:
    """The coarse check kept for the backups' own destruction step: a youth only from 12.
    The rule for a request is core.file_rights.refusal."""
    if requester == "jeugdige":
        return any(a is not None and a >= SELF_DETERMINATION_AGE for a in ages)
    return requester in REQUESTERS


def backups_to_keep(days: Iterable[date], daily: int = DAILY_BACKUPS,
                    monthly: int = MONTHLY_BACKUPS) -> set[date]:
    """From the days that have an automatic backup: the newest `daily` days plus
    the newest day of each of the newest `monthly` months."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:daily])
    newest_per_month: dict[tuple[int, int], date] = {}
    for day in ordered:
        newest_per_month.setdefault((day.year, day.month), day)
    for month in sorted(newest_per_month, reverse=True)[:monthly]:
        keep.add(newest_per_month[month])
    return keep
