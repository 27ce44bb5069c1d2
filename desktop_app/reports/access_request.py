"""The readable PDF of an access request (AVG inzage): everything held about a
family, table by table, plus who created, changed or exported it. Input is the
dict of store.export.collect (plain data; this module does no SQL)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from .base import FONT, DocMeta, format_day, markup, para, simple_table, styles, write_pdf

TABLE_LABELS = {
    "families": "Gezin",
    "persons": "Gezinsleden",
    "cases": "Casussen",
    "intakes": "Intake",
    "intake_domains": "Leefgebieden",
    "intake_questions": "Vragen van de intake",
    "network_contacts": "Netwerk",
    "consents": "Toestemmingen",
    "results": "Resultaten",
    "actions": "Afspraken",
    "deployments": "Ingezette hulp",
    "deployment_results": "Hulp bij resultaten",
    "deployment_events": "Wijzigingen in de hulp",
    "deployment_volume_changes": "Wijzigingen in de omvang van de hulp",
    "coordination_decisions": "Besluiten over coördinatie",
    "coordination_drafts": "Concepten van besluiten",
    "evaluations": "Evaluaties",
    "evaluation_results": "Resultaten in evaluaties",
    "evaluation_conclusions": "Conclusies van evaluaties",
}
COLUMN_LABELS = {
    "id": "nummer", "family_id": "gezinsnummer", "case_id": "casusnummer (intern)",
    "person_id": "persoonsnummer", "family_name": "gezinsnaam", "street": "straat",
    "house_number": "huisnummer", "postcode": "postcode", "city": "plaats",
    "municipality": "gemeente", "phone": "telefoon", "email": "e-mail", "youths": "jeugdigen",
    "case_status": "status", "next_evaluation": "volgende evaluatie",
    "coordination": "coördinatie door CJG", "created_at": "aangemaakt", "updated_at": "gewijzigd",
    "role": "rol", "first_name": "voornaam", "last_name": "achternaam",
    "birth_date": "geboortedatum", "bsn": "BSN", "gezag": "gezag", "case_number": "casusnummer",
    "region": "regio", "status": "status", "consultant": "consulent", "start_date": "begin",
    "end_date": "einde",
    # the case's derived state and costs (store.case_state, costs)
    "estimated_cost": "geschatte kosten", "sort_name": "naam voor sorteren",
    "close_reason": "reden van afsluiten", "next_evaluation_why": "reden volgende evaluatie",
    "review_group": "beoordelingsgroep", "review_due": "beoordelen vóór",
    "decision_id": "besluitnummer", "coordination_level": "niveau van coördinatie",
}
MONEY_COLUMNS = {"estimated_cost"}  # stored in cents
ACTION_LABELS = {
    "insert": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd",
    "export": "geëxporteerd", "print": "afgedrukt", "access_request": "inzage gemaakt",
}


def _value(key: str, value) -> str:
    if value is None or value == "":
        return "–"
    if key in ("gezag", "coordination") and value in (0, 1):
        return "ja" if value else "nee"
    if key in MONEY_COLUMNS and isinstance(value, int):
        return "€ " + f"{value / 100:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_day(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str) and len(value) == 19 and value[10] == "T":
        try:
            moment = datetime.fromisoformat(value)
            return f"{format_day(moment.date())} {moment:%H:%M}"
        except ValueError:
            return value
    return str(value)


def _label(table: str) -> str:
    return TABLE_LABELS.get(table, table.replace("_", " ").capitalize())


def write_access_pdf(data: dict, out: Path, password: str | None = None,
                     include_json: bool = False) -> Path:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Preformatted, Spacer

    st = styles()
    made = datetime.fromisoformat(data["generated_at"])
    story = [
        markup("Inzage: alle gegevens over uw gezin", "title", st),
        para(
            "U heeft gevraagd welke gegevens het Centrum voor Jeugd en Gezin over uw gezin bewaart. "
            "Dat is uw recht (de AVG noemt dit 'inzage'). In dit document staat alles wat in "
            f"Gezinsplan over uw gezin is opgeslagen op {format_day(made.date())}. "
            "Achteraan staat wie de gegevens heeft gemaakt, veranderd of gedeeld.", "body", st),
        para(
            "Klopt er iets niet? Dan mag u vragen om het te verbeteren. U mag ook vragen om "
            "gegevens te laten vernietigen. Vanaf 12 jaar mag een jeugdige dat zelf vragen.",
            "body", st),
    ]
    for table, rows in data["tables"].items():
        story.append(markup(f"{_label(table)} ({len(rows)})", "h1", st))
        if not rows:
            story.append(para("Hierover is niets opgeslagen.", "body", st))
        for row in rows:
            cells = [[COLUMN_LABELS.get(k, k.replace("_", " ")), _value(k, v)] for k, v in row.items()]
            story.append(simple_table([["Gegeven", "Inhoud"], *cells], widths=[55 * mm, 115 * mm],
                                      st=st))
            story.append(Spacer(1, 3 * mm))
    story.append(markup("Wie heeft de gegevens gemaakt, veranderd of gedeeld", "h1", st))
    story.append(para(
        "Hieronder staat elke keer dat iemand iets aanmaakte, veranderde of deelde. "
        "Alleen welke gegevens het waren, niet de inhoud.", "body", st))
    trail = [["Wanneer", "Wie", "Wat", "Welke gegevens"]]
    for e in data["audit"]:
        what = f"{_label(e['tbl'])}: {ACTION_LABELS.get(e['action'], e['action'])}"
        if e["action"] == "insert":
            fields = "alle gegevens"
        else:
            fields = ", ".join(COLUMN_LABELS.get(f, f) for f in e["fields"].split(",") if f)
        trail.append([_value("", e["at"]), e["who"], what, fields or "–"])
    if len(trail) == 1:
        trail.append(["–", "–", "–", "–"])
    story.append(simple_table(trail, widths=[35 * mm, 35 * mm, 45 * mm, 55 * mm], st=st))
    if include_json:
        story.append(markup("Bijlage: dezelfde gegevens voor een computer (JSON)", "h1", st))
        mono = ParagraphStyle("mono", fontName=FONT, fontSize=6.5, leading=8)
        text = json.dumps(data, ensure_ascii=False, indent=1, default=str)
        story.append(Preformatted(text, mono, maxLineLength=120))
    meta = DocMeta(title=f"Inzage gezin {data['family_id']}", day=made.date(), password=password,
                   subject="Inzage (AVG)")
    return write_pdf(out, meta, story)


def export_files(data: dict, out_dir: Path, password: str | None = None) -> list[Path]:
    """The files of an access request. Without a password: a JSON file and a PDF.
    With one: a single protected PDF that also carries the JSON as an appendix,
    so nothing readable is left beside it."""
    import os

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"inzage-gezin-{data['family_id']}-{data['generated_at'][:10]}"
    pdf = write_access_pdf(data, out_dir / f"{stem}.pdf", password, include_json=bool(password))
    if password:
        return [pdf]
    target = out_dir / f"{stem}.json"
    tmp = target.with_name(target.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2, default=str)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return [target, pdf]
