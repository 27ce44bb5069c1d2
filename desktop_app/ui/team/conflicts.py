"""Conflicten (issue 18): the same field changed on this laptop and on the server since
their common version. The family's words are never dropped: both values are kept until
the consultant chooses. The list shows every open conflict (case, family, what, when);
the chosen one shows the earlier value, this laptop's and the server's side by side, with
'Mijn waarde houden' and 'Waarde van de server houden' (session.team.resolve)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..session_bridge import follow
from .texts import field_label, kind_label, table_label, value_text, when_text


def conflict_title(c) -> str:
    """'Gezinslid: telefoon'."""
    return f"{table_label(c.table)}: {field_label(c.field)}"


def _side_text(c, side: str) -> str:
    value = getattr(c, side)
    if value is None and side == "theirs" and c.kind == "gone":
        return QCoreApplication.translate("Team", "(verwijderd op de server)")
    if value is None and side == "mine" and c.kind == "deleted":
        return QCoreApplication.translate("Team", "(door u verwijderd)")
    return value_text(value)


class ConflictsPage(QWidget):
    back_requested = Signal()
    resolved = Signal(int, str)  # conflict id, 'mine' | 'theirs'

    def __init__(self, session, nav, listing: Callable[[], list] | None = None):
        super().__init__()
        self.setObjectName("conflictsPage")
        self.session = session
        self._listing = listing or session.team.conflicts
        self.conflicts: list = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(QCoreApplication.translate("Team", "← &Terug"))
        back.setObjectName("back")
        back.clicked.connect(self.back_requested)
        title = QLabel(QCoreApplication.translate("Team", "Conflicten"))
        title.setObjectName("title")
        top.addWidget(back)
        top.addWidget(title)
        top.addStretch(1)
        layout.addLayout(top)
        intro = QLabel(QCoreApplication.translate(
            "Team", "Hier staat wat op deze laptop en op de teamserver allebei is veranderd, "
                    "sinds de laatste keer dat ze gelijk waren. Er gaat niets verloren: kies "
                    "per conflict welke waarde blijft. Uw keuze gaat bij de volgende "
                    "synchronisatie naar de server."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.empty = QLabel(QCoreApplication.translate(
            "Team", "Geen conflicten. Alles op deze laptop komt overeen met de teamserver, of "
                    "wacht alleen nog op de volgende synchronisatie."))
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.stack.addWidget(self.empty)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        list_label = QLabel(QCoreApplication.translate("Team", "Open &conflicten"))
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(300)
        self.list.setMaximumWidth(380)
        list_label.setBuddy(self.list)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        row.addLayout(left)

        detail = QVBoxLayout()
        self.what = QLabel()
        self.what.setObjectName("conflictWhat")
        self.what.setWordWrap(True)
        self.what.setStyleSheet("QLabel { font-weight: 600; font-size: 12pt; }")
        self.why = QLabel()
        self.why.setObjectName("hint")
        self.why.setWordWrap(True)
        detail.addWidget(self.what)
        detail.addWidget(self.why)
        grid = QGridLayout()
        self.sides: dict[str, QPlainTextEdit] = {}
        for col, (side, text) in enumerate((
                ("base", QCoreApplication.translate("Team", "&Eerder (laatst gelijk)")),
                ("mine", QCoreApplication.translate("Team", "&Mijn waarde (deze laptop)")),
                ("theirs", QCoreApplication.translate("Team", "Waarde van de &server")))):
            label = QLabel(text)
            box = QPlainTextEdit()
            box.setObjectName(f"conflict_{side}")
            box.setReadOnly(True)
            box.setLineWrapMode(QPlainTextEdit.WidgetWidth)
            box.setTabChangesFocus(True)
            box.setMaximumHeight(260)  # the buttons stay close to the values
            box.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
            label.setBuddy(box)
            grid.addWidget(label, 0, col)
            grid.addWidget(box, 1, col)
            self.sides[side] = box
        detail.addLayout(grid)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(QCoreApplication.translate("Team", "Mijn waarde &houden"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_theirs = QPushButton(QCoreApplication.translate("Team", "&Waarde van de server houden"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addStretch(1)
        detail.addLayout(buttons)
        detail.addStretch(1)
        row.addLayout(detail, 1)
        self.stack.addWidget(body)
        self.body = body

        self.list.currentRowChanged.connect(self._show)
        self.refresh()
        if nav is not None:
            follow(self, nav.events, self._on_change)

    # -- data -------------------------------------------------------------------------------
    def _on_change(self, change) -> None:
        if "team" in change.kinds or "destroyed" in change.kinds:
            self.refresh()

    def refresh(self) -> None:
        current = self.current()
        keep_id = current.id if current is not None else None
        keep_row = max(self.list.currentRow(), 0)
        self.conflicts = list(self._listing())
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.conflicts:
            number = c.case_number or QCoreApplication.translate("Team", "zonder casus")
            name = c.family_name or QCoreApplication.translate("Team", "(gezin onbekend)")
            item = QListWidgetItem(f"{number} · {name}\n{conflict_title(c)}\n"
                                   + QCoreApplication.translate("Team", "gevonden %1")
                                   .replace("%1", when_text(c.found_at)))
            item.setData(Qt.UserRole, c.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not self.conflicts:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.body)
        ids = [c.id for c in self.conflicts]
        row = ids.index(keep_id) if keep_id in ids else min(keep_row, len(ids) - 1)
        self.list.setCurrentRow(row)
        self._show(row)

    def current(self):
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        c = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for side, box in self.sides.items():
            box.setPlainText(_side_text(c, side) if c is not None else "")
        if c is None:
            self.what.clear()
            self.why.clear()
            return
        self.what.setText(f"{conflict_title(c)} – {c.family_name} ({c.case_number})"
                          if c.case_number else f"{conflict_title(c)} – {c.family_name}")
        self.why.setText(kind_label(c.kind))

    def resolve(self, choice: str) -> None:
        c = self.current()
        if c is None:
            return
        try:
            self.session.team.resolve(c.id, choice)
        except KeyError:  # chosen meanwhile (another window, a sync)
            QMessageBox.information(self, QCoreApplication.translate("Team", "Conflicten"),
                                    QCoreApplication.translate("Team", "Dit conflict is al opgelost."))
        self.refresh()  # the change event refreshes too; this also covers a sample listing
        self.resolved.emit(c.id, choice)


def open_conflicts(window) -> ConflictsPage:
    """Push the page, or show the one already open."""
    for i in range(window.workspace.count()):
        page = window.workspace.widget(i)
        if isinstance(page, ConflictsPage):
            window.workspace.setCurrentWidget(page)
            page.refresh()
            return page
    page = ConflictsPage(window.session, window.nav)
    window.push_page(page)
    page.list.setFocus()
    return page
