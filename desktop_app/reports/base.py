"""What every Gezinsplan PDF shares: fonts with Dutch characters, plain
readable styles (B1: short lines, 11 pt), a footer with title, date, version and
'pagina X van Y' on every page, optional password protection, and the rule that
a PDF is written to a temp file and moved into place only on success."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .. import __version__
from ..paths import resources_dir

FONT = "GPSans"
FONT_BOLD = "GPSans-Bold"
FONT_ITALIC = "GPSans-Italic"
ORGANISATION = "Centrum voor Jeugd en Gezin Midden-Limburg"

_fonts_ready = False


def register_fonts() -> None:
    """DejaVu Sans ships in resources/fonts, so ë, é, ï and € print the same on
    every laptop. Registered once per process."""
    global _fonts_ready
    if _fonts_ready:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)
    _fonts_ready = True


@dataclass
class DocMeta:
    title: str  # shown in the footer and as the PDF title
    version: int = 1  # version of the document (the plan), not of the app
    day: date = field(default_factory=date.today)
    subject: str = ""
    author: str = ORGANISATION
    password: str | None = None  # when set, the PDF opens only with it
    # Files attached to the PDF (name, bytes), e.g. the access request's JSON: inside the
    # encryption when protected, never printed on the pages.
    attachments: tuple[tuple[str, bytes], ...] = ()


def styles() -> dict[str, Any]:
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    base = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15.5, spaceAfter=2.5 * mm)
    ink = colors.HexColor("#1d3557")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#4a5563")),
        "quote": ParagraphStyle(
            "quote", parent=base, fontName=FONT_ITALIC, leftIndent=6 * mm, borderPadding=(2 * mm, 3 * mm),
            backColor=colors.HexColor("#f1f5f9"), spaceBefore=1 * mm, spaceAfter=3 * mm,
        ),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25,
                                textColor=ink, spaceAfter=4 * mm),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14.5, leading=19,
                             textColor=ink, spaceBefore=5 * mm, spaceAfter=2.5 * mm, keepWithNext=True),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16,
                             spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=True),
        "table": ParagraphStyle("table", parent=base, fontSize=10, leading=13, spaceAfter=0),
        "table_bold": ParagraphStyle("table_bold", parent=base, fontName=FONT_BOLD, fontSize=10,
                                     leading=13, spaceAfter=0),
        "ink": ink,
    }


def esc(text: str | None) -> str:
    """Escape user text for a reportlab Paragraph (it reads a little XML)."""
    from xml.sax.saxutils import escape

    return escape(text or "").replace("\n", "<br/>")


def para(text: str, style: str = "body", st: dict | None = None):
    """A Paragraph of plain user text (escaped)."""
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text), (st or styles())[style])


def markup(text: str, style: str = "body", st: dict | None = None):
    """A Paragraph of trusted markup written by us (bold, line breaks)."""
    from reportlab.platypus import Paragraph

    return Paragraph(text, (st or styles())[style])


def simple_table(rows: Sequence[Sequence[str]], widths: Sequence[float] | None = None,
                 header: bool = True, st: dict | None = None):
    """A light table of plain text cells that wraps long words and names."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = st or styles()
    data = [
        [Paragraph(esc(str(cell)), st["table_bold" if header and i == 0 else "table"]) for cell in row]
        for i, row in enumerate(rows)
    ]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d5dbe3")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6")))
    table.setStyle(TableStyle(commands))
    return table


def format_day(day: date | None) -> str:
    """'3 juli 2026' – easier to read for families than 03-07-2026."""
    from ..core.dates import dutch_day

    return dutch_day(day)


def write_pdf(out: Path | str, meta: DocMeta, story: list | Callable[[], list]) -> Path:
    """Build the PDF in memory (encrypted there when `meta.password` is set, so a
    protected PDF never touches the disk readable), write it to a temp file beside `out`
    and move it into place only when complete, so a crash or full disk never leaves half
    a letter – or a readable copy of a protected one – behind."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_bytes_atomically(out, pdf_bytes(meta, story))


def write_bytes_atomically(out: Path, data: bytes) -> Path:
    """`data` to a temp file beside `out` (0600, flushed to disk), then renamed."""
    fd, tmp_name = tempfile.mkstemp(prefix=".gezinsplan-", suffix=".pdf.part", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, out)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return out


def pdf_bytes(meta: DocMeta, story: list | Callable[[], list]) -> bytes:
    """The whole PDF in memory (encrypted when `meta.password` is set)."""
    register_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import SimpleDocTemplate

    flowables = story() if callable(story) else story
    footer_left = f"{meta.title} · {format_day(meta.day)} · versie {meta.version}"
    footer_app = f"Gezinsplan {__version__}"

    class NumberedCanvas(rl_canvas.Canvas):
        """Two passes in one: pages are kept until the end so each footer can
        say 'pagina X van Y'."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = A4
            self.saveState()
            self.setFont(FONT, 8.5)
            self.setFillGray(0.35)
            self.drawString(18 * mm, 10 * mm, footer_left)
            self.drawRightString(width - 18 * mm, 10 * mm, f"pagina {self._pageNumber} van {total}")
            self.drawString(18 * mm, 6 * mm, f"{ORGANISATION} · {footer_app}")
            self.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
        bottomMargin=22 * mm, title=meta.title, author=meta.author, subject=meta.subject,
        creator=footer_app, lang="nl-NL",
    )
    doc.build(flowables, canvasmaker=NumberedCanvas)
    data = buffer.getvalue()
    if meta.attachments:
        return _encrypt(data, meta.password, meta.attachments)
    return _encrypt(data, meta.password) if meta.password else data


def _encrypt(data: bytes, password: str | None, attachments=()) -> bytes:
    """Attachments added, then AES-256 through pypdf, in memory: reportlab's own 128-bit
    mode is RC4 (broken) and its 256-bit output is not readable by poppler or pypdf."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for name, content in attachments:
        writer.add_attachment(name, content)
    if password:
        writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256",
                       permissions_flag=-3904)  # print and copy allowed, no changes
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
