"""English renderings of the core messages (core/messages.py), for the English UI."""

from __future__ import annotations


def _volume(amount, unit, frequency) -> str:
    singular, plural = UNITS.get(unit, (unit, unit))
    word = singular if amount == 1 else plural
    return f"{amount} {word} {FREQUENCIES.get(frequency, '')}".strip()


UNITS = {
    "01": ("minute", "minutes"), "04": ("hour", "hours"), "14": ("day and night", "days and nights"),
    "16": ("half-day", "half-days"), "82": ("item", "items"), "83": ("euro", "euros"),
    "84": ("time", "times"),
}
FREQUENCIES = {"1": "a day", "2": "a week", "4": "a month", "6": "in total"}

TEMPLATES = {
    "consent.no_gezag": "{about}: no parent with parental authority is known. Ask whoever has "
                        "parental authority (for example the guardian) for {what}.",
    "consent.youth": "{about}: {what} of {who} themselves is missing.",
    "consent.parent": "{about}: {what} of {who} (parent with parental authority) is missing.",
    "consent.kind.hulp": "consent to the help",
    "consent.kind.delen": "consent to share information",
    "consent.kind.both": "consent to the help and to share information",
    "volume": _volume,
    "volume.unknown": "volume not recorded",
    "tl.journal_kind": lambda kind: JOURNAL_KINDS.get(kind, kind),
    "tl.case_opened": "Case opened (referral)",
    "tl.case_closed": "Case closed",
    "tl.case_reopened": "Case reopened",
    "tl.close_reason": lambda reason: CLOSE_REASONS.get(reason, ""),
    "tl.intake_started": "Intake started",
    "tl.intake_worked": "Worked on the intake",
    "tl.intake_steps": lambda n: f"{n} step{'s' if n != 1 else ''} of the intake done",
    "tl.consent_given": "Consent given",
    "tl.consent_withdrawn": "Consent withdrawn",
    "tl.consent_given_again": "Consent given again",
    "tl.consent_detail": lambda what, whom: " – ".join(
        p for p in (what, f"with {whom}" if whom else "") if p),
    "tl.result_set": "Result set",
    "tl.result_changed": "Result changed",
    "tl.help": "Help",
    "tl.help_started": "Help started: {what}",
    "tl.help_ended": "Help ended: {what}",
    "tl.help_period": "{volume}, from {start} to {end}",
    "tl.volume_changed": "Volume changed: {what}",
    "tl.with_notes": lambda who, notes: f"With: {who}" + (f"\n{notes}" if notes else ""),
    "tl.volume_change": lambda old, new, day, why="": f"From {old} to {new} as of {day}" + (
        f"\n{why}" if why else ""),
    "tl.decision": "Coordination decision taken",
    "tl.decision_detail": lambda level, coordination, months, consultant: ", ".join(p for p in (
        # `level` is the Dutch label recorded with the decision: told from the facts instead
        "coordination by the CJG" if coordination else "no coordination by the CJG",
        f"evaluation every {months} months" if coordination and months else "",
        f"by {consultant}" if consultant else "") if p),
    "tl.evaluation_done": "Evaluation completed",
    "tl.evaluation_started": "Evaluation started",
    "tl.talk_on": lambda day, next_day="": f"Meeting on {day}" + (
        f"; next evaluation {next_day}" if next_day else ""),
    "coord.no_help_yet": "No help has been started yet. Not recorded yet.",
    "coord.product": lambda product, category, provider: (
        f"{product} – category {category} – with {provider or 'unknown provider'}"),
    "coord.count": lambda n, providers: (f"{n} product{'s' if n != 1 else ''} in place, with "
                                         f"{providers} provider{'s' if providers != 1 else ''}."),
    "coord.providers": lambda names: "Providers: " + _and(list(names)) + ".",
    "coord.low_domain": lambda name, score: (
        f"{name}: {score} ({'acute problem' if score == 1 else 'not self-reliant'})"),
    "coord.no_low_domain": "None of the {n} scored life areas scores 1 or 2.",
    "coord.no_scores": "No life areas have been scored yet.",
    "coord.safety": "A concern about safety has been recorded.",
    "coord.no_question": "No request for help has been recorded yet.",
    "coord.question_clear": lambda clear: ("The consultant found the request for help clear."
                                           if clear else
                                           "The consultant found the request for help unclear."),
    "coord.mean": lambda n, mean: (f"Mean score on {n} life areas: {mean:.1f} "
                                   "(1 = acute problem, 5 = fully self-reliant)."),
    "coord.mean_how": ("Per life area the lowest score of the adults counts, with the "
                       "household's scores; the youths' scores do not count here."),
    "coord.no_strength": "The Krachtenwijzer has not been filled in yet.",
    "coord.strength": "According to the Krachtenwijzer, {percent}% of what goes well rests on "
                      "own strength and the network.",
    "coord.network": lambda n: f"Network: {n} {'person' if n == 1 else 'people'} in view.",
    "coord.family_plan": "There is a family group plan.",
    "coord.free_headline": "No advice: there is no policy for region {region}",
    "coord.free_summary": "There is no policy for this region. The CJG decides per case, "
                          "without a computed advice, and writes down why.",
    "intake.household": "the family",
    "intake.household_old": "the family, old score",
    "code.name": lambda name, code: CODE_NAMES.get(name, {}).get(code, code),
    "unit": lambda code: UNITS.get(code, (code, code))[0],
    "cost.problem": lambda code: COST_PROBLEMS.get(code, ""),
    "transition.group": lambda group: TRANSITION_GROUPS.get(group, group),
    "coord.weight": lambda weight: (
        "makes the advice lighter" if weight < 0 else "does not count" if weight == 0
        else "counts a little (1 point)" if weight == 1 else f"counts heavily ({weight} points)"),
    "coord.summary": lambda score, threshold, forced, level: (
        f"{score} point{'s' if abs(score) != 1 else ''} in total."
        + (f" From {threshold} points, coordination and follow-up by the CJG is needed."
           if threshold is not None else "")
        + (f" Because of {_and([_low(c.in_lang('title', 'en')) for c in forced])} the advice "
           f"is at least: {_low(level.in_lang('label', 'en'))}." if forced else "")),
}


def _low(text: str) -> str:
    """Lower-case the first letter only: 'the CJG' keeps its capitals."""
    return text[:1].lower() + text[1:]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]

# iJw code lists shown in the deployment form (names: core/codelists.FILES)
CODE_NAMES = {
    "eenheid": {"01": "Minute", "04": "Hour", "14": "24 hours", "16": "Half-day (4 hours)",
                "82": "Item (output)", "83": "Euro", "84": "Time"},
    "frequentie": {"1": "Per day", "2": "Per week", "4": "Per month",
                   "6": "Total within the period of the allocation"},
    "verwijzer": {"01": "Municipality", "02": "GP", "03": "Youth doctor",
                  "04": "GI (certified institution)", "05": "Medical specialist",
                  "06": "Self-referral/no referrer", "08": "Judge/public prosecutor/youth institution"},
}
COST_PROBLEMS = {
    "no_volume": "no volume entered", "no_tariff": "no contract or tariff",
    "no_period": "start or end date missing", "unit_mismatch": "unit does not match the tariff",
}
TRANSITION_GROUPS = {
    "nieuw": "New case: decide at the start",
    "bij_nieuwe_beschikking": "Running case, decision on help ends April–June 2021: decide at a new decision",
    "april_2021": "Running coordination, decision on help ends after 1 July 2021: decide in April 2021",
    "lopend_overig": "Running case: decide at a new decision on help",
}
JOURNAL_KINDS = {
    "huisbezoek": "Home visit", "telefonisch": "Phone call",
    "overleg_aanbieder": "Meeting with a provider", "mdo": "Multidisciplinary meeting",
    "email": "E-mail", "anders": "Other",
}
CLOSE_REASONS = {
    "doelen_bereikt": "The goals have been reached",
    "voorliggend_veld": "Scaled down to community services",
    "overgedragen": "Handed over to another organisation",
    "verhuisd": "The family has moved",
    "gezin_stopt": "The family does not want to go on",
    "anders": "Other",
}
