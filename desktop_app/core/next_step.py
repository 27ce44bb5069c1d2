"""Where a case stands in the phases a consultant speaks of, and what comes next.

Plain data in, a dataclass out, so the case overview, the caseload and Opvolging can ask the
same rule. It never recomputes the status or the next evaluation: both come from the case
as stored (store/case_state.py + core/lifecycle.py); this module only reads them together
with a few facts the lifecycle does not distinguish (results set, a decision taken, a draft
evaluation).

Phases (the strip on the case overview):
    aanmelding → intake → plan → besluit → opvolging → afgesloten
- aanmelding, afgesloten: the stored status itself;
- intake: status 'intake' and no result set with the family yet;
- plan: status 'intake' with results (the plan is being made);
- besluit: status 'actief' without a coordination decision;
- opvolging: status 'actief' with a decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import lifecycle as lc

PHASES = ("aanmelding", "intake", "plan", "besluit", "opvolging", "afgesloten")

# What the next step can be (the overview words each one; see ui/casefile/texts.py).
STEP_KINDS = (
    "closed",            # nothing: the case is closed (a new aanmelding is possible)
    "start_intake",      # aanmelding: start the intake
    "set_results",       # intake open, no results yet
    "decide",            # 'Coördinatiebesluit nog nemen'
    "finish_evaluation", # an evaluation was started and is still a draft
    "beschikking_ends",  # the next evaluation falls early because a beschikking ends
    "evaluation",        # 'Evaluatie over 12 dagen' (or today, or overdue)
    "no_follow_up",      # no coordination: the CJG does not follow the case up
)


@dataclass(frozen=True)
class NextStepFacts:
    status: str  # the stored case status
    next_evaluation: lc.NextEvaluation | None = None  # the lifecycle's answer for the case
    results: int = 0
    decided: bool = False  # a coordination decision exists (or the case's own flag is set)
    draft_evaluation: bool = False


@dataclass(frozen=True)
class NextStep:
    kind: str
    day: date | None = None  # the date the step is about (evaluation, end of a beschikking)
    days: int | None = None  # day - today (negative: overdue)
    provider: str = ""  # for beschikking_ends
    evaluation_due: date | None = None  # the evaluation date itself, when there is one


def phase_of(facts: NextStepFacts) -> str:
    status = facts.status
    if status == lc.AFGESLOTEN:
        return "afgesloten"
    if status == lc.AANMELDING:
        return "aanmelding"
    if status == lc.INTAKE:
        return "plan" if facts.results else "intake"
    return "opvolging" if facts.decided else "besluit"


def next_step(facts: NextStepFacts, today: date) -> NextStep:
    status = facts.status
    if status == lc.AFGESLOTEN:
        return NextStep("closed")
    if status == lc.AANMELDING:
        return NextStep("start_intake")
    if facts.draft_evaluation:
        return NextStep("finish_evaluation")
    if not facts.decided and (status == lc.ACTIEF or facts.results):
        return NextStep("decide")
    if status == lc.INTAKE and not facts.results:
        return NextStep("set_results")
    nxt = facts.next_evaluation
    if nxt is None or nxt.due is None:
        return NextStep("no_follow_up" if nxt is not None and nxt.why == "none_no_follow_up"
                        else "set_results")
    lim = nxt.limit
    # An overdue evaluation is the step, whatever limit set its date: the consultant must act.
    if (lim is not None and lim.kind == "beschikking" and lim.since is not None
            and nxt.due >= today):
        return NextStep("beschikking_ends", lim.since, (lim.since - today).days, lim.provider,
                        nxt.due)
    return NextStep("evaluation", nxt.due, (nxt.due - today).days, evaluation_due=nxt.due)


def new_case_allowed(statuses: list[str] | tuple[str, ...]) -> bool:
    """A family gets a new case (a new aanmelding) only when every case it has is closed:
    one open case per family, so the caseload, Opvolging and the plan agree on 'the' case."""
    return all(s == lc.AFGESLOTEN for s in statuses)
