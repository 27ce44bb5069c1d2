"""Who may ask to destroy a youth-care file (Jeugdwet 7.3.9), and when it is refused.

- From the 12th birthday the youth exercises the file rights: only the youth may ask.
  The parents (with gezag) ask for a youth under 12, or for a youth of 12 or older who
  'niet in staat kan worden geacht tot een redelijke waardering van zijn belangen'
  (cannot judge) – which the consultant records.
- 7.3.9 lid 2: destruction is refused when keeping the file is reasonably of substantial
  importance to someone other than the youth ('aanmerkelijk belang voor een ander'); the
  consultant records that check, with a motivation.
- After the retention period (core.retention) the file is destroyed without a request.

The app keeps one file per family (every youth's data are in it), so a request destroys
the whole family file: it must come from whoever holds the right for EVERY youth in it
(a 14-year-old and an 8-year-old: the 14-year-old and the parents). Ages are counted on
the day of the request. Pure: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .models import age_on

PARENTS, YOUTH, RETENTION = "ouders", "jeugdige", "termijn"
REQUESTER_CODES = (PARENTS, YOUTH, RETENTION)
FILE_RIGHTS_AGE = 12
MIN_MOTIVATION = 10  # characters: a motivation, not a tick


@dataclass(frozen=True)
class YouthAge:
    """A youth of the family as the rule needs it: the id and the birth date."""

    id: int
    birth_date: date | None


@dataclass(frozen=True)
class DestructionRequest:
    """A request to destroy the family file, as the consultant records it.

    requesters: who asked – PARENTS and/or YOUTH – or RETENTION alone.
    cannot_judge: ids of youths of 12+ who cannot judge their interests (the parents
    then ask for them). other_interest: the 7.3.9 lid 2 check – None not done, True
    keeping the file matters substantially to someone else (refused), False not.
    motivation: why, in the consultant's words (without names)."""

    requesters: frozenset[str]
    cannot_judge: frozenset[int] = field(default_factory=frozenset)
    other_interest: bool | None = None
    motivation: str = ""

    @classmethod
    def of(cls, *requesters: str, cannot_judge=(), other_interest: bool | None = None,
           motivation: str = "") -> DestructionRequest:
        return cls(frozenset(requesters), frozenset(cannot_judge), other_interest,
                   motivation.strip())

    @property
    def primary(self) -> str:
        """One code for the journal and the backups' audit entry: the youth's if asked."""
        return next(c for c in (YOUTH, PARENTS, RETENTION) if c in self.requesters)

    @property
    def code(self) -> str:
        """'jeugdige+ouders', 'ouders' or 'termijn': stored in the journal and audit."""
        return "+".join(sorted(self.requesters))


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused: `code` keys MESSAGES; `youth_id` and `age` name the
    youth it is about (ids, never names)."""

    code: str
    youth_id: int | None = None
    age: int | None = None

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(id=self.youth_id, age=self.age,
                                          min=MIN_MOTIVATION)


MESSAGES = {
    "requester": "Kies wie om vernietiging vroeg: ouders, jeugdige of termijn.",
    "youth": "Een jeugdige mag pas vanaf 12 jaar zelf om vernietiging vragen; in dit gezin is "
             "geen jeugdige van 12 of ouder. Er is niets veranderd.",
    "not_due": "De bewaartermijn van dit gezin is nog niet voorbij. Er is niets veranderd.",
    "retention_alone": "'termijn' gaat niet samen met een verzoek van ouders of jeugdige. "
                       "Er is niets veranderd.",
    "birth_date": "Van jeugdige nr. {id} is de geboortedatum niet bekend, dus niet wie om "
                  "vernietiging mag vragen. Vul die eerst in. Er is niets veranderd.",
    "youth_must_ask": "Jeugdige nr. {id} is {age} jaar: vanaf 12 jaar vraagt de jeugdige zelf "
                      "om vernietiging, niet de ouders (Jeugdwet 7.3.9). Alleen als de "
                      "jeugdige zijn belangen niet redelijk kan overzien, vragen de ouders; "
                      "leg dat dan vast. Er is niets veranderd.",
    "parents_must_ask": "Jeugdige nr. {id} is {age} jaar of kan zijn belangen niet redelijk "
                        "overzien: dan vragen de ouders met gezag om vernietiging. Er is "
                        "niets veranderd.",
    "cannot_judge": "Jeugdige nr. {id} staat bij 'kan zijn belangen niet overzien', maar is "
                    "geen jeugdige van 12 jaar of ouder in dit gezin. Er is niets veranderd.",
    "check": "Leg eerst vast of het bewaren van het dossier van aanmerkelijk belang is voor "
             "een ander dan de jeugdige (Jeugdwet 7.3.9 lid 2), met een motivering van "
             "minstens {min} tekens. Er is niets veranderd.",
    "other_interest": "Geweigerd: het bewaren van het dossier is van aanmerkelijk belang voor "
                      "een ander dan de jeugdige (Jeugdwet 7.3.9 lid 2). De weigering en de "
                      "motivering zijn vastgelegd. Er is niets vernietigd.",
}


def holder(youth: YouthAge, day: date, cannot_judge: frozenset[int] = frozenset()) -> str | None:
    """Who exercises this youth's file rights on `day`: YOUTH from the 12th birthday,
    PARENTS before it or when the youth cannot judge; None when the birth date is
    unknown (then nobody can be told to ask)."""
    if youth.birth_date is None:
        return None
    if age_on(youth.birth_date, day) >= FILE_RIGHTS_AGE and youth.id not in cannot_judge:
        return YOUTH
    return PARENTS


def needed_requesters(youths: list[YouthAge], day: date,
                      cannot_judge: frozenset[int] = frozenset()) -> frozenset[str]:
    """Who must ask together to destroy the family file (the dialog's hint); a family
    without youths: the parents."""
    found = {holder(y, day, cannot_judge) for y in youths}
    found.discard(None)
    return frozenset(found) if youths else frozenset({PARENTS})


def refusal(request: DestructionRequest, youths: list[YouthAge], day: date,
            due: bool) -> Refusal | None:
    """None if the request may be carried out; else the first reason it may not. The
    7.3.9 lid 2 check comes last: it is only asked for a request by the right people."""
    asked = request.requesters
    if not asked or not asked <= set(REQUESTER_CODES):
        return Refusal("requester")
    if RETENTION in asked:
        if len(asked) > 1:
            return Refusal("retention_alone")
        return None if due else Refusal("not_due")
    ids = {y.id for y in youths}
    for youth_id in sorted(request.cannot_judge):
        y = next((y for y in youths if y.id == youth_id), None)
        if youth_id not in ids or y.birth_date is None or \
                age_on(y.birth_date, day) < FILE_RIGHTS_AGE:
            return Refusal("cannot_judge", youth_id)
    if YOUTH in asked and not any(holder(y, day, request.cannot_judge) == YOUTH
                                  for y in youths):
        return Refusal("youth")
    for y in sorted(youths, key=lambda y: y.id):
        who = holder(y, day, request.cannot_judge)
        if who is None:
            return Refusal("birth_date", y.id)
        if who not in asked:
            code = "youth_must_ask" if who == YOUTH else "parents_must_ask"
            return Refusal(code, y.id, age_on(y.birth_date, day))
    if not youths and PARENTS not in asked:
        return Refusal("youth")
    if request.other_interest is None or len(request.motivation.strip()) < MIN_MOTIVATION:
        return Refusal("check")
    if request.other_interest:
        return Refusal("other_interest")
    return None
