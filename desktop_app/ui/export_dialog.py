"""The export dialog every feature can use before writing PDFs: a folder and an
optional password (DocMeta.password encrypts the PDF).

    from desktop_app.ui.export_dialog import ask_export
    choice = ask_export(nav.widget, nav.settings, self.tr("Plan exporteren"))
    if choice:
        # The area's session operation writes the PDF (temp file, then renamed) and only
        # then records it (audit `export`, the kind in `fields`), e.g.
        session.safety.export_access_request(family_id, choice.folder, choice.password)

The folder is remembered in the settings (`export_dir`). A password must have
at least MIN_PASSWORD characters and be typed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MIN_PASSWORD = 8


@dataclass(frozen=True)
class ExportChoice:
    folder: Path
    password: str | None


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings, title: str, intro: str = "",
                 session=None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.settings = settings
        self.choice: ExportChoice | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(intro or self.tr(
            "Kies de map voor de bestanden. Met een wachtwoord kan alleen wie het wachtwoord "
            "kent de PDF openen. Geef het wachtwoord apart door, bijvoorbeeld per telefoon."))
        text.setWordWrap(True)
        layout.addWidget(text)
        if session is not None:
            # A document signed by the consultant: say so while their details are missing.
            from .consultant_dialog import ConsultantNotice

            layout.addWidget(ConsultantNotice(session, None, self))
        form = QFormLayout()
        row = QHBoxLayout()
        self.folder = QLineEdit(settings["export_dir"] if settings else "")
        self.folder.setObjectName("exportFolder")
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("&Map"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.protect = QCheckBox(self.tr("PDF &beveiligen met een wachtwoord"))
        self.protect.setChecked(True)
        form.addRow("", self.protect)
        self.password = QLineEdit()
        self.password.setObjectName("exportPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("exportPasswordRepeat")
        self.repeat.setEchoMode(QLineEdit.Password)
        pw_label = QLabel(self.tr("&Wachtwoord"))
        pw_label.setBuddy(self.password)
        rep_label = QLabel(self.tr("&Herhaal wachtwoord"))
        rep_label.setBuddy(self.repeat)
        form.addRow(pw_label, self.password)
        form.addRow(rep_label, self.repeat)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Exporteren"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.protect.toggled.connect(self._toggle)
        self._toggle(True)

    def _toggle(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.repeat.setEnabled(on)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map kiezen"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def try_accept(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.show_error(self.tr("Kies een map."))
            self.folder.setFocus()
            return
        folder = Path(text).expanduser()
        if folder.exists() and not folder.is_dir():
            self.show_error(self.tr("Dit is een bestand, geen map. Kies een map."))
            self.folder.setFocus()
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            self.show_error(self.tr("Deze map kan niet worden gemaakt. Kies een andere map."))
            self.folder.setFocus()
            return
        password = None
        if self.protect.isChecked():
            password = self.password.text()
            if len(password) < MIN_PASSWORD:
                self.show_error(self.tr("Het wachtwoord moet minstens %1 tekens hebben.")
                                .replace("%1", str(MIN_PASSWORD)))
                self.password.setFocus()
                return
            if password != self.repeat.text():
                self.show_error(self.tr("De twee wachtwoorden zijn niet gelijk."))
                self.repeat.selectAll()
                self.repeat.setFocus()
                return
        if self.settings is not None:
            self.settings.set("export_dir", str(folder))
        self.choice = ExportChoice(folder, password)
        self.accept()


def ask_export(parent: QWidget | None, settings, title: str, intro: str = "",
               session=None) -> ExportChoice | None:
    """`session`: for a document the consultant signs (plan, report): the dialog says when
    Instellingen › Mijn gegevens is still incomplete."""
    dialog = ExportDialog(parent, settings, title, intro, session)
    dialog.exec()
    return dialog.choice
