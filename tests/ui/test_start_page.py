"""The workspace after unlocking (ui/start.py): Opvolging is the start page and the caseload
behind it is built only when first needed – shown (back, Ctrl+1) or asked for – in its place
at index 0; without families the caseload itself is the start page, built at once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.ui.start import PLACEHOLDER
from tests.conftest import PASSPHRASE


def _unlocked_through_gate(qtbot, path, settings):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.remember_geometry = False
    window.show()
    window.gate.passphrase.setText(PASSPHRASE)
    window.gate.unlock_button.click()
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=15000)
    return window


def test_the_caseload_waits_behind_opvolging_until_it_is_shown(qtbot, demo_store, settings):
    from desktop_app.ui.caseload import CaseloadView
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    path = demo_store.path
    demo_store.close()
    window = _unlocked_through_gate(qtbot, path, settings)
    opvolging = window.workspace.currentWidget()
    assert isinstance(opvolging, OpvolgingPage)
    assert window._caseload is None  # not built at unlock
    assert window.workspace.widget(0).objectName() == PLACEHOLDER
    for _ in range(3):
        QApplication.processEvents()
    assert window._caseload is None  # nor after the first paint
    opvolging.back_requested.emit()  # 'Caseload (Ctrl+1)' on the start page
    view = window.workspace.currentWidget()
    assert isinstance(view, CaseloadView) and view is window.caseload
    assert window.workspace.indexOf(view) == 0 and window.workspace.count() == 1
    pages = [window.workspace.widget(i) for i in range(window.workspace.count())]
    assert all(p.objectName() != PLACEHOLDER for p in pages)
    assert view.model.rowCount() > 0
    window.close()


def test_asking_for_the_caseload_builds_it_behind_the_page_shown(qtbot, demo_store, settings):
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    path = demo_store.path
    demo_store.close()
    window = _unlocked_through_gate(qtbot, path, settings)
    view = window.caseload  # e.g. a wizard that finished refreshes it
    assert view is not None and window.workspace.indexOf(view) == 0
    assert isinstance(window.workspace.currentWidget(), OpvolgingPage)
    window.show_caseload()
    assert window.workspace.currentWidget() is view and window.workspace.count() == 1
    window.close()


def test_an_empty_database_starts_on_the_caseload(qtbot, store, settings):
    path = store.path
    store.close()
    window = _unlocked_through_gate(qtbot, path, settings)
    assert window._caseload is not None
    assert window.workspace.currentWidget() is window.caseload
    window.close()
