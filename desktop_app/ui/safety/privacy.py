"""Privacy actions on a family: the access request (inzage-export) and
destruction on request; and the list of families whose retention period ended."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...session.safety import DestroyRefused, write_access_request
from ..export_dialog import ask_export
from ..session_bridge import follow
from ..tasks import run_task

if TYPE_CHECKING:
    from ...session import Session
    from ..export_dialog import ExportChoice
    from ..session_bridge import Navigator

CONFIRM_WORD = "VERNIETIGEN"


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


class DestroyDialog(QDialog):
    """Who asked, and typing a word to confirm; then the family is removed from the
    database (session.safety.destroy_family: every screen of it closes) and from every
    backup (on a worker thread). Parent it to the window, never to a page of the family."""

    def __init__(self, session: Session, parent: QWidget, family_id: int):
        super().__init__(parent)
        self.session = session
        self.family_id = family_id
        self.setObjectName("destroyDialog")
        self.setWindowTitle(self.tr("Gezin vernietigen"))
        self.setMinimumWidth(500)
        family = session.households.get_family(family_id)
        allowed = session.safety.requesters(family_id)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Alle gegevens van gezin %1 worden definitief verwijderd: uit de database en uit "
            "alle back-ups. Dit kan niet ongedaan worden gemaakt. In het auditlogboek komt "
            "alleen dát het gebeurde, zonder persoonsgegevens.").replace("%1", family.family_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Wie vroeg erom (schriftelijk)?")))
        self.group = QButtonGroup(self)
        self.options: dict[str, QRadioButton] = {}
        for code, text in (("ouders", self.tr("De &ouders of verzorgers met gezag")),
                           ("jeugdige", self.tr("De &jeugdige zelf (12 jaar of ouder)")),
                           ("termijn", self.tr("Niemand: de &bewaartermijn is voorbij"))):
            button = QRadioButton(text)
            button.setObjectName(f"requester_{code}")
            button.setEnabled(allowed.get(code, False))
            self.group.addButton(button)
            self.options[code] = button
            layout.addWidget(button)
        self.word = QLineEdit()
        self.word.setObjectName("confirmWord")
        label = QLabel(self.tr("Typ %1 om te bevestigen").replace("%1", CONFIRM_WORD))
        label.setBuddy(self.word)
        layout.addWidget(label)
        layout.addWidget(self.word)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Definitief vernietigen"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.destroyed_rows: dict | None = None
        self.backups_changed: int | None = None  # copies handled in the backups folder
        self.copies_not_done: int | None = None

    def requester(self) -> str | None:
        for code, button in self.options.items():
            if button.isChecked():
                return code
        return None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _refused(self, code: str) -> str:
        return {
            "youth": self.tr("Een jeugdige mag pas vanaf 12 jaar zelf om vernietiging vragen; "
                             "in dit gezin is geen jeugdige van 12 of ouder. Er is niets veranderd."),
            "not_due": self.tr("De bewaartermijn van dit gezin is nog niet voorbij. "
                               "Er is niets veranderd."),
        }.get(code, self.tr("Kies wie om vernietiging vroeg."))

    def try_accept(self) -> None:
        requester = self.requester()
        if requester is None:
            self.show_error(self.tr("Kies wie om vernietiging vroeg."))
            return
        if self.word.text().strip() != CONFIRM_WORD:
            self.show_error(self.tr("Typ %1 (in hoofdletters) om te bevestigen.")
                            .replace("%1", CONFIRM_WORD))
            self.word.setFocus()
            return
        self.show_error("")
        self.buttons.setEnabled(False)
        safety = self.session.safety
        family_id = self.family_id
        try:
            # Announced as "destroyed": the family's pages close before anything else runs.
            self.destroyed_rows = safety.destroy_family(family_id, requester)
        except DestroyRefused as exc:
            self.buttons.setEnabled(True)
            self.show_error(self._refused(exc.code))
            return
        except Exception:
            self.buttons.setEnabled(True)
            raise

        def done(copies) -> None:
            # The journal marks and the completion on this (the session's) thread.
            result = safety.record_purge(family_id, copies)
            self.backups_changed = len(result.copies)
            self.copies_not_done = len(result.not_done)
            if result.not_done:
                QMessageBox.warning(self, self.tr("Back-ups"), self.tr(
                    "%1 back-up(s) konden niet worden bijgewerkt: ze openen niet met het "
                    "huidige wachtwoord. Het gezin kan daarin nog staan.")
                    .replace("%1", str(len(result.not_done))))
            self.accept()

        def failed(exc: BaseException) -> None:
            from ..crash import show_error

            show_error(self, exc)
            self.accept()

        run_task(self, lambda _p: safety.purge_backup_files(family_id),
                 done, failed, label=self.tr("Ook uit de back-ups verwijderen…"))


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
