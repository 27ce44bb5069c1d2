"""The cases tab of the family page: where each case stands (status, next evaluation and
why, review under the coordination policy), what can be done with it, closing and reopening.
Every value is read from the session and read again when a change concerns the case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
    QVBoxLayout,
    QWidget,
)

from ..core import lifecycle as lc
from ..core.lifecycle import LifecycleError
from ..core.validation import ValidationError, format_date
from .lifecycle_texts import close_reason_label, next_evaluation_text, review_text
from .messages import status_label, validation_message
from .registry import CASE_ACTIONS
from .session_bridge import follow


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


class CasePanel(QWidget):
    def __init__(self, session, nav, family_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.nav = nav
        self.family_id = family_id
        layout = QHBoxLayout(self)
        self.case_list = QListWidget()
        self.case_list.setObjectName("caseList")
        self.case_list.setAccessibleName(QCoreApplication.translate("CasePanel", "Casussen"))
        layout.addWidget(self.case_list, 1)
        detail = QVBoxLayout()
        self.case_status = QLabel()
        self.case_status.setObjectName("caseStatus")
        self.case_status.setAccessibleName(QCoreApplication.translate("CasePanel", "Status van de casus"))
        detail.addWidget(self.case_status)
        self.case_info = QLabel()
        self.case_info.setObjectName("caseInfo")
        self.case_info.setWordWrap(True)
        self.case_info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        detail.addWidget(self.case_info)
        lifecycle = QHBoxLayout()
        self.close_button = QPushButton(QCoreApplication.translate("CasePanel", "Casus a&fsluiten…"))
        self.close_button.setObjectName("closeCase")
        self.close_button.clicked.connect(self._close_case)
        self.reopen_button = QPushButton(QCoreApplication.translate("CasePanel", "Casus &heropenen"))
        self.reopen_button.setObjectName("reopenCase")
        self.reopen_button.clicked.connect(self._reopen_case)
        lifecycle.addWidget(self.close_button)
        lifecycle.addWidget(self.reopen_button)
        lifecycle.addStretch(1)
        detail.addLayout(lifecycle)
        self.actions_box = QVBoxLayout()
        detail.addLayout(self.actions_box)
        detail.addStretch(1)
        layout.addLayout(detail, 1)
        self.case_list.currentItemChanged.connect(lambda item, _old: self._show(item))
        follow(self, nav.events, self._on_change)

    # -- data ------------------------------------------------------------------------------
    def _on_change(self, change) -> None:
        if change.concerns(family_id=self.family_id,
                           kinds=("case", "decision", "evaluation", "deployments", "intake",
                                  "catalog")):
            self.reload(select=self.current_case_id())

    def reload(self, select: int | None = None) -> None:
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for c in self.session.households.cases_of(self.family_id):
            item = QListWidgetItem(f"{c.case_number} · {status_label(c.status)} · {c.municipality}")
            item.setData(Qt.UserRole, c.id)
            self.case_list.addItem(item)
            if c.id == select or (select is None and self.case_list.count() == 1):
                self.case_list.setCurrentItem(item)
        self.case_list.blockSignals(False)
        self._show(self.case_list.currentItem())

    def current_case_id(self) -> int | None:
        item = self.case_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _show(self, item) -> None:
        while self.actions_box.count():
            w = self.actions_box.takeAt(0).widget()
            if w:
                w.hide()  # at once: deleteLater waits for the event loop
                w.deleteLater()
        if item is None:
            self.case_status.setText("")
            self.case_info.setText(QCoreApplication.translate("CasePanel", "Dit gezin heeft nog geen casus."))
            self.close_button.hide()
            self.reopen_button.hide()
            return
        households = self.session.households
        c = households.get_case(item.data(Qt.UserRole))
        extra = households.case_details(c.id)
        nxt = households.next_evaluation(c.id)
        closed = c.status == lc.AFGESLOTEN
        self.case_status.setText(QCoreApplication.translate("CasePanel", "Status: %1").replace("%1", status_label(c.status)))
        coordination = {None: QCoreApplication.translate("CasePanel", "nog niet besloten"), True: QCoreApplication.translate("CasePanel", "ja"), False: QCoreApplication.translate("CasePanel", "nee")}
        due = format_date(c.next_evaluation) if c.next_evaluation else "–"
        lines = [
            QCoreApplication.translate("CasePanel", "Casusnummer: %1").replace("%1", c.case_number),
            QCoreApplication.translate("CasePanel", "Gemeente: %1 (%2)").replace("%1", c.municipality).replace("%2", c.region),
            QCoreApplication.translate("CasePanel", "Consulent: %1").replace("%1", c.consultant or "–"),
            QCoreApplication.translate("CasePanel", "Start: %1").replace("%1", format_date(c.start_date) or "–"),
            QCoreApplication.translate("CasePanel", "Einde: %1").replace("%1", format_date(c.end_date) or "–"),
            QCoreApplication.translate("CasePanel", "Coördinatie en opvolging door CJG: %1").replace("%1", coordination[c.coordination]),
            QCoreApplication.translate("CasePanel", "Volgende evaluatie: %1").replace("%1", due) + "  " + next_evaluation_text(nxt),
            QCoreApplication.translate("CasePanel", "Overgangsregel: %1").replace("%1", review_text(extra.get("review_group"),
                                                              extra.get("review_due"))),
        ]
        if closed and extra.get("close_reason"):
            lines.append(QCoreApplication.translate("CasePanel", "Reden van afsluiten: %1").replace(
                "%1", close_reason_label(extra["close_reason"])))
        if c.estimated_cost is not None:
            from ..core.costs import format_euro

            lines.append(QCoreApplication.translate("CasePanel", "Geschatte kosten inzet: %1").replace("%1", format_euro(c.estimated_cost)))
        self.case_info.setText("\n".join(lines))
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        for action in sorted(CASE_ACTIONS.values(), key=lambda a: a.order):
            button = QPushButton(action.label())
            button.setObjectName(f"caseAction_{action.key}")
            button.setEnabled(not closed or action.key in ("samen-kijken", "progress",
                                                               "evaluation-report"))
            button.clicked.connect(
                lambda _=False, a=action, cid=c.id: self.nav.open_case_action(a.key, cid))
            self.actions_box.addWidget(button)

    # -- lifecycle moves ------------------------------------------------------------------
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
