"""The coordination decision (seed 000): what the case says, the advice the
policy gives with its reasons criterion by criterion, and the consultant's
decision. Pure: no Qt, no SQL. The policy comes from core/policy.py.

CaseFacts (core/coordination_facts.py) is the interface to the intake and to the
deployed help; store/coordination_facts.py fills it. When the follow-up is due is
not decided here: that is core.lifecycle's one rule (the session stores its date
with the decision, see session/decisions.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .coordination_facts import JZ020, CaseFacts, Deployment, Provider
from .coordination_texts import advice_summary, case_says_messages
from .messages import msg, render
from .policy import Criterion, Option, Policy

__all__ = ["JZ020", "Advice", "CaseFacts", "Decision", "DecisionRefused", "Deployment",
           "IncompleteAnswers", "Provider", "Reason", "advise", "case_says", "decide", "prefill",
           "prefill_all", "weight_words"]

MOTIVATION_MIN = 20  # characters: a real sentence, not 'ok'


# -- prefill: the answer the case suggests ---------------------------------------------
def _by_threshold(options: tuple[Option, ...], value: float | None) -> Option | None:
    if value is None:
        return None
    fitting = [o for o in options if o.from_ is not None and o.from_ <= value]
    return max(fitting, key=lambda o: o.from_) if fitting else None


def prefill(criterion: Criterion, facts: CaseFacts, day: date) -> str | None:
    """The option id the case facts point to, or None when the case says nothing yet."""
    opts = criterion.options
    src = criterion.source
    if src == "product_categories":
        cats = set(facts.categories(day))
        # The heaviest care present; on equal weight the later option in the file.
        fitting = [(o.weight, i, o.id) for i, o in enumerate(opts) if cats & set(o.categories)]
        return max(fitting)[2] if fitting else None
    if src == "product_count":
        n = max(facts.product_count(day), len(facts.provider_names(day)))
        hit = _by_threshold(opts, n) if n else None
        return hit.id if hit else None
    if src == "domains_1_2":
        if not facts.domain_scores and not facts.safety_concerns:
            return None
        if facts.safety_concerns or 1 in facts.domain_scores.values():
            acute = [o for o in opts if o.acute]
            if acute:
                return acute[0].id
        hit = _by_threshold([o for o in opts if not o.acute], len(facts.low_domains()))
        return hit.id if hit else None
    if src == "help_question":
        if facts.help_question_clear is None:
            wanted = "onbekend" if facts.help_question.strip() else "nee"
        else:
            wanted = "ja" if facts.help_question_clear else "nee"
        hit = [o for o in opts if o.clear == wanted]
        return hit[0].id if hit else None
    if src == "mean_score":
        hit = _by_threshold(opts, facts.mean_score())
        return hit.id if hit else None
    if src == "own_strength":
        hit = _by_threshold(opts, facts.own_strength_share)
        return hit.id if hit else None
    return None


def prefill_all(policy: Policy, facts: CaseFacts, day: date) -> dict[str, str | None]:
    return {c.id: prefill(c, facts, day) for c in policy.criteria}


def _nl_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def case_says(criterion: Criterion, facts: CaseFacts, day: date) -> list[str]:
    """Short Dutch lines with what the case already records for this criterion
    (core/coordination_texts.py builds them as messages; the UI renders its language)."""
    return [render(m, "nl") for m in case_says_messages(criterion, facts, day)]


# -- the advice -----------------------------------------------------------------------
@dataclass(frozen=True)
class Reason:
    criterion: str
    title: str
    option: str
    answer: str
    weight: int
    text: str
    raised_to: str | None = None  # the level this answer forces, when it does


@dataclass(frozen=True)
class Advice:
    policy_id: str
    policy_version: str
    level: str
    level_label: str
    coordination: bool
    interval_months: int | None
    score: int
    reasons: tuple[Reason, ...]
    summary: str

    def to_json(self) -> dict[str, Any]:
        return {
            "policy_id": self.policy_id, "policy_version": self.policy_version,
            "level": self.level, "level_label": self.level_label,
            "coordination": self.coordination, "interval_months": self.interval_months,
            "score": self.score, "summary": self.summary,
            "reasons": [{"criterion": r.criterion, "title": r.title, "option": r.option,
                         "answer": r.answer, "weight": r.weight, "text": r.text,
                         "raised_to": r.raised_to} for r in self.reasons],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Advice:
        return cls(**{**data, "reasons": tuple(Reason(**r) for r in data["reasons"])})


class IncompleteAnswers(ValueError):
    def __init__(self, missing: list[str]):
        super().__init__(", ".join(missing))
        self.missing = missing


def weight_words(weight: int) -> str:
    return render(msg("coord.weight", weight=weight), "nl")


def advise(policy: Policy, answers: dict[str, str]) -> Advice:
    """Advice from the answers: the level the total score reaches, raised to any
    minimum an answer sets. Every criterion must be answered."""
    missing = [c.id for c in policy.criteria if not answers.get(c.id)]
    if missing:
        raise IncompleteAnswers(missing)
    reasons, score, floor = [], 0, 0
    for c in policy.criteria:
        opt = c.option(answers[c.id])
        score += opt.weight
        raised = None
        if opt.minimum is not None:
            floor = max(floor, policy.rank(opt.minimum))
            raised = opt.minimum
        reasons.append(Reason(c.id, c.title, opt.id, opt.label, opt.weight, opt.reason, raised))
    by_score = max(i for i, lvl in enumerate(policy.levels) if lvl.from_score <= score) \
        if any(lvl.from_score <= score for lvl in policy.levels) else 0
    chosen = policy.levels[max(by_score, floor)]
    summary = _summary(policy, score, by_score, floor, reasons)
    return Advice(policy.id, policy.version, chosen.id, chosen.label, chosen.coordination,
                  chosen.interval_months, score, tuple(reasons), summary)


def _summary(policy: Policy, score: int, by_score: int, floor: int, reasons: list[Reason]) -> str:
    return render(advice_summary(policy, score, by_score, floor, reasons), "nl")


# -- the decision ------------------------------------------------------------------------
class DecisionRefused(ValueError):
    """code: 'motivation' (deviating without a written reason), 'answers', 'level',
    'policy' (no policy for the case's region on the day), 'motivation_required' (a decision
    without a policy always carries its written reason)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(code)
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return {
            "motivation": "U wijkt af van het advies. Schrijf op waarom (minstens een zin).",
            "answers": "Beantwoord eerst alle vragen.",
            "level": "Kies wat u besluit.",
            "policy": "Er is geen richtlijn voor coördinatie en opvolging voor deze regio en datum.",
            "motivation_required": "Er is geen richtlijn voor deze regio. Schrijf op waarom u "
                                   "dit besluit (minstens een zin).",
        }.get(self.code, self.code)


@dataclass(frozen=True)
class Decision:
    """One recorded decision; never changed afterwards, only superseded."""

    case_id: int
    decided_on: date
    policy_id: str
    policy_version: str
    policy_effective: date
    policy_digest: str
    answers: dict[str, str]
    advice: Advice
    level: str
    level_label: str
    coordination: bool
    deviates: bool
    motivation: str
    consultant: str
    facts: CaseFacts
    # The case's next evaluation right after the decision, as core.lifecycle computed it
    # (the session sets it when recording; decide() leaves it empty).
    follow_up_due: date | None = None
    interval_months: int | None = None
    supersedes: int | None = None
    id: int | None = None
    recorded_at: str = ""

    @property
    def advised(self) -> bool:
        """False when the region had no policy: no computed advice, only the consultant's
        decision with its motivation (core/coordination_free.py)."""
        return bool(self.advice.level)


def decide(policy: Policy, case_id: int, answers: dict[str, str], facts: CaseFacts,
           decided_on: date, level_id: str | None = None, motivation: str = "",
           consultant: str = "", supersedes: int | None = None) -> Decision:
    """The consultant's decision: the advice accepted (level_id None or equal to the
    advice), or a deviation that must carry a written motivation."""
    try:
        advice = advise(policy, answers)
    except IncompleteAnswers as exc:
        raise DecisionRefused("answers", ", ".join(exc.missing)) from None
    level_id = level_id or advice.level
    try:
        level = policy.level(level_id)
    except KeyError:
        raise DecisionRefused("level", level_id) from None
    deviates = level.id != advice.level
    motivation = (motivation or "").strip()
    if deviates and len(" ".join(motivation.split())) < MOTIVATION_MIN:
        raise DecisionRefused("motivation")
    return build_decision(policy, case_id, answers, advice, level, facts, decided_on,
                          deviates, motivation, consultant, supersedes)


def build_decision(policy: Policy, case_id: int, answers: dict[str, str], advice: Advice,
                   level, facts: CaseFacts, decided_on: date, deviates: bool, motivation: str,
                   consultant: str, supersedes: int | None) -> Decision:
    """The decision record, once its level and motivation were checked (decide, decide_free)."""
    return Decision(
        case_id=case_id, decided_on=decided_on, policy_id=policy.id,
        policy_version=policy.version, policy_effective=policy.effective,
        policy_digest=policy.digest, answers=dict(answers), advice=advice, level=level.id,
        level_label=level.label, coordination=level.coordination, deviates=deviates,
        motivation=motivation, consultant=consultant, facts=facts,
        interval_months=level.interval_months, supersedes=supersedes,
    )
