"""The management report page: reached from the main window, read off the GUI thread,
exported as PDF and CSV, empty state, in English."""

from __future__ import annotations

from pathlib import Path


def _open(window, qtbot):
    from desktop_app.ui.registry import MAIN_PAGES, load_features

    load_features()
    action = next(a for a in window.data_actions if a.shortcut().toString() == "Ctrl+9")
    assert "Managementrapportage" in action.text().replace("&", "")
    action.trigger()
    page = window.workspace.currentWidget()
    assert page.objectName() == "managementPage"
    assert MAIN_PAGES["management"].shortcut == "Ctrl+9"
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    return page


def _cells(page) -> dict[str, list[str]]:
    t = page.table
    return {t.item(r, 0).text(): [t.item(r, c).text() if t.item(r, c) else ""
                                  for c in range(1, t.columnCount())]
            for r in range(t.rowCount())}


def test_page_shows_the_public_table(unlocked_window, qtbot, tmp_path, monkeypatch):
    page = _open(unlocked_window, qtbot)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers[0] == "Cijfer" and headers[-1] == "Alle gemeenten" and "Roermond" in headers
    cells = _cells(page)
    assert "Uitkomsten" in cells and cells["Uitkomsten"] == [""] * (len(headers) - 1)
    assert "< 5" in [c for row in cells.values() for c in row]
    assert page.export_button.isEnabled()

    # one municipality: one column, read again in the background
    index = page.municipality.findData("Roermond")
    page.municipality.setCurrentIndex(index)
    generation = page._generation
    page.refresh_button.click()
    qtbot.waitUntil(lambda: page._generation == generation + 1 and
                    page.table.columnCount() == 2, timeout=20000)
    qtbot.waitUntil(lambda: page.data.municipalities == ("Roermond",), timeout=20000)

    from desktop_app.ui import export_dialog
    from desktop_app.ui.export_dialog import ExportChoice

    monkeypatch.setattr("desktop_app.ui.management.page.ask_export",
                        lambda *a, **k: ExportChoice(tmp_path, None))
    assert export_dialog.ask_export is not None
    with qtbot.waitSignal(page.exported, timeout=20000) as signal:
        page.export_button.click()
    paths = [Path(p) for p in signal.args[0]]
    assert [p.suffix for p in paths] == [".pdf", ".csv"] and all(p.exists() for p in paths)
    assert paths[0].name.endswith("-roermond.pdf")
    assert "Geschreven" in page.status.text()
    page.grab().save(str(tmp_path / "page.png"))


def test_a_period_that_ends_before_it_starts_is_refused(unlocked_window, qtbot):
    from PySide6.QtCore import QDate

    page = _open(unlocked_window, qtbot)
    generation = page._generation
    page.start_edit.setDate(QDate(2026, 6, 1))
    page.end_edit.setDate(QDate(2026, 5, 1))
    page.refresh_button.click()
    assert page._generation == generation
    assert "eindigt voor ze begint" in page.status.text()


def test_empty_database(qtbot, store, settings):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(store.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._opened(store)
    page = _open(window, qtbot)
    assert page.empty.isVisibleTo(page) and not page.table.isVisibleTo(page)
    assert not page.export_button.isEnabled()


def test_page_in_english(unlocked_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.i18n import install_translator

    app = QApplication.instance()
    try:
        assert install_translator(app, "en")
        page = _open(unlocked_window, qtbot)
        cells = _cells(page)
        assert "New cases" in cells and "1. Drop-out (ended early, one-sidedly)" in cells
        for dutch in ("Nieuwe casussen", "Uitkomsten", "Cijfer"):
            assert dutch not in cells
        assert page.refresh_button.text() == "&Update"
        assert page.table.horizontalHeaderItem(0).text() == "Figure"
    finally:
        install_translator(app, "nl")
