"""English renderings of the core messages (core/messages.py), for the English UI."""

from __future__ import annotations


def _volume(amount, unit, frequency) -> str:
    singular, plural = UNITS.get(unit, (unit, unit))
    word = singular if amount == 1 else plural
    return f"{amount} {word} {FREQUENCIES.get(frequency, '')}".strip()


UNITS = {
    "01": ("minute", "minutes"), "04": ("hour", "hours"), "14": ("day and night", "days and nights"),
    "16": ("half-day", "half-days"), "82": ("item", "items"), "83": ("euro", "euros"),
    "84": ("time", "times"),
}
FREQUENCIES = {"1": "a day", "2": "a week", "4": "a month", "6": "in total"}

TEMPLATES = {
    "consent.no_gezag": "{about}: no parent with parental authority is known. Ask whoever has "
                        "parental authority (for example the guardian) for consent.",
    "consent.youth": "{about}: consent of {who} themselves is missing.",
    "consent.parent": "{about}: consent of {who} (parent with parental authority) is missing.",
    "volume": _volume,
    "volume.unknown": "volume not recorded",
}
