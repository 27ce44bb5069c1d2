"""The household's fields and how each is cleaned before it is stored (validation lives in
core, so the member dialog can check a whole form before anything is written)."""

from __future__ import annotations

from datetime import date
from typing import Any

from . import validation as v

FAMILY_FIELDS = ("family_name", "street", "house_number", "postcode", "city", "municipality",
                 "phone", "email")
PERSON_FIELDS = ("role", "first_name", "last_name", "birth_date", "bsn", "gezag", "phone", "email",
                 "geslacht")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def clean_family_field(field: str, value: Any) -> Any:
    if field == "family_name":
        return v.clean_name(value, field)
    if field == "postcode":
        return v.clean_postcode(value)
    if field == "municipality":
        return v.clean_municipality(value) if value else ""
    if field in FAMILY_FIELDS:
        return " ".join(str(value or "").split())[:200]
    raise KeyError(field)


def clean_person_field(field: str, value: Any, today: date | None = None) -> Any:
    if field == "role":
        return v.clean_role(value)
    if field == "first_name":
        return v.clean_name(value, field)
    if field == "last_name":
        return v.clean_name(value, field, required=False)
    if field == "birth_date":
        return _iso(v.clean_birth_date(value, today or date.today()))
    if field == "bsn":
        return v.clean_bsn(value)
    if field == "gezag":
        return 1 if value else 0
    if field in ("phone", "email"):
        return " ".join(str(value or "").split())[:200]
    if field == "geslacht":  # COD046; empty is 'onbekend'
        from .codelists import GESLACHT_UNKNOWN, cod046

        code = str(value or GESLACHT_UNKNOWN).strip()
        if code not in cod046():
            raise v.ValidationError("code", field)
        return code
    raise KeyError(field)
