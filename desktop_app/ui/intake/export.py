"""Exporting the family's plan as PDF, through the session's one plan operation: the plan
is gathered on the GUI thread (one quick read), reportlab writes the file in a worker, and
only when the file exists are its version and the audit entry recorded (on the GUI
thread, in one transaction). A write that fails records nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..export_dialog import ask_export, show_made
from ..tasks import run_task


def export_plan(parent: QWidget, session, case_id: int, folder: Path, password: str | None = None,
                on_done: Callable[[Path], None] | None = None) -> None:
    """Write the plan into `folder` (a new version when anything changed since the last export)."""
    export = session.intake.prepare_plan(case_id, folder, password=password)

    def done(path: Path) -> None:
        session.intake.record_plan(export)
        if on_done is not None:
            on_done(path)
        else:  # where it went, and open or print it straight away (casextras)
            show_made(parent, session, export.family_id, [path], password)

    run_task(parent, lambda _p: session.intake.write_plan(export), done,
             label=QCoreApplication.translate("export", "Het plan wordt gemaakt…"))


def export_plan_dialog(parent: QWidget, session, nav, case_id: int) -> None:
    """Ask for the folder and an optional password, then export."""
    choice = ask_export(parent, nav.settings, QCoreApplication.translate("export", "Plan exporteren"))
    if choice:
        export_plan(parent, session, case_id, choice.folder, choice.password)
