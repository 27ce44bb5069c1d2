"""The management report as PDF (tables and charts) and CSV, for a team leader and the
municipality. Takes core.management.ManagementData, never a database; every figure comes
from core.disclosure.public_table, so small counts are '< 5' in both files and in the
charts, and no name or BSN can be in them (the table has none)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..core import codelists
from ..core.disclosure import SUPPRESSED, PublicTable, chart_values, compact, public_table
from ..core.form_outcomes import outcomes_form
from ..core.management import ManagementData
from .base import DocMeta, format_day, markup, para, styles, write_bytes_atomically, write_pdf
from .management_chart import bar_chart

TITLE = "Managementrapportage jeugdhulp"
# Short column headings for the PDF's tables (the CSV keeps the full labels).
SHORT = {
    "new": "Nieuw", "running": "Lopend", "closed": "Afgesloten", "overdue": "Evaluatie te laat",
    "decided": "Met besluit", "coordinated": "Met coördinatie", "deployments": "Totaal",
    "cost": "Geschatte kosten", "cost_unknown": "Kosten onbekend", "scale_downs": "Afgeschaald",
    "saved": "Bespaard", "ended": "Beëindigd", "uitval": "1. Uitval", "useful": "2. Nuttig",
    "without_help": "3.1 Zonder hulp", "no_new_start": "3.2 Geen nieuwe start",
    "goals": "3.4 Doelen bereikt",
}
SECTIONS = (
    ("Casussen", ("new", "running", "closed", "overdue")),
    ("Coördinatie en opvolging", ("decided", "coordinated", "level_")),
    ("Inzet per productcategorie (JZ020)", ("deployments", "jz020_")),
    ("Kosten en afschalen", ("cost", "cost_unknown", "scale_downs", "saved")),
    ("Uitkomsten per traject (landelijke outcome-indicatoren)",
     ("ended", "uitval", "useful", "without_help", "no_new_start", "goals")),
)
CHARTS = (
    ("Casussen", "new", "Nieuwe casussen per gemeente", False),
    ("Coördinatie en opvolging", "coordinated", "Aandeel met coördinatie en opvolging", True),
    ("Uitkomsten per traject (landelijke outcome-indicatoren)", "uitval",
     "1. Uitval", True),
    ("Uitkomsten per traject (landelijke outcome-indicatoren)", "useful",
     "2. Tevreden over het nut van de hulp", True),
    ("Uitkomsten per traject (landelijke outcome-indicatoren)", "without_help",
     "3.1 Verder zonder hulp", True),
    ("Uitkomsten per traject (landelijke outcome-indicatoren)", "no_new_start",
     "3.2 Geen nieuwe start binnen een half jaar", True),
    ("Uitkomsten per traject (landelijke outcome-indicatoren)", "goals",
     "3.4 Doelen bereikt", True),
)


def period_text(data: ManagementData) -> str:
    return f"{format_day(data.start)} tot en met {format_day(data.end)}"


def _rows_for(table: PublicTable, keys: tuple[str, ...]) -> list:
    return [r for r in table.rows
            if any(r[1] == k or (k.endswith("_") and r[1].startswith(k)) for k in keys)]


def _heading(row) -> str:
    key, label = row[1], row[2]
    if key.startswith("jz020_"):
        return key.removeprefix("jz020_")
    if key.startswith("level_"):
        return label.removeprefix("Niveau: ").capitalize()
    return SHORT.get(key, label)


def _table_styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle

    st = styles()
    return {"table": ParagraphStyle("mr", parent=st["table"], fontSize=8.5, leading=11),
            "table_bold": ParagraphStyle("mrb", parent=st["table_bold"], fontSize=8.5,
                                         leading=11)}


def section_table(table: PublicTable, keys: tuple[str, ...], width: float):
    """Transposed: a row per municipality, a column per figure of the section."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = _table_styles()
    rows = _rows_for(table, keys)
    head = [Paragraph("Gemeente", st["table_bold"])] + [
        Paragraph(_heading(r), st["table_bold"]) for r in rows]
    body = []
    for i, name in enumerate(table.columns):
        style = st["table_bold"] if table.has_total and i == len(table.columns) - 1 else st["table"]
        body.append([Paragraph(name, style)] + [Paragraph(compact(r[3][i]), style)
                                                for r in rows])
    first = min(34 * 2.835, width * 0.24)
    widths = [first] + [(width - first) / max(1, len(rows))] * len(rows)
    t = Table([head] + body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d5dbe3")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6")),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if table.has_total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#1d3557")))
    t.setStyle(TableStyle(commands))
    return t


def _category_chart(data: ManagementData, table: PublicTable, width: float):
    rows = _rows_for(table, ("jz020_",))
    items = []
    for r, (code, name) in zip(rows, data.categories.items(), strict=True):
        text = r[3][-1]
        value = None if text == SUPPRESSED else float(data.total().categories.get(code, 0))
        items.append((f"{code} {name}", value, text))
    title = "Trajecten per categorie, " + ("alle gemeenten" if table.has_total
                                           else table.columns[0])
    return bar_chart(title, items, width, label_w=170)


def _definitions(data: ManagementData) -> list:
    form = outcomes_form()
    jz588, jz002 = codelists.jz588(), codelists.jz002()
    uitval = ", ".join(f"{c} {jz588.get(c, '')}" for c in form.uitval.jz588) or "geen"
    uitval_cjg = ", ".join(f"{c} {jz002.get(c, '')}" for c in form.uitval.jz002) or "geen"
    m = data.min_count
    lines = [
        "<b>Periode.</b> Nieuw: de casus begon in de periode. Lopend: de casus was open op de "
        "laatste dag. Afgesloten: de einddatum valt in de periode. Evaluatie te laat: open op "
        f"{data.reference:%d-%m-%Y} en de volgende evaluatie lag daarvoor.",
        "<b>Coördinatie.</b> Van de casussen die in de periode open waren en een besluit "
        "hebben: hoeveel coördinatie en opvolging door het CJG hebben, en op welk niveau.",
        "<b>Inzet en kosten.</b> Een traject is één ingezet product. Geteld worden de trajecten "
        "die op een dag in de periode liepen. De kosten zijn de schatting over de hele "
        "beschikking (tarief × omvang × frequentie, met indexering). Bespaard door afschalen: "
        "wat elke verlaging van de omvang vanaf een dag in de periode scheelde.",
        f"<b>1. Uitval.</b> Van de trajecten die in de periode eindigden: beëindigd met reden "
        f"{uitval} (JZ588, gemeld door de aanbieder) of {uitval_cjg} (JZ002, het CJG). "
        "Voortijdig in overeenstemming of door externe omstandigheden telt niet als uitval.",
        f"<b>2. Tevredenheid.</b> Het antwoord op '{form.tevredenheid.question}' bij de "
        "laatste evaluatie tijdens het traject; nuttig is: " + ", ".join(
            form.tevredenheid.label(v) for v in form.tevredenheid.useful) + ".",
        "<b>3.1 Verder zonder hulp.</b> Na het einde liep er geen ander traject van het gezin "
        f"door en begon er binnen {form.herhaald_beroep.follow_on_days} dag geen nieuw.",
        f"<b>3.2 Geen nieuwe start.</b> Binnen {form.herhaald_beroep.months} maanden na het "
        "einde begon geen nieuw traject voor het gezin (een traject dat direct aansluit telt "
        f"niet). Alleen trajecten die minstens {form.herhaald_beroep.months} maanden geleden "
        "eindigden, kunnen zo beoordeeld worden.",
        "<b>3.4 Doelen bereikt.</b> De resultaten van het traject bij die laatste evaluatie: "
        "bereikt telt 1, deels bereikt een half.",
        f"<b>Kleine aantallen.</b> Een aantal van 1 tot {m - 1} staat als '&lt; {m}'. Een "
        f"aandeel staat er alleen als er minstens {m} trajecten of casussen achter zitten en "
        f"het aantal met én zonder de uitkomst niet 1 tot {m - 1} is. Een bedrag staat er "
        f"alleen met minstens {m} trajecten erachter. Zou een totaal een verborgen getal "
        "verraden, dan is ook het kleinste andere getal verborgen.",
        "Bronnen: NJi, Outcome-indicatoren (geharmoniseerde set VNG en branches); NJi/CBS, "
        "Aan het werk met Outcome in Zicht (2017/2018); CBS, Geen nieuwe start jeugdhulp "
        f"(2020); iStandaarden iJw 3.2 (JZ588, JZ002, JZ020). Regels: forms/outcomes.toml, "
        f"versie {data.rules_version}.",
    ]
    return [markup(line, "small") for line in lines]


def story(data: ManagementData) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    table = public_table(data)
    width = 170 * mm
    where = "alle gemeenten" if table.has_total else table.columns[0]
    out = [para(TITLE, "title"),
           markup(f"<b>Periode:</b> {period_text(data)}<br/><b>Gemeente:</b> {where}<br/>"
                  f"<b>Gemaakt op:</b> {format_day(data.made_on)}"),
           para("Voor de teamleider en de gemeente. Er staan geen namen of BSN's in; aantallen "
                f"onder {data.min_count} staan als '<\u00a0{data.min_count}'.", "small")]
    for title, keys in SECTIONS:
        out.append(para(title, "h1"))
        out.append(section_table(table, keys, width))
        if keys[0] == "deployments":
            out.append(Spacer(1, 2 * mm))
            out.append(para("; ".join(f"{c} {n}" for c, n in data.categories.items()), "small"))
            if data.categories:
                out.append(_category_chart(data, table, width))
        for section, key, chart_title, percent in CHARTS:
            if section == title and len(table.columns) > (2 if table.has_total else 0):
                out.append(Spacer(1, 3 * mm))
                out.append(bar_chart(chart_title, chart_values(data, table, key), width,
                                     percent=percent))
    out.append(para("Zo is geteld", "h1"))
    out.extend(_definitions(data))
    return out


def file_name(data: ManagementData, suffix: str) -> str:
    """managementrapportage-2026-01-01-2026-06-30[-roermond].pdf: no personal data."""
    where = "" if len(data.municipalities) != 1 else "-" + re.sub(
        r"[^a-z0-9]+", "-", data.municipalities[0].casefold()).strip("-")
    return f"managementrapportage-{data.start:%Y-%m-%d}-{data.end:%Y-%m-%d}{where}.{suffix}"


def write_management_pdf(data: ManagementData, out: Path | str,
                         password: str | None = None) -> Path:
    meta = DocMeta(title=TITLE, day=data.made_on, subject=period_text(data), password=password)
    return write_pdf(out, meta, lambda: story(data))


def csv_text(data: ManagementData) -> str:
    """Semicolons and a BOM, so Dutch spreadsheet programs open it as columns."""
    table = public_table(data)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Managementrapportage jeugdhulp", period_text(data)])
    writer.writerow(["onderdeel", "cijfer", "omschrijving", *table.columns])
    for section, key, label, cells in table.rows:
        writer.writerow([section, key, label, *cells])
    return "\ufeff" + buffer.getvalue()


def write_management_csv(data: ManagementData, out: Path | str) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_bytes_atomically(out, csv_text(data).encode("utf-8"))
