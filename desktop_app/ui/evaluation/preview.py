"""Preview of the evaluation report in the app (QtPdf) before it is exported
through the shared export dialog (folder, optional password; audit-recorded).
The preview PDF lives in a private temporary folder that is removed on close."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PreviewPage(QWidget):
    back_requested = Signal()

    def __init__(self, window, case_id: int, evaluation_id: int | None = None):
        super().__init__()
        self.setObjectName("evaluationPreview")
        self.window_ = window
        self.case_id = case_id
        self.evaluation_id = evaluation_id
        self._folder = Path(tempfile.mkdtemp(prefix="gezinsplan-preview-"))  # mode 0700
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(self.tr("← &Terug"))
        back.setObjectName("back")
        back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Evaluatieverslag bekijken"))
        title.setObjectName("title")
        self.annex = QCheckBox(self.tr("Met &bijlage voor professionals"))
        self.annex.setObjectName("withAnnex")
        self.annex.toggled.connect(lambda _on: self.render())
        export = QPushButton(self.tr("&Exporteren…"))
        export.setObjectName("exportReport")
        export.clicked.connect(self.export)
        header.addWidget(back)
        header.addWidget(title, 1)
        header.addWidget(self.annex)
        header.addWidget(export)
        layout.addLayout(header)
        try:  # QtPdf ships as PySide6-Addons (PySide6-Pdf in newer releases)
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            QPdfDocument = None  # noqa: N806
        if QPdfDocument is not None:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
        else:
            from .page_images import PageImages

            self.document = self.view = PageImages(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Voorbeeld van het verslag"))
        layout.addWidget(self.view, 1)
        self.destroyed.connect(lambda *_a, f=self._folder: shutil.rmtree(f, ignore_errors=True))
        self.render()

    def _data(self):
        from ...store.evaluation_report import gather

        return gather(self.window_.store.db, self.case_id, self.evaluation_id)

    def render(self) -> None:
        from ...reports.evaluation import render_evaluation

        path = self._folder / f"preview-{id(self)}-{int(self.annex.isChecked())}.pdf"
        render_evaluation(self._data(), path, professional=self.annex.isChecked())
        self.document.close()
        self.document.load(str(path))

    def page_count(self) -> int:
        return self.document.pageCount()

    def export(self) -> Path | None:
        from ...reports.evaluation import evaluation_file_name, render_evaluation
        from ...store import audit
        from ..export_dialog import ask_export

        choice = ask_export(self, self.window_.settings, self.tr("Evaluatieverslag exporteren"))
        if choice is None:
            return None
        data = self._data()
        out = choice.folder / evaluation_file_name(data)
        professional = self.annex.isChecked()
        try:
            render_evaluation(data, out, password=choice.password, professional=professional)
        except OSError:
            QMessageBox.warning(self, self.tr("Exporteren"), self.tr(
                "Het verslag kon niet worden opgeslagen in deze map. Kies een andere map."))
            return None
        audit.record(self.window_.store.db, "export", "cases", self.case_id,
                     fields=["evaluation"] + (["professional"] if professional else []),
                     detail="pdf+wachtwoord" if choice.password else "pdf")
        QMessageBox.information(self, self.tr("Exporteren"),
                                self.tr("Het verslag is opgeslagen als %1.").replace("%1", out.name))
        return out

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().closeEvent(event)
