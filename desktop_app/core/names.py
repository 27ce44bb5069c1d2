"""Dutch name order: 'van der Linden' files under L, 'Ëlbers' under E."""

from __future__ import annotations

import unicodedata

# Longest first, so 'van der' wins over 'van'.
TUSSENVOEGSELS = sorted(
    [
        "van der", "van den", "van de", "van het", "van 't", "in 't", "in het", "op de",
        "op den", "op het", "uit de", "uit den", "aan de", "aan den", "bij de", "onder de",
        "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "la", "le", "du", "d'",
        "von", "vander", "vd",
    ],
    key=len,
    reverse=True,
)


# Letters that Unicode does not decompose into a base letter plus an accent.
_NO_DECOMPOSITION = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
                                   "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ı": "i"})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(family_name: str) -> str:
    """'van Kessel-Wijnands' -> 'kessel-wijnands, van'; accents folded so Ë sorts as E."""
    name = " ".join((family_name or "").split())
    folded = _fold(name)
    for prefix in TUSSENVOEGSELS:
        if folded.startswith(prefix + " ") and len(folded) > len(prefix) + 1:
            return f"{folded[len(prefix) + 1:]}, {prefix}"
    return folded
