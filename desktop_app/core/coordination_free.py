"""The decision path for a region without a policy file (issue 16): the CJG decides per
case everywhere, also where no region published its rules. The consultant answers the
same six questions (recorded with what the case says), gets no points and no computed
advice, and decides coordination yes/no and the follow-up interval (3 or 6 months) with a
written motivation. The letters and the follow-up are the same as with a policy.

Data-driven: a region's own policy is a file `forms/coordination-<region>-*.toml` with
`regions = ["<region>"]` (core/policy.py reads every `coordination-*.toml`); from then on
`with_free_policies` adds nothing for that region and its decisions follow that file.
Pure: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .coordination import (
    MOTIVATION_MIN,
    Advice,
    CaseFacts,
    Decision,
    DecisionRefused,
    IncompleteAnswers,
    Reason,
    advise,
    build_decision,
)
from .messages import msg
from .policy import Level, Policy
from .regions import REGIONS

__all__ = ["FREE_LEVELS", "advice_for", "decide_free", "free_advice", "free_policy",
           "with_free_policies"]

# The same level ids as the shipped MLO policy, so reports count them alike.
FREE_LEVELS = (
    Level("geen", "Geen coördinatie en opvolging door het CJG", False, -99, None,
          "No coordination and follow-up by the CJG"),
    Level("standaard", "Coördinatie en opvolging door het CJG, elk half jaar", True, 0, 6,
          "Coordination and follow-up by the CJG, every six months"),
    Level("intensief", "Coördinatie en opvolging door het CJG, elke drie maanden", True, 1, 3,
          "Coordination and follow-up by the CJG, every three months"),
)
# Since the Jeugdwet (2015) the CJG grants access; no free decision is dated before it.
FREE_EFFECTIVE = date(2015, 1, 1)


def free_policy(template: Policy, region: str) -> Policy:
    """The questions of `template` (a policy file's six criteria) without points or
    minimums; no margin before a beschikking ends (no policy asks for one)."""
    criteria = tuple(replace(c, options=tuple(replace(o, weight=0, minimum=None, reason="",
                                                                reason_en="")
                                              for o in c.options))
                     for c in template.criteria)
    return Policy(
        id=f"{region}-zonder-richtlijn", version="1",
        name=f"Besluit per casus zonder richtlijn, regio {region}", regions=(region,),
        effective=FREE_EFFECTIVE, source="", levels=FREE_LEVELS, criteria=criteria,
        days_before_end=0, transition=None, digest=template.digest, advises=False,
        name_en=f"Decision per case without a policy, region {region}")


def with_free_policies(policies: list[Policy],
                       regions: tuple[str, ...] = REGIONS) -> list[Policy]:
    """`policies` plus the path without a policy for every region no policy file covers.
    Idempotent."""
    files = [p for p in policies if p.advises]
    if not files:
        return list(policies)
    template = min(files, key=lambda p: (p.effective, p.path))
    covered = {r for p in policies for r in (p.regions or regions)}
    return [*policies, *(free_policy(template, r) for r in regions if r not in covered)]


def free_advice(policy: Policy, answers: dict[str, str]) -> Advice:
    """What the wizard and the decision show without a policy: the answers, no points and
    no level (level '' means: no advice). Raises IncompleteAnswers like core's advise."""
    missing = [c.id for c in policy.criteria if not answers.get(c.id)]
    if missing:
        raise IncompleteAnswers(missing)
    reasons = []
    for c in policy.criteria:
        try:
            label = c.option(answers[c.id]).label
        except KeyError:
            raise IncompleteAnswers([c.id]) from None
        reasons.append(Reason(c.id, c.title, answers[c.id], label, 0, label))
    region = policy.regions[0] if policy.regions else ""
    return Advice(policy.id, policy.version, "",
                  str(msg("coord.free_headline", region=region)), False, None, 0,
                  tuple(reasons), str(msg("coord.free_summary")))


def advice_for(policy: Policy, answers: dict[str, str]) -> Advice:
    """The policy's advice, or the answers only where the region has no policy file."""
    return advise(policy, answers) if policy.advises else free_advice(policy, answers)


def decide_free(policy: Policy, case_id: int, answers: dict[str, str], facts: CaseFacts,
                decided_on: date, level_id: str | None, motivation: str = "",
                consultant: str = "", supersedes: int | None = None) -> Decision:
    """The consultant's decision without a policy: every question answered, a level chosen
    and a motivation of at least a sentence. The stored advice carries the answers only."""
    try:
        advice = free_advice(policy, answers)
    except IncompleteAnswers as exc:
        raise DecisionRefused("answers", ", ".join(exc.missing)) from None
    if not level_id:
        raise DecisionRefused("level")
    try:
        level = policy.level(level_id)
    except KeyError:
        raise DecisionRefused("level", level_id) from None
    motivation = (motivation or "").strip()
    if len(" ".join(motivation.split())) < MOTIVATION_MIN:
        raise DecisionRefused("motivation_required")
    return build_decision(policy, case_id, answers, advice, level, facts, decided_on, False,
                          motivation, consultant, supersedes)
