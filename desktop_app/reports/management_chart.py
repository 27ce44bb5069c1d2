"""Charts for the management report with reportlab graphics: one horizontal bar per
municipality (or category). A suppressed value gets no bar, only '< 5' - a chart shows
nothing the table hides."""

from __future__ import annotations

from .base import FONT, FONT_BOLD

BAR = "#0072B2"  # Okabe-Ito blue: colour-blind friendly, prints as a clear grey
GRID = "#c9d1db"
INK = "#1d3557"
MUTED = "#4a5563"


def bar_chart(title: str, items: list[tuple[str, float | None, str]], width: float,
              percent: bool = False, bar_height: float = 11, label_w: float = 110):
    """`items`: (label, value or None when suppressed, the text shown beside the bar).
    Percent charts run 0-100 %; others to the largest value."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    value_w, top = 64, 18
    row_h = bar_height + 5
    height = top + row_h * max(1, len(items)) + 14
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=FONT_BOLD, fontSize=9.5,
                       fillColor=colors.HexColor(INK)))
    plot_w = width - label_w - value_w
    values = [v for _, v, _ in items if v is not None]
    scale = 1.0 if percent else (max(values) if values and max(values) > 0 else 1.0)
    base_y = 12
    for fraction in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + plot_w * fraction
        drawing.add(Line(x, base_y, x, height - top + 2, strokeColor=colors.HexColor(GRID),
                         strokeWidth=0.4, strokeDashArray=None if fraction == 0 else [2, 2]))
        tick = f"{fraction * 100:.0f} %" if percent else _number(scale * fraction)
        drawing.add(String(x, 2, tick, fontName=FONT, fontSize=6.5, textAnchor="middle",
                           fillColor=colors.HexColor(MUTED)))
    for i, (label, value, text) in enumerate(items):
        y = height - top - row_h * (i + 1) + 3
        drawing.add(String(label_w - 5, y + 2, _fit(label, int(label_w / 4.4)), fontName=FONT, fontSize=8,
                           textAnchor="end", fillColor=colors.black))
        if value is None:
            drawing.add(String(label_w + 4, y + 2, text, fontName=FONT, fontSize=8,
                               fillColor=colors.HexColor(MUTED)))
            continue
        w = plot_w * max(0.0, min(1.0, value / scale))
        drawing.add(Rect(label_w, y - 1, max(w, 0.5), bar_height, fillColor=colors.HexColor(BAR),
                         strokeColor=None))
        drawing.add(String(label_w + w + 4, y + 2, text, fontName=FONT, fontSize=8,
                           fillColor=colors.black))
    return drawing


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
