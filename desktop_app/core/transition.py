"""Which cases must be judged under the coordination policy, and when (seed 000).

- All new cases (starting on or after the policy's effective date): at the start.
- Running cases whose current beschikking ends in April, May or June 2021: at a
  new beschikking, if one follows.
- Running coordination cases whose beschikking ends after 1 July 2021: in April 2021.
  'Na 1 juli' is read as 'from 1 July' so the two groups meet without a gap
  (the dates live in the policy file's [transition] table).
- Any other running case (no coordination, or no beschikking known): at the next
  beschikking, which is new access under the new policy.

Pure: dates in, a Review out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .policy import Transition

NEW = "nieuw"
AT_NEW_BESCHIKKING = "bij_nieuwe_beschikking"
APRIL_REVIEW = "april_2021"
OTHER_RUNNING = "lopend_overig"

GROUP_LABELS: dict[str, str] = {
    NEW: "Nieuwe casus: besluiten bij de start",
    AT_NEW_BESCHIKKING: "Lopende casus, beschikking eindigt april-juni 2021: besluiten bij een nieuwe beschikking",
    APRIL_REVIEW: "Lopende coördinatie, beschikking eindigt na 1 juli 2021: besluiten in april 2021",
    OTHER_RUNNING: "Lopende casus: besluiten bij een nieuwe beschikking",
}


@dataclass(frozen=True)
class Review:
    group: str
    due: date | None  # a decision is due from this date; None: nothing to decide now
    decided: bool = False

    @property
    def label(self) -> str:
        return GROUP_LABELS[self.group]


Period = tuple[date | None, date | None]  # (start, end) of one beschikking


def review(effective: date, transition: Transition | None, case_start: date | None,
           had_coordination: bool | None, beschikkingen: list[Period],
           decisions: list[date]) -> Review:
    """`had_coordination` None counts as coordinated: before the policy the CJG
    coordinated every case with access ('Op dit moment worden alle casussen ...
    opgevolgd en gecoördineerd')."""
    decided_since = [d for d in decisions if d >= effective]
    if case_start is None or case_start >= effective or transition is None:
        if decided_since:
            return Review(NEW, None, True)
        return Review(NEW, max(case_start or effective, effective))

    current = [(s, e) for s, e in beschikkingen
               if (s is None or s <= effective) and (e is None or e >= effective)]
    open_ended = any(e is None for _, e in current)
    current_end = max(e for _, e in current) if current and not open_ended else None
    later = sorted(s for s, e in beschikkingen
                   if s is not None and s > effective and (s, e) not in current)

    def at_next(group: str) -> Review:
        nxt = later[0] if later else None
        if current_end is not None:
            after = [s for s in later if s > current_end]
            nxt = after[0] if after else nxt
        if nxt is None:
            return Review(group, None)
        if any(d >= nxt for d in decided_since):
            return Review(group, None, True)
        return Review(group, nxt)

    if current_end is not None and (transition.new_beschikking_ends_from <= current_end
                                    <= transition.new_beschikking_ends_until):
        return at_next(AT_NEW_BESCHIKKING)
    runs_on = open_ended or (current_end is not None
                             and current_end >= transition.april_review_ends_from)
    if runs_on and (had_coordination is None or had_coordination):
        if decided_since:
            return Review(APRIL_REVIEW, None, True)
        return Review(APRIL_REVIEW, transition.april_review_due)
    return at_next(OTHER_RUNNING)
