"""Help → Handleiding: the Dutch manual, offline, with screenshots that exist and come
from registered screens (installer/make-screenshots renders them)."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re

from PySide6.QtGui import QAction, QKeySequence

from desktop_app import __version__
from desktop_app.paths import resources_dir
from desktop_app.ui.manual import ManualDialog, fit_images, manual_path
from desktop_app.ui.screenshot import screen_names

ROOT = resources_dir().parent


def _make_screenshots():
    path = ROOT / "installer" / "make-screenshots"
    loader = importlib.machinery.SourceFileLoader("make_screenshots", str(path))
    spec = importlib.util.spec_from_loader("make_screenshots", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def _help_action(window, text) -> QAction:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "He&lp")
    return next(a for a in help_menu.actions() if a.text() == text)


def test_help_menu_opens_the_manual_with_f1(qtbot, unlocked_window):
    action = _help_action(unlocked_window, "&Handleiding")
    assert action.shortcut() == QKeySequence(QKeySequence.HelpContents)
    action.trigger()
    dialog = unlocked_window._manual_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert text.startswith("Handleiding Gezinsplan")
    assert "Vergrendelen" in text and "coördinatie" in text
    assert dialog.windowTitle().endswith(f"Gezinsplan {__version__}")
    action.trigger()  # a second time: the same dialog, not a second one
    assert unlocked_window._manual_dialog is dialog
    dialog.close()


def test_manual_images_exist_and_fit_the_window(qtbot):
    dialog = ManualDialog()
    qtbot.addWidget(dialog)
    referenced = re.findall(r"\]\(img/([\w-]+)\.png\)", manual_path().read_text(encoding="utf-8"))
    assert len(referenced) >= 5
    for name in referenced:
        assert (manual_path().parent / "img" / f"{name}.png").is_file(), name
    assert fit_images(dialog.browser.document(), manual_path().parent, 300) == len(referenced)
    widths = []
    block = dialog.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    assert widths and max(widths) <= 300 and min(widths) > 100


def test_missing_manual_says_so_in_dutch(qtbot, tmp_path):
    dialog = ManualDialog(path=tmp_path / "weg.md")
    qtbot.addWidget(dialog)
    assert "niet gevonden" in dialog.browser.toPlainText()


def test_documented_screenshots_come_from_registered_screens():
    """A screen renamed or removed fails here, not silently in the manual."""
    targets = _make_screenshots().targets()
    names = {name for name, _, _ in targets}
    assert {"caseload", "family"} <= names  # the README's two
    assert names <= set(screen_names())
    for _, out, _ in targets:
        assert out.is_file(), f"{out} missing: run installer/make-screenshots"
