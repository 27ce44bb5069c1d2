"""The family's plan (1Gezin1Plan) as PDF, in plain Dutch (B1): short sentences,
'u' (like the letters and the evaluation report), terms explained, headings in plain words.

The document is an ordered list of sections, `PLAN_SECTIONS`, each a
(name, builder) pair; a builder takes (PlanData, styles) and returns flowables.
The list is explicit: the results issue's 'Wat willen we bereiken', 'Wie doet
wat' and 'Welke hulp' sit after 'onze_vraag'; `with_section_after(...)` gives a
copy with another section for `build_story(plan, sections)`. Section names: titel,
wie_zijn_wij, wat_gaat_goed, zorgen, onze_vraag, resultaten, afspraken, hulp,
wie_coordineert, terugkijken, toestemming, handtekeningen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.contact import ConsultantDetails
from ..core.follow_up_words import follow_up_reason
from ..core.plan import PlanData, PlanDomain
from .base import DocMeta, esc, format_day, markup, para, simple_table, write_pdf
from .letters.common import NAME_PLACEHOLDER, in_brackets
from .plan_results import actions_section, help_section, results_section

Builder = Callable[[PlanData, dict], list]
TITLE = "Uw gezinsplan"

ROLE_WORDS = {"ouder": "ouder", "verzorger": "verzorger", "overig": "gezinslid"}
REGISSEUR_WORDS = {"ouder": "een ouder", "familielid": "iemand uit de familie",
                   "vriend": "een vriend of kennis", "professional": "een hulpverlener"}
METHOD_WORDS = {"mondeling": "mondeling gegeven", "schriftelijk": "op papier getekend",
                "digitaal": "digitaal gegeven"}


def _mm():
    from reportlab.lib.units import mm

    return mm


def _role(member) -> str:
    if member.role == "jeugdige":
        return "kind" if (member.age is not None and member.age < 12) else "jongere"
    return ROLE_WORDS.get(member.role, member.role)


def _h1(text: str, st: dict):
    return markup(esc(text), "h1", st)


def _consultant(plan: PlanData) -> ConsultantDetails:
    """Instellingen › Mijn gegevens (store.intake_plan puts them in plan.extras)."""
    found = plan.extras.get("consultant")
    return found if isinstance(found, ConsultantDetails) else ConsultantDetails()


def _consultant_name(plan: PlanData) -> str:
    return _consultant(plan).name or plan.consultant or NAME_PLACEHOLDER


def consultant_lines(plan: PlanData, st: dict) -> list:
    """Who the family's consultant is and how to reach them (or the placeholder)."""
    details = _consultant(plan)
    text = f"Uw consulent van het CJG: {_consultant_name(plan)}"
    if details.team:
        text += f", {details.team}"
    return [para(f"{text}{in_brackets(details)}", "small", st)]


# -- sections -----------------------------------------------------------------------------
def section_title(plan: PlanData, st: dict) -> list:
    return [
        markup(esc(f"{TITLE}: gezin {plan.family_name}"), "title", st),
        para("Dit is het plan van uw gezin. U heeft het samen met het Centrum voor Jeugd "
             "en Gezin (CJG) gemaakt. Het plan is van u. In het plan staat wat goed gaat, waar "
             "u zich zorgen over maakt en wat u wilt.", "body", st),
        para(f"Datum: {format_day(plan.day)} · versie {plan.version} · casus {plan.case_number}",
             "small", st),
        *consultant_lines(plan, st),
    ]


def section_who(plan: PlanData, st: dict) -> list:
    mm = _mm()
    out = [_h1("Uw gezin", st)]
    if plan.members:
        rows = [["Naam", "Wie", "Leeftijd", "Gezag"]]
        for m in plan.members:
            age = f"{m.age} jaar" if m.age is not None else ""
            gezag = "ja" if m.gezag else ("" if m.role == "jeugdige" else "nee")
            rows.append([m.name, _role(m), age, gezag])
        out.append(simple_table(rows, [80 * mm, 35 * mm, 25 * mm, 25 * mm], st=st))
        out.append(para("Gezag betekent: deze ouder of verzorger beslist mee over het kind.", "small", st))
    from reportlab.platypus import KeepTogether

    from .network_drawing import network_drawing

    # A large network gets a taller picture; heading, picture and legend stay on one page.
    height = (95 if len(plan.contacts) <= 10 else 140) * mm
    legend = " · ".join(f"{code} = {label.lower()}" for code, label in plan.ties)
    out.append(KeepTogether([
        markup("Uw netwerk", "h2", st),
        para("Dit zijn de mensen om u heen. Een doorgetrokken lijn is familie, vrienden of buren. "
             "Een stippellijn is iemand die er voor zijn werk is.", "body", st),
        network_drawing(plan.family_name, plan.groups, plan.contacts, 170 * mm, height),
        para(legend, "small", st),
    ]))
    if plan.contacts:
        rows = [["Naam", "Wie is het", "Wat doet deze persoon voor u", "Contact"]]
        tie_words = dict(plan.ties)
        for c in sorted(plan.contacts, key=lambda c: ([k for k, _ in plan.groups] + [c.group]).index(c.group)):
            who = c.relation or c.group_label
            if c.relation and c.relation.lower() != c.group_label.lower():
                who = f"{c.relation} ({c.group_label.lower()})"
            does = ", ".join(tie_words.get(t, t).lower() for t in c.ties)
            contact = "\n".join(x for x in (c.phone, c.email) if x)
            rows.append([c.name, who, does, contact])
        out.append(simple_table(rows, [42 * mm, 40 * mm, 45 * mm, 43 * mm], st=st))
    return out


def _group_by_whose(domains: list[PlanDomain]) -> list[tuple[str, list[PlanDomain]]]:
    groups: dict[str, list[PlanDomain]] = {}
    for d in domains:
        title = d.set_label if not d.whose else f"{d.set_label} – {d.whose}"
        groups.setdefault(title, []).append(d)
    return list(groups.items())


def section_strengths(plan: PlanData, st: dict) -> list:
    out = [_h1("Wat gaat goed", st)]
    if not plan.strengths:
        return out + [para("Dit hebben we nog niet samen opgeschreven.", "body", st)]
    for title, items in _group_by_whose(plan.strengths):
        out.append(markup(esc(title), "h2", st))
        for d in items:
            out.append(markup(f"<b>{esc(d.label)}</b>: {esc(d.good)}", "body", st))
    return out


def section_worries(plan: PlanData, st: dict) -> list:
    out = [_h1("Waar u zich zorgen over maakt", st)]
    worries = plan.worries
    if not worries:
        return out + [para("Er zijn nog geen zorgen opgeschreven.", "body", st)]
    if any(d.priority for d in worries):
        out.append(para("Wat voor u het belangrijkste is, staat bovenaan en heeft een ★.", "body", st))
    for d in worries:
        whose = f" ({d.whose})" if d.whose else ""
        star = "★ " if d.priority else ""
        text = d.worries or "Hier gaat het nu niet goed."
        out.append(markup(f"<b>{star}{esc(d.label)}{esc(whose)}</b>: {esc(text)}", "body", st))
    return out


def section_question(plan: PlanData, st: dict) -> list:
    out = [_h1("Uw vraag", st)]
    if plan.help_question:
        out.append(para("In uw eigen woorden:", "body", st))
        out.append(para(plan.help_question, "quote", st))
    else:
        out.append(para("Uw vraag is nog niet opgeschreven.", "body", st))
    for name, text in plan.member_questions:
        out.append(markup(f"<b>De vraag van {esc(name)}:</b>", "body", st))
        out.append(para(text, "quote", st))
    return out


def section_coordinator(plan: PlanData, st: dict) -> list:
    from reportlab.platypus import KeepTogether

    return [KeepTogether(_coordinator(plan, st))]


def _coordinator(plan: PlanData, st: dict) -> list:
    out = [_h1("Wie houdt het overzicht", st)]
    out.append(para("De regisseur houdt het overzicht over dit plan. Hij of zij let erop dat "
                    "iedereen doet wat is afgesproken, en is het eerste aanspreekpunt.", "body", st))
    if plan.regisseur_name:
        kind = REGISSEUR_WORDS.get(plan.regisseur_kind, "")
        line = f"<b>Uw regisseur:</b> {esc(plan.regisseur_name)}"
        if kind:
            line += f" ({esc(kind)})"
        out.append(markup(line, "body", st))
        if plan.regisseur_contact:
            out.append(markup(f"<b>Contact:</b> {esc(plan.regisseur_contact)}", "body", st))
    else:
        out.append(para("Er is nog geen regisseur gekozen.", "body", st))
    if plan.fgp == "ja":
        extra = ", ".join(x for x in (format_day(plan.fgp_date), plan.fgp_where) if x)
        out.append(para("U heeft ook een eigen familiegroepsplan, gemaakt met uw familie en "
                        "vrienden" + (f" ({extra})" if extra else "") + ". De hulp sluit daarop aan.",
                        "body", st))
    return out


def look_back_reason(plan: PlanData) -> str:
    """Why we look back on that day, for the family (B1): the same limit core.lifecycle
    chose, in their words. Empty when there is nothing to explain."""
    n = plan.next_evaluation
    if n is None:
        return ""
    if plan.evaluation_date is None:
        return {
            "none_closed": "Uw gezinsplan bij het CJG is afgesloten. Is er weer hulp nodig? "
                           "Neem dan contact op met het CJG.",
            "none_no_follow_up": "Het CJG volgt dit plan niet op. U regelt de afspraken "
                                 "zelf, met wie bij het plan hoort.",
        }.get(n.why, "")
    # The same sentence the letters and the evaluation report print (one owner).
    return follow_up_reason(n)


def section_look_back(plan: PlanData, st: dict) -> list:
    out = [_h1("Wanneer kijken we samen terug", st)]
    reason = look_back_reason(plan)
    if plan.evaluation_date:
        out.append(markup(f"We kijken samen terug op <b>{esc(format_day(plan.evaluation_date))}</b>."
                          + (f" {esc(reason)}" if reason else ""), "body", st))
        out.append(para("We kijken dan hoe het gaat. Wat ging goed? Wat moet anders? Is er nog "
                        "hulp nodig?", "body", st))
    elif reason:
        out.append(para(reason, "body", st))
    else:
        out.append(para("We spreken nog een datum af om samen terug te kijken. Dat doen we minstens "
                        "één keer per half jaar.", "body", st))
    return out


def section_consent(plan: PlanData, st: dict) -> list:
    mm = _mm()
    out = [_h1("Toestemming", st)]
    out.append(para("Er zijn twee soorten toestemming. Toestemming voor de hulp: onder 12 jaar "
                    "beslissen de ouders met gezag, van 12 tot 16 jaar de jongere én de ouders "
                    "samen, vanaf 16 jaar de jongere zelf. Toestemming om informatie te delen: "
                    "het CJG deelt alleen informatie over u als u dat goed vindt; "
                    "onder 12 jaar beslissen de ouders met gezag, vanaf 12 jaar de jongere zelf.",
                    "body", st))
    if plan.consents:
        rows = [["Wie geeft toestemming", "Waarvoor, en met wie", "Wanneer en hoe"]]
        for c in plan.consents:
            when = ", ".join(x for x in (format_day(c.given_on), METHOD_WORDS.get(c.method, c.method)) if x)
            what = c.what + (f"\nMet: {c.with_whom}" if c.with_whom else "")
            rows.append([f"{c.who}\n(over {c.about})", what, when])
        out.append(simple_table(rows, [55 * mm, 80 * mm, 35 * mm], st=st))
    else:
        out.append(para("Er is nog geen toestemming vastgelegd.", "body", st))
    if plan.missing_consents:
        out.append(markup("<b>Nog nodig:</b>", "body", st))
        out += [para("• " + line, "body", st) for line in plan.missing_consents]
    return out


def section_signatures(plan: PlanData, st: dict) -> list:
    from reportlab.platypus import KeepTogether, Table, TableStyle

    mm = _mm()
    signers = [m.name for m in plan.members
               if m.gezag or (m.role == "jeugdige" and m.age is not None and m.age >= 12)]
    signers.append(f"{_consultant_name(plan)} (consulent CJG)")
    rows = []
    for name in signers:
        rows.append([para(name, "table", st), "", ""])
    table = Table([[markup("<b>Naam</b>", "table", st), markup("<b>Handtekening</b>", "table", st),
                    markup("<b>Datum</b>", "table", st)]] + rows,
                  colWidths=[70 * mm, 65 * mm, 35 * mm], rowHeights=[8 * mm] + [15 * mm] * len(rows))
    table.setStyle(TableStyle([("LINEBELOW", (1, 1), (-1, -1), 0.6, "#4a5563"),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [KeepTogether([_h1("Handtekeningen", st),
                          para("Met uw handtekening laat u zien dat dit uw plan is en dat u uw "
                               "best doet om u aan de afspraken te houden. De consulent van het "
                               "CJG tekent mee.", "body", st),
                          table])]


def _from_extra(key: str, builder: Callable[[Any, dict], list]) -> Builder:
    """A section whose data another feature puts in `plan.extras[key]`; no data, no section."""

    def build(plan: PlanData, st: dict) -> list:
        data = plan.extras.get(key)
        return builder(data, st) if data is not None else []

    return build


# The document, in order. The results issue's parts sit between the question and the
# coordinator; their data is plan.extras["results"] (store.results.plan_results_data).
PLAN_SECTIONS: tuple[tuple[str, Builder], ...] = (
    ("titel", section_title),
    ("wie_zijn_wij", section_who),
    ("wat_gaat_goed", section_strengths),
    ("zorgen", section_worries),
    ("onze_vraag", section_question),
    ("resultaten", _from_extra("results", results_section)),
    ("afspraken", _from_extra("results", actions_section)),
    ("hulp", lambda plan, st: help_section(plan.extras["results"], st,
                                           plan.extras.get("deployment_children"))
     if plan.extras.get("results") is not None else []),
    ("wie_coordineert", section_coordinator),
    ("terugkijken", section_look_back),
    ("toestemming", section_consent),
    ("handtekeningen", section_signatures),
)


def with_section_after(after: str, name: str, builder: Builder,
                       sections: tuple[tuple[str, Builder], ...] = PLAN_SECTIONS
                       ) -> tuple[tuple[str, Builder], ...]:
    """A copy of `sections` with a section added after the one named `after` (or the
    section of that name replaced), for build_story(plan, sections)."""
    names = [n for n, _ in sections]
    if name in names:
        return tuple((name, builder) if n == name else (n, b) for n, b in sections)
    if after not in names:
        raise KeyError(after)
    i = names.index(after) + 1
    return sections[:i] + ((name, builder),) + sections[i:]


def build_story(plan: PlanData, sections: tuple[tuple[str, Builder], ...] | None = None) -> list:
    from .base import styles

    st = styles()
    story: list[Any] = []
    for _, builder in sections or PLAN_SECTIONS:
        story += builder(plan, st)
    return story


def write_plan_pdf(plan: PlanData, out: Path | str, password: str | None = None,
                   sections: tuple[tuple[str, Builder], ...] | None = None) -> Path:
    """Temp file then rename (reports.base.write_pdf); a password encrypts it before it
    is moved into place."""
    meta = DocMeta(title=f"{TITLE} – gezin {plan.family_name}", version=plan.version, day=plan.day,
                   subject="1Gezin1Plan", password=password)
    return write_pdf(out, meta, lambda: build_story(plan, sections))


def plan_file_name(plan: PlanData) -> str:
    """'Gezinsplan Janssen 2026-07-03 v2.pdf', safe on every file system."""
    safe = "".join(c for c in plan.family_name if c.isalnum() or c in " -_'").strip() or "gezin"
    return f"Gezinsplan {safe} {plan.day.isoformat()} v{plan.version}.pdf"
