"""Exporting the family's plan as PDF to a folder the consultant picks. The data is
gathered on the GUI thread (one quick read); reportlab runs in a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...reports.plan import plan_file_name, write_plan_pdf
from ...store.intake import IntakeRepository
from ...store.intake_plan import plan_data
from ..tasks import run_task


def export_plan(parent: QWidget, window, case_id: int, folder: Path, on_done=None) -> None:
    """Write the plan into `folder` (a new version when anything changed since the last export)."""
    db = window.store.db
    version = IntakeRepository(db).next_plan_version(case_id)
    plan = plan_data(db, case_id, version=version)
    target = Path(folder) / plan_file_name(plan)

    def done(path) -> None:
        if on_done is not None:
            on_done(path)
        else:
            QMessageBox.information(parent, QCoreApplication.translate("export", "Plan opgeslagen"),
                                    QCoreApplication.translate("export", "Het plan is opgeslagen als:\n%1").replace("%1", str(path)))

    run_task(parent, lambda _p: write_plan_pdf(plan, target), done, label=QCoreApplication.translate("export", "Het plan wordt gemaakt…"))


def export_plan_dialog(parent: QWidget, window, case_id: int) -> None:
    start = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("export", "Kies een map voor het plan"), start)
    if folder:
        export_plan(parent, window, case_id, Path(folder))
