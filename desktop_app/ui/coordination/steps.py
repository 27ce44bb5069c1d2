"""The wizard's pages: one per criterion (what the case says, the answer options
with the suggestion from the case, guidance) and the advice with the decision."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.coordination import Advice
from ...core.coordination_texts import headline_of, summary_of
from ...core.messages import msg
from ...core.policy import Criterion, Policy
from ..i18n import in_ui_lang, language


def _label(text: str = "", name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    if name:
        label.setObjectName(name)
    return label


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidget(inner)
    return area


class CriterionStep(QWidget):
    """One criterion: what the case says, the question, the options, the guidance."""

    answered = Signal(str, str)  # criterion id, option id

    def __init__(self, criterion: Criterion, says: list[str], suggested: str | None,
                 answer: str | None, number: int, total: int, parent=None):
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName(f"step_{criterion.id}")
        layout = QVBoxLayout(self)
        step = self.tr("Stap %1 van %2").replace("%1", str(number)).replace("%2", str(total))
        layout.addWidget(_label(step, "muted"))
        layout.addWidget(_label(criterion.in_lang("title", language()), "stepTitle"))

        facts = QGroupBox(self.tr("Wat de casus al zegt"))
        facts.setObjectName("caseSays")
        fl = QVBoxLayout(facts)
        self.says = _label("", "caseSaysText", rich=True)
        self.says.setTextInteractionFlags(Qt.TextSelectableByMouse)
        fl.addWidget(self.says)
        layout.addWidget(facts)

        question = QGroupBox(criterion.in_lang("question", language()))
        question.setObjectName("question")
        ql = QVBoxLayout(question)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for option in criterion.options:
            button = QRadioButton(option.in_lang("label", language()))
            button.setObjectName(f"option_{option.id}")
            button.setToolTip(option.in_lang("reason", language()))
            self.group.addButton(button)
            self.buttons[option.id] = button
            ql.addWidget(button)
            button.toggled.connect(lambda on, o=option.id: on and self.answered.emit(criterion.id, o))
        self.hint = _label(self.tr("De casus geeft hier nog geen antwoord op: kies zelf."), "hint")
        ql.addWidget(self.hint)
        layout.addWidget(question)
        if answer in self.buttons:
            self.buttons[answer].blockSignals(True)
            self.buttons[answer].setChecked(True)
            self.buttons[answer].blockSignals(False)

        guide = QGroupBox(self.tr("Toelichting"))
        gl = QVBoxLayout(guide)
        gl.addWidget(_label(criterion.in_lang("guidance", language()), "guidance"))
        layout.addWidget(guide)
        layout.addStretch(1)
        self.show_case(says, suggested)

    def show_case(self, says: list[str], suggested: str | None) -> None:
        """What the case says and the option it points to (again after the case changed);
        the chosen answer stays."""
        self.says.setText("<br>".join("• " + escape(in_ui_lang(line)) for line in says))
        for option in self.criterion.options:
            text = option.in_lang("label", language())
            if option.id == suggested:
                text += "  " + self.tr("(voorgesteld op grond van de casus)")
            self.buttons[option.id].setText(text)
        self.hint.setVisible(suggested is None)

    def choose(self, option_id: str) -> None:
        self.buttons[option_id].setChecked(True)

    def focus_answer(self) -> None:
        checked = self.group.checkedButton() or next(iter(self.buttons.values()))
        checked.setFocus()


class AdviceStep(QWidget):
    """The advice with its reasons, criterion by criterion, and the decision."""

    record_requested = Signal()

    def __init__(self, policy: Policy, parent=None):
        super().__init__(parent)
        self.policy = policy
        self.advice: Advice | None = None
        self.setObjectName("step_advice")
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Advies en besluit"), "stepTitle"))
        self.headline = _label("", "adviceHeadline")
        layout.addWidget(self.headline)
        self.summary = _label("", "adviceSummary")
        layout.addWidget(self.summary)
        self.reasons = _label("", "adviceReasons", rich=True)
        self.reasons.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.reasons)

        box = QGroupBox(self.tr("Uw besluit"))
        box.setObjectName("decisionBox")
        bl = QVBoxLayout(box)
        self.follow = QRadioButton(self.tr("Ik volg het &advies"))
        self.follow.setObjectName("followAdvice")
        self.deviate = QRadioButton(self.tr("Ik &wijk af van het advies"))
        self.deviate.setObjectName("deviate")
        self.follow.setChecked(True)
        bl.addWidget(self.follow)
        bl.addWidget(self.deviate)
        row = QHBoxLayout()
        level_label = QLabel(self.tr("Mijn be&sluit"))
        self.level = QComboBox()
        self.level.setObjectName("level")
        level_label.setBuddy(self.level)
        row.addWidget(level_label)
        row.addWidget(self.level, 1)
        bl.addLayout(row)
        motivation_label = QLabel(self.tr("&Motivering (verplicht als u afwijkt)"))
        self.motivation = QPlainTextEdit()
        self.motivation.setObjectName("motivation")
        self.motivation.setTabChangesFocus(True)
        self.motivation.setPlaceholderText(
            self.tr("Waarom wijkt u af? Schrijf het zo op dat het gezin het kan lezen."))
        self.motivation.setMaximumHeight(84)
        motivation_label.setBuddy(self.motivation)
        bl.addWidget(motivation_label)
        bl.addWidget(self.motivation)
        self.error = _label("", "error")
        self.error.hide()
        bl.addWidget(self.error)
        buttons = QHBoxLayout()
        self.record = QPushButton(self.tr("Besluit &vastleggen"))
        self.record.setObjectName("recordDecision")
        self.record.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.record)
        bl.addLayout(buttons)
        layout.addWidget(box)
        self.preview = _label("", "followUpPreview")
        self.preview.hide()
        bl.insertWidget(bl.indexOf(self.error), self.preview)
        self.done = _label("", "decisionDone")
        self.done.hide()
        layout.addWidget(self.done)
        layout.addStretch(1)
        self.deviate.toggled.connect(self._mode_changed)
        self.record.clicked.connect(self.record_requested)
        self._mode_changed(False)
        if not policy.advises:
            # No policy file for the region: no advice to follow, the consultant chooses and
            # always writes why (core/coordination_free.py).
            self.deviate.setChecked(True)
            self.follow.hide()
            self.deviate.hide()
            motivation_label.setText(self.tr("&Motivering (verplicht)"))
            self.motivation.setPlaceholderText(self.tr(
                "Waarom besluit u dit? Schrijf het zo op dat het gezin het kan lezen."))

    def _mode_changed(self, deviating: bool) -> None:
        self.level.setEnabled(deviating)
        self.motivation.setEnabled(True)

    def show_missing(self, titles: list[str]) -> None:
        self.advice = None
        self.headline.setText(self.tr("Nog geen advies"))
        self.summary.setText(self.tr("Beantwoord eerst: %1.").replace("%1", ", ".join(titles)))
        self.reasons.setText("")
        self._fill_levels(None, self.level.currentData())
        self.record.setEnabled(False)

    def _fill_levels(self, advised: str | None, current: str | None) -> None:
        """Every level except the advised one (all of them while there is no advice)."""
        self.level.blockSignals(True)
        self.level.clear()
        if not self.policy.advises:
            self.level.addItem(self.tr("Kies uw besluit…"), None)
        for lvl in self.policy.levels:
            if lvl.id != advised:
                self.level.addItem(lvl.in_lang("label", language()), lvl.id)
        if current:
            self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.level.blockSignals(False)

    def show_advice(self, advice: Advice, chosen_level: str | None) -> None:
        self.advice = advice
        lang = language()
        headline = headline_of(self.policy, advice, lang)
        self.headline.setText(self.tr("Advies: %1").replace("%1", headline) if advice.level else headline)
        self.headline.setProperty("coordination", advice.coordination)
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)
        self.summary.setText(in_ui_lang(summary_of(self.policy, advice)))
        rows = []
        for r in advice.reasons:
            forced = ""
            if r.raised_to:
                level = self.policy.level(r.raised_to).in_lang("label", lang)
                level = level[:1].lower() + level[1:]  # 'the CJG' keeps its capitals
                forced = "<br><i>" + escape(self.tr("Dit antwoord maakt het advies minstens: %1.")
                                            .replace("%1", level)) + "</i>"
            criterion = self.policy.criterion(r.criterion)
            option = criterion.option(r.option)
            weight = in_ui_lang(msg("coord.weight", weight=r.weight))
            rows.append(
                f"<tr><td style='padding:4px 10px 4px 0'><b>{escape(criterion.in_lang('title', lang))}</b>"
                f"<br>{escape(option.in_lang('label', lang))}</td>"
                + (f"<td style='padding:4px 10px 4px 0; white-space:nowrap'>{escape(weight)}</td>"
                   f"<td style='padding:4px 0'>{escape(option.in_lang('reason', lang))}{forced}</td></tr>"
                   if advice.level
                   else "</tr>"))
        self.reasons.setText("<table width='100%' cellspacing='0'>" + "".join(rows) + "</table>")
        current = chosen_level if chosen_level and chosen_level != advice.level else None
        self._fill_levels(advice.level, current)
        self.record.setEnabled(True)

    def chosen_level(self) -> str | None:
        if self.deviate.isChecked():
            return self.level.currentData()
        return self.advice.level if self.advice else None

    def show_preview(self, text: str) -> None:
        """The next evaluation the chosen decision gives (core.lifecycle), before recording."""
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def level_text(policy: Policy, decision) -> str:
    """A decision's level in the UI's language; the stored (Dutch) label when the policy
    no longer has that level."""
    try:
        return policy.level(decision.level).in_lang("label", language())
    except KeyError:
        return decision.level_label
