"""Why the next evaluation falls on its date, in one sentence for the family (B1, 'u'):
the limit of core.lifecycle that decided it. One owner for the sentence the decision
letters, the plan and the evaluation report print (the case page has its own short line,
NextEvaluation.explain)."""

from __future__ import annotations

from .dates import dutch_day
from .lifecycle import NextEvaluation

_PERIOD = {1: "een maand", 2: "twee maanden", 3: "drie maanden", 4: "vier maanden",
           6: "een half jaar", 12: "een jaar"}
_SINCE = {"evaluation": "de laatste evaluatie van", "decision": "het besluit van",
          "help": "de start van de hulp op", "start": "de start van de casus op"}

_EVERY = {1: "elke maand", 3: "elke drie maanden", 6: "minstens één keer per half jaar",
          12: "één keer per jaar"}


def period_words(months: int) -> str:
    return _PERIOD.get(months, f"{months} maanden")


def follow_up_reason(n: NextEvaluation | None) -> str:
    """'Dat is een half jaar na het besluit van 1 december 2026.' – empty when there is no
    date (the reasons for no date are the documents' own: closed, no follow-up)."""
    if n is None or n.due is None or n.limit is None:
        return ""
    lim = n.limit
    if lim.kind == "beschikking":
        whose = f"de hulp van {lim.provider}" if lim.provider else "een deel van de hulp"
        interval = next((x for x in n.limits if x.kind == "interval"), None)
        if interval is not None and interval.day > n.due:
            return (f"Dat is eerder dan na {period_words(interval.months)}, omdat {whose} op "
                    f"{dutch_day(lim.since)} afloopt.")
        return f"Dat is op tijd voordat {whose} op {dutch_day(lim.since)} afloopt."
    if lim.kind == "chosen":
        return "Die datum hebben we samen gekozen."
    if lim.since is None or lim.since_kind not in _SINCE:
        return f"We kijken {_EVERY.get(lim.months, f'elke {lim.months} maanden')} samen terug."
    return (f"Dat is {period_words(lim.months)} na {_SINCE[lim.since_kind]} "
            f"{dutch_day(lim.since)}.")
