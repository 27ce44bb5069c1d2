"""Opvolging: the consultant's starting page. Five lists – evaluations overdue, due
this month, due next month, beschikkingen ending within eight weeks, coordination
decisions still to be taken – each with its count and the first rows; 'Meer
tonen' loads the next page. A click (or Enter) on a row opens the family on
that case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...store import opvolging as q

MORE = -1  # the id of a 'Meer tonen' row


def _nl(day: str | None) -> str:
    if not day:
        return ""
    y, m, d = day.split("-")
    return f"{d}-{m}-{y}"


class OpvolgingPage(QWidget):
    back_requested = Signal()
    case_opened = Signal(int, int)  # family id, case id

    def __init__(self, window, today: date | None = None):
        super().__init__()
        self.setObjectName("opvolgingPage")
        self.window_ = window
        self.db = window.store.db
        self.today = today or date.today()
        self.regions = self._regions()
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(self.tr("Opvolging"))
        title.setObjectName("title")
        header.addWidget(title, 1)
        self.caseload_button = QPushButton(self.tr("&Caseload (Ctrl+1)"))
        self.caseload_button.setObjectName("toCaseload")
        self.caseload_button.clicked.connect(self.back_requested)
        header.addWidget(self.caseload_button)
        layout.addLayout(header)
        intro = QLabel(self.tr("Wat vraagt nu aandacht? Klik op een casus of kies hem met de "
                               "pijltjes en Enter om het gezin te openen."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("opvolgingTree")
        self.tree.setAccessibleName(self.tr("Opvolging: casussen die aandacht vragen"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Gezin"), self.tr("Datum"), self.tr("Casus"),
                                   self.tr("Jeugdigen"), self.tr("Product / consulent")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)  # cheap painting however long the lists get
        # One click opens the case; so does Enter (not itemActivated: a double-click
        # would then open the family twice).
        self.tree.itemClicked.connect(self._activate)
        for key in (Qt.Key_Return, Qt.Key_Enter):
            QShortcut(QKeySequence(key), self.tree, context=Qt.WidgetShortcut,
                      activated=lambda: self.tree.currentItem()
                      and self._activate(self.tree.currentItem()))
        layout.addWidget(self.tree, 1)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self.refresh()

    def _regions(self) -> tuple[str, ...]:
        try:
            from ...core.policy import load_policies, policy_regions
            from ...paths import forms_dir

            return policy_regions(load_policies(forms_dir()))
        except Exception:  # noqa: BLE001 - without a policy the list stays empty
            return ()

    def titles(self) -> dict[str, str]:
        return {
            "overdue": self.tr("Evaluatie te laat"),
            "this_month": self.tr("Evaluatie deze maand"),
            "next_month": self.tr("Evaluatie volgende maand"),
            "ending": self.tr("Beschikking loopt af binnen acht weken"),
            "to_review": self.tr("Coördinatiebesluit te nemen (te beoordelen)"),
        }

    def refresh(self) -> None:
        self.tree.clear()
        self.counts: dict[str, int] = {}
        for kind, label in self.titles().items():
            n = q.count(self.db, kind, self.today, self.regions)
            self.counts[kind] = n
            group = QTreeWidgetItem([f"{label} ({n})"])
            group.setData(0, Qt.UserRole, None)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            self.groups[kind] = group
            self._load(kind, 0)
            group.setExpanded(bool(n))
        for col, width in enumerate((260, 100, 150, 180)):
            self.tree.setColumnWidth(col, width)
        first = next((g for g in self.groups.values() if g.childCount()), None)
        if first is not None:
            self.tree.setCurrentItem(first.child(0))

    def _load(self, kind: str, offset: int) -> None:
        group = self.groups[kind]
        if group.childCount() and group.child(group.childCount() - 1).data(0, Qt.UserRole) == MORE:
            group.removeChild(group.child(group.childCount() - 1))
        for r in q.rows(self.db, kind, self.today, self.regions, offset):
            extra = r["what"] or r["consultant"] or ""
            item = QTreeWidgetItem([r["family_name"], _nl(r["day"]), r["case_number"],
                                    r["youths"] or "", extra])
            item.setData(0, Qt.UserRole, (r["family_id"], r["case_id"]))
            group.addChild(item)
        if group.childCount() < self.counts[kind]:
            more = QTreeWidgetItem([self.tr("Meer tonen… (%1 van %2)")
                                    .replace("%1", str(group.childCount()))
                                    .replace("%2", str(self.counts[kind]))])
            more.setData(0, Qt.UserRole, MORE)
            more.setData(1, Qt.UserRole, kind)
            group.addChild(more)
            more.setFirstColumnSpanned(True)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.UserRole)
        if data is None:
            return
        if data == MORE:
            kind = item.data(1, Qt.UserRole)
            group = self.groups[kind]
            self._load(kind, group.childCount() - 1)
            return
        family_id, case_id = data
        self.case_opened.emit(family_id, case_id)
        open_case(self.window_, family_id, case_id)


def open_case(window, family_id: int, case_id: int):
    """The family page with this case selected on the Casussen tab."""
    page = window.open_family(family_id)
    page.reload_cases(select=case_id)
    page.tabs.setCurrentIndex(1)
    page.case_list.setFocus()
    return page
