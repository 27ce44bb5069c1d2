"""The cases tab of the family page: the case chooser (a family may have had more than one
case: a new aanmelding after an earlier closed one) and the chosen case's file – its
overview (the case's main page: where it stands, the next step, who is involved, the help,
the cost, the wizards, closing and reopening), its journal and its timeline. Every value is
read from the session and read again when a change concerns the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import lifecycle as lc
from ..core.lifecycle import LifecycleError
from ..core.validation import ValidationError
from .autosave import SaveIndicator
from .casefile.journal import JournalView
from .casefile.overview import CaseOverview
from .casefile.timeline import TimelineView
from .casextras.tab import CaseExtrasTab
from .lifecycle_texts import close_reason_label
from .messages import status_label, validation_message
from .session_bridge import follow

# The kinds of change the case file shows.
SHOWN = ("case", "decision", "evaluation", "deployments", "intake", "results", "consent",
         "catalog", "members", "journal", "appointments", "attachments", "documents")
# Changes that only add lines to the case's journal and timeline (the extras tab follows
# them itself).
TIMELINE_ONLY = frozenset({"journal", "appointments", "attachments", "documents"})
# What the case file shows of a member (the overview's 'who is involved': name, role, age).
# An edit of a member's fields (autosave, per keystroke in the member editor) changes at most
# that list: rebuilding the whole file for it took most of autosave's time per keystroke.
MEMBER_FIELDS_SHOWN = frozenset({"first_name", "last_name", "role", "birth_date"})


class CloseCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CasePanel", "Casus afsluiten"))
        form = QFormLayout(self)
        self.reason = QComboBox()
        self.reason.setObjectName("closeReason")
        self.reason.addItem(QCoreApplication.translate("CasePanel", "– kies een reden –"), "")
        for code in lc.CLOSE_REASONS:
            self.reason.addItem(close_reason_label(code), code)
        label = QLabel(QCoreApplication.translate("CasePanel", "&Waarom wordt de casus afgesloten?"))
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(QCoreApplication.translate("CasePanel", "Casus &afsluiten"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.reason.currentData():
            self.error.setText(QCoreApplication.translate("CasePanel", "Kies waarom de casus wordt afgesloten."))
            self.error.show()
            return
        self.accept()


def _member_fields_edit(change) -> bool:
    """Fields of existing members were updated, nothing else (no member added or removed)."""
    return change.operation == "update_person" and change.kinds == {"members"} \
        and bool(change.fields)


class CasePanel(QWidget):
    def __init__(self, session, nav, family_id: int, parent: QWidget | None = None,
                 indicator: SaveIndicator | None = None):
        super().__init__(parent)
        self.session = session
        self.nav = nav
        self.family_id = family_id
        layout = QHBoxLayout(self)
        chooser = QVBoxLayout()
        label = QLabel(QCoreApplication.translate("CasePanel", "Casuss&en van dit gezin"))
        self.case_list = QListWidget()
        self.case_list.setObjectName("caseList")
        self.case_list.setAccessibleName(QCoreApplication.translate("CasePanel", "Casussen"))
        self.case_list.setWordWrap(True)
        label.setBuddy(self.case_list)
        chooser.addWidget(label)
        chooser.addWidget(self.case_list, 1)
        self.new_case_button = QPushButton(QCoreApplication.translate("CasePanel", "Nie&uwe casus…"))
        self.new_case_button.setObjectName("newCase")
        self.new_case_button.clicked.connect(self._new_case)
        chooser.addWidget(self.new_case_button)
        self.case_list.setMaximumWidth(280)
        layout.addLayout(chooser)

        self.file_tabs = QTabWidget()
        self.file_tabs.setObjectName("caseFileTabs")
        self.overview = CaseOverview(session, nav)
        self.journal = JournalView(session, nav, indicator or SaveIndicator())
        self.timeline = TimelineView(session)
        self.file_tabs.addTab(self.overview, QCoreApplication.translate("CasePanel", "&Overzicht"))
        self.file_tabs.addTab(self.journal, QCoreApplication.translate("CasePanel", "&Logboek"))
        self.file_tabs.addTab(self.timeline, QCoreApplication.translate("CasePanel", "T&ijdlijn"))
        # Appointments, attachments and documents made, of the chosen case.
        self.extras = CaseExtrasTab(session, nav, self.current_case_id)
        self.file_tabs.addTab(self.extras,
                              QCoreApplication.translate("CasePanel", "Afspraken en stu&kken"))
        layout.addWidget(self.file_tabs, 1)
        # The overview's parts, under the names the family page's tests and screens use.
        self.case_status = self.overview.case_status
        self.case_info = self.overview.case_info
        self.close_button = self.overview.close_button
        self.reopen_button = self.overview.reopen_button
        self.actions_box = self.overview.actions_box
        self.close_button.clicked.connect(self._close_case)
        self.reopen_button.clicked.connect(self._reopen_case)
        self.timeline.open_journal_entry.connect(self.open_journal_entry)
        self.case_list.currentItemChanged.connect(lambda item, _old: self._show(item))
        # A member's name, role or birth date saved: 'who is involved' is read again at the
        # next turn of the event loop, once for a burst of autosaves (issue 17).
        self._members_timer = QTimer(self)
        self._members_timer.setSingleShot(True)
        self._members_timer.setInterval(0)
        self._members_timer.timeout.connect(self.overview.show_members)
        follow(self, nav.events, self._on_change)

    # -- data ------------------------------------------------------------------------------
    def _on_change(self, change) -> None:
        if not change.concerns(family_id=self.family_id, kinds=SHOWN):
            return
        if _member_fields_edit(change):
            if change.fields & MEMBER_FIELDS_SHOWN:
                self._members_timer.start()
            return
        case_id = self.current_case_id()
        if change.kinds <= TIMELINE_ONLY:
            if "journal" in change.kinds:
                # The list is read again; the editor keeps the entry being typed in.
                self.journal.show_case(case_id, select=self.journal.current_entry_id())
            self.timeline.show_case(case_id)
            return
        self.reload(select=case_id)

    def reload(self, select: int | None = None) -> None:
        self.case_list.blockSignals(True)
        self.case_list.clear()
        cases = self.session.households.cases_of(self.family_id)
        for c in cases:
            item = QListWidgetItem(f"{c.case_number} · {status_label(c.status)} · {c.municipality}")
            item.setData(Qt.UserRole, c.id)
            self.case_list.addItem(item)
            if c.id == select:
                self.case_list.setCurrentItem(item)
        if self.case_list.currentItem() is None and cases:
            # The open case (as the caseload shows it), else the newest (listed first).
            chosen = next((c for c in cases if c.status != lc.AFGESLOTEN), cases[0])
            self.case_list.setCurrentRow(cases.index(chosen))
        self.case_list.blockSignals(False)
        self.new_case_button.setEnabled(self.session.casefile.can_open_case(self.family_id))
        self._show(self.case_list.currentItem())

    def current_case_id(self) -> int | None:
        item = self.case_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def select_case(self, case_id: int) -> None:
        for row in range(self.case_list.count()):
            if self.case_list.item(row).data(Qt.UserRole) == case_id:
                self.case_list.setCurrentRow(row)

    def _show(self, item) -> None:
        case_id = item.data(Qt.UserRole) if item is not None else None
        self.overview.show_case(case_id)
        if case_id != self.journal.case_id:
            self.journal.show_case(case_id)
        self.timeline.show_case(case_id)
        self.extras.show_case(case_id)
        for tab in (1, 2, 3):
            self.file_tabs.setTabEnabled(tab, case_id is not None)

    def open_journal_entry(self, entry_id: int) -> None:
        self.journal.show_case(self.current_case_id(), select=entry_id)
        self.file_tabs.setCurrentWidget(self.journal)
        self.journal.editor.notes.setFocus()

    # -- lifecycle moves ------------------------------------------------------------------
    def _new_case(self) -> None:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("CasePanel", "Nieuwe casus"),
            QCoreApplication.translate(
                "CasePanel", "Een nieuwe aanmelding voor dit gezin openen? De afgesloten "
                "casussen blijven met hun eigen geschiedenis bewaard."))
        if answer != QMessageBox.Yes:
            return
        self.create_case()

    def create_case(self) -> int | None:
        """A new aanmelding; the chooser and the overview show it."""
        try:
            case_id = self.session.casefile.new_case(
                self.family_id, consultant=self.nav.settings["consultant_name"] or "")
        except ValidationError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("CasePanel", "Casus"),
                                validation_message(exc.code))
            return None
        self.reload(select=case_id)
        self.file_tabs.setCurrentWidget(self.overview)
        return case_id

    def _close_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        dialog = CloseCaseDialog(self)
        if not dialog.exec():
            return
        self._run(lambda: self.session.households.close_case(case_id, dialog.reason.currentData()))

    def _reopen_case(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self._run(lambda: self.session.households.reopen_case(case_id))

    def _run(self, operation) -> None:
        messages = {
            "closed": QCoreApplication.translate("CasePanel", "Deze casus is afgesloten. Heropen de casus om iets te veranderen."),
            "not_closed": QCoreApplication.translate("CasePanel", "Deze casus is niet afgesloten."),
            "close_reason": QCoreApplication.translate("CasePanel", "Kies waarom de casus wordt afgesloten."),
            "close_date": QCoreApplication.translate("CasePanel", "De datum van afsluiten kan niet voor de start van de casus liggen."),
        }
        try:
            operation()
        except (LifecycleError, ValidationError) as exc:
            QMessageBox.warning(self, QCoreApplication.translate("CasePanel", "Casus"), messages.get(exc.code)
                                or validation_message(exc.code))
