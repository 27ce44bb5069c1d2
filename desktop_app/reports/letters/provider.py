"""The decision letter to one involved provider: who it concerns (only the children the
provider's help is for), the provider's AGB code and beschikkingnummers, the decision and
what it rests on, the provider's own duty, and the consultant to contact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...core.contact import ConsultantDetails
from ...core.coordination import JZ020, Decision, Provider
from ...core.letter_data import ProviderDetails
from ...core.lifecycle import NextEvaluation
from ...core.models import Case, Family
from ..base import DocMeta, esc, format_day, markup, para, simple_table, styles, write_pdf
from .common import (
    address_block,
    consultant_name,
    follow_up,
    gap,
    in_brackets,
    lower_first,
    nl_list,
    sender,
    signature,
)

PROVIDER_DUTY = (
    "Voor alle casussen blijft gelden dat het continu evalueren van het behalen van de "
    "resultaten van de ingezette hulp ook uw taak is, naast het al dan niet coördineren en "
    "opvolgen door het CJG. U blijft volgen of er effectief en efficiënt naar de doelen van de "
    "hulp wordt toegewerkt, met de verantwoordelijkheid om te normaliseren, op te schalen en af "
    "te schalen, en te werken volgens 1Gezin1Plan."
)
MM = 2.8346


def _addressee(provider: Provider, details: ProviderDetails | None) -> list[str]:
    c = details.contact if details is not None else None
    if c is not None and not c.empty:
        return [provider.name, f"t.a.v. {c.contact}" if c.contact else "", c.street,
                c.postcode_city]
    return [provider.name, f"t.a.v. {provider.contact}" if provider.contact else "",
            provider.street, provider.postcode_city]


def _child(person) -> str:
    born = f" ({person.birth_date.strftime('%d-%m-%Y')})" if person.birth_date else ""
    return person.full_name + born


def _who(decision: Decision, provider: Provider, details: ProviderDetails | None,
         family: Family, case: Case, name: str) -> list[list[str]]:
    mine = [d for d in decision.facts.deployments if d.provider == provider.name]
    rows = [["Gezin", family.family_name]]
    if details is not None and details.children:
        rows.append(["Jeugdige(n)", nl_list([_child(p) for p in details.children])])
    rows.append(["Casusnummer", case.case_number])
    if details is not None and details.beschikkingen:
        rows.append(["Beschikkingnummer", ", ".join(details.beschikkingen)])
    if details is not None and details.agb:
        rows.append(["Uw AGB-code", details.agb])
    if mine:
        rows.append(["Uw inzet", "; ".join(
            f"{d.product} – categorie {d.category}, {JZ020.get(d.category, 'onbekend')}"
            for d in mine)])
    rows.append(["Consulent CJG", name])
    return rows


def provider_letter(out: Path, decision: Decision, provider: Provider, family: Family,
                    case: Case, day: date | None = None, version: int = 1,
                    next_evaluation: NextEvaluation | None = None,
                    consultant: ConsultantDetails | None = None,
                    details: ProviderDetails | None = None) -> Path:
    from reportlab.platypus import KeepTogether

    st = styles()
    day = day or date.today()
    consultant = consultant or ConsultantDetails()
    name = consultant_name(consultant, case)
    story = [
        *sender(consultant, st),
        *address_block(_addressee(provider, details), st),
        para(f"{format_day(day)} · casusnummer {case.case_number}", "small", st),
        para("Besluit over coördinatie en opvolging", "title", st),
        para("Geachte heer, mevrouw,", "body", st),
        para("Het CJG beslist per casus of coördinatie en opvolging door het CJG nodig is, en "
             "laat dat de cliënt en de betrokken zorgaanbieders weten. Met deze brief informeren "
             "wij u over het besluit in deze casus.", "body", st),
        para("Om wie gaat het?", "h1", st),
        simple_table(_who(decision, provider, details, family, case, name),
                     widths=[46 * MM, 124 * MM], header=False, st=st),
        gap(),
        para("Het besluit", "h1", st),
    ]
    if decision.coordination:
        text = (f"<b>Het CJG coördineert en volgt deze casus op</b> "
                f"({esc(lower_first(decision.level_label))}).")
        due, reason = follow_up(decision, next_evaluation)
        if due is not None:
            text += " " + " ".join(x for x in (
                f"De eerstvolgende evaluatie met het gezin is uiterlijk op {format_day(due)}.",
                esc(reason), "Wij nemen daarvoor contact met u op.") if x)
    else:
        text = ("<b>Het CJG coördineert en volgt deze casus niet op.</b> Neem contact op met het "
                "CJG als de hulp niet (meer) aansluit, als opschalen nodig lijkt of als verlenging "
                "van de beschikking nodig is.")
    story.append(markup(text, "body", st))
    if decision.advised:
        story.append(para(f"Besloten op {format_day(decision.decided_on)}, volgens de richtlijn "
                          f"{decision.policy_id} (versie {decision.policy_version}).", "small", st))
    else:
        story.append(para(f"Besloten op {format_day(decision.decided_on)}. Voor regio "
                          f"{case.region} is er geen richtlijn: de consulent besliste per casus, "
                          "met een schriftelijke motivering.", "small", st))
    story.append(para("Waarop het besluit rust", "h2", st))
    rows = [["Criterium", "Beoordeling"]] + [[r.title, r.answer] for r in decision.advice.reasons]
    story.append(simple_table(rows, widths=[52 * MM, 118 * MM], st=st))
    story.append(gap())
    if decision.deviates:
        story.append(para("De consulent is, met een schriftelijke motivering, afgeweken van het "
                          "advies van de richtlijn.", "small", st))
    # The provider's own duty and the signature stay together, on the next page if need be.
    story.append(KeepTogether([
        para("Uw eigen verantwoordelijkheid blijft", "h1", st),
        para(PROVIDER_DUTY, "body", st),
        para(f"Vragen over dit besluit? Neem contact op met {name}, consulent van het CJG"
             f"{in_brackets(consultant)}.", "body", st),
        *signature(consultant, case, st),
    ]))
    meta = DocMeta(title="Besluit coördinatie en opvolging (zorgaanbieder)", version=version,
                   day=day, subject=case.case_number)
    return write_pdf(out, meta, story)
