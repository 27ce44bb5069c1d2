"""The crash report is copyable and carries no personal data."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from desktop_app.logsetup import ScrubFilter
from desktop_app.ui.crash import CrashDialog, crash_report


def _fail_with_personal_data():
    name, bsn = "Zoë Ëlbers", "999900006"
    raise ValueError(f"kon {name} met BSN {bsn} niet opslaan, postcode 6041 AB")


def test_report_has_type_and_stack_but_no_message():
    try:
        _fail_with_personal_data()
    except ValueError as exc:
        report = crash_report(exc)
    assert "builtins.ValueError" in report
    assert "_fail_with_personal_data" in report
    for secret in ("Zoë", "Ëlbers", "999900006", "6041"):
        assert secret not in report


def test_dialog_copies_the_report(qtbot):
    dialog = CrashDialog("Gezinsplan 0.1.0\nError: builtins.ValueError")
    qtbot.addWidget(dialog)
    button = next(b for b in dialog.findChildren(QPushButton) if "kopi" in b.text().lower())
    button.click()
    assert QGuiApplication.clipboard().text().startswith("Gezinsplan 0.1.0")


def test_log_filter_scrubs_bsn_and_postcode():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "person %s at %s", ("999900006", "6041 AB"), None)
    ScrubFilter().filter(record)
    assert record.getMessage() == "person [bsn] at [postcode]"
