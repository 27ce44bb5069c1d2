"""The case overview: the phase strip, the next step and its date, who is involved, the help
running, the estimated cost, the case's details, and the way into every wizard (each opens
on top and comes back here). Everything is read from session.casefile.overview; the panel
that holds it shows it again on every change that concerns the case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import lifecycle as lc
from ...core.costs import format_euro, volume_message
from ...core.next_step import PHASES
from ...core.validation import format_date
from ..i18n import in_ui_lang
from ..lifecycle_texts import close_reason_label, next_evaluation_text, review_text
from ..messages import role_label, status_label
from ..registry import CASE_ACTIONS
from .texts import next_step_text, phase_label

STYLE = """
QLabel[phase="done"] { color: #1d3557; background: #dbe7f3; border-radius: 4px; padding: 4px 8px; }
QLabel[phase="current"] { color: white; background: #1d3557; font-weight: 700;
                          border-radius: 4px; padding: 4px 8px; }
QLabel[phase="todo"] { color: #486581; background: #f0f4f8; border-radius: 4px; padding: 4px 8px; }
QLabel#nextStep { font-weight: 600; color: #102a43; }
"""
# Closed cases may still be looked at, exported and shown to the family.
OPEN_WHEN_CLOSED = ("samen-kijken", "progress", "evaluation-report")


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.PlainText)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class CaseOverview(QScrollArea):
    def __init__(self, session, nav, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseOverview")
        self.session = session
        self.nav = nav
        self.case_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        content = QWidget()
        content.setStyleSheet(STYLE)
        layout = QVBoxLayout(content)

        strip = QHBoxLayout()
        strip.setSpacing(4)
        self.phases: dict[str, QLabel] = {}
        for i, phase in enumerate(PHASES):
            if i:
                arrow = QLabel("→")
                arrow.setAccessibleName("")
                strip.addWidget(arrow)
            label = QLabel(phase_label(phase))
            label.setObjectName(f"phase_{phase}")
            self.phases[phase] = label
            strip.addWidget(label)
        strip.addStretch(1)
        layout.addLayout(strip)

        self.case_status = _label(name="caseStatus")
        self.case_status.setAccessibleName(QCoreApplication.translate("CasePanel", "Status van de casus"))
        layout.addWidget(self.case_status)
        step_box = QHBoxLayout()
        step_title = QLabel(QCoreApplication.translate("CaseFile", "Volgende stap:"))
        self.next_step = _label(name="nextStep")
        font = self.next_step.font()  # larger than the text around it, at any text size
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.next_step.setFont(font)
        step_box.addWidget(step_title)
        step_box.addWidget(self.next_step, 1)
        layout.addLayout(step_box)

        grid = QGridLayout()
        who = QGroupBox(QCoreApplication.translate("CaseFile", "Wie doen mee"))
        self.involved = _label(name="involved")
        QVBoxLayout(who).addWidget(self.involved)
        help_box = QGroupBox(QCoreApplication.translate("CaseFile", "Hulp die loopt"))
        help_layout = QVBoxLayout(help_box)
        self.help = _label(name="runningHelp")
        self.cost = _label(name="caseCost")
        help_layout.addWidget(self.help)
        help_layout.addWidget(self.cost)
        grid.addWidget(who, 0, 0)
        grid.addWidget(help_box, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        work = QGroupBox(QCoreApplication.translate("CaseFile", "Aan de slag"))
        self.actions_box = QGridLayout(work)
        layout.addWidget(work)

        details = QGroupBox(QCoreApplication.translate("CaseFile", "Gegevens van de casus"))
        details_layout = QVBoxLayout(details)
        self.case_info = _label(name="caseInfo")
        details_layout.addWidget(self.case_info)
        lifecycle = QHBoxLayout()
        self.close_button = QPushButton(QCoreApplication.translate("CasePanel", "Casus a&fsluiten…"))
        self.close_button.setObjectName("closeCase")
        self.reopen_button = QPushButton(QCoreApplication.translate("CasePanel", "Casus &heropenen"))
        self.reopen_button.setObjectName("reopenCase")
        lifecycle.addWidget(self.close_button)
        lifecycle.addWidget(self.reopen_button)
        lifecycle.addStretch(1)
        details_layout.addLayout(lifecycle)
        layout.addWidget(details)
        layout.addStretch(1)
        self.setWidget(content)
        self._buttons: list[QPushButton] = []
        self._shown = None  # the overview on screen (session.casefile.CaseOverview)

    # -- showing ---------------------------------------------------------------------------
    def show_case(self, case_id: int | None, today: date | None = None) -> None:
        self.case_id = case_id
        self._shown = None
        if case_id is None:
            self.case_status.setText("")
            self.next_step.setText("")
            self.case_info.setText(QCoreApplication.translate("CasePanel", "Dit gezin heeft nog geen casus."))
            self.involved.setText("")
            self.help.setText("")
            self.cost.setText("")
            self._set_phase(None)
            self._set_actions(None, True)
            self.close_button.hide()
            self.reopen_button.hide()
            return
        o = self._shown = self.session.casefile.overview(case_id, today)
        c = o.case
        closed = c.status == lc.AFGESLOTEN
        self._set_phase(o.phase)
        self.case_status.setText(QCoreApplication.translate("CasePanel", "Status: %1").replace("%1", status_label(c.status)))
        self.next_step.setText(next_step_text(o.next_step))
        self.involved.setText(self._involved_text(o))
        self.help.setText(self._help_text(o))
        cost = format_euro(o.cost.cents) if o.cost is not None else "–"
        text = QCoreApplication.translate("CaseFile", "Geschatte kosten van de hulp: %1").replace("%1", cost)
        if o.cost is not None and o.cost.unknown:
            text += " " + QCoreApplication.translate(
                "CaseFile", "(van %1 inzet nog niet te schatten)").replace("%1", str(o.cost.unknown))
        self.cost.setText(text)
        self.case_info.setText(self._details_text(o))
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self._set_actions(c.id, closed)

    def show_members(self) -> None:
        """Only members' names, roles or birth dates changed: read them again for 'who is
        involved', the one part of the overview that shows them."""
        o = self._shown
        if o is None:
            return
        o = self._shown = replace(o, members=self.session.households.members(o.case.family_id))
        self.involved.setText(self._involved_text(o))

    def _set_phase(self, current: str | None) -> None:
        reached = PHASES.index(current) if current in PHASES else -1
        for i, (phase, label) in enumerate(self.phases.items()):
            state = "current" if i == reached else ("done" if i < reached else "todo")
            label.setProperty("phase", state)
            label.setAccessibleName(phase_label(phase) + (
                " – " + QCoreApplication.translate("CaseFile", "hier staat de casus nu")
                if state == "current" else ""))
            label.style().unpolish(label)
            label.style().polish(label)

    def _involved_text(self, o) -> str:
        lines = []
        for p in o.members:
            age = p.age_on(date.today())
            extra = [role_label(p.role)] + ([str(age)] if age is not None else [])
            lines.append(f"{p.full_name} ({', '.join(extra)})")
        if not o.members:
            lines.append(QCoreApplication.translate("CaseFile", "Nog geen gezinsleden."))
        regisseur = o.regisseur_name + (f" · {o.regisseur_contact}" if o.regisseur_contact else "")
        lines.append(QCoreApplication.translate("CaseFile", "Regisseur: %1").replace(
            "%1", regisseur or QCoreApplication.translate("CaseFile", "nog niet gekozen")))
        lines.append(QCoreApplication.translate("CaseFile", "Consulent: %1").replace(
            "%1", o.case.consultant or "–"))
        for p in o.providers:
            text = f"{p.name} (AGB {p.code})"
            if p.contact:
                text += f" · {p.contact}"
            lines.append(QCoreApplication.translate("CaseFile", "Aanbieder: %1").replace("%1", text))
        return "\n".join(lines)

    def _help_text(self, o) -> str:
        if not o.running:
            return QCoreApplication.translate("CaseFile", "Er loopt nog geen hulp.")
        lines = []
        for d in o.running:
            what = " – ".join(x for x in (d.provider_name, d.product_name) if x) or \
                QCoreApplication.translate("CaseFile", "Aanbieder nog niet gekozen")
            period = QCoreApplication.translate("CaseFile", "%1 tot %2").replace(
                "%1", format_date(d.start) or "–").replace("%2", format_date(d.end) or "–")
            lines.append(f"{what}\n   {in_ui_lang(volume_message(d.volume))}, {period}")
        return "\n".join(lines)

    def _details_text(self, o) -> str:
        c = o.case
        households = self.session.households
        extra = households.case_details(c.id)
        nxt = households.next_evaluation(c.id)
        coordination = {None: QCoreApplication.translate("CasePanel", "nog niet besloten"),
                        True: QCoreApplication.translate("CasePanel", "ja"),
                        False: QCoreApplication.translate("CasePanel", "nee")}
        due = format_date(c.next_evaluation) if c.next_evaluation else "–"
        lines = [
            QCoreApplication.translate("CasePanel", "Casusnummer: %1").replace("%1", c.case_number),
            QCoreApplication.translate("CasePanel", "Gemeente: %1 (%2)").replace("%1", c.municipality).replace("%2", c.region),
            QCoreApplication.translate("CasePanel", "Start: %1").replace("%1", format_date(c.start_date) or "–"),
            QCoreApplication.translate("CasePanel", "Einde: %1").replace("%1", format_date(c.end_date) or "–"),
            QCoreApplication.translate("CasePanel", "Coördinatie en opvolging door CJG: %1").replace("%1", coordination[c.coordination]),
            QCoreApplication.translate("CasePanel", "Volgende evaluatie: %1").replace("%1", due) + "  " + next_evaluation_text(nxt),
            QCoreApplication.translate("CasePanel", "Overgangsregel: %1").replace("%1", review_text(extra.get("review_group"),
                                                                                                  extra.get("review_due"))),
        ]
        if c.status == lc.AFGESLOTEN and o.close_reason:
            lines.append(QCoreApplication.translate("CasePanel", "Reden van afsluiten: %1").replace(
                "%1", close_reason_label(o.close_reason)))
        if c.estimated_cost is not None:
            lines.append(QCoreApplication.translate("CasePanel", "Geschatte kosten inzet: %1").replace("%1", format_euro(c.estimated_cost)))
        return "\n".join(lines)

    def _set_actions(self, case_id: int | None, closed: bool) -> None:
        for button in self._buttons:
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self._buttons = []
        if case_id is None:
            return
        actions = [a for a in sorted(CASE_ACTIONS.values(), key=lambda a: a.order)
                   if a.available is None or a.available(self.session)]
        for i, action in enumerate(actions):
            button = QPushButton(action.label())
            button.setObjectName(f"caseAction_{action.key}")
            button.setEnabled(not closed or action.key in OPEN_WHEN_CLOSED)
            button.clicked.connect(
                lambda _=False, a=action, cid=case_id: self.nav.open_case_action(a.key, cid))
            self.actions_box.addWidget(button, i // 4, i % 4)
            self._buttons.append(button)
