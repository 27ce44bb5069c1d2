"""The evaluation wizard, done with the family: results, help, satisfaction, next
steps, closing. Every field saves itself into the draft and the current step is
stored, so closing halfway (or a flat battery) and reopening continues there.
Keys: Alt+N / Alt+V or Ctrl+Page Down / Ctrl+Page Up; Alt+S closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import evaluation as ev
from ...core.validation import ValidationError
from ...store.evaluations import Evaluations
from ..autosave import SaveIndicator, flush_all
from ..messages import validation_message
from .steps import EvalContext, HelpStep, NextStep, ResultsStep, SatisfactionStep, Step


class DoneStep(Step):
    key = "done"

    def title(self) -> str:
        return self.tr("Afronden")

    def __init__(self, ctx: EvalContext, wizard: EvaluationWizard):
        super().__init__(ctx)
        self.wizard = wizard
        self.summary = QLabel()
        self.summary.setObjectName("evalSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.layout_.addWidget(self.summary)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Verslag &bekijken"))
        self.preview_button.setObjectName("previewReport")
        self.preview_button.clicked.connect(wizard.open_preview)
        self.finish_button = QPushButton(self.tr("Evaluatie &afronden"))
        self.finish_button.setObjectName("finishEvaluation")
        self.finish_button.clicked.connect(wizard.finish)
        row.addWidget(self.preview_button)
        row.addWidget(self.finish_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)

    def enter(self) -> None:
        repo = self.ctx.repo
        e = repo.get(self.ctx.evaluation_id)
        lines = []
        levels = [r for r in e.results.values() if r.level is not None]
        lines.append(self.tr("Doelen met een niveau: %1 van %2").replace("%1", str(len(levels)))
                     .replace("%2", str(len(e.results))))
        changes = [c for c in e.conclusions.values() if c.conclusion != ev.CONTINUE]
        lines.append(self.tr("Besluiten over de hulp die iets veranderen: %1")
                     .replace("%1", str(len(changes))))
        lines.append(self.tr("Volgende evaluatie: %1").replace(
            "%1", e.next_date.strftime("%d-%m-%Y") if e.next_date else "–"))
        problems = repo.problems(e.id)
        if problems:
            lines.append("")
            lines.append(self.tr("Nog te doen voor het afronden:"))
            lines += [f"• {validation_message(code)}" for _dep, code in problems]
        self.summary.setText("\n".join(lines))
        self.finish_button.setEnabled(not problems)
        self.error.clear()

    def focus_first(self) -> None:
        self.preview_button.setFocus()


class EvaluationWizard(QWidget):
    back_requested = Signal()
    finished = Signal(int)  # evaluation id

    def __init__(self, window, case_id: int):
        super().__init__()
        self.setObjectName("evaluationWizard")
        self.setStyleSheet("QLabel#stepTitle { font-size: 14pt; font-weight: 600; color: #1d3557; }")
        self.window_ = window
        repo = Evaluations(window.store.db)
        case = window.families.get_case(case_id)
        family = window.families.get_family(case.family_id)
        evaluation_id = repo.start(case_id, consultant=window.settings["consultant_name"] or "")
        self.indicator = SaveIndicator()
        self.ctx = EvalContext(window, case_id, evaluation_id, repo, self.indicator)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(self.tr("Evaluatie met het gezin %1 – casus %2")
                       .replace("%1", family.family_name).replace("%2", case.case_number))
        title.setObjectName("title")
        title.setWordWrap(True)
        header.addWidget(title, 1)
        header.addWidget(self.indicator)
        layout.addLayout(header)
        body = QHBoxLayout()
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Stappen van de evaluatie"))
        self.step_list.setMaximumWidth(240)
        self.step_list.setWordWrap(True)
        body.addWidget(self.step_list)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)

        self.pages: list[Step] = [ResultsStep(self.ctx), HelpStep(self.ctx),
                                  SatisfactionStep(self.ctx), NextStep(self.ctx),
                                  DoneStep(self.ctx, self)]
        for n, page in enumerate(self.pages, start=1):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self.step_list.addItem(f"{n}. {page.title()}")
        self.step_list.currentRowChanged.connect(lambda row: self.go(row) if row >= 0 else None)

        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("&Sluiten"))
        self.close_button.setObjectName("closeWizard")
        self.close_button.setToolTip(self.tr("Alles is al opgeslagen. U kunt later verdergaan."))
        self.close_button.clicked.connect(self.back_requested)
        self.prev_button = QPushButton(self.tr("← &Vorige"))
        self.prev_button.setObjectName("prevStep")
        self.prev_button.clicked.connect(lambda: self.go(self.row - 1))
        self.next_button = QPushButton(self.tr("Volge&nde →"))
        self.next_button.setObjectName("nextStep")
        self.next_button.clicked.connect(lambda: self.go(self.row + 1))
        self.step_label = QLabel()
        self.step_label.setObjectName("muted")
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.step_label)
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        for keys, step in ((Qt.CTRL | Qt.Key_PageDown, 1), (Qt.CTRL | Qt.Key_PageUp, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go(self.row + s))
        self.row = -1
        stored = repo.get(evaluation_id).step
        keys = [p.key for p in self.pages]
        self.go(keys.index(stored) if stored in keys else 0, store=False)

    @property
    def evaluation_id(self) -> int:
        return self.ctx.evaluation_id

    def current_page(self) -> Step:
        return self.pages[self.row]

    def go(self, row: int, store: bool = True) -> None:
        if not 0 <= row < len(self.pages) or row == self.row:
            return
        flush_all(self)
        self.row = row
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(row)
        self.step_list.blockSignals(False)
        page = self.pages[row]
        self.stack.setCurrentIndex(row)
        page.enter()
        if store:
            self.ctx.repo.set_field(self.evaluation_id, "step", page.key)
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.pages) - 1)
        self.next_button.setDefault(row < len(self.pages) - 1)
        self.step_label.setText(self.tr("Stap %1 van %2").replace("%1", str(row + 1))
                                .replace("%2", str(len(self.pages))))
        page.focus_first()

    def go_to(self, key: str) -> Step:
        self.go([p.key for p in self.pages].index(key))
        return self.current_page()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self.current_page().focus_first() if self.isVisible() else None)

    def open_preview(self) -> None:
        from .preview import PreviewPage

        flush_all(self)
        self.window_.push_page(PreviewPage(self.window_, self.ctx.case_id, self.evaluation_id))

    def finish(self) -> None:
        flush_all(self)
        done = self.pages[-1]
        try:
            self.ctx.repo.finalize(self.evaluation_id)
        except ValidationError as exc:
            done.error.setText(validation_message(exc.code))
            return
        self.finished.emit(self.evaluation_id)
        self.back_requested.emit()
