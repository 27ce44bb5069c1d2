"""The evaluation wizard, done with the family: results, help, satisfaction, next
steps, closing. Every field saves itself into the draft and the current step is
stored, so closing halfway (or a flat battery) and reopening continues there.
Keys: Alt+N / Alt+V or Ctrl+Page Down / Ctrl+Page Up; Alt+S closes.

It reads and writes through `session.evaluations` only, and reads the rule's proposal
for the next evaluation again when another screen changes the case (a decision, help)."""

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
from ...core.evaluation_dates import NextDateError
from ...core.lifecycle import LifecycleError
from ...core.validation import ValidationError
from ..autosave import SaveIndicator, flush_all
from ..session_bridge import follow
from .steps import EvalContext, HelpStep, NextStep, ResultsStep, SatisfactionStep, Step
from .texts import lifecycle_text, next_date_text, problem_text


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
        evaluations = self.ctx.evaluations
        e = evaluations.get(self.ctx.evaluation_id)
        lines = []
        levels = [r for r in e.results.values() if r.level is not None]
        lines.append(self.tr("Doelen met een niveau: %1 van %2").replace("%1", str(len(levels)))
                     .replace("%2", str(len(e.results))))
        changes = [c for c in e.conclusions.values() if c.conclusion != ev.CONTINUE]
        lines.append(self.tr("Besluiten over de hulp die iets veranderen: %1")
                     .replace("%1", str(len(changes))))
        lines.append(self.tr("Volgende evaluatie: %1").replace(
            "%1", e.next_date.strftime("%d-%m-%Y") if e.next_date else "–"))
        late = evaluations.next_date_problem(e.id)
        todo = [problem_text(code, late) for _dep, code in evaluations.problems(e.id)]
        typed = self.wizard.next_step().next_saver
        if typed.refused:  # a typed date that was not saved counts too
            todo.append(self.tr("De volgende evaluatie is niet opgeslagen: %1")
                        .replace("%1", typed.message or typed.widget.toolTip()))
        if todo:
            lines.append("")
            lines.append(self.tr("Nog te doen voor het afronden:"))
            lines += [f"• {text}" for text in todo]
        self.summary.setText("\n".join(lines))
        self.finish_button.setEnabled(not todo)
        self.error.clear()

    def focus_first(self) -> None:
        self.preview_button.setFocus()


class EvaluationWizard(QWidget):
    back_requested = Signal()
    finished = Signal(int)  # evaluation id

    def __init__(self, session, nav, case_id: int):
        """Raises LifecycleError when the case is closed (no evaluation can start)."""
        super().__init__()
        self.setObjectName("evaluationWizard")
        self.setStyleSheet("QLabel#stepTitle { font-size: 14pt; font-weight: 600; color: #1d3557; }")
        self.session = session
        self.nav = nav
        evaluations = session.evaluations
        case = session.households.get_case(case_id)
        family = session.households.get_family(case.family_id)
        # Who holds the evaluation: Instellingen › Mijn gegevens (the old setting as fallback).
        evaluation_id = evaluations.start(case_id, consultant=(
            session.consultant.details().name or nav.settings["consultant_name"] or ""))
        self.indicator = SaveIndicator()
        self.ctx = EvalContext(evaluations, case_id, evaluation_id, self.indicator)

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
        stored = evaluations.get(evaluation_id).step
        keys = [p.key for p in self.pages]
        self.go(keys.index(stored) if stored in keys else 0, store=False)
        follow(self, nav.events, self._on_change)

    @property
    def evaluation_id(self) -> int:
        return self.ctx.evaluation_id

    def current_page(self) -> Step:
        return self.pages[self.row]

    def next_step(self) -> NextStep:
        return next(p for p in self.pages if isinstance(p, NextStep))

    def _on_change(self, change) -> None:
        """Another screen changed the case (a decision, help): the proposal moves."""
        if self.row < 0 or not change.concerns(case_id=self.ctx.case_id,
                                               kinds=("case", "decision", "deployments")):
            return
        page = self.current_page()
        if isinstance(page, NextStep):
            page.refresh_proposal()
        elif isinstance(page, DoneStep):
            page.enter()

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
            try:
                self.ctx.evaluations.set_field(self.evaluation_id, "step", page.key)
            except (LifecycleError, ValidationError):
                pass  # closed elsewhere meanwhile: the step is only a bookmark
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
        self.nav.push(PreviewPage(self.session, self.nav, self.ctx.case_id, self.evaluation_id))

    def finish(self) -> None:
        flush_all(self)
        done = self.pages[-1]
        try:
            self.ctx.evaluations.finalize(self.evaluation_id)
        except NextDateError as exc:
            done.error.setText(next_date_text(exc))
            return
        except ValidationError as exc:
            done.error.setText(problem_text(exc.code))
            return
        except LifecycleError as exc:
            done.error.setText(lifecycle_text(exc.code))
            return
        self.finished.emit(self.evaluation_id)
        self.back_requested.emit()
