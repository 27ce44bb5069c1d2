"""The timeline: the case's journal together with what the app recorded itself, newest
first, filterable by kind and searchable (session.casefile.timeline). Enter on a contact
moment opens it in the journal."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.timeline import KINDS
from ...core.validation import format_date
from ..i18n import in_ui_lang
from .texts import timeline_kind_label


def entry_text(e) -> str:
    # Records known by their day only (a decision's date, the start of help) come at 00:00.
    when = format_date(e.when.date()) + ("" if e.when.time() == time() else f" {e.when:%H:%M}")
    head = f"{when} · {timeline_kind_label(e.kind)} · {in_ui_lang(e.title)}"
    if e.kind == "contact" and not e.shareable:
        head += " · " + QCoreApplication.translate("CaseFile", "alleen voor de consulent")
    detail = "\n".join("    " + line for line in in_ui_lang(e.detail).splitlines())
    return head + (f"\n{detail}" if detail else "")


class TimelineView(QWidget):
    open_journal_entry = Signal(int)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.session = session
        self.case_id: int | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("timelineKind")
        self.kind.addItem(QCoreApplication.translate("CaseFile", "Alles"), "")
        for kind in KINDS:
            self.kind.addItem(timeline_kind_label(kind), kind)
        kind_label = QLabel(QCoreApplication.translate("CaseFile", "Soo&rt"))
        kind_label.setBuddy(self.kind)
        self.search = QLineEdit()
        self.search.setObjectName("timelineSearch")
        self.search.setPlaceholderText(QCoreApplication.translate("CaseFile", "Zoek in de tijdlijn"))
        search_label = QLabel(QCoreApplication.translate("CaseFile", "&Zoeken"))
        search_label.setBuddy(self.search)
        self.count = QLabel()
        self.count.setObjectName("timelineCount")
        bar.addWidget(kind_label)
        bar.addWidget(self.kind)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.list = QListWidget()
        self.list.setObjectName("timelineList")
        self.list.setAccessibleName(QCoreApplication.translate("CaseFile", "Tijdlijn"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.itemActivated.connect(self._activated)
        self._stale = True

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.list.clear()
        if self.case_id is None:
            self.count.setText("")
            return
        kind = self.kind.currentData()
        entries = self.session.casefile.timeline(
            self.case_id, kinds=[kind] if kind else None, text=self.search.text())
        for e in entries:
            item = QListWidgetItem(entry_text(e))
            item.setData(Qt.UserRole, e.source)
            self.list.addItem(item)
        n = len(entries)
        self.count.setText(QCoreApplication.translate("CaseFile", "1 gebeurtenis") if n == 1 else
                           QCoreApplication.translate("CaseFile", "%1 gebeurtenissen").replace("%1", str(n)))
        if not entries:
            empty = QListWidgetItem(QCoreApplication.translate(
                "CaseFile", "Niets gevonden. Kies 'Alles' of zoek op een ander woord."))
            empty.setFlags(Qt.NoItemFlags)
            self.list.addItem(empty)

    def titles(self) -> list[str]:
        """The lines shown (tests)."""
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).data(Qt.UserRole) is not None]

    def _activated(self, item) -> None:
        source = item.data(Qt.UserRole)
        if source and source[0] == "journal":
            self.open_journal_entry.emit(source[1])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()
