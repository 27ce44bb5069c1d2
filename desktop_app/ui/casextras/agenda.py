"""Today's and this week's appointments, at the top of the Opvolging page: time, family,
case and what. A click (or Enter) opens the family on that case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.validation import format_date
from ..session_bridge import follow
from .common import appointment_kinds

WATCHED = ("appointments", "case", "family")


class AgendaBox(QWidget):
    case_opened = Signal(int, int)  # family id, case id

    def __init__(self, session, events, today_of, parent: QWidget | None = None):
        """`today_of()`: the day the agenda is for (the Opvolging page's)."""
        super().__init__(parent)
        self.setObjectName("agendaBox")
        self.session = session
        self._today_of = today_of
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaTree")
        self.tree.setAccessibleName(self.tr("Afspraken vandaag en deze week"))
        self.tree.setHeaderLabels([self.tr("Wanneer"), self.tr("Gezin"), self.tr("Casus"),
                                   self.tr("Afspraak")])
        self.tree.setUniformRowHeights(True)
        self.tree.itemClicked.connect(self._activate)
        for key in (Qt.Key_Return, Qt.Key_Enter):
            QShortcut(QKeySequence(key), self.tree, context=Qt.WidgetShortcut,
                      activated=lambda: self.tree.currentItem()
                      and self._activate(self.tree.currentItem()))
        layout.addWidget(self.tree)
        self.counts = (0, 0)
        self._stale = False
        follow(self, events, self._on_change)
        self.refresh()

    def _on_change(self, change) -> None:
        if change.concerns(kinds=WATCHED):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # read when shown again

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        today = self._today_of()
        todays, week = self.session.appointments.agenda(today)
        self.counts = (len(todays), len(week))
        self.tree.clear()
        kinds = appointment_kinds()
        groups = ((self.tr("Afspraken vandaag (%1)"), todays, False),
                  (self.tr("Afspraken later deze week (%1)"), week, True))
        for title, rows, with_day in groups:
            group = QTreeWidgetItem([title.replace("%1", str(len(rows)))])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for a in rows:
                when = f"{a.starts_at:%H:%M}–{a.ends_at:%H:%M}"
                if with_day:
                    when = f"{_weekday(a.day)} {format_date(a.day)[:5]} {when}"
                what = " · ".join([kinds.get(a.kind, a.kind)] + [p for p in (a.place, a.what) if p])
                item = QTreeWidgetItem([when, a.family_name, a.case_number, what])
                item.setData(0, Qt.UserRole, (a.family_id, a.case_id))
                group.addChild(item)
            group.setExpanded(True)
        if not todays and not week:
            self.tree.topLevelItem(0).addChild(QTreeWidgetItem([self.tr("Geen afspraken gepland.")]))
            self.tree.topLevelItem(0).child(0).setFirstColumnSpanned(True)
        for col, width in enumerate((200, 260, 160)):
            self.tree.setColumnWidth(col, width)
        rows = 2 + max(1, len(todays)) + len(week)
        self.tree.setFixedHeight(min(8, rows) * 22 + 30)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.UserRole)
        if isinstance(data, tuple):
            self.case_opened.emit(*data)


def _weekday(day: date) -> str:
    from PySide6.QtCore import QCoreApplication

    names = (QCoreApplication.translate("Agenda", "ma"), QCoreApplication.translate("Agenda", "di"),
             QCoreApplication.translate("Agenda", "wo"), QCoreApplication.translate("Agenda", "do"),
             QCoreApplication.translate("Agenda", "vr"), QCoreApplication.translate("Agenda", "za"),
             QCoreApplication.translate("Agenda", "zo"))
    return names[day.weekday()]
