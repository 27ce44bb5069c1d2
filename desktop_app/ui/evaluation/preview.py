"""Preview of the evaluation report in the app (QtPdf) before it is exported
through the shared export dialog (folder, optional password); the export is the
operation `session.evaluations.export_report` (the PDF first, then its audit entry).
The preview PDF is held in memory only (QPdfDocument reads it from a QBuffer): no file of
it exists anywhere, not even in the temp folder after a crash. It is rendered again when
another screen changes the evaluation or the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal
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

    def __init__(self, session, nav, case_id: int, evaluation_id: int | None = None):
        super().__init__()
        self.setObjectName("evaluationPreview")
        self.session = session
        self.nav = nav
        self.case_id = case_id
        self.evaluation_id = evaluation_id
        self._buffer: QBuffer | None = None  # the PDF in memory, alive while shown
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
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(300)
        self._again.timeout.connect(self.render)
        self.render()
        from ..session_bridge import follow

        follow(self, nav.events, self._on_change)

    def _on_change(self, change) -> None:
        if change.concerns(case_id=self.case_id,
                           kinds=("evaluation", "deployments", "case", "results", "decision")):
            self._again.start()

    def render(self) -> None:
        data = self.session.evaluations.render_preview(self.case_id, self.evaluation_id,
                                                       professional=self.annex.isChecked())
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer

    def page_count(self) -> int:
        return self.document.pageCount()

    def export(self) -> Path | None:
        from ..export_dialog import ask_export

        choice = ask_export(self, self.nav.settings, self.tr("Evaluatieverslag exporteren"))
        if choice is None:
            return None
        try:
            out = self.session.evaluations.export_report(
                self.case_id, folder=choice.folder, evaluation_id=self.evaluation_id,
                password=choice.password, professional=self.annex.isChecked())
        except OSError:
            QMessageBox.warning(self, self.tr("Exporteren"), self.tr(
                "Het verslag kon niet worden opgeslagen in deze map. Kies een andere map."))
            return None
        from ..export_dialog import show_made  # open or print it straight away (casextras)

        family_id = self.session.households.get_case(self.case_id).family_id
        show_made(self, self.session, family_id, [out], choice.password)
        return out

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.document.close()
        super().closeEvent(event)
