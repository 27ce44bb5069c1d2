"""Help → Handleiding: the Dutch user manual (resources/manual/handleiding.md) shown in
the app itself, so it works offline and always matches the installed version. The
screenshots in it are made by installer/make-screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImageReader, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from ..paths import resources_dir


def manual_path() -> Path:
    return resources_dir() / "manual" / "handleiding.md"


def fit_images(doc: QTextDocument, folder: Path, max_width: int) -> int:
    """Scale every image wider than max_width down to it (screenshots are 1000 px
    wide; the dialog may be narrower). Returns how many images the text holds."""
    found = 0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                found += 1
                image = fmt.toImageFormat()
                size = QImageReader(str(folder / image.name())).size()
                if size.isValid() and size.width() > 0:
                    width = min(size.width(), max_width)
                    image.setWidth(width)
                    image.setHeight(size.height() * width / size.width())
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.KeepAnchor)
                    cursor.setCharFormat(image)
            it += 1
        block = block.next()
    return found


class _Browser(QTextBrowser):
    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        fit_images(self.document(), self.folder, max(200, self.viewport().width() - 40))


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        path = path or manual_path()
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("Handleiding") + f" – Gezinsplan {__version__}")
        layout = QVBoxLayout(self)
        self.browser = _Browser(path.parent)
        self.browser.setObjectName("manual")
        self.browser.setAccessibleName(self.tr("Handleiding"))
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(14)
        if path.exists():
            self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.MarkdownResource)
        else:
            self.browser.setPlainText(
                self.tr("De handleiding is niet gevonden. Vraag de beheerder om Gezinsplan "
                        "opnieuw te installeren.")
            )
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(1100, 720)  # the screenshots are 1000 px wide: shown unscaled
        self.browser.setFocus()

def show_manual(window: QWidget) -> ManualDialog:
    """Not modal: the consultant can read and work side by side. One at a time."""
    dialog = getattr(window, "_manual_dialog", None)
    if dialog is None:
        dialog = ManualDialog(window)
        window._manual_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
