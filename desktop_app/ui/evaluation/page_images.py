"""Fallback preview when QtPdf is not installed: the PDF's pages rendered to
images by poppler's pdftoppm (when present), shown one under the other. It
offers the small part of the QPdfDocument API the preview uses. The PDF goes to
pdftoppm on stdin and each page comes back on stdout: no file is written."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PAGES = 200


class PageImages(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._pages: list[QPixmap] = []
        self._show()

    def load(self, device) -> None:
        """`device`: an open QIODevice (the preview's QBuffer) holding the PDF."""
        self._pages = []
        data = bytes(device.readAll())
        tool = shutil.which("pdftoppm")
        page = 1
        while tool and data and page <= MAX_PAGES:
            done = subprocess.run([tool, "-png", "-r", "80", "-f", str(page), "-l", str(page),
                                   "-singlefile", "-"], input=data, check=False,
                                  capture_output=True, timeout=60)
            if done.returncode != 0 or not done.stdout:
                break  # past the last page
            pixmap = QPixmap()
            pixmap.loadFromData(done.stdout, "PNG")
            self._pages.append(pixmap)
            page += 1
        self._show()

    def close(self) -> bool:
        return True

    def pageCount(self) -> int:  # noqa: N802 - mirrors QPdfDocument
        return len(self._pages)

    def _show(self) -> None:
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setAlignment(Qt.AlignHCenter)
        if not self._pages:
            box.addWidget(QLabel(self.tr("Het voorbeeld kan hier niet worden getoond. "
                                         "Exporteer het verslag en open de PDF.")))
        for pixmap in self._pages:
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("background: white; border: 1px solid #c9d1db;")
            box.addWidget(label)
        self.setWidget(inner)
