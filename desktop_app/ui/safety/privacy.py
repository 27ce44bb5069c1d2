"""Privacy actions on a family: the access request (inzage-export) and
destruction on request; and the list of families whose retention period ended."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...session.safety import write_access_request
from ..export_dialog import ask_export
from ..session_bridge import follow
from ..tasks import run_task
from .destroy_dialog import CONFIRM_WORD, DestroyDialog

if TYPE_CHECKING:
    from ...session import Session
    from ..export_dialog import ExportChoice
    from ..session_bridge import Navigator

__all__ = ["CONFIRM_WORD", "DestroyDialog"]


def export_access_request(session: Session, parent: QWidget, family_id: int,
                          choice: ExportChoice, on_done=None) -> None:
    """The files are written off the GUI thread; only when they exist is the access
    request recorded (session.safety.record_access_request)."""
    safety = session.safety
    data = safety.access_request_data(family_id)  # GUI thread: one family, small

    def done(files) -> None:
        safety.record_access_request(family_id, data, files, protected=bool(choice.password))
        if on_done:
            on_done(files)

    def failed(exc: BaseException) -> None:
        from ..crash import show_error

        show_error(parent, exc)

    run_task(parent, lambda _p: write_access_request(data, choice.folder, choice.password),
             done, failed,
             label=QCoreApplication.translate("Privacy", "Inzage-export wordt gemaakt…"))


class PrivacyTab(QWidget):
    def __init__(self, session: Session, nav: Navigator, family_id: int):
        super().__init__()
        self.session = session
        self.nav = nav
        self.family_id = family_id
        self.dialog: DestroyDialog | None = None
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Inzage: ouders, en jeugdigen vanaf 12 jaar, mogen alle gegevens zien die over het "
            "gezin zijn opgeslagen. De export bevat alles als leesbare PDF en als JSON-bestand."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.export_button = QPushButton(self.tr("&Inzage-export maken…"))
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        text2 = QLabel(self.tr(
            "Vernietigen: op schriftelijk verzoek van de ouders, of van een jeugdige vanaf "
            "12 jaar, worden alle gegevens van het gezin definitief verwijderd."))
        text2.setWordWrap(True)
        layout.addWidget(text2)
        self.destroy_button = QPushButton(self.tr("Gezin &vernietigen…"))
        row2 = QHBoxLayout()
        row2.addWidget(self.destroy_button)
        row2.addStretch(1)
        layout.addLayout(row2)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.export)
        self.destroy_button.clicked.connect(self.destroy)

    def export(self) -> None:
        choice = ask_export(self.nav.widget, self.nav.settings, self.tr("Inzage-export"))
        if choice is None:
            return
        export_access_request(self.session, self, self.family_id, choice, self._exported)

    def _exported(self, files) -> None:
        self.status.setText(self.tr("Geschreven: %1").replace("%1", ", ".join(str(f) for f in files)))
        from ..export_dialog import show_made  # open or print the PDF straight away (casextras)

        show_made(self, self.session, self.family_id, [f for f in files if str(f).endswith(".pdf")])

    def destroy(self) -> None:
        # open(), not exec(): this tab is deleted with its page when the family is gone.
        self.dialog = DestroyDialog(self.session, self.nav.widget, self.family_id)
        self.dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.dialog.open()


class RetentionView(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session, nav: Navigator):
        super().__init__()
        self.setObjectName("retentionView")
        self.session = session
        self.nav = nav
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← &Terug"))
        back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Bewaartermijn verstreken"))
        title.setObjectName("title")
        top.addWidget(back)
        top.addWidget(title)
        top.addStretch(1)
        layout.addLayout(top)
        intro = QLabel(self.tr(
            "Een dossier wordt minstens 20 jaar bewaard na het einde van de hulp. Deze gezinnen "
            "hebben alleen afgesloten casussen, en hun bewaartermijn is voorbij. Controleer of "
            "er geen reden is om langer te bewaren, en vernietig dan."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels([self.tr("Nummer"), self.tr("Gezin"),
                                              self.tr("Termijn voorbij sinds")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        # Empty: the message takes the table's place (not an empty grid above it).
        self.empty = QLabel(self.tr("Er zijn geen gezinnen waarvan de bewaartermijn voorbij is."))
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.empty.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        layout.addWidget(self.empty, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.destroy_button = QPushButton(self.tr("Geselecteerd gezin &vernietigen…"))
        row.addWidget(self.destroy_button)
        layout.addLayout(row)
        self.destroy_button.clicked.connect(self.destroy)
        self.reload()
        follow(self, nav.events, self._on_change)

    def _on_change(self, change) -> None:
        # Closing, reopening, destroying and a family's name all change this list.
        if change.concerns(kinds=("case", "family")):
            self.reload()

    def reload(self) -> None:
        from ...core.validation import format_date

        self.due = self.session.safety.due_families()
        self.table.setRowCount(len(self.due))
        for i, d in enumerate(self.due):
            self.table.setItem(i, 0, QTableWidgetItem(str(d["family_id"])))
            self.table.setItem(i, 1, QTableWidgetItem(d["family_name"]))
            self.table.setItem(i, 2, QTableWidgetItem(format_date(date.fromisoformat(d["due_since"]))))
        for column in (0, 1):  # the last one stretches (resizing it would stop that)
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not self.due)
        self.table.setVisible(bool(self.due))
        self.destroy_button.setEnabled(bool(self.due))
        if self.due:
            self.table.selectRow(0)

    def destroy(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Vernietigen"), self.tr("Kies eerst een gezin."))
            return
        family_id = self.due[rows[0].row()]["family_id"]
        # The list follows the destruction's change; the family's pages close by it too.
        DestroyDialog(self.session, self.nav.widget, family_id).exec()
