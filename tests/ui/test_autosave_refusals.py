"""Autosave when the session refuses a change."""

from __future__ import annotations


def test_autosave_keeps_the_text_when_the_case_was_closed_elsewhere(qtbot):
    """An operation refused because the case is closed (LifecycleError) is shown under the
    field like bad input; the typed text stays and nothing is reported as saved."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    from desktop_app.core.lifecycle import LifecycleError
    from desktop_app.ui.autosave import FieldSaver, SaveIndicator

    field, error, indicator = QLineEdit(), QLabel(), SaveIndicator()
    for w in (field, error, indicator):
        qtbot.addWidget(w)

    def refuse(_value):
        raise LifecycleError("closed", "afgesloten", "save_answer")

    saver = FieldSaver(field, refuse, indicator, error)
    field.setText("Wij willen rust.")
    field.textEdited.emit(field.text())
    assert saver.flush() is False
    assert field.text() == "Wij willen rust."
    assert "afgesloten" in error.text()
    assert "Opgeslagen" not in indicator.text()
    assert saver._dirty  # still pending: saved once the case is reopened
