"""The case lifecycle, as one rule: which status a case is in, what may be done in it, and
when it is evaluated next. Pure: facts in, a CaseState out. The store gathers the facts
(store/case_state.py) and stores the outcome on the case; every screen, list, letter, plan
and report reads that stored outcome, so they can never disagree.

Statuses (aanmelding → intake → actief → afgesloten):
- aanmelding: the case is registered, nothing has started;
- intake: the 1Gezin1Plan intake has been opened;
- actief: help is deployed (a beschikking) or a coordination decision has been taken;
- afgesloten: closed by the consultant, with a reason. Only closing moves a case here, and
  only reopening moves it back (to the status its facts give).

The next evaluation is the earliest of its limits:
- the interval: the last decision's (three- or six-monthly) counted from the latest of the
  last final evaluation, the decision and the start of the help; six months without a
  decision ('follow-up at least every six months');
- every running beschikking's end, less the policy's margin before an end;
- the date the consultant chose (in the last evaluation, or at the intake) – a wish, never
  later than a limit.
Without coordination (the last decision says so, or – without a decision – the case was never
coordinated by the CJG) the CJG does not follow the case up: no date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import add_months
from .models import CASE_STATUSES

AANMELDING, INTAKE, ACTIEF, AFGESLOTEN = CASE_STATUSES
OPEN_STATUSES = (AANMELDING, INTAKE, ACTIEF)
DEFAULT_INTERVAL_MONTHS = 6

# Why a case is closed: stored with the case, shown in the file and the audit trail.
CLOSE_REASONS: dict[str, str] = {
    "doelen_bereikt": "De doelen zijn bereikt",
    "voorliggend_veld": "Afgeschaald naar het voorliggend veld",
    "overgedragen": "Overgedragen aan een andere organisatie",
    "verhuisd": "Het gezin is verhuisd",
    "gezin_stopt": "Het gezin wil niet verder",
    "anders": "Anders",
}

# What may be done in which status. Everything not listed is allowed in every open status.
# Withdrawing consent is the family's right whatever the case's status.
CLOSED_ALLOWS = frozenset({"view", "export", "reopen", "destroy", "journal", "withdraw_consent"})


class LifecycleError(ValueError):
    """An operation that the case's status does not allow; `code` keys a Dutch message."""

    def __init__(self, code: str, status: str, operation: str):
        super().__init__(code)
        self.code = code
        self.status = status
        self.operation = operation


LIFECYCLE_MESSAGES = {
    "closed": "Deze casus is afgesloten. Heropen de casus om iets te veranderen.",
    "not_closed": "Deze casus is niet afgesloten.",
    "close_reason": "Kies waarom de casus wordt afgesloten.",
    "close_date": "De datum van afsluiten kan niet voor de start van de casus liggen.",
}


def check_allowed(status: str, operation: str) -> None:
    if status == AFGESLOTEN and operation not in CLOSED_ALLOWS:
        raise LifecycleError("closed", status, operation)
    if operation == "reopen" and status != AFGESLOTEN:
        raise LifecycleError("not_closed", status, operation)


@dataclass(frozen=True)
class Beschikking:
    """One granted (or requested) piece of help that has not ended."""

    provider: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class CaseFactsForLifecycle:
    closed_on: date | None = None  # set when the consultant closed the case
    case_start: date | None = None
    intake_opened: bool = False
    deployments: int = 0  # every deployment, ended ones included
    running: tuple[Beschikking, ...] = ()
    decided_on: date | None = None  # the last (current) coordination decision
    coordination: bool | None = None  # the last decision's; without one the case's own flag
    interval_months: int | None = None
    last_final_evaluation: date | None = None
    evaluation_choice: date | None = None  # next date chosen in the last final evaluation
    intake_choice: date | None = None  # evaluation moment chosen at the intake
    margin_days: int = 0  # the policy's days before a beschikking ends


@dataclass(frozen=True)
class Limit:
    kind: str  # interval | beschikking | chosen | base
    day: date
    provider: str = ""  # for a beschikking
    months: int = 0  # for the interval
    since: date | None = None  # what the interval counts from
    since_kind: str = ""  # evaluation | decision | help | start


@dataclass(frozen=True)
class NextEvaluation:
    due: date | None
    why: str  # none_closed | none_not_started | none_no_follow_up | interval | beschikking | chosen | base
    limit: Limit | None = None
    limits: tuple[Limit, ...] = field(default=())

    def explain(self) -> str:
        """Plain Dutch (B1): the line the case page, the plan and the letters show."""
        return explain(self)


def status_of(facts: CaseFactsForLifecycle) -> str:
    if facts.closed_on is not None:
        return AFGESLOTEN
    if facts.deployments or facts.decided_on is not None:
        return ACTIEF
    if facts.intake_opened:
        return INTAKE
    return AANMELDING


def _base(facts: CaseFactsForLifecycle) -> tuple[date | None, str]:
    starts = [b.start for b in facts.running if b.start is not None]
    candidates = [(facts.last_final_evaluation, "evaluation"), (facts.decided_on, "decision"),
                  (min(starts) if starts else None, "help")]
    known = [(d, k) for d, k in candidates if d is not None]
    if known:
        return max(known, key=lambda dk: dk[0])
    return facts.case_start, "start"


def next_evaluation(facts: CaseFactsForLifecycle) -> NextEvaluation:
    status = status_of(facts)
    if status == AFGESLOTEN:
        return NextEvaluation(None, "none_closed")
    if status == AANMELDING:
        return NextEvaluation(None, "none_not_started")
    if facts.coordination is False:
        return NextEvaluation(None, "none_no_follow_up")
    base, since_kind = _base(facts)
    if base is None:
        return NextEvaluation(None, "none_not_started")
    months = facts.interval_months if facts.decided_on is not None and facts.interval_months \
        else DEFAULT_INTERVAL_MONTHS
    limits = [Limit("interval", add_months(base, months), months=months, since=base,
                    since_kind=since_kind)]
    for b in facts.running:
        if b.end is not None and b.end > base:
            # Before the end, by the policy's margin; never before what it counts from.
            day = max(b.end - timedelta(days=facts.margin_days), base)
            limits.append(Limit("beschikking", day, provider=b.provider, since=b.end))
    # The consultant's own choice counts only when it was made after the last evaluation.
    chosen = facts.evaluation_choice if facts.last_final_evaluation is not None \
        else facts.intake_choice
    if chosen is not None and (facts.last_final_evaluation is None
                               or chosen > facts.last_final_evaluation):
        limits.append(Limit("chosen", chosen))
    # The earliest wins; on a tie a beschikking, then the interval explains it: a chosen date
    # is the reason only when it made the date earlier (the evaluation wizard proposes the
    # rule's date, and a proposal accepted as it is was no wish of its own).
    order = {"beschikking": 0, "interval": 1, "chosen": 2}
    winner = min(limits, key=lambda lim: (lim.day, order[lim.kind]))
    return NextEvaluation(winner.day, winner.kind, winner, tuple(limits))


@dataclass(frozen=True)
class CaseState:
    status: str
    next_evaluation: NextEvaluation


def case_state(facts: CaseFactsForLifecycle) -> CaseState:
    return CaseState(status_of(facts), next_evaluation(facts))


def _day(d: date) -> str:
    return d.strftime("%d-%m-%Y")


_SINCE = {"evaluation": "de laatste evaluatie", "decision": "het besluit",
          "help": "de start van de hulp", "start": "de start van de casus"}


def explain(n: NextEvaluation) -> str:
    if n.due is None:
        return {
            "none_closed": "De casus is afgesloten.",
            "none_not_started": "Nog geen evaluatie: de intake is nog niet begonnen.",
            "none_no_follow_up": "Het CJG volgt deze casus niet op (geen coördinatie).",
        }.get(n.why, "")
    lim = n.limit
    if lim.kind == "beschikking":
        return (f"Eerder: de beschikking van {lim.provider} loopt af op {_day(lim.since)}."
                if lim.provider else f"Eerder: een beschikking loopt af op {_day(lim.since)}.")
    if lim.kind == "chosen":
        return "Gekozen datum."
    return f"Elke {lim.months} maanden, gerekend vanaf {_SINCE[lim.since_kind]} ({_day(lim.since)})."
