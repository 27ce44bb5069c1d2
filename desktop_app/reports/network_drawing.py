"""The network map (ecogram) as a reportlab drawing, placed by the same pure
layout as on screen (core.network), so the family sees the same picture on paper."""

from __future__ import annotations

import math

from ..core.network import layout_network, resolve_overlaps, short_label
from ..core.plan import PlanContact
from .base import FONT, FONT_BOLD, register_fonts

INK = "#1d3557"
GROUP_COLOURS = ("#2a6f97", "#6a4c93", "#1b7f5b", "#b5651d", "#8a3b5c", "#4d6a2b", "#5c677d",
                 "#99582a", "#3d5a80")


def network_drawing(family_name: str, groups: list[tuple[str, str]], contacts: list[PlanContact],
                    width: float, height: float):
    register_fonts()
    from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Line, Rect, String, Wedge
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    d = Drawing(width, height)
    cx, cy = width / 2, height / 2
    rx, ry = width / 2 - 62, height / 2 - 22  # room for the labels at the edge
    keys = [k for k, _ in groups]
    labels = dict(groups)
    lay = layout_network(keys, [c.group for c in contacts])

    def pos(x: float, y: float) -> tuple[float, float]:
        return cx + x * rx, cy - y * ry  # reportlab's y axis points up

    colour = {k: colors.HexColor(GROUP_COLOURS[i % len(GROUP_COLOURS)]) for i, k in enumerate(keys)}
    for g in lay.groups:  # light sectors behind everything
        start = 90 - math.degrees(g.end)
        end = 90 - math.degrees(g.start)
        wedge = Wedge(cx, cy, rx, start, end, yradius=ry)
        wedge.fillColor = colour[g.key]
        wedge.fillOpacity = 0.06 if g.count else 0.025
        wedge.strokeColor = colors.HexColor("#d5dbe3")
        wedge.strokeWidth = 0.5
        d.add(wedge)
    name = short_label(f"Gezin {family_name}", 32)
    size = 9.5 if len(contacts) <= 12 else 8.5
    half = max(58.0, stringWidth(name, FONT_BOLD, size) / 2 + 12)
    crowded = len(contacts) > 12
    font, limit = (7.0, 17) if crowded else (8.0, 20)
    boxes = [(cx, cy, 2 * half, 40.0)]
    texts = []
    for c, p in zip(contacts, lay.contacts, strict=True):
        x, y = pos(p.x, p.y)
        text = short_label(c.name, limit)
        w = max(stringWidth(text, FONT, font), stringWidth(c.ties or "", FONT_BOLD, 7)) + 8
        boxes.append((x, y, w, 20.0))
        texts.append(text)
    # Nudged apart so no two names overlap; lines end where the names are.
    centres = resolve_overlaps(boxes, gap=2, fixed=frozenset({0}))[1:]
    for c, p, (x, y) in zip(contacts, lay.contacts, centres, strict=True):
        line = Line(cx, cy, x, y, strokeColor=colour[p.group], strokeWidth=1.2 if not c.formal else 0.9)
        if c.formal:
            line.strokeDashArray = [3, 2]
        d.add(line)
    d.add(Ellipse(cx, cy, half, 20, fillColor=colors.HexColor(INK), strokeColor=None))
    d.add(String(cx, cy - 3.5, name, fontName=FONT_BOLD, fontSize=size, fillColor=colors.white,
                 textAnchor="middle"))
    for c, p, (x, y), box, text in zip(contacts, lay.contacts, centres, boxes[1:], texts, strict=True):
        w = box[2]
        d.add(Rect(x - w / 2, y - 10, w, 20, rx=4, ry=4, fillColor=colors.white,
                   strokeColor=colour[p.group], strokeWidth=0.8))
        d.add(String(x, y + 1, text, fontName=FONT, fontSize=font, textAnchor="middle"))
        if c.ties:
            d.add(String(x, y - 7.5, " ".join(c.ties), fontName=FONT_BOLD, fontSize=7,
                         fillColor=colour[p.group], textAnchor="middle"))
    for g in lay.groups:
        x, y = pos(g.x, g.y)
        anchor = "middle" if abs(g.x) < 0.3 else ("start" if g.x > 0 else "end")
        y = y - 3 if g.y < 0 else y - 3
        d.add(String(x + (4 if anchor == "start" else -4 if anchor == "end" else 0), y,
                     labels.get(g.key, g.key), fontName=FONT_BOLD, fontSize=8,
                     fillColor=colour[g.key], textAnchor=anchor))
    if not contacts:
        d.add(String(cx, cy - 36, "Er staan nog geen mensen op de netwerkkaart.", fontName=FONT,
                     fontSize=9, fillColor=colors.HexColor("#4a5563"), textAnchor="middle"))
    d.add(Circle(0, 0, 0, strokeColor=None, fillColor=None))  # keeps the bounds at the origin
    return d
