"""The intake wizard: a page on the main window with the steps on the left, the
current step in the middle, and Vorige / Volgende below. Every answer saves
itself; the current step is stored per case, so closing halfway (or a flat
battery) and reopening continues where the consultant stopped.

The wizard takes (session, nav): it reads through `session.intake` / `session.households`
and changes only through their operations. Opening it starts the intake of the case (the
case moves to 'intake'). It follows the session's changes: when the case closes or its next
evaluation moves (another screen's operation), the banner and the 'Regie' step show it. A
closed case can be looked at; an answer typed there is refused with a message under the
field and stays in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import lifecycle as lc
from ...core.form_intake import intake_form
from ..autosave import SaveIndicator, flush_all
from ..session_bridge import follow
from .base import StepPage, WizardContext, lifecycle_message

if TYPE_CHECKING:
    from ...session import Change, Session
    from ..session_bridge import Navigator


def domain_targets(ctx: WizardContext) -> list[tuple[str, int, str]]:
    """(set key, person id or 0, step title) for every set of life domains that applies:
    the ZRM per adult, ZRM-Huishoudens, the children supplement, ZRM-Jongeren per youth
    of 12–17 and old household scores (read-only) – the session's rule (core.zrm)."""
    out = []
    for t in ctx.intake.matrix_targets(ctx.case_id, ctx.form):
        label = ctx.form.set(t.set_key).label
        out.append((t.set_key, t.person_id, f"{label}: {t.first_name}" if t.first_name else label))
    return out


class IntakeWizard(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session, nav: Navigator, case_id: int):
        super().__init__()
        self.setObjectName("intakeWizard")
        self.setStyleSheet("QLabel#stepTitle { font-size: 14pt; font-weight: 600; color: #1d3557; }"
                           " QLabel#wizardNotice { background: #fdecea; border: 1px solid #b3261e;"
                           " border-radius: 6px; padding: 6px 10px; }")
        households = session.households
        case = households.get_case(case_id)
        family = households.get_family(case.family_id)
        if case.status != lc.AFGESLOTEN:
            session.intake.open(case_id)  # starting the intake moves the case to 'intake'
        self.indicator = SaveIndicator()
        self.ctx = WizardContext(session, nav, case_id, case.family_id, intake_form(),
                                 self.indicator, refused=self._refused)
        self.pages: dict[str, StepPage] = {}
        self._closed = False

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(self.tr("Intake 1Gezin1Plan – gezin %1").replace("%1", family.family_name))
        title.setObjectName("title")
        title.setWordWrap(True)
        header.addWidget(title, 1)
        header.addWidget(self.indicator)
        layout.addLayout(header)
        self.notice = QLabel()
        self.notice.setObjectName("wizardNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        body = QHBoxLayout()
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Stappen van de intake"))
        self.step_list.setMaximumWidth(250)
        self.step_list.setWordWrap(True)
        self.step_list.currentRowChanged.connect(self._row_changed)
        body.addWidget(self.step_list)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)

        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("&Sluiten"))
        self.close_button.setObjectName("closeWizard")
        self.close_button.setToolTip(self.tr("Alles is al opgeslagen. U kunt later verdergaan."))
        self.close_button.clicked.connect(self.back_requested)
        self.together_button = QPushButton(self.tr("Samen &kijken"))
        self.together_button.setObjectName("samenKijken")
        self.together_button.clicked.connect(self.open_together)
        self.prev_button = QPushButton(self.tr("← &Vorige"))
        self.prev_button.setObjectName("prevStep")
        self.prev_button.clicked.connect(lambda: self.go(self.step_list.currentRow() - 1))
        self.next_button = QPushButton(self.tr("Volge&nde →"))
        self.next_button.setObjectName("nextStep")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.go(self.step_list.currentRow() + 1))
        self.step_label = QLabel()
        self.step_label.setObjectName("muted")
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.together_button)
        buttons.addStretch(1)
        buttons.addWidget(self.step_label)
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)

        # Besides the mnemonics Alt+V / Alt+N: the usual 'previous/next page' keys.
        for keys, step in ((Qt.CTRL | Qt.Key_PageDown, 1), (Qt.CTRL | Qt.Key_PageUp, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go(self.step_list.currentRow() + s))
        self.prev_button.setToolTip(self.tr("Vorige stap (Alt+V of Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Volgende stap (Alt+N of Ctrl+Page Down)"))

        self.rebuild_steps()
        self._show_case_state()
        stored = session.intake.get(case_id).step
        keys = self.keys()
        self.go(keys.index(stored) if stored in keys else 0, store=False)
        follow(self, nav.events, self._on_change)

    # -- the case's state --------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.concerns(case_id=self.ctx.case_id, kinds=("case",)):
            self._show_case_state()
            page = self.pages.get("regie")
            if page is not None:
                page.show_next_evaluation()
        # The closing overview has no fields to lose: it is read again when it is shown.
        if self.current_key() == "done" and change.concerns(
                family_id=self.ctx.family_id, case_id=self.ctx.case_id,
                kinds=("case", "consent", "members", "intake")):
            self.pages["done"].enter()

    def _show_case_state(self) -> None:
        self._closed = self.ctx.households.get_case(self.ctx.case_id).status == lc.AFGESLOTEN
        if self._closed:
            self._refused(self.tr("Deze casus is afgesloten. U kunt alles bekijken; heropen de "
                                  "casus om iets te veranderen."))
        else:
            self.notice.hide()

    def _refused(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # -- steps -------------------------------------------------------------------------
    def _make_pages(self) -> list[StepPage]:
        from .step_consent import ConsentStep
        from .step_domains import DomainStep, SummaryStep
        from .step_household import HouseholdStep
        from .step_network import NetworkStep
        from .step_texts import DoneStep, QuestionStep, RegieStep, SafetyStep

        pages: list[StepPage] = []

        def get(key, make):
            page = self.pages.get(key) or make()
            pages.append(page)

        get("household", lambda: HouseholdStep(self.ctx))
        get("network", lambda: NetworkStep(self.ctx))
        get("question", lambda: QuestionStep(self.ctx))
        for set_key, person_id, title in domain_targets(self.ctx):
            key = f"domains:{set_key}:{person_id}"
            get(key, lambda s=set_key, p=person_id, t=title: DomainStep(self.ctx, s, p, t))
        get("summary", lambda: SummaryStep(self.ctx))
        get("safety", lambda: SafetyStep(self.ctx))
        get("regie", lambda: RegieStep(self.ctx))
        get("consent", lambda: ConsentStep(self.ctx))
        get("done", lambda: DoneStep(self.ctx, self))
        return pages

    def rebuild_steps(self) -> None:
        """Members decide which life-domain steps exist; rebuilt after the household step."""
        current = self.current_key()
        pages = self._make_pages()
        keep = {p.key for p in pages}
        for key, page in list(self.pages.items()):
            if key not in keep:
                scroll = page.parentWidget().parentWidget()
                self.stack.removeWidget(scroll)
                scroll.deleteLater()
                del self.pages[key]
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for n, page in enumerate(pages, start=1):
            if page.key not in self.pages:
                self.pages[page.key] = page
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.NoFrame)
                scroll.setWidget(page)
                self.stack.addWidget(scroll)
            item = QListWidgetItem(f"{n}. {page.title()}")
            item.setData(Qt.UserRole, page.key)
            self.step_list.addItem(item)
        self.step_list.blockSignals(False)
        self._order = [p.key for p in pages]
        if current in self._order:
            self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(self._order.index(current))
            self.step_list.blockSignals(False)

    def keys(self) -> list[str]:
        return list(self._order)

    def current_key(self) -> str | None:
        item = self.step_list.currentItem() if hasattr(self, "_order") else None
        return item.data(Qt.UserRole) if item else None

    def current_page(self) -> StepPage:
        return self.pages[self.current_key()]

    def go(self, row: int, store: bool = True) -> None:
        if not 0 <= row < len(self._order):
            return
        flush_all(self)
        leaving = self.current_key()
        if leaving == "household" and row > 0:
            key = self._order[row]
            self.rebuild_steps()
            row = self._order.index(key) if key in self._order else min(row, len(self._order) - 1)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(row)
        self.step_list.blockSignals(False)
        self._show(row, store)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            flush_all(self)
            self._show(row, True)

    def _show(self, row: int, store: bool) -> None:
        key = self._order[row]
        page = self.pages[key]
        self.stack.setCurrentWidget(page.parentWidget().parentWidget())
        page.enter()
        if store and not self._closed:
            try:
                self.ctx.intake.set_step(self.ctx.case_id, key)
            except lc.LifecycleError as exc:  # closed by another screen a moment ago
                self._refused(lifecycle_message(exc.code))
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self._order) - 1)
        self.step_label.setText(self.tr("Stap %1 van %2").replace("%1", str(row + 1))
                                .replace("%2", str(len(self._order))))
        page.focus_first()

    def go_to(self, key: str) -> StepPage:
        self.go(self._order.index(key))
        return self.pages[key]

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # Focus set before the page was shown does not stick: give it once we are visible.
        QTimer.singleShot(0, lambda: self.current_page().focus_first() if self.isVisible() else None)

    # -- elsewhere ---------------------------------------------------------------------------
    def open_together(self) -> None:
        from .samen_kijken import SamenKijkenPage

        flush_all(self)
        self.ctx.nav.push(SamenKijkenPage(self.ctx.session, self.ctx.nav, self.ctx.case_id))
