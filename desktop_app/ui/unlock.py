"""First start (create a passphrase, or a demo database) and the unlock screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..session import MIN_PASSPHRASE_LENGTH
from .tasks import run_task

DEMO_FAMILIES = 300


def lockout_seconds(failures: int) -> int:
    """No wait for the first two slips; then 2, 4, 8 … seconds, at most five minutes."""
    if failures < 3:
        return 0
    return min(2 ** (failures - 2), 300)


def strength_hint(passphrase: str) -> tuple[int, str]:
    """0..4 and a short Dutch hint. Length counts most: a sentence beats symbols."""
    score = 0
    n = len(passphrase)
    if n >= MIN_PASSPHRASE_LENGTH:
        score += 1
    if n >= 16:
        score += 1
    if n >= 24:
        score += 1
    kinds = sum(
        [any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
         any(c.isdigit() for c in passphrase), any(not c.isalnum() for c in passphrase)]
    )
    if kinds >= 3 and n >= MIN_PASSPHRASE_LENGTH:
        score += 1
    if len(set(passphrase)) < 5:
        score = min(score, 1)
    return score, ""


def _card(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    outer = QVBoxLayout(parent)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    card = QFrame(parent)
    card.setObjectName("card")
    card.setMinimumWidth(460)
    card.setMaximumWidth(560)
    row.addWidget(card)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    layout = QVBoxLayout(card)
    layout.setSpacing(12)
    return card, layout


class CreateScreen(QWidget):
    """Shown when the data folder holds no database yet."""

    create_requested = Signal(str, bool)  # passphrase, with demo data

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("createScreen")
        _, layout = _card(self)
        title = QLabel(self.tr("Welkom bij Gezinsplan"))
        title.setObjectName("title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Alle gegevens over gezinnen worden versleuteld op deze laptop bewaard. "
                "Kies een wachtwoord van minstens %1 tekens. Een zin die u goed onthoudt "
                "werkt het best. Zonder dit wachtwoord is niets terug te halen."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.Password)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.Password)
        self.second.setObjectName("repeatPassphrase")
        lbl1 = QLabel(self.tr("&Wachtwoord"))
        lbl1.setBuddy(self.first)
        lbl2 = QLabel(self.tr("&Herhaal wachtwoord"))
        lbl2.setBuddy(self.second)
        form.addRow(lbl1, self.first)
        form.addRow(lbl2, self.second)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Database aanmaken"))
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("&Oefenen met fictieve gezinnen"))
        self.demo_button.setToolTip(
            self.tr("Maakt %1 verzonnen gezinnen aan om mee te oefenen. Geen echte gegevens.").replace(
                "%1", str(DEMO_FAMILIES)
            )
        )
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        where = QLabel(self.tr("Opslag: %1").replace("%1", str(db_path)))
        where.setObjectName("muted")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(where)

        self.first.textChanged.connect(self._update_hint)
        self.second.returnPressed.connect(self.create_button.click)
        self.first.returnPressed.connect(self.second.setFocus)
        self.create_button.clicked.connect(lambda: self._submit(False))
        self.demo_button.clicked.connect(lambda: self._submit(True))
        self._update_hint("")

    def _update_hint(self, text: str) -> None:
        score, _ = strength_hint(text)
        texts = [
            self.tr("Sterkte: te kort"),
            self.tr("Sterkte: zwak – maak het langer"),
            self.tr("Sterkte: redelijk"),
            self.tr("Sterkte: goed"),
            self.tr("Sterkte: sterk"),
        ]
        self.hint.setText(texts[score] if text else self.tr("Tip: vier losse woorden, zoals 'molen maas vlaai fiets'."))

    def _submit(self, demo: bool) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE_LENGTH:
            self.show_error(
                self.tr("Het wachtwoord moet minstens %1 tekens hebben.").replace(
                    "%1", str(MIN_PASSPHRASE_LENGTH)
                )
            )
            self.first.setFocus()
            return
        if first != second:
            self.show_error(self.tr("De twee wachtwoorden zijn niet gelijk."))
            self.second.selectAll()
            self.second.setFocus()
            return
        self.show_error("")
        self.set_busy(True)
        self.create_requested.emit(first, demo)

    def set_busy(self, busy: bool) -> None:
        for w in (self.first, self.second, self.create_button, self.demo_button):
            w.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class UnlockScreen(QWidget):
    """Asks for the passphrase. Wrong tries make the wait grow."""

    unlock_requested = Signal(str)

    def __init__(self, db_path: Path, parent: QWidget | None = None, locked: bool = False):
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.failures = 0
        _, layout = _card(self)
        title = QLabel(self.tr("Gezinsplan is vergrendeld") if locked else self.tr("Gezinsplan ontgrendelen"))
        title.setObjectName("title")
        layout.addWidget(title)
        intro = QLabel(self.tr("Vul uw wachtwoord in om de gegevens te openen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        label = QLabel(self.tr("&Wachtwoord"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen"))
        self.unlock_button.setDefault(True)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        where = QLabel(self.tr("Opslag: %1").replace("%1", str(db_path)))
        where.setObjectName("muted")
        where.setWordWrap(True)
        layout.addWidget(where)
        self.passphrase.returnPressed.connect(self.unlock_button.click)
        self.unlock_button.clicked.connect(self._submit)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait_left = 0

    def _submit(self) -> None:
        if self._wait_left > 0 or not self.passphrase.text():
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def wrong_passphrase(self, message: str) -> None:
        self.failures += 1
        self.passphrase.clear()
        self._wait_left = lockout_seconds(self.failures)
        self.set_busy(False)
        self.error.setVisible(True)
        self.error.setText(message)
        if self._wait_left:
            self.set_busy(True)
            self._countdown.start()
            self._tick(initial=True)
        self.passphrase.setFocus()

    def _tick(self, initial: bool = False) -> None:
        if not initial:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.set_busy(False)
            self.error.setText(self.tr("Probeer het opnieuw."))
            self.passphrase.setFocus()
            return
        self.error.setText(
            self.tr("Het wachtwoord klopt niet. Wacht %1 seconden voor een nieuwe poging.").replace(
                "%1", str(self._wait_left)
            )
        )


def open_in_background(parent: QWidget, work, on_done, on_error) -> None:
    run_task(parent, lambda _progress: work(), on_done, on_error)
