"""Change the passphrase: a backup first, then SQLCipher rekey, a check that the
file opens with the new passphrase, and the backups re-encrypted with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from ...session.safety import MIN_PASSPHRASE_LENGTH
from ..autosave import flush_all
from ..tasks import run_task
from ..unlock import strength_hint

if TYPE_CHECKING:
    from ..main_window import MainWindow


class PassphraseDialog(QDialog):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Eerst wordt een back-up gemaakt. Daarna wordt de database opnieuw versleuteld met "
            "het nieuwe wachtwoord, en ook de back-ups. Vergeet het nieuwe wachtwoord niet: "
            "zonder wachtwoord is niets terug te halen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = self._field("oldPassphrase")
        self.new = self._field("newPassphrase")
        self.repeat = self._field("repeatPassphrase")
        for text, field in ((self.tr("&Huidig wachtwoord"), self.old),
                            (self.tr("&Nieuw wachtwoord"), self.new),
                            (self.tr("Herhaal &nieuw wachtwoord"), self.repeat)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Wijzigen"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._hint)
        self._hint("")
        self.done_backups: int | None = None

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.Password)
        return field

    def _hint(self, text: str) -> None:
        score, _ = strength_hint(text)
        texts = [self.tr("Sterkte: te kort"), self.tr("Sterkte: zwak – maak het langer"),
                 self.tr("Sterkte: redelijk"), self.tr("Sterkte: goed"), self.tr("Sterkte: sterk")]
        self.hint.setText(texts[score] if text else "")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def try_accept(self) -> None:
        safety = self.window_.session.safety
        old, new = self.old.text(), self.new.text()
        if not safety.check_passphrase(old):
            self.show_error(self.tr("Het huidige wachtwoord klopt niet. Er is niets veranderd."))
            self.old.clear()
            self.old.setFocus()
            self.window_.unlock_failed.emit()
            return
        if len(new) < MIN_PASSPHRASE_LENGTH:
            self.show_error(self.tr("Het nieuwe wachtwoord moet minstens %1 tekens hebben.")
                            .replace("%1", str(MIN_PASSPHRASE_LENGTH)))
            self.new.setFocus()
            return
        if new != self.repeat.text():
            self.show_error(self.tr("De twee nieuwe wachtwoorden zijn niet gelijk."))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return
        if new == old:
            self.show_error(self.tr("Het nieuwe wachtwoord is hetzelfde als het huidige."))
            self.new.setFocus()
            return
        self.show_error("")
        flush_all(self.window_.workspace)
        self.buttons.setEnabled(False)
        run_task(self, lambda _p: safety.change_passphrase(old, new), self._done, self._failed,
                 label=self.tr("Wachtwoord wordt gewijzigd…"))

    def done(self, result: int) -> None:  # noqa: D102 - Qt API: accept, reject, close
        # The passphrases do not stay in the fields of a dialog that lives on.
        for field in (self.old, self.new, self.repeat):
            field.clear()
        super().done(result)

    def _done(self, count: int) -> None:
        self.done_backups = count
        QMessageBox.information(
            self, self.tr("Wachtwoord gewijzigd"),
            self.tr("Het wachtwoord is gewijzigd. %1 back-up(s) zijn opnieuw versleuteld.")
            .replace("%1", str(count)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ..crash import show_error

        self.buttons.setEnabled(True)
        show_error(self, exc)
