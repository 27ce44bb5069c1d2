"""Fallback preview when QtPdf is not installed: the PDF's pages rendered to
images by poppler's pdftoppm (when present), shown one under the other. It
offers the small part of the QPdfDocument API the preview uses."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class PageImages(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._pages: list[QPixmap] = []
        self._show()

    def load(self, path: str) -> None:
        self._pages = []
        tool = shutil.which("pdftoppm")
        if tool:
            prefix = Path(path).with_suffix("")
            subprocess.run([tool, "-png", "-r", "80", path, str(prefix)], check=False,
                           capture_output=True, timeout=60)
            for png in sorted(prefix.parent.glob(prefix.name + "-*.png")):
                self._pages.append(QPixmap(str(png)))
                png.unlink()
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
