"""The coordination decision page: the wizard (one step per criterion), the
advice and the decision, with the draft autosaved as the consultant goes.

It reads and writes only through the session (`session.decisions`) and re-reads what it
shows when another screen's operation changes the case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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

from ...core.coordination import DecisionRefused, IncompleteAnswers, prefill_all
from ...core.coordination_free import advice_for
from ...core.coordination_texts import case_says_messages
from ...core.lifecycle import LifecycleError
from ...core.validation import format_date
from ...session.decisions import StaleDecision
from ..autosave import FieldSaver, SaveIndicator
from ..consultant_dialog import ConsultantNotice
from ..i18n import language
from ..lifecycle_texts import next_evaluation_text
from ..session_bridge import follow
from .steps import AdviceStep, CriterionStep, level_text, scrolling

# What the page shows: the current decision, what the case says (intake, deployed help)
# and the next evaluation a decision would give.
WATCHED = ("decision", "deployments", "intake", "catalog", "evaluation", "case")
FACT_KINDS = {"deployments", "intake", "catalog"}


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

    def __init__(self, session, nav, case_id: int, today: date | None = None):
        super().__init__()
        self.setObjectName("coordinationPage")
        self.setStyleSheet(STYLE)
        self.session = session
        self.nav = nav
        self.decisions = session.decisions
        self.case_id = case_id
        self.today = today or date.today()
        self.case = session.households.get_case(case_id)
        self.family = session.households.get_family(self.case.family_id)
        self.decision = None
        self._recording = False
        self._stale = False  # another decision was recorded after this page opened

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
        self.notice = QLabel()
        self.notice.setObjectName("error")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.policy = self.decisions.policy_for(case_id, self.today)
        if self.policy is None:
            self._fail(self.tr("Er is geen richtlijn voor coördinatie en opvolging voor regio %1 "
                               "op %2. Een beheerder kan er een toevoegen in forms/.")
                       .replace("%1", self.case.region).replace("%2", format_date(self.today)))
            return
        self.facts = self.decisions.facts(case_id)
        self.current = self.decisions.current(case_id)
        # The decision the consultant saw when opening: recording guards against another.
        self.seen_current = self.current.id if self.current else None
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
            step = CriterionStep(criterion, case_says_messages(criterion, self.facts, self.today),
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

        nav_row = QHBoxLayout()
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
        nav_row.addWidget(self.prev_button)
        nav_row.addWidget(self.next_button)
        nav_row.addWidget(self.letters_status, 1)
        nav_row.addWidget(self.letters_button)
        # Signed with Instellingen › Mijn gegevens: the notice says so while incomplete.
        layout.addWidget(ConsultantNotice(session, nav.events, self))
        layout.addLayout(nav_row)
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
        adv.follow.toggled.connect(lambda _on: self._refresh_preview())
        adv.level.currentIndexChanged.connect(lambda _i: self._refresh_preview())
        self._refresh_list()
        self._show_closed()
        self.go(0)
        follow(self, nav.events, self._on_change)

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
        text = self.tr("Richtlijn %1 (%2, versie %3), geldt vanaf %4.").replace("%1", p.in_lang("name", language())) \
            .replace("%2", p.id).replace("%3", p.version).replace("%4", format_date(p.effective))
        if not p.advises:
            text = self.tr("Er is geen richtlijn voor regio %1: u beantwoordt dezelfde vragen en "
                           "besluit zelf, met een motivering.").replace("%1", self.case.region)
        if self.current is not None:
            text += " " + self.tr("Huidig besluit van %1: %2.").replace(
                "%1", format_date(self.current.decided_on)).replace("%2", level_text(self.policy, self.current))
        self.subtitle.setText(text)

    def _show_closed(self) -> bool:
        closed = self.case.status == "afgesloten"
        if closed:
            self.notice.setText(self.tr("Deze casus is afgesloten. Heropen de casus om iets "
                                        "te veranderen."))
        self.notice.setVisible(closed or self._stale)
        if self.advice_step.advice is not None:
            self.advice_step.record.setEnabled(not closed and self.decision is None)
        return closed

    def _on_change(self, change) -> None:
        """Another operation (or this page's own) changed the case: re-read what is shown.
        Typed answers and the motivation stay as they are."""
        if self.policy is None or not change.concerns(case_id=self.case_id, kinds=WATCHED):
            return
        self.case = self.session.households.get_case(self.case_id)
        self.current = self.decisions.current(self.case_id)
        self._set_subtitle()
        self.letters_button.setEnabled(self.current is not None)
        if (not self._recording and self.current is not None
                and self.current.id != self.seen_current):
            self._stale = True
            self.notice.setText(self.tr("Intussen is er een ander besluit vastgelegd voor deze "
                                        "casus. Open het coördinatiebesluit opnieuw."))
        if change.kinds & FACT_KINDS or "all" in change.kinds:
            self.facts = self.decisions.facts(self.case_id)
            self.suggested = prefill_all(self.policy, self.facts, self.today)
            for step in self.criterion_steps:
                c = step.criterion
                step.show_case(case_says_messages(c, self.facts, self.today), self.suggested[c.id])
        self._show_closed()
        self._refresh_preview()

    def _refresh_list(self) -> None:
        for i, c in enumerate(self.policy.criteria):
            mark = " ✓" if self.answers.get(c.id) else ""
            self.steps_list.item(i).setText(f"{i + 1}. {c.in_lang('title', language())}{mark}")
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
        try:
            self.decisions.save_draft(self.case_id, **changes)
        except LifecycleError:
            self._show_closed()  # what was typed stays on screen
        return next(iter(changes.values()))

    def _refresh_advice(self, chosen_level: str | None = None) -> None:
        try:
            advice = advice_for(self.policy, self.answers)
        except IncompleteAnswers as exc:
            titles = [self.policy.criterion(c).title.lower() for c in exc.missing]
            self.advice_step.show_missing(titles)
            return
        self.advice_step.show_advice(advice, chosen_level)
        self._show_closed()
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        """The next evaluation this decision would give: the lifecycle rule with it."""
        level = self.advice_step.chosen_level() if self.decision is None else None
        if level is None or self.case.status == "afgesloten":
            self.advice_step.show_preview("")
            return
        nxt = self.decisions.preview_next_evaluation(self.case_id, level, self.today)
        self.advice_step.show_preview(self._next_text(nxt, preview=True))

    # -- the decision --------------------------------------------------------------------
    def record(self) -> bool:
        adv = self.advice_step
        consultant = self.session.consultant.details().name or self.case.consultant or ""
        self._recording = True
        try:
            stored = self.decisions.record_decision(
                self.case_id, self.answers, level_id=adv.chosen_level(),
                motivation=adv.motivation.toPlainText(), consultant=consultant,
                decided_on=self.today, expected_current=self.seen_current)
        except DecisionRefused as exc:
            adv.show_error(self._refusal(exc.code))
            if exc.code in ("motivation", "motivation_required"):
                adv.motivation.setFocus()
            return False
        except StaleDecision:
            adv.show_error(self.tr("Intussen is er een ander besluit vastgelegd voor deze casus. "
                                   "Open het coördinatiebesluit opnieuw."))
            return False
        except LifecycleError:
            adv.show_error(self.tr("Deze casus is afgesloten. Heropen de casus om iets te "
                                   "veranderen."))
            return False
        finally:
            self._recording = False
        adv.show_error("")
        self.decision = self.current = stored
        self.seen_current = stored.id
        self._set_subtitle()
        text = self.tr("Besluit vastgelegd: %1.").replace("%1", level_text(self.policy, stored))
        if stored.follow_up_due:
            nxt = self.session.households.next_evaluation(self.case_id)
            text += " " + self._next_text(nxt)
        adv.show_preview("")
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
            "motivation_required": self.tr("Er is geen richtlijn voor deze regio. Schrijf op "
                                           "waarom u dit besluit (minstens een zin)."),
            "policy": self.tr("Er is geen richtlijn voor coördinatie en opvolging voor deze regio "
                              "op deze datum."),
        }.get(code, self.tr("Kies wat u besluit."))

    # -- letters ---------------------------------------------------------------------------
    def _choose_letters_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor de brieven"))
        if folder:
            self.export_letters(Path(folder))

    def export_letters(self, folder: Path) -> None:
        """The PDFs are written off the GUI thread; then the session records each letter."""
        from ..tasks import run_task

        letters = self.decisions.letters(self.case_id)
        self.letters_button.setEnabled(False)
        self.letters_status.setText(self.tr("Brieven worden gemaakt…"))

        def work(_progress):
            return letters.write(folder)

        def done(files) -> None:
            self.decisions.record_letters(letters, files)
            self.letters_button.setEnabled(True)
            self.letters_status.setText(
                (self.tr("1 brief opgeslagen in %2") if len(files) == 1 else
                 self.tr("%1 brieven opgeslagen in %2").replace("%1", str(len(files))))
                .replace("%2", str(folder)))
            from ..export_dialog import show_made  # open or print them (casextras)

            show_made(self, self.session, letters.case.family_id, files)
            self.letters_written.emit(files)

        def failed(exc) -> None:
            self.letters_button.setEnabled(True)
            self.letters_status.setText(self.tr("De brieven konden niet worden gemaakt: %1")
                                        .replace("%1", getattr(exc, "strerror", None) or type(exc).__name__))

        run_task(self, work, done, failed)

    def _next_text(self, nxt, preview: bool = False) -> str:
        """'Volgende evaluatie uiterlijk 03-01-2027. Eerder: de beschikking van …'."""
        if nxt.due is None:
            return next_evaluation_text(nxt)
        when = (self.tr("Met dit besluit is de volgende evaluatie uiterlijk %1.") if preview
                else self.tr("Volgende evaluatie uiterlijk %1."))
        return when.replace("%1", format_date(nxt.due)) + " " + next_evaluation_text(nxt)

    def open_history(self) -> None:
        from .history import HistoryPage

        self.nav.push(HistoryPage(self.session, self.nav, self.case_id))


