"""Charts for the evaluation report with reportlab graphics (no Qt in reports/):
the level of each result over the evaluations, on the GAS scale -2..+2."""

from __future__ import annotations

from datetime import date

from .base import FONT, FONT_BOLD

# Colour-blind friendly (Okabe-Ito), dark enough to print in grey.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
LEVEL_WORDS = {-2: "veel minder", -1: "minder", 0: "het doel", 1: "beter", 2: "veel beter"}


def _short(day: date) -> str:
    months = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
    return f"{months[day.month - 1]} {day.year}"


def levels_chart(series: list[tuple[str, list[tuple[date, int | None]]]], width: float,
                 height: float = 150):
    """A line per result: x = the evaluations in order, y = level -2..+2. `series` is
    [(label, [(day, level or None)...])]. Returns a reportlab Drawing."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    left, right, bottom, top = 62, 12, 24, 10
    plot_w, plot_h = width - left - right, height - bottom - top
    days = sorted({d for _, points in series for d, _ in points})
    if not days:
        return drawing
    n = len(days)

    def x_of(day: date) -> float:
        return left + (plot_w / 2 if n == 1 else plot_w * days.index(day) / (n - 1))

    def y_of(level: int) -> float:
        return bottom + plot_h * (level + 2) / 4

    grey = colors.HexColor("#c9d1db")
    for level, word in LEVEL_WORDS.items():
        y = y_of(level)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=grey,
                         strokeWidth=1.2 if level == 0 else 0.5,
                         strokeDashArray=None if level == 0 else [2, 2]))
        drawing.add(String(left - 6, y - 3, f"{level:+d} {word}" if level else f"0 {word}",
                           fontName=FONT_BOLD if level == 0 else FONT, fontSize=7,
                           textAnchor="end", fillColor=colors.HexColor("#4a5563")))
    step = max(1, (n + 5) // 6)  # at most about six date labels
    for i, day in enumerate(days):
        if i % step == 0 or i == n - 1:
            drawing.add(String(x_of(day), bottom - 14, _short(day), fontName=FONT, fontSize=7,
                               textAnchor="middle", fillColor=colors.HexColor("#4a5563")))
    for k, (_label, points) in enumerate(series):
        colour = colors.HexColor(COLOURS[k % len(COLOURS)])
        known = [(x_of(d), y_of(lv)) for d, lv in points if lv is not None]
        # Lines with several results on the same level would hide each other: nudge.
        offset = (k - (len(series) - 1) / 2) * 2.2
        known = [(x, y + offset) for x, y in known]
        if len(known) > 1:
            drawing.add(PolyLine([c for xy in known for c in xy], strokeColor=colour,
                                 strokeWidth=1.6))
        for x, y in known:
            drawing.add(Circle(x, y, 2.6, fillColor=colour, strokeColor=colors.white,
                               strokeWidth=0.6))
    return drawing


def legend(labels: list[str], width: float):
    """Colour keys with numbers: '1', '2'... matching the results in the text."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    per_row = 6
    rows = (len(labels) + per_row - 1) // per_row
    drawing = Drawing(width, 14 * rows)
    cell = width / per_row
    for k, label in enumerate(labels):
        row, col = divmod(k, per_row)
        x, y = col * cell, 14 * (rows - row - 1) + 3
        drawing.add(Rect(x, y, 10, 8, fillColor=colors.HexColor(COLOURS[k % len(COLOURS)]),
                         strokeColor=None))
        drawing.add(String(x + 14, y + 1, label, fontName=FONT, fontSize=8))
    return drawing
