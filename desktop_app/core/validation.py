"""Validators for what a consultant types. Each returns the cleaned value or
raises ValidationError with a stable code; the UI turns codes into translated
Dutch or English messages (core has no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .models import CASE_STATUSES, ROLES
from .regions import MUNICIPALITY_REGION

# Default Dutch texts, used by the CLI and as the source strings for the UI.
MESSAGES: dict[str, str] = {
    "bsn_length": "Een BSN heeft precies 9 cijfers.",
    "bsn_digits": "Een BSN bestaat alleen uit cijfers.",
    "bsn_checksum": "Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers.",
    "date_format": "Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-07-2015.",
    "date_invalid": "Deze datum bestaat niet. Controleer dag en maand.",
    "date_future": "Een geboortedatum kan niet in de toekomst liggen.",
    "date_too_old": "Deze geboortedatum ligt te ver in het verleden.",
    "postcode": "Een postcode ziet eruit als 6041 AB.",
    "required": "Dit veld is verplicht.",
    "read_only": "Deze oude scores zijn alleen te lezen. Scoor nu per volwassene.",
    "role": "Kies een rol: jeugdige, ouder, verzorger of overig.",
    "municipality": "Kies een van de zeven gemeenten in Midden-Limburg.",
    "status": "Onbekende status.",
    "name_length": "Een naam mag hoogstens 200 tekens lang zijn.",
}


def load_checkers():
    """python-stdnum's Dutch BSN and postcode checks, imported on first use: with the ssl
    and pydoc modules it pulls in, ~10 ms the start does not need (issue 17; the app loads
    them once the start has settled)."""
    from stdnum.exceptions import ValidationError as stdnum_error
    from stdnum.nl import bsn, postcode

    return bsn, postcode, stdnum_error


@dataclass
class ValidationError(ValueError):
    code: str
    field: str = ""

    def __str__(self) -> str:
        return MESSAGES.get(self.code, self.code)


def clean_bsn(value: str | None, field: str = "bsn") -> str | None:
    """Empty means 'no BSN'. stdnum left-pads short input, so length is checked first."""
    if value is None:
        return None
    compact = re.sub(r"[\s.\-]", "", value)
    if not compact:
        return None
    if not compact.isdigit():
        raise ValidationError("bsn_digits", field)
    if len(compact) != 9:
        raise ValidationError("bsn_length", field)
    bsn, _postcode, stdnum_error = load_checkers()
    try:
        return bsn.validate(compact)
    except stdnum_error:
        raise ValidationError("bsn_checksum", field) from None


def clean_postcode(value: str | None, field: str = "postcode") -> str:
    if value is None or not value.strip():
        return ""
    _bsn, postcode, stdnum_error = load_checkers()
    try:
        return postcode.validate(value.strip().upper())
    except stdnum_error:
        raise ValidationError("postcode", field) from None


DATE_PATTERNS = (
    re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"),  # Dutch: dd-mm-jjjj
)


def parse_date(value: str | date | None, field: str = "date") -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for pattern in DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                raise ValidationError("date_invalid", field) from None
    raise ValidationError("date_format", field)


def clean_birth_date(value: str | date | None, today: date, field: str = "birth_date") -> date | None:
    day = parse_date(value, field)
    if day is None:
        return None
    if day > today:
        raise ValidationError("date_future", field)
    if today.year - day.year > 120:
        raise ValidationError("date_too_old", field)
    return day


def clean_name(value: str | None, field: str, required: bool = True) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        raise ValidationError("required", field)
    if len(text) > 200:
        raise ValidationError("name_length", field)
    return text


def clean_role(value: str) -> str:
    if value not in ROLES:
        raise ValidationError("role", "role")
    return value


def clean_municipality(value: str) -> str:
    if value not in MUNICIPALITY_REGION:
        raise ValidationError("municipality", "municipality")
    return value


def clean_status(value: str) -> str:
    if value not in CASE_STATUSES:
        raise ValidationError("status", "status")
    return value


def format_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""
