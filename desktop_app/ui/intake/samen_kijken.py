"""'Samen kijken': the plan on the screen at the kitchen table, for the family.
Larger text; the family's own words and the network picture first; no BSN, no
safety note and no consultant's notes (it shows only what the plan PDF shows) – of the
journal only the notes the consultant marked 'mag met het gezin gedeeld worden'.

It reads the plan through `session.intake.plan` (the same PlanData the PDF is made from,
with the case's one next-evaluation date) and reads it again when a change concerns the
case or the family."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.plan import PlanData
from ..autosave import flush_all
from ..session_bridge import follow
from .network_view import NetworkPicture

if TYPE_CHECKING:
    from ...session import Change, Session
    from ..session_bridge import Navigator

# What the plan shows: a change of any of these kinds for the case or family is re-read.
SHOWN = ("case", "intake", "consent", "members", "family", "results", "deployments",
         "decision", "evaluation", "journal")

STYLE = """
QWidget#samenKijkenContent QLabel { font-size: 15pt; color: #102a43; }
QWidget#samenKijkenContent QLabel[role="h"] { font-size: 19pt; font-weight: 700; color: #1d3557;
                                               margin-top: 14px; }
QWidget#samenKijkenContent QLabel[role="quote"] { font-size: 18pt; font-style: italic;
    background: #f1f5f9; border-left: 6px solid #1d3557; padding: 12px 16px; }
QWidget#samenKijkenContent QLabel[role="muted"] { font-size: 13pt; color: #38506b; }
"""


def _months(day: date | None) -> str:
    if day is None:
        return ""
    names = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
    return f"{day.day} {names[day.month - 1]} {day.year}"


class SamenKijkenPage(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session, nav: Navigator, case_id: int):
        super().__init__()
        self.setObjectName("samenKijken")
        self.session = session
        self.nav = nav
        self.case_id = case_id
        self.family_id = session.households.get_case(case_id).family_id
        self.plan: PlanData = session.intake.plan(case_id)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("← Te&rug"))
        self.back.setObjectName("back")
        self.back.setAccessibleName(self.tr("Terug naar de intake"))
        self.back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Ons gezinsplan – gezin %1").replace("%1", self.plan.family_name))
        title.setObjectName("title")
        title.setWordWrap(True)
        self.pdf = QPushButton(self.tr("Plan als &PDF opslaan…"))
        self.pdf.setObjectName("exportPlan")
        self.pdf.clicked.connect(self._export)
        header.addWidget(self.back)
        header.addWidget(title, 1)
        header.addWidget(self.pdf)
        layout.addLayout(header)
        QShortcut(QKeySequence(Qt.Key_Escape), self, activated=self.back_requested.emit)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setFocusPolicy(Qt.StrongFocus)  # arrow keys and Page Down scroll the plan
        layout.addWidget(scroll, 1)
        self.scroll = scroll
        self._build_content()
        follow(self, nav.events, self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.concerns(family_id=self.family_id, case_id=self.case_id, kinds=SHOWN):
            self.reload()

    def reload(self) -> None:
        """Read the plan again and show it, keeping the place the family was looking at."""
        position = self.scroll.verticalScrollBar().value()
        self.plan = self.session.intake.plan(self.case_id)
        self._build_content()
        self.scroll.verticalScrollBar().setValue(position)

    def _build_content(self) -> None:
        content = QWidget()
        content.setObjectName("samenKijkenContent")
        content.setStyleSheet(STYLE)
        self.body = QVBoxLayout(content)
        self._fill()
        self.body.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(content)

    # -- content --------------------------------------------------------------------------
    def _label(self, text: str, role: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.PlainText)
        if role:
            label.setProperty("role", role)
        return label

    def _fill(self) -> None:
        p, add = self.plan, self.body.addWidget
        add(self._label(self.tr("Onze vraag"), "h"))
        add(self._label(p.help_question or self.tr("Nog niet opgeschreven."), "quote" if p.help_question else "muted"))
        for name, text in p.member_questions:
            add(self._label(self.tr("De vraag van %1:").replace("%1", name), "muted"))
            add(self._label(text, "quote"))
        add(self._label(self.tr("Wie zijn wij"), "h"))
        members = ", ".join(m.name + (f" ({m.age})" if m.age is not None else "") for m in p.members)
        add(self._label(members))
        self.picture = NetworkPicture(scale=1.3)
        self.picture.setMinimumHeight(460)
        self.picture.set_data(p.family_name, p.groups, p.contacts)
        add(self.picture)

        grid = QGridLayout()
        good = QVBoxLayout()
        good.addWidget(self._label(self.tr("Wat gaat goed"), "h"))
        for d in p.strengths:
            whose = f" ({d.whose})" if d.whose else ""
            good.addWidget(self._label(f"✓ {d.label}{whose}: {d.good}"))
        if not p.strengths:
            good.addWidget(self._label(self.tr("Nog niet opgeschreven."), "muted"))
        good.addStretch(1)
        worries = QVBoxLayout()
        worries.addWidget(self._label(self.tr("Waar maken we ons zorgen over"), "h"))
        for d in p.worries:
            whose = f" ({d.whose})" if d.whose else ""
            star = "★ " if d.priority else "• "
            text = d.worries or self.tr("hier gaat het nu niet goed.")
            worries.addWidget(self._label(f"{star}{d.label}{whose}: {text}"))
        if not p.worries:
            worries.addWidget(self._label(self.tr("Nog niet opgeschreven."), "muted"))
        worries.addStretch(1)
        grid.addLayout(good, 0, 0)
        grid.addLayout(worries, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)

        add(self._label(self.tr("Wie coördineert"), "h"))
        add(self._label(p.regisseur_name + (f" · {p.regisseur_contact}" if p.regisseur_contact else "")
                        if p.regisseur_name else self.tr("Nog niet gekozen."), "" if p.regisseur_name else "muted"))
        add(self._label(self.tr("Wanneer kijken we samen terug"), "h"))
        add(self._label(_months(p.evaluation_date) or self.tr("Nog geen datum afgesproken."),
                        "" if p.evaluation_date else "muted"))
        reason = self.look_back_reason(p)
        if reason:
            reason_label = self._label(reason, "muted")
            reason_label.setObjectName("lookBackReason")
            add(reason_label)
        shared = self.session.casefile.shared_notes(self.case_id)
        if shared:
            add(self._label(self.tr("Wat we samen bespraken"), "h"))
        for entry in shared:
            when = _months(entry.happened_at.date())
            add(self._label(f"{when}: {entry.notes.strip()}"))

    def look_back_reason(self, p: PlanData) -> str:
        """Why that day, for the family: reports.plan.look_back_reason, translatable."""
        n = p.next_evaluation
        if n is None:
            return ""
        if p.evaluation_date is None:
            return {
                "none_closed": self.tr("Jullie gezinsplan bij het CJG is afgesloten."),
                "none_no_follow_up": self.tr("Het CJG volgt dit plan niet op."),
            }.get(n.why, "")
        lim = n.limit
        if lim is None:
            return ""
        if lim.kind == "beschikking":
            if lim.provider:
                return (self.tr("Eerder dan gepland, omdat de hulp van %1 op %2 afloopt.")
                        .replace("%1", lim.provider).replace("%2", _months(lim.since)))
            return self.tr("Eerder dan gepland, omdat een deel van de hulp op %1 afloopt.") \
                .replace("%1", _months(lim.since))
        if lim.kind == "chosen":
            return self.tr("Die datum hebben we samen gekozen.")
        if lim.months == 6:
            return self.tr("We kijken minstens één keer per half jaar samen terug.")
        return self.tr("We kijken elke %1 maanden samen terug.").replace("%1", str(lim.months))

    def all_text(self) -> str:
        """Everything this page shows as text (tests check nothing private is in it)."""
        return "\n".join(lbl.text() for lbl in self.findChildren(QLabel))

    def _export(self) -> None:
        from .export import export_plan_dialog

        flush_all(self)
        export_plan_dialog(self, self.session, self.nav, self.case_id)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.scroll.setFocus()
