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
    # store/timeline_sources.py: the case file's timeline
    "tl.journal_kind": lambda kind: _journal_kind(kind),
    "tl.case_opened": "Casus geopend (aanmelding)",
    "tl.case_closed": "Casus afgesloten",
    "tl.case_reopened": "Casus heropend",
    "tl.close_reason": lambda reason: _close_reason(reason),
    "tl.intake_started": "Intake gestart",
    "tl.intake_worked": "Aan de intake gewerkt",
    "tl.intake_steps": lambda n: f"{n} stap{'pen' if n != 1 else ''} van de intake doorlopen",
    "tl.consent_given": "Toestemming gegeven",
    "tl.consent_withdrawn": "Toestemming ingetrokken",
    "tl.consent_given_again": "Toestemming weer gegeven",
    "tl.consent_detail": lambda what, whom: " – ".join(
        p for p in (what, f"met {whom}" if whom else "") if p),
    "tl.result_set": "Resultaat vastgesteld",
    "tl.result_changed": "Resultaat aangepast",
    "tl.help": "Hulp",
    "tl.help_started": "Hulp ingezet: {what}",
    "tl.help_ended": "Hulp beëindigd: {what}",
    "tl.help_period": "{volume}, van {start} tot {end}",
    "tl.volume_changed": "Omvang gewijzigd: {what}",
    "tl.with_notes": lambda who, notes: f"Met: {who}" + (f"\n{notes}" if notes else ""),
    "tl.volume_change": lambda old, new, day, why="": f"Van {old} naar {new} vanaf {day}" + (
        f"\n{why}" if why else ""),
    "tl.decision": "Coördinatiebesluit genomen",
    "tl.decision_detail": lambda level, coordination, months, consultant: ", ".join(p for p in (
        level or ("coördinatie door het CJG" if coordination else "geen coördinatie door het CJG"),
        f"evaluatie elke {months} maanden" if coordination and months else "",
        f"door {consultant}" if consultant else "") if p),
    "tl.evaluation_done": "Evaluatie afgerond",
    "tl.evaluation_started": "Evaluatie begonnen",
    "tl.talk_on": lambda day, next_day="": f"Gesprek op {day}" + (
        f"; volgende evaluatie {next_day}" if next_day else ""),
}


def _journal_kind(kind: str) -> str:
    from .journal import KINDS

    return KINDS.get(kind, kind)


def _close_reason(reason: str) -> str:
    from .lifecycle import CLOSE_REASONS

    return CLOSE_REASONS.get(reason, "")
