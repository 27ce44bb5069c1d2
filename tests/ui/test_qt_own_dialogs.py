"""Qt's own dialogs speak the UI's language, and the first window fits the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from desktop_app.ui.i18n import install_translator


def _texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel)] + \
        [b.text() for b in widget.findChildren(QDialogButtonBox)[0].buttons()]


def test_file_dialog_and_message_box_are_dutch(qtbot):
    app = QApplication.instance()
    assert install_translator(app, "nl")
    dialog = QFileDialog(None, "Catalogus inlezen")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.setNameFilter("CSV (*.csv)")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(_texts(dialog)).replace("&", "")
    words = set(texts.replace(":", " ").split())
    for english in ("Look in", "Files of type", "File name"):
        assert english not in texts, texts
    assert not words & {"Look", "Files", "Cancel", "Open"}, texts
    for dutch in ("Zoeken in", "Bestanden van type", "Bestandsnaam", "Annuleren", "Openen"):
        assert dutch in texts, texts
    box = QMessageBox(QMessageBox.Question, "Gezinsplan", "Doorgaan?",
                      QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Ja", "Nee", "Annuleren"}


def test_english_ui_keeps_qt_in_english(qtbot):
    app = QApplication.instance()
    try:
        install_translator(app, "en")
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert "Look in" in " ".join(_texts(dialog)).replace("&", "")
    finally:
        install_translator(app, "nl")


def test_window_fits_a_small_laptop_screen_and_remembers_its_place(qtbot, settings, data_dir,
                                                                   monkeypatch):
    from desktop_app.ui import geometry
    from desktop_app.ui.main_window import MainWindow

    laptop = QRect(0, 0, 1366, 728)  # 1366×768 minus a 40-pixel task bar
    monkeypatch.setattr(geometry, "_available", lambda window: laptop)
    window = MainWindow(data_dir / "gezinsplan.db", settings)
    qtbot.addWidget(window)
    assert window.frameGeometry().height() <= laptop.height() or \
        window.height() + geometry.FRAME[1] <= laptop.height()
    assert window.width() + geometry.FRAME[0] <= laptop.width()
    window.resize(700, 500)  # the offscreen screen is 800×600: stay inside it
    window.move(40, 30)
    window.close()
    assert settings["window_geometry"]

    again = MainWindow(data_dir / "gezinsplan.db", type(settings).load(settings.path))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)

    # A size saved on a big monitor is cut down to this screen.
    again.resize(2400, 1400)
    again.close()
    third = MainWindow(data_dir / "gezinsplan.db", type(settings).load(settings.path))
    qtbot.addWidget(third)
    assert third.width() + geometry.FRAME[0] <= laptop.width()
    assert third.height() + geometry.FRAME[1] <= laptop.height()


def test_our_own_dutch_texts_pass_the_qt_translators_unchanged(qtbot):
    """The fallback for Qt's texts must answer 'not found' for ours, not an empty text."""
    app = QApplication.instance()
    assert install_translator(app, "nl")
    assert app.translate("Caseload", "Gezin") == "Gezin"
    assert app.translate("Caseload", "&Nieuw gezin") == "&Nieuw gezin"
    assert app.translate("QFileDialog", "&Look in:").replace("&", "") == "Zoeken in:"
