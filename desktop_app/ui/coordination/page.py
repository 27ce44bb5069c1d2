"""The coordination decision page: the wizard (one step per criterion), the
advice and the decision, with the draft autosaved as the consultant goes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.coordination import (
    CaseFacts,
    DecisionRefused,
    IncompleteAnswers,
    advise,
    case_says,
    decide,
    prefill_all,
)
from ...core.policy import PolicyError, load_policies, select_policy
from ...core.validation import format_date
from ...paths import forms_dir
from ...store.coordination_facts import gather_facts
from ...store.decisions import Decisions, StaleDecision
from ..autosave import FieldSaver, SaveIndicator
from .steps import AdviceStep, CriterionStep, scrolling

if TYPE_CHECKING:
    from ..main_window import MainWindow


STYLE = """
QLabel#stepTitle { font-size: 15pt; font-weight: 600; color: #1d3557; }
QLabel#adviceHeadline { font-size: 13.5pt; font-weight: 600; padding: 8px 10px;
                        border-radius: 6px; background: #e6f0e9; color: #1b4d2c; }
QLabel#adviceHeadline[coordination="true"] { background: #fff2d6; color: #6b4100; }
QLabel#decisionDone { color: #1b6e3a; font-weight: 600; font-size: 12pt; }
QLabel#caseSaysText { padding: 2px 0; }
QGroupBox#caseSays { background: #f4f7fb; }
"""


class CoordinationPage(QWidget):
    back_requested = Signal()
    decided = Signal(int)  # decision id
    letters_written = Signal(list)

    def __init__(self, window: MainWindow, case_id: int, facts: CaseFacts | None = None,
                 today: date | None = None):
        super().__init__()
        self.setObjectName("coordinationPage")
        self.setStyleSheet(STYLE)
        self.window_ = window
        self.case_id = case_id
        self.today = today or date.today()
        self.db = window.store.db
        self.decisions = Decisions(self.db)
        self.case = window.families.get_case(case_id)
        self.family = window.families.get_family(self.case.family_id)
        self.decision = None

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("← &Terug"))
        self.back.setObjectName("back")
        self.back.setAccessibleName(self.tr("Terug naar het gezin"))
        self.back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Coördinatiebesluit · %1 · %2")
                       .replace("%1", self.family.family_name).replace("%2", self.case.case_number))
        title.setObjectName("title")
        title.setWordWrap(True)
        self.indicator = SaveIndicator()
        self.history_button = QPushButton(self.tr("Geschie&denis"))
        self.history_button.setObjectName("history")
        self.history_button.clicked.connect(self.open_history)
        header.addWidget(self.back)
        header.addWidget(title, 1)
        header.addWidget(self.indicator)
        header.addWidget(self.history_button)
        layout.addLayout(header)
        QShortcut(QKeySequence(Qt.ALT | Qt.Key_Left), self, activated=self.back_requested.emit)

        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)

        try:
            policies = load_policies(forms_dir())
        except PolicyError as exc:
            self._fail(self.tr("De richtlijn kan niet worden gelezen. Vraag de beheerder om dit "
                               "te herstellen:") + "\n" + str(exc))
            return
        self.policy = select_policy(policies, self.case.region, self.today)
        if self.policy is None:
            self._fail(self.tr("Er is geen richtlijn voor coördinatie en opvolging voor regio %1 "
                               "op %2. Een beheerder kan er een toevoegen in forms/.")
                       .replace("%1", self.case.region).replace("%2", format_date(self.today)))
            return
        self.facts = facts if facts is not None else gather_facts(self.db, case_id)
        self.current = self.decisions.current(case_id)
        self.suggested = prefill_all(self.policy, self.facts, self.today)
        draft = self.decisions.draft(case_id)
        self.answers = {c.id: (draft["answers"].get(c.id) if draft["answers"].get(c.id) in
                               {o.id for o in c.options} else self.suggested[c.id])
                        for c in self.policy.criteria}
        self._set_subtitle()

        body = QHBoxLayout()
        self.steps_list = QListWidget()
        self.steps_list.setObjectName("stepList")
        self.steps_list.setAccessibleName(self.tr("Stappen"))
        self.steps_list.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self.criterion_steps: list[CriterionStep] = []
        total = len(self.policy.criteria) + 1
        for i, criterion in enumerate(self.policy.criteria, 1):
            step = CriterionStep(criterion, case_says(criterion, self.facts, self.today),
                                 self.suggested[criterion.id], self.answers[criterion.id], i, total)
            step.answered.connect(self._answered)
            self.criterion_steps.append(step)
            self.stack.addWidget(scrolling(step))
            self.steps_list.addItem(QListWidgetItem())
        self.advice_step = AdviceStep(self.policy)
        self.advice_step.record_requested.connect(self.record)
        self.stack.addWidget(scrolling(self.advice_step))
        self.steps_list.addItem(QListWidgetItem())
        body.addWidget(self.steps_list)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)

        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("← V&orige"))
        self.prev_button.setObjectName("previous")
        self.next_button = QPushButton(self.tr("Vo&lgende →"))
        self.next_button.setObjectName("next")
        self.letters_button = QPushButton(self.tr("B&rieven maken…"))
        self.letters_button.setObjectName("letters")
        self.letters_button.setEnabled(self.current is not None)
        self.letters_status = QLabel()
        self.letters_status.setObjectName("muted")
        self.letters_status.setWordWrap(True)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.letters_status, 1)
        nav.addWidget(self.letters_button)
        layout.addLayout(nav)
        self.prev_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.letters_button.clicked.connect(self._choose_letters_folder)
        self.steps_list.currentRowChanged.connect(self.go)

        adv = self.advice_step
        adv.motivation.setPlainText(draft["motivation"])
        if draft["level"]:
            adv.deviate.setChecked(True)
        self._refresh_advice(draft["level"] or None)
        FieldSaver(adv.motivation, lambda v: self._save_draft(motivation=v), self.indicator)
        FieldSaver(adv.level, lambda v: self._save_draft(level=v or ""), self.indicator)
        adv.follow.toggled.connect(lambda on: on and self._save_draft(level=""))
        adv.deviate.toggled.connect(
            lambda on: on and self._save_draft(level=adv.level.currentData() or ""))
        self._refresh_list()
        self.go(0)

    # -- states ------------------------------------------------------------------------
    def _fail(self, text: str) -> None:
        self.policy = None
        label = QLabel(text)
        label.setObjectName("error")
        label.setWordWrap(True)
        self.layout().addWidget(label)
        self.layout().addStretch(1)
        self.history_button.setEnabled(False)

    def _set_subtitle(self) -> None:
        p = self.policy
        text = self.tr("Richtlijn %1 (%2, versie %3), geldt vanaf %4.").replace("%1", p.name) \
            .replace("%2", p.id).replace("%3", p.version).replace("%4", format_date(p.effective))
        if self.current is not None:
            text += " " + self.tr("Huidig besluit van %1: %2.").replace(
                "%1", format_date(self.current.decided_on)).replace("%2", self.current.level_label)
        self.subtitle.setText(text)

    def _refresh_list(self) -> None:
        for i, c in enumerate(self.policy.criteria):
            mark = " ✓" if self.answers.get(c.id) else ""
            self.steps_list.item(i).setText(f"{i + 1}. {c.title}{mark}")
        self.steps_list.item(len(self.policy.criteria)).setText(
            f"{len(self.policy.criteria) + 1}. " + self.tr("Advies en besluit"))

    def go(self, index: int) -> None:
        if not 0 <= index < self.stack.count():
            return
        self.stack.setCurrentIndex(index)
        self.steps_list.blockSignals(True)
        self.steps_list.setCurrentRow(index)
        self.steps_list.blockSignals(False)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.stack.count() - 1)
        if index < len(self.criterion_steps):
            self.criterion_steps[index].focus_answer()

    def _answered(self, criterion_id: str, option_id: str) -> None:
        self.answers[criterion_id] = option_id
        self._save_draft(answers=dict(self.answers))
        self.indicator.saved()
        self._refresh_list()
        self._refresh_advice(self.advice_step.chosen_level())

    def _save_draft(self, **changes):
        self.decisions.save_draft(self.case_id, **changes)
        return next(iter(changes.values()))

    def _refresh_advice(self, chosen_level: str | None = None) -> None:
        try:
            advice = advise(self.policy, self.answers)
        except IncompleteAnswers as exc:
            titles = [self.policy.criterion(c).title.lower() for c in exc.missing]
            self.advice_step.show_missing(titles)
            return
        self.advice_step.show_advice(advice, chosen_level)

    # -- the decision --------------------------------------------------------------------
    def record(self) -> bool:
        adv = self.advice_step
        consultant = (self.window_.settings["consultant_name"] or self.case.consultant or "")
        try:
            decision = decide(self.policy, self.case_id, self.answers, self.facts, self.today,
                              level_id=adv.chosen_level(), motivation=adv.motivation.toPlainText(),
                              consultant=consultant)
            stored = self.decisions.record(
                decision, expected_current=self.current.id if self.current else None)
        except DecisionRefused as exc:
            adv.show_error(self._refusal(exc.code))
            if exc.code == "motivation":
                adv.motivation.setFocus()
            return False
        except StaleDecision:
            adv.show_error(self.tr("Intussen is er een ander besluit vastgelegd voor deze casus. "
                                   "Open het coördinatiebesluit opnieuw."))
            return False
        adv.show_error("")
        self.decision = self.current = stored
        self._set_subtitle()
        due = format_date(stored.follow_up_due) if stored.follow_up_due else ""
        text = self.tr("Besluit vastgelegd: %1.").replace("%1", stored.level_label)
        if due:
            text += " " + self.tr("Volgende evaluatie uiterlijk %1.").replace("%1", due)
        adv.done.setText(text)
        adv.done.show()
        adv.record.setEnabled(False)
        self.letters_button.setEnabled(True)
        self.letters_button.setFocus()
        self.decided.emit(stored.id)
        return True

    def _refusal(self, code: str) -> str:
        return {
            "motivation": self.tr("U wijkt af van het advies. Schrijf op waarom (minstens een zin)."),
            "answers": self.tr("Beantwoord eerst alle vragen."),
        }.get(code, self.tr("Kies wat u besluit."))

    # -- letters ---------------------------------------------------------------------------
    def _choose_letters_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor de brieven"))
        if folder:
            self.export_letters(Path(folder))

    def export_letters(self, folder: Path) -> None:
        from ..tasks import run_task

        decision = self.current
        family, case = self.family, self.window_.families.get_case(self.case_id)
        version = len(self.decisions.history(self.case_id))
        self.letters_button.setEnabled(False)
        self.letters_status.setText(self.tr("Brieven worden gemaakt…"))

        def work(_progress):
            from ...reports.letters import write_decision_letters

            return write_decision_letters(folder, decision, family, case, version=version)

        def done(files) -> None:
            self.letters_button.setEnabled(True)
            self.letters_status.setText(
                self.tr("%1 brieven opgeslagen in %2").replace("%1", str(len(files)))
                .replace("%2", str(folder)))
            self.letters_written.emit(files)

        def failed(exc) -> None:
            self.letters_button.setEnabled(True)
            self.letters_status.setText(self.tr("De brieven konden niet worden gemaakt: %1")
                                        .replace("%1", getattr(exc, "strerror", None) or type(exc).__name__))

        run_task(self, work, done, failed)

    def open_history(self) -> None:
        from .history import HistoryPage

        self.window_.push_page(HistoryPage(self.window_, self.case_id))
