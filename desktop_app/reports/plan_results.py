"""Plan sections for results, actions and deployed help, in plain Dutch (B1).

Each builder is `(data: PlanResultsData, st: styles()) -> list[Flowable]`; the plan
(reports/plan.py) puts them in its ordered list of sections. Data comes from
`store.results.plan_results_data(db, case_id)`."""

from __future__ import annotations

from ..core.costs import format_volume
from ..core.gas import LEVELS
from ..core.results import LOCATION_LABELS, PlanResultsData
from .base import esc, format_day, markup, para, simple_table

LEVEL_WORDS = {
    -2: "-2 · veel minder dan we hopen",
    -1: "-1 · minder dan we hopen",
    0: "0 · het doel",
    1: "+1 · beter dan het doel",
    2: "+2 · veel beter dan het doel",
}
WHO_WORDS = {"gezin": "gezin", "netwerk": "netwerk", "professional": "hulpverlener"}
ACTION_STATUS_WORDS = {"gepland": "nog doen", "bezig": "bezig", "gedaan": "gedaan",
                       "vervallen": "niet meer nodig"}
DEPLOYMENT_STATUS_WORDS = {"aangevraagd": "aangevraagd", "toegewezen": "toegekend",
                           "gestart": "loopt", "beëindigd": "gestopt"}


def _names(data: PlanResultsData, ids: list[int]) -> str:
    return ", ".join(data.members[i] for i in ids if i in data.members)


def _key_values(rows: list[tuple[str, str]], st, width_mm: float = 42):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph(esc(k), st["table_bold"]), Paragraph(esc(v), st["table"])]
            for k, v in rows if v]
    table = Table(data, colWidths=[width_mm * mm, (170 - width_mm) * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#e3e8ee")),
    ]))
    return table


def results_section(data: PlanResultsData, st) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    out = [markup("Wat we samen willen bereiken", "h1", st)]
    if not data.results:
        return out + [para("Er zijn nog geen resultaten vastgelegd.", "body", st)]
    out.append(para(
        "Hier staan de resultaten die u samen met ons heeft gekozen. Bij elk resultaat staat "
        "een schaal van -2 tot +2. 0 is het doel. Bij de evaluatie kijken we samen waar u dan "
        "staat.", "body", st))
    for number, result in enumerate(data.results, start=1):
        block = [markup(f"Resultaat {number}: {esc(result.title)}", "h2", st)]
        if result.family_words and result.formulation:
            block.append(para(f"Zo zegt de hulpverlener het: {result.formulation}", "body", st))
        rows = [
            ("Voor wie", _names(data, result.member_ids)),
            ("Leefgebied", ", ".join(result.domains)),
            ("Wie let erop", result.owner),
            ("Wanneer bereikt", format_day(result.target_date)),
            ("Telt mee", f"{result.weight} keer" if result.weight > 1 else ""),
        ]
        if any(v for _, v in rows):
            block.append(_key_values(rows, st))
            block.append(Spacer(1, 2 * mm))
        level_rows = [["Stap", "Wat betekent dat", "Waar staat u"]]
        for level in reversed(LEVELS):
            marks = []
            if level == result.start_level:
                marks.append("hier begonnen we")
            if level == 0:
                marks.append("doel")
            level_rows.append([LEVEL_WORDS[level], result.levels.get(level, "") or "–",
                               ", ".join(marks)])
        block.append(simple_table(level_rows, widths=[56 * mm, 84 * mm, 30 * mm], st=st))
        out.append(KeepTogether(block))
    return out


def actions_section(data: PlanResultsData, st) -> list:
    from reportlab.lib.units import mm

    out = [markup("Wie doet wat, en wanneer", "h1", st)]
    if not data.actions:
        return out + [para("Er zijn nog geen afspraken vastgelegd.", "body", st)]
    numbers = {r.id: n for n, r in enumerate(data.results, start=1)}
    rows = [["Wat", "Wie", "Wanneer", "Hoe staat het"]]
    for action in data.actions:
        who = action.who or WHO_WORDS.get(action.who_kind, action.who_kind)
        if action.who:
            who += f" ({WHO_WORDS.get(action.who_kind, action.who_kind)})"
        what = action.what or "–"
        if action.result_id in numbers:
            what += f" (resultaat {numbers[action.result_id]})"
        rows.append([what, who, format_day(action.due) or "–",
                     ACTION_STATUS_WORDS.get(action.status, action.status)])
    out.append(simple_table(rows, widths=[72 * mm, 40 * mm, 30 * mm, 28 * mm], st=st))
    return out


def help_section(data: PlanResultsData, st, children: dict[int, list[int]] | None = None
                 ) -> list:
    """`children`: deployment id -> the ids of the children the help is for."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    out = [markup("De hulp die u krijgt", "h1", st)]
    if not data.deployments:
        return out + [para("Er is (nog) geen hulp van een zorgaanbieder ingezet.", "body", st)]
    out.append(para(
        "Hieronder staat welke hulp u krijgt, van wie, hoeveel en hoe lang. De gemeente "
        "besluit of u de hulp krijgt. Dat besluit heet een beschikking. In de beschikking staat "
        "voor welke periode de hulp is.", "body", st))
    numbers = {r.id: n for n, r in enumerate(data.results, start=1)}
    for dep in data.deployments:
        history = "; ".join(
            f"vanaf {format_day(c.from_date)}: {format_volume(c.new)} "
            f"(was {format_volume(c.old)})" for c in dep.history)
        period = ""
        if dep.start or dep.end:
            period = f"{format_day(dep.start) or '?'} tot en met {format_day(dep.end) or '?'}"
        rows = [
            ("Zorgaanbieder", dep.provider_name or "nog niet gekozen"),
            ("Voor wie", _names(data, (children or {}).get(dep.id, []))),
            ("Hoeveel", format_volume(dep.volume)),
            ("Wijziging", history),
            ("Waar", LOCATION_LABELS.get(dep.location, dep.location)),
            ("Periode", period),
            ("Beschikking", dep.beschikkingnummer),
            ("Helpt bij", ", ".join(f"resultaat {numbers[i]}" for i in dep.result_ids
                                    if i in numbers)),
            ("Stand", DEPLOYMENT_STATUS_WORDS.get(dep.status, dep.status)),
        ]
        title = dep.product_name or "Hulp (product nog niet gekozen)"
        out.append(KeepTogether([markup(esc(title), "h2", st), _key_values(rows, st),
                                 Spacer(1, 2 * mm)]))
    return out


SECTIONS = (results_section, actions_section, help_section)
