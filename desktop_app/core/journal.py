"""Journal entries: the contact moments of a case, as plain data and their validation.

A contact moment has a kind, a date and time, who took part, the consultant's notes and the
mark 'mag met het gezin gedeeld worden' (shareable). Only shareable notes reach the family
('Samen kijken'); the timeline shows them all to the consultant."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from .validation import ValidationError, parse_date

# In the order the form offers them; the labels are the Dutch defaults (the UI translates).
KINDS: dict[str, str] = {
    "huisbezoek": "Huisbezoek",
    "telefonisch": "Telefonisch contact",
    "overleg_aanbieder": "Overleg met aanbieder",
    "mdo": "Multidisciplinair overleg",
    "email": "E-mail",
    "anders": "Anders",
}
MAX_TEXT = 20000  # notes of a long home visit fit; a pasted document does not
MAX_PARTICIPANTS = 4000  # the 'text_length' message names 4000
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


@dataclass
class JournalEntry:
    case_id: int
    kind: str = "huisbezoek"
    happened_at: datetime | None = None
    participants: str = ""
    notes: str = ""
    shareable: bool = False
    id: int | None = None
    updated_at: str = ""


def parse_time(value: str | time | None, field: str = "time") -> time:
    if isinstance(value, time):
        return value
    m = _TIME.match(value or "")
    if not m:
        raise ValidationError("time_format", field)
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError("time_format", field)
    return time(hour, minute)


def with_date(current: datetime, value: Any) -> datetime:
    day = parse_date(value, "date")
    if day is None:
        raise ValidationError("required", "date")
    return datetime.combine(day, current.time())


def with_time(current: datetime, value: Any) -> datetime:
    return datetime.combine(current.date(), parse_time(value))


def clean_field(field: str, value: Any) -> Any:
    if field == "kind":
        if value not in KINDS:
            raise ValidationError("code", field)
        return value
    if field == "happened_at":
        if isinstance(value, datetime):
            return value.replace(second=0, microsecond=0)
        if isinstance(value, date):
            return datetime.combine(value, time(0, 0))
        raise ValidationError("date_format", field)
    if field in ("participants", "notes"):
        if field == "participants":
            text = (value or "").strip()
            if len(text) > MAX_PARTICIPANTS:
                raise ValidationError("text_length", field)
            return text
        text = value or ""
        if len(text) > MAX_TEXT:
            raise ValidationError("notes_length", field)
        return text
    if field == "shareable":
        return bool(value)
    raise ValueError(f"unknown journal field {field!r}")
