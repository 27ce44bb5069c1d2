"""The evaluation report for the family, in plain Dutch (B1, 'u', like the plan and
the letters): what we wanted to reach, where we are now (a chart of the levels over
time), what goes well, what we decided about the help and why, the next steps
and the next evaluation; optionally an annex for professionals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core import evaluation as ev
from ..core.contact import ConsultantDetails
from ..core.evaluation import EvaluationReportData
from ..core.follow_up_words import follow_up_reason
from ..core.gas import LEVEL_NAMES
from .base import (
    DocMeta,
    esc,
    format_day,
    markup,
    para,
    pdf_bytes,
    simple_table,
    styles,
    write_pdf,
)
from .letters.common import NAME_PLACEHOLDER, in_brackets

TITLE = "Evaluatie van uw gezinsplan"
REACHED_WORDS = {"ja": "Dit is bereikt.", "deels": "Dit is voor een deel bereikt.",
                 "nee": "Dit is nog niet bereikt."}
FAMILY_LEVELS = {-2: "veel minder dan we hoopten", -1: "minder dan we hoopten",
                 0: "zoals we hoopten: het doel", 1: "beter dan we hoopten",
                 2: "veel beter dan we hoopten"}
NUMBER_WORDS = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", 6: "zesde"}


def _mm():
    from reportlab.lib.units import mm

    return mm


def _h1(text: str, st: dict):
    return markup(esc(text), "h1", st)


def _details(d: EvaluationReportData) -> ConsultantDetails:
    found = d.consultant_details
    return found if isinstance(found, ConsultantDetails) else ConsultantDetails()


def _consultant_name(d: EvaluationReportData) -> str:
    return _details(d).name or d.consultant or NAME_PLACEHOLDER


def _title(d: EvaluationReportData, st: dict) -> list:
    nth = NUMBER_WORDS.get(d.number, f"{d.number}e")
    out = [markup(esc(f"{TITLE}: gezin {d.family_name}"), "title", st)]
    if d.draft:
        out.append(markup("<b>Concept</b> – dit gesprek is nog niet afgerond.", "body", st))
    out += [
        para(f"Op {format_day(d.held_on)} heeft u samen met het Centrum voor Jeugd en Gezin "
             f"(CJG) gekeken hoe het gaat. Dit was de {nth} keer. In dit verslag staat wat u "
             "wilde bereiken, hoe het nu gaat en wat we samen hebben afgesproken.", "body", st),
        para(f"Casus {d.case_number} · uw consulent: {_consultant_name(d)}"
             + (f", {_details(d).team}" if _details(d).team else ""), "small", st),
    ]
    return out


def _goals(d: EvaluationReportData, st: dict) -> list:
    out = [_h1("Wat wilde u bereiken?", st)]
    if not d.results:
        return out + [para("Er zijn nog geen doelen opgeschreven.", "body", st)]
    out.append(para("Dit zijn de doelen die u zelf heeft gekozen, in uw eigen woorden:",
                    "body", st))
    for n, r in enumerate(d.results, start=1):
        out.append(markup(f"<b>{n}.</b> {esc(r.title)}", "body", st))
    return out


def _now(d: EvaluationReportData, st: dict) -> list:
    from reportlab.platypus import KeepTogether

    from .evaluation_chart import legend, levels_chart

    mm = _mm()
    out = [_h1("Waar staat u nu?", st),
           para("Bij elk doel kijken we op een schaal van -2 tot +2. 0 betekent: het doel is "
                "bereikt zoals we hoopten. Onder de 0 is het minder, boven de 0 is het beter.",
                "body", st)]
    series = [(str(n), r.history) for n, r in enumerate(d.results, start=1)]
    if any(lv is not None for _, h in series for _, lv in h):
        width = 170 * mm
        chart = [levels_chart(series, width), legend([f"doel {s}" for s, _ in series], width)]
        if len({day for _, h in series for day, _ in h}) < 2:
            chart.append(para("Na de volgende evaluatie ziet u hier een lijn per doel.",
                              "small", st))
        out.append(KeepTogether(chart))
    for n, r in enumerate(d.results, start=1):
        block = [markup(f"<b>Doel {n}:</b> {esc(r.title)}", "h2", st)]
        if r.level is not None:
            described = r.levels_text.get(r.level, "").strip()
            text = f"Nu: {r.level:+d}, {FAMILY_LEVELS[r.level]}." if r.level else \
                f"Nu: 0, {FAMILY_LEVELS[0]}."
            if described:
                text += f" Dat betekent: {described}"
            block.append(para(text, "body", st))
        if r.reached:
            block.append(para(REACHED_WORDS[r.reached], "body", st))
        head = list(block)
        if r.words:  # the label never stays behind without the family's words
            head.append(KeepTogether([para("Wat u erover zegt:", "small", st),
                                      para(r.words, "quote", st)]))
        out.append(KeepTogether(head[:3]))
        out += head[3:]
    return out


def _goes_well(d: EvaluationReportData, st: dict) -> list:
    if not d.goes_well:
        return []
    return [_h1("Wat gaat goed?", st), para(d.goes_well, "body", st)]


def _help(d: EvaluationReportData, st: dict) -> list:
    out = [_h1("Wat hebben we besloten over de hulp?", st)]
    if not d.help:
        return out + [para("Er loopt op dit moment geen hulp van een zorgaanbieder.", "body", st)]
    out.append(para(
        "We kijken altijd of de hulp minder kan. Dat heet afschalen: minder uren, of hulp "
        "dichtbij in de buurt (het voorliggend veld), zoals het wijkteam, de school of een "
        "vereniging. Soms is juist meer hulp nodig; dat heet opschalen.", "body", st))
    for h in d.help:
        who = f" van {h.provider}" if h.provider else ""
        block = [markup(f"<b>{esc(h.product)}</b>{esc(who)}", "h2", st),
                 para(f"Hoeveel: {h.volume}. Toegekend: {h.period}.", "small", st)]
        if h.ended:
            block.append(para(h.ended, "small", st))
        block.append(markup(f"<b>Besluit:</b> {esc(h.conclusion)}. {esc(h.detail)}", "body", st))
        if h.why:
            block.append(markup(f"<b>Waarom:</b> {esc(h.why)}", "body", st))
        out += block
    return out


def _satisfaction(d: EvaluationReportData, st: dict) -> list:
    if d.satisfaction is None and not d.satisfaction_words:
        return []
    out = [_h1("Hoe tevreden bent u over de hulp?", st)]
    if d.satisfaction is not None:
        out.append(para(f"U geeft de hulp een {d.satisfaction} (op een schaal van 1 tot 10).",
                        "body", st))
    if d.satisfaction_words:
        out.append(para(d.satisfaction_words, "quote", st))
    return out


def _next(d: EvaluationReportData, st: dict) -> list:
    out = [_h1("Wat gaan we nu doen?", st)]
    if d.next_steps:
        out.append(para(d.next_steps, "body", st))
    if d.next_date:
        reason = follow_up_reason(d.next_evaluation)
        out.append(markup(f"<b>De volgende keer dat we samen kijken: {format_day(d.next_date)}.</b>"
                          + (f" {esc(reason)}" if reason else ""), "body", st))
        out.append(para("Wij nemen voor die tijd contact met u op om een afspraak te maken.",
                        "body", st))
    else:
        out.append(para("Er is geen nieuwe evaluatie gepland.", "body", st))
    if d.beschikking_end:
        out.append(para(
            f"De beschikking loopt tot {format_day(d.beschikking_end)}. Een beschikking is het "
            "besluit van de gemeente dat u deze hulp krijgt, en voor hoe lang.", "small", st))
    out.append(para(f"Vragen? Bel of mail {_consultant_name(d)}, uw consulent van het CJG"
                    f"{in_brackets(_details(d))}.", "body", st))
    return out


def _annex(d: EvaluationReportData, st: dict) -> list:
    from reportlab.platypus import PageBreak

    mm = _mm()
    out: list[Any] = [PageBreak(), _h1("Bijlage voor professionals", st),
                      para("Deze bijlage is voor hulpverleners. U hoeft hem niet te lezen.",
                           "small", st)]
    rows = [["Nr.", "Formulering (SMART)", "Start", "Nu", "Bereikt"]]
    for n, r in enumerate(d.results, start=1):
        rows.append([str(n), r.formulation or r.title,
                     "" if r.start_level is None else f"{r.start_level:+d}",
                     "" if r.level is None else f"{r.level:+d} {LEVEL_NAMES[r.level]}",
                     ev.REACHED_LABELS.get(r.reached, "")])
    out.append(simple_table(rows, [13 * mm, 72 * mm, 17 * mm, 42 * mm, 26 * mm], st=st))
    if d.t_scores:
        out.append(markup("<b>GAS T-score</b> (50 = doelen gemiddeld bereikt)", "h2", st))
        out.append(simple_table([["Datum", "T-score"]] + [
            [format_day(day), f"{score:.1f}".replace(".", ",")] for day, score in d.t_scores],
            [60 * mm, 30 * mm], st=st))
    from reportlab.platypus import Spacer

    out.append(Spacer(1, 4 * mm))
    figures = []
    if d.doelrealisatie is not None:
        figures.append(f"Doelrealisatie: {round(d.doelrealisatie * 100)}% (deels telt half).")
    if d.satisfaction is not None:
        figures.append(f"Cliënttevredenheid: {d.satisfaction}/10.")
    if d.uitval is not None:
        figures.append("Uitval: " + ("ja, hulp voortijdig beëindigd." if d.uitval else "nee."))
    for line in figures:
        out.append(para(line, "body", st))
    if d.professional_notes:
        out += [markup("<b>Notities van de consulent</b>", "h2", st),
                para(d.professional_notes, "body", st)]
    return out


def _document(d: EvaluationReportData, password: str | None, professional: bool):
    def story() -> list:
        st = styles()
        parts = _title(d, st) + _goals(d, st) + _now(d, st) + _goes_well(d, st) + \
            _help(d, st) + _satisfaction(d, st) + _next(d, st)
        return parts + (_annex(d, st) if professional else [])

    meta = DocMeta(title=f"Evaluatie – gezin {d.family_name}", version=d.number, day=d.held_on,
                   subject="Evaluatie 1Gezin1Plan", password=password)
    return meta, story


def render_evaluation(d: EvaluationReportData, out: Path | str, password: str | None = None,
                      professional: bool = False) -> Path:
    meta, story = _document(d, password, professional)
    return write_pdf(out, meta, story)


def evaluation_pdf_bytes(d: EvaluationReportData, professional: bool = False) -> bytes:
    """The report in memory, for the in-app preview: no file anywhere."""
    meta, story = _document(d, None, professional)
    return pdf_bytes(meta, story)


def evaluation_file_name(d: EvaluationReportData) -> str:
    safe = "".join(c for c in d.family_name if c.isalnum() or c in " -_'").strip() or "gezin"
    return f"Evaluatie {safe} {d.held_on.isoformat()}.pdf"
