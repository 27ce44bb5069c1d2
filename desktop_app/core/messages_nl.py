"""Dutch renderings of the core messages (core/messages.py). Plain B1 Dutch."""

from __future__ import annotations


def _volume(amount, unit, frequency) -> str:
    singular, plural = UNITS.get(unit, (unit, unit))
    word = singular if amount == 1 else plural
    return f"{amount} {word} {FREQUENCIES.get(frequency, '')}".strip()


UNITS = {
    "01": ("minuut", "minuten"), "04": ("uur", "uur"), "14": ("etmaal", "etmalen"),
    "16": ("dagdeel", "dagdelen"), "82": ("stuk", "stuks"), "83": ("euro", "euro"),
    "84": ("keer", "keer"),
}
FREQUENCIES = {"1": "per dag", "2": "per week", "4": "per maand", "6": "in totaal"}

TEMPLATES = {
    # core/consent.py
    "consent.no_gezag": "{about}: er is geen ouder met gezag bekend. Vraag toestemming aan wie het "
                        "gezag heeft (bijvoorbeeld de voogd).",
    "consent.youth": "{about}: toestemming van {who} zelf ontbreekt.",
    "consent.parent": "{about}: toestemming van {who} (ouder met gezag) ontbreekt.",
    # core/costs.py
    "volume": _volume,
    "volume.unknown": "omvang niet vastgelegd",
}
