"""The 'Resultaten en hulp' page of a case: results, actions, deployed help, costs.

It reads and writes through `session.results` only. The header (counts and the estimated
cost) and every tab follow the session's changes: what another screen changes in this case
(an evaluation that scales help down, a catalogue import with new tariffs, closing the case)
shows here without reopening the page. A closed case can be read, not changed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...core import lifecycle as lc
from ...core.costs import format_euro
from ..autosave import SaveIndicator, flush_all
from .actions_tab import ActionsTab
from .common import CASE_KINDS, CaseFollower
from .costs_tab import CostsTab
from .deployments_tab import DeploymentsTab
from .results_tab import ResultsTab


class ResultsPage(CaseFollower, QWidget):
    back_requested = Signal()
    FOLLOW_KINDS = CASE_KINDS

    def __init__(self, session, nav, case_id: int):
        super().__init__()
        self.setObjectName("resultsPage")
        self.case_id = case_id
        self.area = area = session.results
        case = area.get_case(case_id)
        self.family_id = case.family_id
        family = session.households.get_family(case.family_id)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("← &Terug"))
        self.back.setObjectName("back")
        self.back.setAccessibleName(self.tr("Terug naar het gezin"))
        self.back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Resultaten en hulp · %1 · %2")
                       .replace("%1", family.family_name).replace("%2", case.case_number))
        title.setObjectName("title")
        title.setWordWrap(True)
        self.indicator = SaveIndicator()
        header.addWidget(self.back)
        header.addWidget(title, 1)
        header.addWidget(self.indicator)
        layout.addLayout(header)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setAccessibleName(self.tr("Samenvatting van de casus"))
        layout.addWidget(self.summary)
        self.closed_note = QLabel(self.tr(
            "Deze casus is afgesloten. U kunt alles lezen; heropen de casus om iets te "
            "veranderen."))
        self.closed_note.setObjectName("closedNote")
        self.closed_note.setStyleSheet("background: #fff4e5; color: #8a4b00; padding: 6px; "
                                       "border: 1px solid #f0c080; border-radius: 4px;")
        self.closed_note.setWordWrap(True)
        self.closed_note.hide()
        layout.addWidget(self.closed_note)
        QShortcut(QKeySequence(Qt.ALT | Qt.Key_Left), self, activated=self.back_requested.emit)

        events = nav.events
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultsTabs")
        self.results_tab = ResultsTab(area, case_id, self.indicator, events)
        self.actions_tab = ActionsTab(area, case_id, self.indicator, events)
        self.deployments_tab = DeploymentsTab(area, case_id, case.region, self.indicator, events)
        self.costs_tab = CostsTab(area, case_id, events)
        self.tabs.addTab(self.results_tab, self.tr("&Resultaten"))
        self.tabs.addTab(self.actions_tab, self.tr("&Afspraken"))
        self.tabs.addTab(self.deployments_tab, self.tr("&Inzet"))
        self.tabs.addTab(self.costs_tab, self.tr("&Kosten"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.update_summary()
        # The header follows every change to the case, its own tabs' changes included.
        self.follow_case(events)

    def _tab_changed(self, _index: int) -> None:
        flush_all(self)

    def on_change(self, change) -> None:
        # Not only when shown: the header is cheap, and the family page beneath reads the
        # same stored values.
        if self.concerns(change):
            self.update_summary()

    def refresh_view(self) -> None:
        self.update_summary()

    def update_summary(self) -> None:
        area = self.area
        total = area.case_cost(self.case_id)
        results = area.results_for_case(self.case_id)
        deployments = area.deployments_for_case(self.case_id)
        counted = (self.tr("1 resultaat") if len(results) == 1
                   else self.tr("%1 resultaten").replace("%1", str(len(results))))
        self.summary.setText(
            self.tr("%1 · %2 inzet · geschatte kosten %3")
            .replace("%1", counted).replace("%2", str(len(deployments)))
            .replace("%3", format_euro(total.cents)))
        closed = area.get_case(self.case_id).status == lc.AFGESLOTEN
        self.closed_note.setVisible(closed)
        for tab in (self.results_tab, self.actions_tab, self.deployments_tab):
            if tab.read_only != closed:
                tab.set_read_only(closed)
