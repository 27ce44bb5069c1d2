"""Decision letters (seed 000: 'Het CJG laat per casus aan cliënten en betrokken
zorgaanbieder(s) weten of coördinatie en opvolging wordt ingezet'): one to the
family in plain Dutch (B1) and one to each involved provider, who keeps the duty
to evaluate, normalise, scale up and down and to work according to 1Gezin1Plan.

The recipients come from the decision's own snapshot of the case, so a letter
printed later still goes to the providers involved when the decision was taken. The
date of the next evaluation is the case's own (core.lifecycle, with its reason), the
same date the case page, the plan and the Opvolging lists show.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..core.coordination import JZ020, Decision, Provider
from ..core.lifecycle import NextEvaluation
from ..core.models import Case, Family
from .base import DocMeta, esc, format_day, markup, para, simple_table, styles, write_pdf

PROVIDER_DUTY = (
    "Voor alle casussen blijft gelden dat het continu evalueren van het behalen van de "
    "resultaten van de ingezette hulp ook uw taak is, naast het al dan niet coördineren en "
    "opvolgen door het CJG. U blijft volgen of er effectief en efficiënt naar de doelen van de "
    "hulp wordt toegewerkt, met de verantwoordelijkheid om te normaliseren, op te schalen en af "
    "te schalen, en te werken volgens 1Gezin1Plan."
)


def involved_providers(decision: Decision) -> list[Provider]:
    """Every provider at work in the case on the day of the decision, with known details."""
    known = {p.name: p for p in decision.facts.providers}
    names = decision.facts.provider_names(decision.decided_on)
    return [known.get(n, Provider(n)) for n in names]


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "aanbieder"


def _youths(family: Family) -> list[str]:
    return [p.first_name for p in family.members if p.role == "jeugdige"]


def _parents(family: Family) -> list[str]:
    return [p.full_name for p in family.members if p.role in ("ouder", "verzorger")]


def _nl_list(items: list[str]) -> str:
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _gap():
    from reportlab.platypus import Spacer

    return Spacer(1, 8)


def _address_block(lines: list[str], st) -> list:
    return [markup("<br/>".join(esc(x) for x in lines if x), "body", st)]


def _interval_words(decision: Decision) -> str:
    months = decision.interval_months or 6
    if months == 6:
        return "elk half jaar"
    if months == 1:
        return "elke maand"
    return f"elke {months} maanden".replace("elke 3 maanden", "elke drie maanden")


_PERIOD = {1: "een maand", 2: "twee maanden", 3: "drie maanden", 4: "vier maanden",
           6: "een half jaar", 12: "een jaar"}
_SINCE = {"evaluation": "de laatste evaluatie van", "decision": "het besluit van",
          "help": "de start van de hulp op", "start": "de start van de casus op"}


def _period(months: int) -> str:
    return _PERIOD.get(months, f"{months} maanden")


def follow_up_reason(n: NextEvaluation) -> str:
    """Why the next evaluation falls on its date, in plain Dutch (B1): the limit of
    core.lifecycle that decided it."""
    lim = n.limit
    if n.due is None or lim is None:
        return ""
    if lim.kind == "beschikking":
        whose = f"de hulp van {lim.provider}" if lim.provider else "de hulp"
        interval = next((x for x in n.limits if x.kind == "interval"), None)
        if interval is not None and interval.day > n.due:
            return (f"Dat is eerder dan na {_period(interval.months)}, omdat {whose} op "
                    f"{format_day(lim.since)} afloopt.")
        return f"Dat is op tijd voordat {whose} op {format_day(lim.since)} afloopt."
    if lim.kind == "chosen":
        return "Die datum hebben we samen gekozen."
    return f"Dat is {_period(lim.months)} na {_SINCE[lim.since_kind]} {format_day(lim.since)}."


def _follow_up(decision: Decision, follow_up: NextEvaluation | None) -> tuple[date | None, str]:
    """(date, reason): the case's next evaluation; for a letter about an older decision
    (no follow_up given) the date recorded with it, without a reason."""
    if not decision.coordination:
        return None, ""
    if follow_up is not None:
        return follow_up.due, follow_up_reason(follow_up)
    return decision.follow_up_due, ""


def family_letter(out: Path, decision: Decision, family: Family, case: Case,
                  day: date | None = None, version: int = 1,
                  follow_up: NextEvaluation | None = None) -> Path:
    st = styles()
    day = day or date.today()
    youths = _youths(family) or ["uw kind"]
    children = _nl_list(youths)
    parents = _parents(family)
    story = [
        para("Centrum voor Jeugd en Gezin Midden-Limburg", "small", st),
        *_address_block([f"Aan {_nl_list(parents)}" if parents else f"Aan de ouders van {children}",
                         f"{family.street} {family.house_number}".strip(),
                         f"{family.postcode} {family.city}".strip()], st),
        para(f"{format_day(day)} · casusnummer {case.case_number}", "small", st),
        para("Besluit over coördinatie en opvolging", "title", st),
        para(f"Beste {_nl_list([p.split(' ')[0] for p in parents]) or 'ouders'},", "body", st),
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
                 f"samen met u {_interval_words(decision)} of de hulp helpt, en of er minder hulp "
                 "nodig is of andere hulp.", "body", st),
        ]
    else:
        story += [
            markup("<b>Nee. Het CJG gaat de hulp niet coördineren en opvolgen.</b>", "body", st),
            para("Uw hulpverlener bespreekt zelf met u hoe het gaat en of de hulp helpt. "
                 "Dat doet de hulpverlener altijd, ook als het CJG de hulp wel opvolgt.", "body", st),
        ]
    story.append(para("Waarom?", "h1", st))
    count = {1: "één ding", 2: "twee dingen", 3: "drie dingen", 4: "vier dingen", 5: "vijf dingen",
             6: "zes dingen", 7: "zeven dingen", 8: "acht dingen"}.get(
        len(decision.advice.reasons), f"{len(decision.advice.reasons)} dingen")
    story.append(para(f"We hebben gekeken naar {count}. Dit is wat we zagen:", "body", st))
    for reason in decision.advice.reasons:
        story.append(markup(f"<b>{esc(reason.title)}.</b> {esc(reason.text)}", "body", st))
    if decision.deviates:
        story.append(para(
            f"Volgens de richtlijn was het advies: {_lower_first(decision.advice.level_label)}. Uw "
            "consulent heeft anders besloten. De reden is:", "body", st))
        story.append(para(decision.motivation, "quote", st))
    elif not decision.advised:
        # A region without a policy: the consultant's own decision and its reason.
        story.append(para("Uw consulent heeft dit besloten. De reden is:", "body", st))
        story.append(para(decision.motivation, "quote", st))
    story.append(para("Wat betekent dit voor u?", "h1", st))
    due, reason = _follow_up(decision, follow_up)
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
    consultant = case.consultant or "uw consulent"
    story.append(para(f"Met vragen over dit besluit kunt u terecht bij {consultant}, consulent "
                      "van het CJG. Bent u het niet eens met het besluit? Bespreek het dan met "
                      f"{consultant}.", "body", st))
    providers = involved_providers(decision)
    if providers:
        from reportlab.platypus import KeepTogether

        rows = [["Hulpverlener", "Contact"]] + [
            [p.name, " · ".join(x for x in (p.contact, p.phone, p.email) if x) or "–"]
            for p in providers]
        story.append(KeepTogether([
            para("Met vragen over de hulp zelf kunt u terecht bij uw hulpverlener:", "body", st),
            simple_table(rows, widths=[95 * 2.8346, 75 * 2.8346], st=st)]))
        story.append(_gap())
    story += [
        para("Met vriendelijke groet,", "body", st),
        para(f"{consultant}\nconsulent Centrum voor Jeugd en Gezin", "body", st),
    ]
    meta = DocMeta(title="Besluit coördinatie en opvolging", version=version, day=day,
                   subject=case.case_number)
    return write_pdf(out, meta, story)


def provider_letter(out: Path, decision: Decision, provider: Provider, family: Family,
                    case: Case, day: date | None = None, version: int = 1,
                    follow_up: NextEvaluation | None = None) -> Path:
    st = styles()
    day = day or date.today()
    youths = [p for p in family.members if p.role == "jeugdige"]
    mine = [d for d in decision.facts.deployments if d.provider == provider.name]
    story = [
        para("Centrum voor Jeugd en Gezin Midden-Limburg", "small", st),
        *_address_block([provider.name, f"t.a.v. {provider.contact}" if provider.contact else "",
                         provider.street, provider.postcode_city], st),
        para(f"{format_day(day)} · casusnummer {case.case_number}", "small", st),
        para("Besluit over coördinatie en opvolging", "title", st),
        para("Geachte heer, mevrouw,", "body", st),
        para("Het CJG beslist per casus of coördinatie en opvolging door het CJG nodig is, en "
             "laat dat de cliënt en de betrokken zorgaanbieders weten. Met deze brief informeren "
             "wij u over het besluit in deze casus.", "body", st),
        para("Om wie gaat het?", "h1", st),
    ]
    who = [["Gezin", family.family_name], ["Jeugdige(n)", _nl_list(
        [f"{p.full_name}" + (f" ({p.birth_date.strftime('%d-%m-%Y')})" if p.birth_date else "")
         for p in youths]) or "–"], ["Casusnummer", case.case_number]]
    if mine:
        who.append(["Uw inzet", "; ".join(
            f"{d.product} – categorie {d.category}, {JZ020.get(d.category, 'onbekend')}"
            for d in mine)])
    story.append(simple_table(who, widths=[40 * 2.8346, 130 * 2.8346], header=False, st=st))
    story.append(_gap())
    story.append(para("Het besluit", "h1", st))
    if decision.coordination:
        text = f"<b>Het CJG coördineert en volgt deze casus op</b> ({esc(_lower_first(decision.level_label))})."
        due, reason = _follow_up(decision, follow_up)
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
    story.append(simple_table(rows, widths=[52 * 2.8346, 118 * 2.8346], st=st))
    story.append(_gap())
    if decision.deviates:
        story.append(para("De consulent is, met een schriftelijke motivering, afgeweken van het "
                          "advies van de richtlijn.", "small", st))
    from reportlab.platypus import KeepTogether

    consultant = case.consultant or "de consulent"
    # The provider's own duty and the signature stay together, on the next page if need be.
    story.append(KeepTogether([
        para("Uw eigen verantwoordelijkheid blijft", "h1", st),
        para(PROVIDER_DUTY, "body", st),
        para(f"Vragen over dit besluit? Neem contact op met {consultant}, consulent van het CJG.",
             "body", st),
        para("Met vriendelijke groet,", "body", st),
        para(f"{consultant}\nconsulent Centrum voor Jeugd en Gezin", "body", st),
    ]))
    meta = DocMeta(title="Besluit coördinatie en opvolging (zorgaanbieder)", version=version,
                   day=day, subject=case.case_number)
    return write_pdf(out, meta, story)


def write_decision_letters(out_dir: Path | str, decision: Decision, family: Family, case: Case,
                           day: date | None = None, version: int = 1,
                           follow_up: NextEvaluation | None = None) -> list[Path]:
    """The family letter (first) and one letter per involved provider; returns the files,
    each written to a temp file and moved into place when complete."""
    out_dir = Path(out_dir)
    base = f"besluit-{case.case_number}"
    files = [family_letter(out_dir / f"{base}-gezin.pdf", decision, family, case, day, version,
                           follow_up)]
    used: set[str] = set()
    for provider in involved_providers(decision):
        name = slug(provider.name)
        while name in used:
            name += "-2"
        used.add(name)
        files.append(provider_letter(out_dir / f"{base}-aanbieder-{name}.pdf", decision, provider,
                                     family, case, day, version, follow_up))
    return files


@dataclass(frozen=True)
class DecisionLetters:
    """Everything the letters about one decision need (core dataclasses, no database):
    built by the session, written by `write` on any thread."""

    decision: Decision
    family: Family
    case: Case
    follow_up: NextEvaluation | None = None  # the case's next evaluation, for the current decision
    version: int = 1
    day: date | None = None

    def write(self, out_dir: Path | str) -> list[Path]:
        return write_decision_letters(out_dir, self.decision, self.family, self.case, self.day,
                                      self.version, self.follow_up)
