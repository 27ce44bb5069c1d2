"""What both decision letters share: the sender block with the consultant's own details,
the signature, the plain words for the criteria and the follow-up date with its reason."""

from __future__ import annotations

from datetime import date

from ...core.contact import ConsultantDetails
from ...core.coordination import Decision, Provider, Reason
from ...core.follow_up_words import follow_up_reason
from ...core.lifecycle import NextEvaluation
from ...core.models import Case
from ..base import esc, markup, para

CJG = "Centrum voor Jeugd en Gezin Midden-Limburg"
# Shown where the consultant's name belongs while Instellingen › Mijn gegevens is empty:
# visible in the letter, never a silent 'uw consulent'.
NAME_PLACEHOLDER = "[naam consulent – vul in bij Instellingen › Mijn gegevens]"
CONTACT_PLACEHOLDER = "[telefoon of e-mail – vul in bij Instellingen › Mijn gegevens]"

# The criteria in plain words for the family (B1); the policy's own titles stay in the
# provider letter.
FAMILY_TITLES = {
    "type_zorg": "Welke hulp er is",
    "aantal_producten": "Hoeveel soorten hulp er zijn",
    "complexiteit": "Hoe ingewikkeld het is",
    "hulpvraag": "Hoe duidelijk de vraag om hulp is",
    "zelfredzaamheid": "Wat u zelf kunt regelen",
    "eigen_kracht": "Wat u en de mensen om u heen zelf kunnen",
}


def family_title(reason: Reason) -> str:
    return FAMILY_TITLES.get(reason.criterion, reason.title)


def weighs_for(reason: Reason) -> bool:
    """This answer counts towards coordination (points, or it forces a level)."""
    return reason.weight > 0 or bool(reason.raised_to)


def consultant_name(consultant: ConsultantDetails, case: Case) -> str:
    return consultant.name or case.consultant or NAME_PLACEHOLDER


def contact_line(consultant: ConsultantDetails) -> str:
    """'telefoon 0475 123 456 · e-mail a.b@cjg.nl', or the placeholder."""
    parts = [f"telefoon {consultant.phone}" if consultant.phone else "",
             f"e-mail {consultant.email}" if consultant.email else ""]
    return " · ".join(p for p in parts if p) or CONTACT_PLACEHOLDER


def in_brackets(consultant: ConsultantDetails) -> str:
    """' (telefoon … · e-mail …)' after a name, or ' ' and the placeholder (already bracketed)."""
    line = contact_line(consultant)
    return f" {line}" if line == CONTACT_PLACEHOLDER else f" ({line})"


def sender(consultant: ConsultantDetails, st) -> list:
    """The letterhead: the CJG, the consultant's team and the CJG's address."""
    lines = [CJG, consultant.team, *consultant.address.splitlines()]
    return [markup("<br/>".join(esc(x) for x in lines if x), "small", st)]


def signature(consultant: ConsultantDetails, case: Case, st) -> list:
    lines = [consultant_name(consultant, case), "consulent Centrum voor Jeugd en Gezin",
             consultant.team, contact_line(consultant)]
    return [para("Met vriendelijke groet,", "body", st),
            markup("<br/>".join(esc(x) for x in lines if x), "body", st)]


def address_block(lines: list[str], st) -> list:
    return [markup("<br/>".join(esc(x) for x in lines if x), "body", st)]


def gap():
    from reportlab.platypus import Spacer

    return Spacer(1, 8)


def nl_list(items: list[str]) -> str:
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def involved_providers(decision: Decision) -> list[Provider]:
    """Every provider at work in the case on the day of the decision, with known details."""
    known = {p.name: p for p in decision.facts.providers}
    names = decision.facts.provider_names(decision.decided_on)
    return [known.get(n, Provider(n)) for n in names]


def interval_words(decision: Decision) -> str:
    months = decision.interval_months or 6
    if months == 6:
        return "elk half jaar"
    if months == 1:
        return "elke maand"
    return f"elke {months} maanden".replace("elke 3 maanden", "elke drie maanden")


def follow_up(decision: Decision, n: NextEvaluation | None) -> tuple[date | None, str]:
    """(date, reason): the case's next evaluation; for a letter about an older decision
    (no NextEvaluation given) the date recorded with it, without a reason."""
    if not decision.coordination:
        return None, ""
    if n is not None:
        return n.due, follow_up_reason(n)
    return decision.follow_up_due, ""
