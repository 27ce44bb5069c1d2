"""The next evaluation as the evaluation wizard proposes and checks it: the lifecycle rule
(core.lifecycle) applied to the case as it will be once this evaluation is final – the
interval counts from this evaluation, help that ends here no longer limits the date – and
a chosen date refused when it passes a limit, saying which one. Pure: facts in."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from . import lifecycle as lc
from .validation import MESSAGES, ValidationError

# Default Dutch texts per code (the CLI; the UI has translatable ones with the dates).
NEXT_DATE_MESSAGES = {
    "next_date_before": "Kies een datum na de datum van dit gesprek.",
    "next_date_interval": "Deze datum ligt na de uiterste datum voor de volgende evaluatie.",
    "next_date_beschikking": "Deze datum ligt na het einde van een beschikking.",
    "next_date_margin": "Deze datum ligt te dicht bij het einde van een beschikking.",
}
for _code, _text in NEXT_DATE_MESSAGES.items():
    MESSAGES.setdefault(_code, _text)


def facts_after(facts: lc.CaseFactsForLifecycle, held_on: date,
                running: tuple[lc.Beschikking, ...]) -> lc.CaseFactsForLifecycle:
    """The lifecycle facts once this evaluation (held on `held_on`) is final, with `running`
    the help that goes on after it; without a chosen date, so the rule's own date comes out."""
    last = max(d for d in (facts.last_final_evaluation, held_on) if d is not None)
    return replace(facts, running=running, last_final_evaluation=last, evaluation_choice=None,
                   intake_choice=None)


@dataclass
class NextDateError(ValidationError):
    """A chosen next date that passes a limit of the rule; carries what the message names."""

    chosen: date | None = None
    held_on: date | None = None
    limit: lc.Limit | None = None
    latest: date | None = None  # the last date allowed (the rule's date)
    margin_days: int = 0

    def __str__(self) -> str:
        return next_date_message(self)


def latest_allowed(proposal: lc.NextEvaluation, held_on: date) -> date | None:
    """The last date the consultant may choose; None: any date after the conversation.
    When a beschikking ends within the margin the rule evaluates at once; a date up to that
    end is then still accepted (the rule keeps the case due)."""
    if proposal.due is None:
        return None
    if proposal.due <= held_on and proposal.limit is not None \
            and proposal.limit.kind == "beschikking" and proposal.limit.since:
        return proposal.limit.since
    return proposal.due


@dataclass(frozen=True)
class Proposal:
    """The rule's next evaluation after this one, and what checking a chosen date needs."""

    held_on: date
    next: lc.NextEvaluation
    margin_days: int = 0

    @property
    def due(self) -> date | None:
        return self.next.due

    @property
    def latest(self) -> date | None:
        return latest_allowed(self.next, self.held_on)

    def check(self, chosen: date) -> None:
        check_next_date(chosen, self.held_on, self.next, self.margin_days)


def propose(facts: lc.CaseFactsForLifecycle, held_on: date,
            running: tuple[lc.Beschikking, ...]) -> Proposal:
    after = facts_after(facts, held_on, running)
    return Proposal(held_on, lc.next_evaluation(after), after.margin_days)


def check_next_date(chosen: date, held_on: date, proposal: lc.NextEvaluation,
                    margin_days: int = 0) -> None:
    """Raise NextDateError when `chosen` is not after the conversation or passes a limit."""
    if chosen <= held_on:
        raise NextDateError("next_date_before", "next_date", chosen=chosen, held_on=held_on)
    latest = latest_allowed(proposal, held_on)
    if latest is None or chosen <= latest:
        return
    lim = proposal.limit
    if lim.kind == "beschikking":
        code = "next_date_beschikking" if chosen > lim.since else "next_date_margin"
    else:
        code = "next_date_interval"
    raise NextDateError(code, "next_date", chosen=chosen, held_on=held_on, limit=lim,
                        latest=latest, margin_days=margin_days)


def _day(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else ""


_SINCE = {"evaluation": "deze evaluatie", "decision": "het besluit",
          "help": "de start van de hulp", "start": "de start van de casus"}


def next_date_message(exc: NextDateError) -> str:
    """Plain Dutch: which limit the date passes, and the last date allowed."""
    lim = exc.limit
    if exc.code == "next_date_before" or lim is None:
        return f"Kies een datum na de datum van dit gesprek ({_day(exc.held_on)})."
    pick = f"Kies een datum op of vóór {_day(exc.latest)}."
    of = f" van {lim.provider}" if lim.provider else ""
    if exc.code == "next_date_beschikking":
        return f"Deze datum ligt na het einde van de beschikking{of} ({_day(lim.since)}). {pick}"
    if exc.code == "next_date_margin":
        return (f"Deze datum ligt te dicht bij het einde van de beschikking{of} "
                f"({_day(lim.since)}): evalueer minstens {exc.margin_days} dagen ervoor. {pick}")
    months = "een maand" if lim.months == 1 else f"{lim.months} maanden"
    return (f"Deze datum ligt meer dan {months} na {_SINCE[lim.since_kind]} "
            f"({_day(lim.since)}). {pick}")
