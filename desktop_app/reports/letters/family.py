"""The decision letter to the family, in plain Dutch (B1, 'u'): what was decided, what
weighed for and against coordination, what it means, and who to call."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...core.contact import ConsultantDetails
from ...core.coordination import Decision
from ...core.letter_data import ProviderDetails
from ...core.lifecycle import NextEvaluation
from ...core.models import Case, Family
from ..base import DocMeta, esc, format_day, markup, para, simple_table, styles, write_pdf
from .common import (
    address_block,
    consultant_name,
    family_title,
    follow_up,
    gap,
    in_brackets,
    interval_words,
    involved_providers,
    lower_first,
    nl_list,
    sender,
    signature,
    weighs_for,
)


def _youths(family: Family) -> list[str]:
    return [p.first_name for p in family.members if p.role == "jeugdige"]


def _parents(family: Family) -> list[str]:
    return [p.full_name for p in family.members if p.role in ("ouder", "verzorger")]


def _provider_contact(provider, details: ProviderDetails | None) -> str:
    """Contact person, phone and e-mail from the catalogue (else the decision's snapshot)."""
    c = details.contact if details is not None else None
    parts = (c.contact, c.phone, c.email) if c is not None and not c.empty else \
        (provider.contact, provider.phone, provider.email)
    return " · ".join(x for x in parts if x) or "–"


def _weighing(decision: Decision, st) -> list:
    """What weighs for coordination by the CJG and what against, in plain words."""
    pro = [r for r in decision.advice.reasons if weighs_for(r)]
    con = [r for r in decision.advice.reasons if not weighs_for(r)]
    count = {1: "één ding", 2: "twee dingen", 3: "drie dingen", 4: "vier dingen",
             5: "vijf dingen", 6: "zes dingen", 7: "zeven dingen", 8: "acht dingen"}.get(
        len(decision.advice.reasons), f"{len(decision.advice.reasons)} dingen")
    out = [para(f"We hebben naar {count} gekeken. Sommige "
                "dingen maken het nodig dat het CJG meekijkt, andere juist niet.", "body", st)]
    for heading, reasons in (("Dit pleit ervoor dat het CJG de hulp coördineert en opvolgt:",
                              pro),
                             ("Dit pleit ervoor dat het zonder het CJG kan:", con)):
        if not reasons:
            continue
        out.append(markup(f"<b>{esc(heading)}</b>", "body", st))
        for r in reasons:
            out.append(markup(f"• <b>{esc(family_title(r))}.</b> {esc(r.text)}", "body", st))
    return out


def family_letter(out: Path, decision: Decision, family: Family, case: Case,
                  day: date | None = None, version: int = 1,
                  next_evaluation: NextEvaluation | None = None,
                  consultant: ConsultantDetails | None = None,
                  details: dict[str, ProviderDetails] | None = None) -> Path:
    st = styles()
    details = details or {}
    day = day or date.today()
    consultant = consultant or ConsultantDetails()
    youths = _youths(family) or ["uw kind"]
    children = nl_list(youths)
    parents = _parents(family)
    name = consultant_name(consultant, case)
    story = [
        *sender(consultant, st),
        *address_block([f"Aan {nl_list(parents)}" if parents else f"Aan de ouders van {children}",
                        f"{family.street} {family.house_number}".strip(),
                        f"{family.postcode} {family.city}".strip()], st),
        para(f"{format_day(day)} · casusnummer {case.case_number}", "small", st),
        para("Besluit over coördinatie en opvolging", "title", st),
        para(f"Beste {nl_list([p.split(' ')[0] for p in parents]) or 'ouders'},", "body", st),
        para(f"Op {format_day(decision.decided_on)} hebben we besloten of het CJG de hulp voor "
             f"{children} gaat coördineren en opvolgen. In deze brief leest u wat we besloten "
             "hebben, waarom, en wat dat voor u betekent.", "body", st),
        para("Wat hebben we besloten?", "h1", st),
    ]
    if decision.coordination:
        story += [
            markup("<b>Ja. Het CJG gaat de hulp coördineren en opvolgen.</b>", "body", st),
            para("Coördineren betekent: wij houden het overzicht over alle hulp voor uw gezin, en "
                 "zorgen dat de hulpverleners goed samenwerken. Opvolgen betekent: we kijken "
                 f"samen met u {interval_words(decision)} of de hulp helpt, en of er minder hulp "
                 "nodig is of andere hulp.", "body", st),
        ]
    else:
        story += [
            markup("<b>Nee. Het CJG gaat de hulp niet coördineren en opvolgen.</b>", "body", st),
            para("Uw hulpverlener bespreekt zelf met u hoe het gaat en of de hulp helpt. "
                 "Dat doet de hulpverlener altijd, ook als het CJG de hulp wel opvolgt.", "body", st),
        ]
    story.append(para("Waarom?", "h1", st))
    # Who decided: the consultant recorded with the decision (else the letter's signer).
    decider = decision.consultant or name
    story += _weighing(decision, st)
    if decision.deviates:
        story.append(para(
            f"Volgens de richtlijn was het advies: {lower_first(decision.advice.level_label)}. "
            f"{decider} heeft anders besloten. De reden is:", "body", st))
        story.append(para(decision.motivation, "quote", st))
    elif not decision.advised:
        # A region without a policy: the consultant's own decision and its reason.
        story.append(para(f"{decider} heeft dit besloten. De reden is:", "body", st))
        story.append(para(decision.motivation, "quote", st))
    story.append(para("Wat betekent dit voor u?", "h1", st))
    due, reason = follow_up(decision, next_evaluation)
    if due is not None:
        story.append(markup(f"<b>Wij kijken samen met u terug, uiterlijk op {format_day(due)}."
                            f"</b> {esc(reason)}", "body", st))
        story.append(para(
            "We maken een afspraak met u om te bespreken hoe het gaat. Dat gesprek is altijd "
            "vóór het einde van de beschikking. Een beschikking is het besluit van de gemeente "
            "dat u hulp krijgt, en voor hoe lang.", "body", st))
    elif not decision.coordination:
        story.append(para(
            "Gaat het minder goed, verandert er veel in uw gezin, of loopt de beschikking bijna "
            "af? Neem dan contact op met het CJG. Een beschikking is het besluit van de gemeente "
            "dat u hulp krijgt, en voor hoe lang.", "body", st))
    story.append(para("Wie kunt u bellen of mailen?", "h1", st))
    story.append(para(f"Met vragen over dit besluit kunt u terecht bij {name}, consulent van het "
                      f"CJG{in_brackets(consultant)}. Bent u het niet eens met het besluit? "
                      f"Bespreek het dan met {name}.", "body", st))
    providers = involved_providers(decision)
    if providers:
        from reportlab.platypus import KeepTogether

        rows = [["Hulpverlener", "Contact"]] + [
            [p.name, _provider_contact(p, details.get(p.name))] for p in providers]
        story.append(KeepTogether([
            para("Met vragen over de hulp zelf kunt u terecht bij uw hulpverlener:", "body", st),
            simple_table(rows, widths=[95 * 2.8346, 75 * 2.8346], st=st)]))
        story.append(gap())
    story += signature(consultant, case, st)
    meta = DocMeta(title="Besluit coördinatie en opvolging", version=version, day=day,
                   subject=case.case_number)
    return write_pdf(out, meta, story)
