"""The coordination wizard's own texts as core messages (core/messages.py): what the case
says per criterion, the weight of an answer and the advice's summary. The Dutch of these
goes into the stored advice and the letters; the UI renders them in its language, with
the policy's own texts via `in_lang` (forms/README.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

from .coordination_facts import CaseFacts
from .messages import Message, msg
from .policy import Criterion, Policy


def case_says_messages(criterion: Criterion, facts: CaseFacts, day: date) -> list[Message | str]:
    """Short lines with what the case already records for this criterion."""
    src = criterion.source
    if src == "product_categories":
        deps = facts.active(day)
        if not deps:
            return [msg("coord.no_help_yet")]
        return [msg("coord.product", product=d.product, category=d.category, provider=d.provider or "")
                for d in deps]
    if src == "product_count":
        names = facts.provider_names(day)
        lines: list[Message | str] = [msg("coord.count", n=facts.product_count(day),
                                          providers=len(names))]
        if names:
            lines.append(msg("coord.providers", names=tuple(names)))
        return lines
    if src == "domains_1_2":
        lines = []
        low = facts.low_domains()
        if low:
            lines += [msg("coord.low_domain", name=name, score=score)
                      for name, score in sorted(low.items(), key=lambda kv: (kv[1], kv[0]))]
        elif facts.domain_scores:
            lines.append(msg("coord.no_low_domain", n=len(facts.domain_scores)))
        else:
            lines.append(msg("coord.no_scores"))
        if facts.safety_concerns:
            lines.append(msg("coord.safety"))
        return lines
    if src == "help_question":
        if not facts.help_question.strip():
            return [msg("coord.no_question")]
        lines = [f"“{facts.help_question.strip()}”"]  # the family's own words
        if facts.help_question_clear is not None:
            lines.append(msg("coord.question_clear", clear=facts.help_question_clear))
        return lines
    if src == "mean_score":
        mean = facts.mean_score()
        if mean is None:
            return [msg("coord.no_scores")]
        if facts.self_reliance:  # per adult domain the lowest adult score (core.zrm)
            return [msg("coord.mean", n=len(facts.self_reliance), mean=mean),
                    msg("coord.mean_how")]
        return [msg("coord.mean", n=len(facts.domain_scores), mean=mean)]
    if src == "own_strength":
        lines = []
        if facts.own_strength_share is None:
            lines.append(msg("coord.no_strength"))
        else:
            lines.append(msg("coord.strength", percent=round(facts.own_strength_share * 100)))
        if facts.network_size is not None:
            lines.append(msg("coord.network", n=facts.network_size))
        if facts.family_plan:
            lines.append(msg("coord.family_plan"))
        return lines
    return []


def advice_summary(policy: Policy, score: int, by_score: int, floor: int,
                   reasons: Any) -> Message:
    """'Samen 4 punten. Vanaf 4 punten …' as a message; the criteria that force a minimum
    are named by their ids and rendered with the policy's title in each language."""
    threshold = next((lvl for lvl in policy.levels if lvl.coordination), None)
    forced = ()
    if floor > by_score:
        forced = tuple(policy.criterion(r.criterion) for r in reasons
                       if r.raised_to and policy.rank(r.raised_to) == floor)
    return msg("coord.summary", score=score,
               threshold=threshold.from_score if threshold is not None else None,
               forced=forced, level=policy.levels[floor] if forced else None)


def headline_of(policy: Policy, advice: Any, lang: str) -> str:
    """The advised level's label in `lang`; without a policy: 'No advice: …'."""
    if not advice.level:
        region = policy.regions[0] if policy.regions else ""
        from .messages import render

        return render(msg("coord.free_headline", region=region), lang)
    return policy.level(advice.level).in_lang("label", lang)


def reason_texts(policy: Policy | None, reason: Any, lang: str) -> tuple[str, str, str]:
    """(criterion title, answer, explanation) of a reason in `lang` from the policy; the
    Dutch stored with the reason when the policy no longer has that criterion or option."""
    try:
        criterion = policy.criterion(reason.criterion)
        option = criterion.option(reason.option)
    except (AttributeError, KeyError):
        return reason.title, reason.answer, reason.text
    text = option.in_lang("reason", lang) if reason.text else ""
    return criterion.in_lang("title", lang), option.in_lang("label", lang), text


def summary_of(policy: Policy, advice: Any) -> Message:
    """The summary of a computed or stored advice as a message (the stored Dutch stays
    what the letter said). A policy without advice (no policy file) has a plain summary."""
    if not policy.advises:
        return msg("coord.free_summary")
    levels = [i for i, lvl in enumerate(policy.levels) if lvl.from_score <= advice.score]
    by_score = max(levels) if levels else 0
    floor = max((policy.rank(r.raised_to) for r in advice.reasons if r.raised_to), default=0)
    return advice_summary(policy, advice.score, by_score, floor, advice.reasons)
