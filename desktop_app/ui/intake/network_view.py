"""The network map drawn with QPainter, from the same pure layout as the PDF
(core.network): the family in the centre, groups as sectors, a solid line for
informal and a dashed line for formal ties, the tie codes under each name."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSizePolicy, QVBoxLayout, QWidget

from ...core.intake import NetworkContact
from ...core.network import layout_network, resolve_overlaps, short_label

INK = QColor("#1d3557")
GROUP_COLOURS = ("#2a6f97", "#6a4c93", "#1b7f5b", "#b5651d", "#8a3b5c", "#4d6a2b", "#5c677d",
                 "#99582a", "#3d5a80")


class NetworkPicture(QWidget):
    """Draws; does not edit (the list beside it does). Not focusable: it repeats the list."""

    def __init__(self, parent: QWidget | None = None, scale: float = 1.0):
        super().__init__(parent)
        self.setObjectName("networkPicture")
        self.setAccessibleName(self.tr("Netwerkkaart"))
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.scale = scale
        self.family_name = ""
        self.groups: list[tuple[str, str]] = []
        self.contacts: list[NetworkContact] = []
        self.selected_id: int | None = None

    def set_data(self, family_name: str, groups: list[tuple[str, str]],
                 contacts: list[NetworkContact], selected_id: int | None = None) -> None:
        self.family_name = family_name
        self.groups = groups
        self.contacts = contacts
        self.selected_id = selected_id
        names = ", ".join(c.name for c in contacts[:30])
        self.setAccessibleDescription(names)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 400)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        w, h = self.width(), self.height()
        base = QFont(self.font())
        crowded = len(self.contacts) > 12
        base.setPointSizeF(max(7.5, (8.0 if crowded else 9.0) * self.scale))
        bold = QFont(base)
        bold.setBold(True)
        fm = QFontMetricsF(base)
        margin_x = max(70.0, fm.horizontalAdvance("Gezin van herkomst") * 0.65)
        cx, cy = w / 2, h / 2
        rx, ry = w / 2 - margin_x, h / 2 - fm.height() * 1.6
        keys = [k for k, _ in self.groups]
        labels = dict(self.groups)
        colour = {k: QColor(GROUP_COLOURS[i % len(GROUP_COLOURS)]) for i, k in enumerate(keys)}
        lay = layout_network(keys, [c.group for c in self.contacts])

        def pos(x: float, y: float) -> QPointF:
            return QPointF(cx + x * rx, cy + y * ry)

        for g in lay.groups:
            path = QPainterPath(QPointF(cx, cy))
            rect = QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry)
            start = 90 - math.degrees(g.start)
            path.arcTo(rect, start, -math.degrees(g.end - g.start))
            path.closeSubpath()
            fill = QColor(colour[g.key])
            fill.setAlphaF(0.07 if g.count else 0.03)
            p.setPen(QPen(QColor("#d5dbe3"), 1))
            p.setBrush(fill)
            p.drawPath(path)
        # Boxes first, nudged apart, so lines end where the names are.
        bold_fm = QFontMetricsF(bold)
        line = fm.height()
        name = short_label(self.tr("Gezin %1").replace("%1", self.family_name), 32)
        cw, ch = bold_fm.horizontalAdvance(name) + 28, bold_fm.height() * 2
        boxes = [(cx, cy, cw, ch)]
        texts = []
        for c, pc in zip(self.contacts, lay.contacts, strict=True):
            pt = pos(pc.x, pc.y)
            text = short_label(c.name, 17 if crowded else 20)
            ties = " ".join(c.ties)
            bw = max(fm.horizontalAdvance(text), bold_fm.horizontalAdvance(ties)) + 14
            boxes.append((pt.x(), pt.y(), bw, line * (2 if ties else 1) + 8))
            texts.append((text, ties))
        centres = resolve_overlaps(boxes, gap=3, fixed=frozenset({0}))
        for c, pc, (x, y) in zip(self.contacts, lay.contacts, centres[1:], strict=True):
            pen = QPen(colour[pc.group], 2.0 if not c.formal else 1.5)
            if c.formal:
                pen.setStyle(Qt.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(cx, cy), QPointF(x, y))
        # The family in the centre.
        p.setFont(bold)
        p.setPen(Qt.NoPen)
        p.setBrush(INK)
        p.drawEllipse(QRectF(cx - cw / 2, cy - ch / 2, cw, ch))
        p.setPen(QColor("white"))
        p.drawText(QRectF(cx - cw / 2, cy - ch / 2, cw, ch), Qt.AlignCenter, name)
        bh = ch
        # People.
        for c, pc, (x, y), box_, (text, ties) in zip(self.contacts, lay.contacts, centres[1:], boxes[1:],
                                                     texts, strict=True):
            bw, bh_ = box_[2], box_[3]
            box = QRectF(x - bw / 2, y - bh_ / 2, bw, bh_)
            selected = getattr(c, "id", None) is not None and c.id == self.selected_id
            p.setPen(QPen(INK if selected else colour[pc.group], 3 if selected else 1.2))
            p.setBrush(QBrush(QColor("#fff8d6") if selected else QColor("white")))
            p.drawRoundedRect(box, 6, 6)
            p.setFont(base)
            p.setPen(QColor("#102a43"))
            p.drawText(QRectF(box.x(), box.y() + 4, bw, line), Qt.AlignCenter, text)
            if ties:
                p.setFont(bold)
                p.setPen(colour[pc.group])
                p.drawText(QRectF(box.x(), box.y() + 4 + line, bw, line), Qt.AlignCenter, ties)
        # Group names at the edge.
        p.setFont(bold)
        for g in lay.groups:
            pt = pos(g.x * 1.04, g.y * 1.08)
            label = labels.get(g.key, g.key)
            tw = QFontMetricsF(bold).horizontalAdvance(label)
            if abs(g.x) < 0.3:
                x = pt.x() - tw / 2
            elif g.x > 0:
                x = pt.x() + 4
            else:
                x = pt.x() - tw - 4
            x = min(max(2.0, x), w - tw - 2)
            y = min(max(line, pt.y() + line / 3), h - 4)
            p.setPen(colour[g.key])
            p.drawText(QPointF(x, y), label)
        if not self.contacts:
            p.setFont(base)
            p.setPen(QColor("#5f6b7a"))
            p.drawText(QRectF(0, cy + bh, w, line * 2), Qt.AlignCenter,
                       self.tr("Nog niemand op de kaart. Voeg mensen toe in de lijst."))
        p.end()


class NetworkMapDialog(QDialog):
    """The map on its own, large: to look at together."""

    def __init__(self, family_name: str, groups, contacts, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Netwerkkaart – gezin %1").replace("%1", family_name))
        layout = QVBoxLayout(self)
        self.picture = NetworkPicture(self, scale=1.35)
        self.picture.set_data(family_name, groups, contacts)
        layout.addWidget(self.picture, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 760)
