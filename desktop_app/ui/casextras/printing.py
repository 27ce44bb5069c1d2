"""Opening a PDF in the system's viewer and printing it with the Qt print dialog.

Printing renders each page with QtPdf (QPdfDocument, from memory: no file) at up to
PRINT_DPI onto the QPrinter, page for page at actual size on paper of the PDF's own size.
A password-protected PDF is opened with the password in memory only; the system viewer
always gets the file as written (a protected one stays protected and asks itself).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

PRINT_DPI = 300  # sharp on paper; an A4 page is then ~35 MB in memory while it prints


def open_external(path: Path) -> bool:
    """The file in the program the system uses for it (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def load_pdf(data: bytes, password: str | None = None, parent=None) -> QPdfDocument:
    """A QPdfDocument reading `data` from a QBuffer (kept alive as the document's child)."""
    document = QPdfDocument(parent)
    if password:
        document.setPassword(password)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def _ask_password(parent: QWidget | None, again: bool) -> str | None:
    label = (QCoreApplication.translate("Printing", "Dit wachtwoord klopt niet. Probeer het opnieuw:")
             if again else QCoreApplication.translate(
                 "Printing", "Deze PDF is beveiligd. Typ het wachtwoord om af te drukken:"))
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("Printing", "Wachtwoord"),
                                    label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def open_document(data: bytes, password: str | None, parent: QWidget | None,
                  ask=_ask_password) -> QPdfDocument | None:
    """The PDF ready to render; a protected one asks for its password (three tries)."""
    document = load_pdf(data, password, parent)
    tries = 0
    while document.error() == QPdfDocument.Error.IncorrectPassword and tries < 3:
        typed = ask(parent, tries > 0)
        if typed is None:
            return None
        document.close()
        document = load_pdf(data, typed, parent)
        tries += 1
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Afdrukken"),
                            QCoreApplication.translate(
                                "Printing", "Deze PDF kan niet worden gelezen en is niet afgedrukt."))
        return None
    return document


def print_pdf(parent: QWidget | None, data: bytes, *, password: str | None = None,
              printer: QPrinter | None = None, title: str = "", ask=_ask_password) -> int:
    """Print the PDF; without `printer` the Qt print dialog asks where (and which pages).
    Returns the number of pages printed (0: cancelled or unreadable)."""
    document = open_document(data, password, parent, ask)
    if document is None:
        return 0
    try:
        count = document.pageCount()
        first_size = document.pagePointSize(0)
        own = printer is None
        if own:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title or QCoreApplication.translate("Printing", "Gezinsplan-document"))
        printer.setFullPage(True)  # the PDF has its own margins: print at actual size
        printer.setPageSize(QPageSize(first_size, QPageSize.Unit.Point))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait
                                   if first_size.height() >= first_size.width()
                                   else QPageLayout.Orientation.Landscape)
        pages = range(count)
        if own:
            dialog = QPrintDialog(printer, parent)
            dialog.setMinMax(1, count)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
            if printer.printRange() == QPrinter.PrintRange.PageRange:
                pages = range(max(0, printer.fromPage() - 1), min(count, printer.toPage()))
        return _render(document, printer, list(pages))
    finally:
        document.close()


def _render(document: QPdfDocument, printer: QPrinter, pages: list[int]) -> int:
    painter = QPainter()
    if not pages or not painter.begin(printer):
        return 0
    # Rendering takes about 0.3 s a page (measured: 7 pages in 2 s): say that it is busy.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() / 72 * dpi),
                                                 round(points.height() / 72 * dpi)))
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            scale = printer.resolution() / 72
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            target.moveCenter(QRectF(0, 0, paper.width(), paper.height()).center())
            painter.drawImage(target, image)
    finally:
        painter.end()
        QApplication.restoreOverrideCursor()
    return len(pages)
