"""Crash dialog with a copyable report free of personal data (practice 5)."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..logsetup import scrub

log = logging.getLogger(__name__)


def crash_report(exc: BaseException, tb: str | None = None) -> str:
    """Type, place and stack – never the exception's message, which may quote
    user input (a name, a BSN). Frames show file and line, not local values."""
    import platform  # only for a report: not on every start (issue 17)

    frames = traceback.extract_tb(exc.__traceback__) if tb is None else None
    lines = [
        f"Gezinsplan {__version__}",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}",
        f"Error: {type(exc).__module__}.{type(exc).__qualname__}",
        "Stack:",
    ]
    if frames is not None:
        lines += [f"  {f.filename.rsplit('desktop_app', 1)[-1]}:{f.lineno} in {f.name}" for f in frames]
    else:
        lines += [
            "  " + line.strip()
            for line in tb.splitlines()
            if line.strip().startswith("File ")
        ]
    return scrub("\n".join(lines))


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Er ging iets mis"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Gezinsplan liep tegen een fout aan. Uw gegevens zijn tot het laatste "
                "'opgeslagen' bewaard. Stuur het rapport hieronder naar de beheerder; "
                "er staan geen persoonsgegevens in."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Foutrapport"))
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        copy = buttons.addButton(self.tr("Rapport kopiëren"), QDialogButtonBox.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)


def show_error(parent: QWidget | None, exc: BaseException, tb: str | None = None) -> None:
    from ..session import StoreError

    if isinstance(exc, StoreError):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, QCoreApplication.translate("crash", "Gezinsplan"), str(exc))
        return
    report = crash_report(exc, tb)
    log.error("unhandled error:\n%s", report)
    CrashDialog(report, parent).exec()


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc.__traceback__ = tb
        try:
            show_error(None, exc)
        except Exception:  # noqa: BLE001 - last resort: the log has it
            log.exception("crash dialog failed")

    sys.excepthook = hook
