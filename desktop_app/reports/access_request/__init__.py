"""The readable PDF of an access request (AVG inzage): everything held about a family,
section by section in plain Dutch, plus who created, changed or exported it. Input is the
dict of store.export.collect (plain data; this package does no SQL). The same data goes,
for a computer, into a JSON file (0600) – or, with a password, into the one protected PDF
as an attached file, never as text on its pages."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from ..base import DocMeta, esc, format_day, markup, para, simple_table, styles, write_pdf
from .labels import ACTION_LABELS, COLUMN_LABELS, TABLE_LABELS, column_label, table_label
from .values import Reader

__all__ = ["COLUMN_LABELS", "TABLE_LABELS", "export_files", "json_bytes", "write_access_pdf"]


def _ordered(tables: dict) -> list[tuple[str, list]]:
    known = [(t, tables[t]) for t in TABLE_LABELS if t in tables]
    return known + [(t, rows) for t, rows in tables.items() if t not in TABLE_LABELS]


def _indented(st, depth: int) -> str:
    """The name of a 'small' style indented `depth` levels (made once per depth)."""
    from reportlab.lib.styles import ParagraphStyle

    name = f"small_{depth}"
    if name not in st:
        st[name] = ParagraphStyle(name, parent=st["small"], leftIndent=12 * depth,
                                  spaceBefore=0, spaceAfter=1)
    return name


LONG = 12  # lines: a longer value (a decision's snapshot) goes below the table, line by line


def _rows(reader: Reader, row: dict, st) -> list:
    from reportlab.lib.units import mm

    cells, below = [], []
    for k, v in row.items():
        text = reader.value(k, v)
        if text.count("\n") >= LONG:
            cells.append([column_label(k), "staat hieronder"])
            below.append((column_label(k), text))
        else:
            cells.append([column_label(k), text])
    out = [simple_table([["Gegeven", "Wat er staat"], *cells], widths=[58 * mm, 112 * mm],
                        st=st)]
    for label, text in below:
        out.append(markup(f"<b>{esc(label[:1].upper() + label[1:])}</b>", "body", st))
        for line in text.splitlines():
            depth = (len(line) - len(line.lstrip(" "))) // 4
            out.append(markup(esc(line.strip()), _indented(st, depth), st))
    return out


def _story(data: dict) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    st = styles()
    reader = Reader(data)
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
    for table, rows in _ordered(data["tables"]):
        story.append(markup(f"{table_label(table)} ({len(rows)})", "h1", st))
        if not rows:
            story.append(para("Hierover is niets opgeslagen.", "body", st))
        for row in rows:
            if table == "sync_conflicts":
                row = _readable_conflict(row)
            story += _rows(reader, row, st)
            story.append(Spacer(1, 3 * mm))
    story.append(markup("Wie heeft de gegevens gemaakt, veranderd of gedeeld", "h1", st))
    story.append(para(
        "Hieronder staat elke keer dat iemand iets aanmaakte, veranderde of deelde. "
        "Alleen welke gegevens het waren, niet de inhoud.", "body", st))
    trail = [["Wanneer", "Wie", "Wat", "Welke gegevens"]]
    for e in data["audit"]:
        what = f"{table_label(e['tbl'])}: {ACTION_LABELS.get(e['action'], e['action'])}"
        if e["action"] == "insert":
            fields = "alle gegevens"
        else:
            fields = ", ".join(column_label(f) for f in (e["fields"] or "").split(",") if f)
        trail.append([reader.value("", e["at"]), e["who"], what, fields or "–"])
    if len(trail) == 1:
        trail.append(["–", "–", "–", "–"])
    story.append(simple_table(trail, widths=[38 * mm, 32 * mm, 45 * mm, 55 * mm], st=st))
    return story


def json_bytes(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def write_access_pdf(data: dict, out: Path, password: str | None = None,
                     include_json: bool = False) -> Path:
    """With `include_json`, the machine-readable copy is attached to the PDF as a file
    (inside the encryption when protected), not printed on its pages."""
    made = datetime.fromisoformat(data["generated_at"])
    stem = f"inzage-gezin-{data['family_id']}-{data['generated_at'][:10]}"
    attachments = ((f"{stem}.json", json_bytes(data)),) if include_json else ()
    meta = DocMeta(title=f"Inzage gezin {data['family_id']}", day=made.date(), password=password,
                   subject="Inzage (AVG)", attachments=attachments)
    return write_pdf(out, meta, lambda: _story(data))


_CONFLICT_KINDS = {"field": "op twee laptops veranderd", "refused": "niet aangenomen: de "
                   "casus was overgedragen", "gone": "elders verwijderd",
                   "deleted": "hier verwijderd, elders veranderd"}
_CHOICES = {"mine": "de waarde van deze laptop", "theirs": "de waarde van de server"}


def _readable_conflict(row: dict) -> dict:
    """A conflict record in the family's words: which part and field, the values as text."""
    import json

    def text(value):
        try:
            value = json.loads(value) if isinstance(value, str) else value
        except ValueError:
            pass
        return "–" if value is None else value

    return {**row, "tbl": table_label(row["tbl"]), "field": column_label(row["field"]),
            "kind": _CONFLICT_KINDS.get(row["kind"], row["kind"]),
            "base": text(row["base"]), "mine": text(row["mine"]), "theirs": text(row["theirs"]),
            "resolution": _CHOICES.get(row.get("resolution"), row.get("resolution"))}


def export_files(data: dict, out_dir: Path, password: str | None = None) -> list[Path]:
    """The files of an access request. Without a password: a JSON file and a PDF, both
    0600. With one: a single protected PDF that carries the JSON as an attached file, so
    nothing readable is left beside it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"inzage-gezin-{data['family_id']}-{data['generated_at'][:10]}"
    pdf = write_access_pdf(data, out_dir / f"{stem}.pdf", password, include_json=bool(password))
    if password:
        return [pdf]
    target = out_dir / f"{stem}.json"
    tmp = target.with_name(target.name + ".part")
    try:
        # 0600 from the first byte, like the PDF (base.write_bytes_atomically).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(json_bytes(data))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return [target, pdf]
