"""Turning what the consultant types into an FTS5 query (pure string work)."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Every typed word must match the start of a word in the index.

    'jans 6041' -> '"jans"* AND "6041"*'. Quotes keep FTS5 syntax characters
    that a user types (-, *, :, ") from being read as operators. A postcode typed
    as '6041AB' is split so it matches the stored '6041 AB'.
    """
    tokens: list[str] = []
    for raw in _TOKEN.findall(text or ""):
        m = re.fullmatch(r"(\d{4})([A-Za-z]{1,2})", raw)
        tokens.extend([m.group(1), m.group(2)] if m else [raw])
    if not tokens:
        return None
    return " AND ".join(f'"{t.lower()}"*' for t in tokens)
