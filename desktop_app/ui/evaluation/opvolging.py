"""Opvolging: the consultant's starting page. Five lists – evaluations overdue, due
this month, due next month, beschikkingen ending within eight weeks, coordination
decisions still to be taken – each with its count and the first rows; 'Meer
tonen' loads the next page. A click (or Enter) on a row opens the family on
that case.

The lists show what the lifecycle rule stored on each case (status, next evaluation,
review), read through `session.evaluations`. The page listens to the session's changes:
when one concerns cases (their state, evaluations, decisions, deployed help) it reads the
lists again after a short pause, on a second connection in the thread pool, so the GUI
thread stays free; while another page covers it, it waits until it is shown again."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
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

from ..casextras.agenda import AgendaBox
from ..session_bridge import follow
from ..tasks import run_task
from .backup_banner import BackupBanner

log = logging.getLogger(__name__)
MORE = -1  # the id of a 'Meer tonen' row
REFRESH_DELAY_MS = 400  # changes that come in a burst are read once
WATCHED = ("case", "evaluation", "decision", "deployments", "consent", "members")


def _nl(day: str | None) -> str:
    if not day:
        return ""
    y, m, d = day.split("-")
    return f"{d}-{m}-{y}"


class OpvolgingPage(QWidget):
    back_requested = Signal()
    case_opened = Signal(int, int)  # family id, case id
    refreshed = Signal()  # the lists were read again after a change

    def __init__(self, session, nav, today: date | None = None, counts_later: bool = False):
        """`today`: the day the lists are for (tests); by default the real day.
        `counts_later` (the start page after unlocking): the first rows of each list now,
        their counts read on a second connection once the page is shown – at 100,000
        families the counts are most of the reading (issue 17); '(…)' meanwhile."""
        super().__init__()
        self.setObjectName("opvolgingPage")
        self.session = session
        self.nav = nav
        self._today = today
        self._reader = None  # session.evaluations.due_reader(), opened on the first change
        self._generation = 0
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_in_background)
        readers: list = []
        self._readers = readers
        self.destroyed.connect(lambda *_a: [r.close() for r in readers])
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
        self.backup_banner = BackupBanner(session, self)  # issue 15: the age of the backups
        layout.addWidget(self.backup_banner)
        intro = QLabel(self.tr("Wat vraagt nu aandacht? Klik op een casus of kies hem met de "
                               "pijltjes en Enter om het gezin te openen."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)
        # casextras (issue 14): today's and this week's appointments above the evaluations.
        self.agenda = AgendaBox(session, nav.events, lambda: self.today)
        self.agenda.case_opened.connect(lambda family_id, case_id: open_case(nav, family_id, case_id))
        layout.addWidget(self.agenda)
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
        self.counts: dict[str, int | None] = {}
        self._counts_pending = counts_later
        if counts_later:
            self.show_lists(self.session.evaluations.due_lists(self.today, counts=False))
        else:
            self.refresh()
        follow(self, nav.events, self._on_change)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def titles(self) -> dict[str, str]:
        return {
            "overdue": self.tr("Evaluatie te laat"),
            "this_month": self.tr("Evaluatie deze maand"),
            "next_month": self.tr("Evaluatie volgende maand"),
            "ending": self.tr("Beschikking loopt af binnen acht weken"),
            "to_review": self.tr("Coördinatiebesluit te nemen (te beoordelen)"),
            "consent_age": self.tr("Toestemming opnieuw vragen (wordt 12 of 16)"),
        }

    # -- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the lists now, on the GUI thread (the first time: fast index scans)."""
        self.show_lists(self.session.evaluations.due_lists(self.today))

    def _on_change(self, change) -> None:
        if change.concerns(kinds=WATCHED):
            self._timer.start()

    def _refresh_in_background(self) -> None:
        if not self.isVisible():
            self._stale = True  # read when shown again
            return
        if self._reader is None:
            self._reader = self.session.evaluations.due_reader()
            self._readers.append(self._reader)
        self._generation += 1
        generation, reader, today = self._generation, self._reader, self.today
        run_task(self, lambda _progress: reader.load(today),
                 lambda lists: self._loaded(generation, lists),
                 lambda exc: log.warning("opvolging: lists not read again (%s)",
                                         type(exc).__name__))

    def _loaded(self, generation: int, lists) -> None:
        from shiboken6 import isValid

        if lists is None or not isValid(self) or generation != self._generation:
            return  # closed meanwhile, or overtaken by a newer request
        self.show_lists(lists)
        self.refreshed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.backup_banner.refresh()
        if self._counts_pending:  # the start page: its counts now, off the GUI thread
            self._counts_pending = self._stale = False
            self._refresh_in_background()
        if self._stale:
            self._stale = False
            self._timer.start()

    def show_lists(self, lists: dict) -> None:
        """Rebuild the tree from {kind: (count, first rows)}, keeping which lists are open
        and the selected case."""
        current = self.tree.currentItem()
        selected = current.data(0, Qt.UserRole) if current is not None else None
        # A list the consultant closed stays closed; one that was empty opens when it fills.
        expanded = {kind: g.isExpanded() for kind, g in self.groups.items()
                    if self.counts.get(kind)}
        self.tree.clear()
        self.groups = {}
        self.counts = {}
        for kind, label in self.titles().items():
            n, first = lists[kind]
            self.counts[kind] = n
            group = QTreeWidgetItem([f"{label} ({'…' if n is None else n})"])
            group.setData(0, Qt.UserRole, None)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            self.groups[kind] = group
            self._add_rows(kind, first)
            group.setExpanded(bool(first if n is None else n) and expanded.get(kind, True))
        for col, width in enumerate((260, 100, 150, 180)):
            self.tree.setColumnWidth(col, width)
        again = self._find(selected) if isinstance(selected, tuple) else None
        first = next((g for g in self.groups.values() if g.childCount()), None)
        if again is not None:
            self.tree.setCurrentItem(again)
        elif first is not None:
            self.tree.setCurrentItem(first.child(0))

    def _find(self, data: tuple) -> QTreeWidgetItem | None:
        for group in self.groups.values():
            for i in range(group.childCount()):
                if group.child(i).data(0, Qt.UserRole) == data:
                    return group.child(i)
        return None

    def kinds_of(self, case_id: int) -> list[str]:
        """The lists a case is shown in (as far as loaded)."""
        return [kind for kind, group in self.groups.items()
                if any(isinstance(group.child(i).data(0, Qt.UserRole), tuple)
                       and group.child(i).data(0, Qt.UserRole)[1] == case_id
                       for i in range(group.childCount()))]

    def _load(self, kind: str, offset: int) -> None:
        """The next page of one list ('Meer tonen')."""
        self._add_rows(kind, self.session.evaluations.due_rows(kind, self.today, offset))

    def _add_rows(self, kind: str, rows: list[dict]) -> None:
        group = self.groups[kind]
        if group.childCount() and group.child(group.childCount() - 1).data(0, Qt.UserRole) == MORE:
            group.removeChild(group.child(group.childCount() - 1))
        for r in rows:
            extra = r["what"] or r["consultant"] or ""
            if "age" in r:  # a youth's 12th or 16th birthday: whose consent counts changes
                # core.consent: at 12 her own consent to the help and to sharing, at 16 the help
                text = (self.tr("%1 wordt %2: eigen toestemming vragen (hulp en delen)")
                        if r["age"] == 12 else
                        self.tr("%1 wordt %2: eigen toestemming vragen (hulp)"))
                extra = text.replace("%1", r["what"]).replace("%2", str(r["age"]))
            item = QTreeWidgetItem([r["family_name"], _nl(r["day"]), r["case_number"],
                                    r["youths"] or "", extra])
            item.setData(0, Qt.UserRole, (r["family_id"], r["case_id"]))
            group.addChild(item)
        if self.counts[kind] is not None and group.childCount() < self.counts[kind]:
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
        open_case(self.nav, family_id, case_id)


def open_case(nav, family_id: int, case_id: int):
    """The family page with this case selected on the Casussen tab."""
    page = nav.open_family(family_id)
    page.reload_cases(select=case_id)
    page.tabs.setCurrentIndex(1)
    page.case_list.setFocus()
    return page
