"""Instellingen › Mijn gegevens: the consultant's own name, phone, e-mail, team and CJG
address, entered once and printed in every letter, plan and evaluation report. Each field
autosaves through session.consultant (stored in the encrypted database).

`ConsultantNotice` is the row a screen that makes letters or plans shows while the details
are incomplete: the documents then carry a visible placeholder instead of the name, and
the row says so, with a button to fill them in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .autosave import SaveIndicator, flush_all
from .results.common import AutoForm


class ConsultantDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consultantDialog")
        self.setWindowTitle(self.tr("Mijn gegevens"))
        self.setMinimumWidth(560)
        self.area = session.consultant
        details = self.area.details()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Deze gegevens staan in elke brief, elk gezinsplan en elk evaluatieverslag dat u "
            "maakt: wie het schreef en hoe het gezin en de zorgaanbieder u bereiken. U vult ze "
            "één keer in; ze worden versleuteld bewaard."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.indicator = SaveIndicator()
        form = AutoForm(self.indicator)
        self.name = form.add("consultantName", self.tr("&Naam"), QLineEdit(details.name),
                             self._saver("name"))
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Noëlle Geelen"))
        self.phone = form.add("consultantPhone", self.tr("&Telefoon"), QLineEdit(details.phone),
                              self._saver("phone"))
        self.phone.setPlaceholderText(self.tr("bijvoorbeeld 0475 123 456"))
        self.email = form.add("consultantEmail", self.tr("&E-mail"), QLineEdit(details.email),
                              self._saver("email"))
        self.email.setPlaceholderText(self.tr("bijvoorbeeld n.geelen@cjg-voorbeeld.nl"))
        self.team = form.add("consultantTeam", self.tr("Tea&m"), QLineEdit(details.team),
                             self._saver("team"))
        self.team.setPlaceholderText(self.tr("bijvoorbeeld CJG Roermond"))
        address = QPlainTextEdit(details.address)
        address.setTabChangesFocus(True)
        address.setFixedHeight(70)
        self.address = form.add("consultantAddress", self.tr("&Adres CJG"), address,
                                self._saver("address"))
        self.address.setPlaceholderText(self.tr("straat en huisnummer\npostcode en plaats"))
        layout.addLayout(form)
        layout.addWidget(self.indicator)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _saver(self, field: str):
        return lambda value: self.area.set_field(field, value)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        # What is still being typed is saved first; a refused field keeps the dialog open.
        if not flush_all(self):
            return
        super().done(result)


def open_consultant_dialog(parent: QWidget, session) -> None:
    ConsultantDialog(session, parent).exec()


class ConsultantNotice(QWidget):
    """'Uw gegevens staan nog niet in Instellingen…' with a button; hidden once complete."""

    def __init__(self, session, events, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consultantNotice")
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self.tr(
            "Uw naam en telefoonnummer of e-mailadres staan nog niet in Instellingen › Mijn "
            "gegevens. Brieven en plannen krijgen dan een invulregel in plaats van uw gegevens."))
        self.text.setObjectName("hint")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Mi&jn gegevens invullen…"))
        self.button.setObjectName("fillConsultant")
        self.button.clicked.connect(lambda: open_consultant_dialog(self.window(), self.session))
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.refresh()
        if events is not None:
            from .session_bridge import follow

            follow(self, events, self._on_change)

    def _on_change(self, change) -> None:
        if "settings" in change.kinds or "all" in change.kinds:
            self.refresh()

    def refresh(self) -> None:
        self.setVisible(not self.session.consultant.details().complete)
