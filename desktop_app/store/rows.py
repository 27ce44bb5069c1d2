"""Turning rows into core values and cleaning input, shared by the catalog,
results, deployments and evaluations repositories."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ..core import validation as v
from ..core.catalog import Contract

LEVEL_COLUMNS = {-2: "level_m2", -1: "level_m1", 0: "level_0", 1: "level_p1", 2: "level_p2"}
MAX_TEXT = 4000


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def text(value: Any, field: str, limit: int = MAX_TEXT) -> str:
    cleaned = str(value or "").strip()
    if len(cleaned) > limit:
        raise v.ValidationError("text_length", field)
    return cleaned


def code(value: Any, allowed, field: str, empty_ok: bool = True) -> str:
    cleaned = str(value or "").strip()
    if not cleaned and empty_ok:
        return ""
    if cleaned not in allowed:
        raise v.ValidationError("code", field)
    return cleaned


def clean_amount(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    cleaned = str(value).strip()
    if not cleaned.isdigit():
        raise v.ValidationError("amount", "amount")
    return int(cleaned)


def clean_level(value: Any, field: str = "start_level") -> int | None:
    if value is None or value == "":
        return None
    try:
        level = int(str(value).replace("+", ""))
    except ValueError:
        raise v.ValidationError("gas_level", field) from None
    if level not in LEVEL_COLUMNS:
        raise v.ValidationError("gas_level", field)
    return level


def contract(r) -> Contract:
    return Contract(id=r["id"], provider_id=r["provider_id"], product_id=r["product_id"],
                    region=r["region"], tariff_cents=r["tariff_cents"],
                    tariff_year=r["tariff_year"], indexation=Decimal(r["indexation"] or "0"))
