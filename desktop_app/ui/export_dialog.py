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

from PySide6.QtCore import Qt
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
    def __init__(self, parent: QWidget | None, settings, title: str, intro: str = ""):
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


def ask_export(parent: QWidget | None, settings, title: str, intro: str = "") -> ExportChoice | None:
    dialog = ExportDialog(parent, settings, title, intro)
    dialog.exec()
    return dialog.choice


# -- after the export: open or print what was made (issue 14, casextras) --------------------
class MadeDialog(QDialog):
    """'Opgeslagen als …' with Openen (the system's viewer gets the file as written – a
    protected PDF asks for its own password) and Afdrukken… (the Qt print dialog; the
    password, when there is one, stays in memory). Each print is audited on the document."""

    def __init__(self, parent: QWidget | None, session, family_id: int, files, password=None):
        from PySide6.QtWidgets import QListWidget

        super().__init__(parent)
        self.setObjectName("madeDialog")
        self.setWindowTitle(self.tr("Document gemaakt"))
        self.setMinimumWidth(680)
        self.session, self.family_id, self._password = session, family_id, password
        self.files = [Path(f) for f in files]
        layout = QVBoxLayout(self)
        folder = self.files[0].parent if self.files else Path()
        text = QLabel(self.tr("Opgeslagen in de map %1:").replace("%1", str(folder)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        self.list.setObjectName("madeFiles")
        self.list.setAccessibleName(self.tr("Gemaakte bestanden"))
        self.list.addItems([f.name for f in self.files])
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(24 * min(6, max(2, len(self.files))) + 8)
        text.setBuddy(self.list)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("&Openen"), QDialogButtonBox.ActionRole)
        self.open_button.setObjectName("openMade")
        self.print_button = buttons.addButton(self.tr("&Afdrukken…"), QDialogButtonBox.ActionRole)
        self.print_button.setObjectName("printMade")
        close = buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.RejectRole)
        close.setDefault(True)
        self.open_button.clicked.connect(self.open_current)
        self.print_button.clicked.connect(lambda: self.print_current())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def current(self) -> Path | None:
        row = self.list.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    def open_current(self) -> bool:
        from .casextras.printing import open_external

        path = self.current()
        return bool(path and path.is_file() and open_external(path))

    def print_current(self, printer=None) -> int:
        from .casextras.printing import print_pdf

        path = self.current()
        if path is None or not path.is_file():
            return 0
        pages = print_pdf(self, path.read_bytes(), password=self._password, printer=printer,
                          title=path.stem)
        document = self.session.documents.find_made(self.family_id, path.name)
        if pages and document is not None:
            self.session.documents.record_print(document.id, pages)
        return pages


def show_made(parent: QWidget | None, session, family_id: int, files,
              password: str | None = None) -> MadeDialog:
    """Shown window-modal without blocking (open(), not exec()): the caller goes on."""
    dialog = MadeDialog(parent, session, family_id, files, password)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog
