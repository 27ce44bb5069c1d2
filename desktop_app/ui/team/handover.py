"""Overdragen aan collega (issue 18): the case's family goes to a colleague on the team
server. The dialog asks the colleague's user name, says what happens (the colleague's
next sync brings the family; this laptop's copy is removed when the setting says so),
and runs session.team.handover_apart in a worker; the result is announced on the GUI
thread, so the family's pages close when its copy went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..tasks import run_task
from .texts import error_text, is_team_error


class HandoverDialog(QDialog):
    finished_handover = Signal(bool)  # True when the server took it

    def __init__(self, session, case_number: str, family_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(QCoreApplication.translate("Handover", "Overdragen aan collega"))
        self.setMinimumWidth(520)
        self.session = session
        self.case_number = case_number
        self.busy = False
        self.done_ok = False
        remove = session.team.status().remove_after_handover
        layout = QVBoxLayout(self)
        what = QLabel(QCoreApplication.translate(
            "Handover", "Casus %1 van gezin %2 gaat naar een collega. Uw collega krijgt het "
                        "gezin bij de volgende synchronisatie en werkt daarna verder met het "
                        "gezin.").replace("%1", case_number).replace("%2", family_name))
        what.setObjectName("handoverWhat")
        what.setWordWrap(True)
        layout.addWidget(what)
        after = QLabel(QCoreApplication.translate(
            "Handover", "Daarna wordt het gezin van deze laptop verwijderd, zodra de server de "
                        "overdracht bevestigt.") if remove else QCoreApplication.translate(
            "Handover", "Het gezin blijft daarna op deze laptop staan (Instellingen › "
                        "Teamserver), maar u kunt het niet meer naar de server sturen."))
        after.setObjectName("handoverAfter")
        after.setWordWrap(True)
        layout.addWidget(after)
        form = QFormLayout()
        self.colleague = QLineEdit()
        self.colleague.setObjectName("handoverColleague")
        self.colleague.setPlaceholderText(QCoreApplication.translate(
            "Handover", "de gebruikersnaam van uw collega op de teamserver"))
        label = QLabel(QCoreApplication.translate("Handover", "&Collega"))
        label.setBuddy(self.colleague)
        form.addRow(label, self.colleague)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("handoverMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(QCoreApplication.translate("Handover", "&Overdragen"))
        self.ok.setObjectName("handoverOk")
        self.cancel = self.buttons.button(QDialogButtonBox.Cancel)
        self.cancel.setText(QCoreApplication.translate("Handover", "&Annuleren"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.colleague.setFocus()

    def _say(self, text: str, error: bool) -> None:
        self.message.setObjectName("error" if error else "hint")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    def start(self) -> None:
        if self.done_ok:
            self.accept()
            return
        if self.busy:
            return
        to = self.colleague.text().strip()
        if not to:
            self._say(QCoreApplication.translate("Handover", "Vul de gebruikersnaam van uw collega in."), True)
            self.colleague.setFocus()
            return
        self.busy = True
        self.ok.setEnabled(False)
        self.colleague.setEnabled(False)
        self._say(QCoreApplication.translate("Handover", "Bezig met overdragen…"), False)
        session, number = self.session, self.case_number

        def done(answer_and_result) -> None:
            _answer, result = answer_and_result
            session.team.announce(result)  # the family's pages close when its copy went
            if not self._alive():
                return
            self.busy = False
            self.done_ok = True
            self._say(QCoreApplication.translate(
                "Handover", "Overgedragen aan %1. Uw collega ziet het gezin na de volgende "
                            "synchronisatie.").replace("%1", to), False)
            self.ok.setText(QCoreApplication.translate("Handover", "&Sluiten"))
            self.ok.setEnabled(True)
            self.cancel.hide()
            self.ok.setFocus()
            self.finished_handover.emit(True)

        def failed(exc: BaseException) -> None:
            if not self._alive():
                return
            self.busy = False
            self.ok.setEnabled(True)
            self.colleague.setEnabled(True)
            if not is_team_error(exc):
                import logging

                logging.getLogger(__name__).warning("handover failed: %s", type(exc).__name__)
            text = error_text(exc) if is_team_error(exc) else QCoreApplication.translate(
                "Handover", "De overdracht is niet gelukt. Controleer de gebruikersnaam van uw "
                            "collega, of probeer het later opnieuw.")
            self._say(text, True)
            self.colleague.setFocus()
            self.finished_handover.emit(False)

        run_task(self, lambda _p: session.team.handover_apart(number, to), done, failed)

    def reject(self) -> None:
        if self.busy:  # the worker finishes the hand-over either way: wait for its answer
            return
        super().reject()

    def _alive(self) -> bool:
        import shiboken6

        return shiboken6.isValid(self)


def open_handover(window, case_id: int) -> None:
    """The case action: a dialog on the window (not on the family page, which closes when
    the family leaves this laptop)."""
    session = window.session
    case = session.households.get_case(case_id)
    family = session.households.get_family(case.family_id)
    dialog = HandoverDialog(session, case.case_number, family.family_name, window)
    dialog.open()
    return None
