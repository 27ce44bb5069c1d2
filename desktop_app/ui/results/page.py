"""The 'Resultaten en hulp' page of a case: results, actions, deployed help, costs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...core.costs import format_euro
from ...store.results import Results
from ..autosave import SaveIndicator, flush_all
from .actions_tab import ActionsTab
from .costs_tab import CostsTab
from .deployments_tab import DeploymentsTab
from .results_tab import ResultsTab


class ResultsPage(QWidget):
    back_requested = Signal()

    def __init__(self, window, case_id: int):
        super().__init__()
        self.setObjectName("resultsPage")
        self.case_id = case_id
        families = window.families
        case = families.get_case(case_id)
        family = families.get_family(case.family_id)
        self.repo = Results(window.store.db)
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
        layout.addWidget(self.summary)
        QShortcut(QKeySequence(Qt.ALT | Qt.Key_Left), self, activated=self.back_requested.emit)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultsTabs")
        self.results_tab = ResultsTab(self.repo, families, case_id, self.indicator)
        self.actions_tab = ActionsTab(self.repo, case_id, self.indicator)
        self.deployments_tab = DeploymentsTab(self.repo, case_id, case.region, self.indicator)
        self.costs_tab = CostsTab(self.repo, case_id)
        self.tabs.addTab(self.results_tab, self.tr("&Resultaten"))
        self.tabs.addTab(self.actions_tab, self.tr("&Afspraken"))
        self.tabs.addTab(self.deployments_tab, self.tr("&Inzet"))
        self.tabs.addTab(self.costs_tab, self.tr("&Kosten"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        for tab in (self.results_tab, self.deployments_tab):
            tab.changed.connect(self.update_summary)
        self.update_summary()

    def _tab_changed(self, index: int) -> None:
        flush_all(self)
        widget = self.tabs.widget(index)
        if widget is self.costs_tab:
            self.costs_tab.refresh()
        elif hasattr(widget, "reload"):
            widget.reload()  # results may have been added on another tab
        self.update_summary()

    def update_summary(self) -> None:
        total = self.repo.case_cost(self.case_id)
        results = self.repo.results_for_case(self.case_id)
        deployments = self.repo.deployments_for_case(self.case_id)
        self.summary.setText(
            self.tr("%1 resultaten · %2 inzet · geschatte kosten %3")
            .replace("%1", str(len(results))).replace("%2", str(len(deployments)))
            .replace("%3", format_euro(total.cents)))
