"""Turning what the consultant types into an FTS5 query (pure string work)."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Every typed word must match the start of a word in the index, and the parts of a
    word typed with punctuation in it must follow each other there (an FTS5 phrase).

    'jans 6041' -> '"jans"* AND "6041"*'; 'CJG-2024-000006' -> '"cjg 2024 000006"*', so a
    family with CJG-2026-000006 and CJG-2024-000010 is not found by it (as separate words
    the parts matched any such mix); 'Jansen-de' -> '"jansen de"*'. Quotes keep FTS5 syntax
    characters that a user types (-, *, :, ") from being read as operators. A postcode
    typed as '6041AB' is split so it matches the stored '6041 AB'.
    """
    phrases: list[str] = []
    for word in (text or "").split():
        tokens: list[str] = []
        for raw in _TOKEN.findall(word):
            m = re.fullmatch(r"(\d{4})([A-Za-z]{1,2})", raw)
            tokens.extend([m.group(1), m.group(2)] if m else [raw])
        if tokens:
            phrases.append(" ".join(tokens).lower())
    if not phrases:
        return None
    return " AND ".join(f'"{p}"*' for p in phrases)
