"""A case's decision history: every decision, newest first; a new decision
supersedes the previous one and nothing is ever overwritten."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.coordination_texts import reason_texts, summary_of
from ...core.validation import format_date
from ..i18n import in_ui_lang, language
from ..session_bridge import follow


class HistoryPage(QWidget):
    back_requested = Signal()

    def __init__(self, session, nav, case_id: int):
        super().__init__()
        self.setObjectName("coordinationHistory")
        self.session = session
        self.case_id = case_id
        case = session.households.get_case(case_id)
        family = session.households.get_family(case.family_id)
        self.history = []
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(self.tr("← &Terug"))
        back.setObjectName("back")
        back.setAccessibleName(self.tr("Terug"))
        back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Besluiten over coördinatie · %1 · %2")
                       .replace("%1", family.family_name).replace("%2", case.case_number))
        title.setObjectName("title")
        title.setWordWrap(True)
        header.addWidget(back)
        header.addWidget(title, 1)
        layout.addLayout(header)
        QShortcut(QKeySequence(Qt.ALT | Qt.Key_Left), self, activated=self.back_requested.emit)

        self.empty = QLabel(self.tr("Over deze casus is nog geen besluit genomen."))
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout.addWidget(self.empty)
        columns = [self.tr("Datum"), self.tr("Coördinatie"), self.tr("Advies"), self.tr("Afgeweken"),
                   self.tr("Volgende evaluatie"), self.tr("Richtlijn"), self.tr("Consulent"),
                   self.tr("Status")]
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Besluiten"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeToContents)
        header_view.setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("historyDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.RichText)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout.addWidget(self.detail, 2)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.reload()
        follow(self, nav.events, self._on_change)

    def _on_change(self, change) -> None:
        if change.concerns(case_id=self.case_id, kinds=("decision",)):
            self.reload()

    def reload(self) -> None:
        """Every decision of the case, newest first."""
        self.history = self.session.decisions.history(self.case_id)
        has = bool(self.history)
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.detail.setVisible(has)
        self.table.setRowCount(len(self.history))
        superseded_by = {d.supersedes: d for d in self.history if d.supersedes}
        for row, d in enumerate(self.history):
            later = superseded_by.get(d.id)
            status = (self.tr("vervangen op %1").replace("%1", format_date(later.decided_on))
                      if later else self.tr("geldt"))
            cells = [format_date(d.decided_on), self._short(d.coordination, d.interval_months),
                     self._short(d.advice.coordination, d.advice.interval_months)
                     if d.advised else self.tr("geen richtlijn"),
                     self.tr("ja") if d.deviates else self.tr("nee"),
                     format_date(d.follow_up_due) if d.follow_up_due else "–",
                     f"{d.policy_id} v{d.policy_version}", d.consultant or "–", status]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if has:
            self.table.selectRow(0)
            self._show(0)

    def _short(self, coordination: bool, months: int | None) -> str:
        if not coordination:
            return self.tr("nee")
        return self.tr("ja, elke %1 maanden").replace("%1", str(months)) if months and months != 6 \
            else self.tr("ja, elk half jaar")

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.history):
            return
        d = self.history[row]
        policy, lang = self.session.decisions.policy_of(d), language()
        summary = in_ui_lang(summary_of(policy, d.advice)) if policy else d.advice.summary
        parts = [f"<b>{escape(summary)}</b>"]
        for r in d.advice.reasons:
            title, answer, text = reason_texts(policy, r, lang)
            parts.append(f"{escape(title)}: {escape(answer)}" + (f" – {escape(text)}" if d.advised else ""))
        if d.deviates:
            parts.append("<b>" + escape(self.tr("Motivering van de afwijking:")) + "</b> "
                         + escape(d.motivation))
        elif not d.advised:
            parts.append("<b>" + escape(self.tr("Motivering:")) + "</b> " + escape(d.motivation))
        self.detail.setText("<br>".join(parts))
