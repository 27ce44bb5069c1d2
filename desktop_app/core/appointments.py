"""Appointments on a case: the next home visit or meeting (date, time, place, with whom,
what) and their validation. Times are wall-clock times in Europe/Amsterdam, as the
consultant types them (the .ics file: session/ics.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .validation import ValidationError, format_date, parse_date

ZONE = ZoneInfo("Europe/Amsterdam")
KINDS = ("huisbezoek", "gesprek", "overleg", "telefonisch", "anders")
DEFAULT_MINUTES = 60
MAX_TEXT = 500
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


@dataclass(frozen=True)
class Appointment:
    case_id: int
    starts_at: datetime  # naive, Europe/Amsterdam wall-clock time
    ends_at: datetime
    kind: str = "huisbezoek"
    place: str = ""
    with_whom: str = ""
    what: str = ""
    cancelled: bool = False
    id: int | None = None
    uid: str = ""  # a random UUID given when stored: the calendar entry's UID
    sequence: int = 0  # changes since it was made: the calendar entry's SEQUENCE
    # For lists across cases (the Opvolging agenda): the case's number and family.
    case_number: str = ""
    family_id: int | None = None
    family_name: str = ""

    @property
    def day(self) -> date:
        return self.starts_at.date()


def parse_time(value: str | time | None, field: str = "time") -> time:
    """'9:30', '09.30' → 09:30; anything else a ValidationError('time_format')."""
    if isinstance(value, time):
        return value
    m = _TIME.match(value or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValidationError("time_format", field)
    return time(int(m.group(1)), int(m.group(2)))


def parse_day(value, field: str = "day") -> date:
    day = parse_date(value, field)
    if day is None:
        raise ValidationError("required", field)
    return day


def clean_text(value, field: str) -> str:
    text = str(value or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError("text_length", field)
    return text


def clean_kind(value) -> str:
    if value not in KINDS:
        raise ValidationError("code", "kind")
    return value


def check_times(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError("end_before_start", "end_time")


def with_field(a: Appointment, field: str, value) -> Appointment:
    """The appointment after one field of the form changed (validated). Moving the date
    or the start keeps the length; an end before the start is refused."""
    from dataclasses import replace

    length = a.ends_at - a.starts_at
    if field == "day":
        start = datetime.combine(parse_day(value), a.starts_at.time())
        return replace(a, starts_at=start, ends_at=start + length)
    if field == "start_time":
        start = datetime.combine(a.starts_at.date(), parse_time(value, field))
        return replace(a, starts_at=start, ends_at=start + length)
    if field == "end_time":
        end = datetime.combine(a.starts_at.date(), parse_time(value, field))
        check_times(a.starts_at, end)
        return replace(a, ends_at=end)
    if field == "kind":
        return replace(a, kind=clean_kind(value))
    if field in ("place", "with_whom", "what"):
        return replace(a, **{field: clean_text(value, field)})
    raise ValueError(field)


def summary(a: Appointment) -> str:
    """'di 03-02-2027 10:00–11:00 · Huisbezoek · Kapelaan Verheggenstraat' (plain Dutch)."""
    parts = [f"{format_date(a.day)} {a.starts_at:%H:%M}–{a.ends_at:%H:%M}",
             KIND_LABELS.get(a.kind, a.kind)]
    parts += [p for p in (a.place, a.with_whom, a.what) if p]
    return " · ".join(parts)


KIND_LABELS = {"huisbezoek": "Huisbezoek", "gesprek": "Gesprek", "overleg": "Overleg",
               "telefonisch": "Telefonisch", "anders": "Afspraak"}


def week_range(today: date) -> tuple[date, date]:
    """Monday..Sunday of the week of `today` (the Opvolging 'deze week')."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)
