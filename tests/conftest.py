"""Shared fixtures: offscreen Qt, and each test with its own data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GEZINSPLAN_PASSPHRASE", None)

import pytest  # noqa: E402

PASSPHRASE = "kaarsvet molen vlaai fiets"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(folder))
    monkeypatch.delenv("GEZINSPLAN_PASSPHRASE", raising=False)
    return folder


@pytest.fixture
def store(data_dir):
    from desktop_app.store import create_store

    s = create_store(data_dir / "gezinsplan.db", PASSPHRASE)
    yield s
    try:
        s.close()
    except Exception:  # already closed by the test
        pass


@pytest.fixture
def demo_store(store):
    from desktop_app.store.demo import fill_demo

    fill_demo(store, 40, seed=11)
    return store


@pytest.fixture
def settings(data_dir):
    from desktop_app.settings import Settings

    return Settings.load(data_dir / "settings.json")


@pytest.fixture
def unlocked_window(qtbot, demo_store, settings):
    """A main window unlocked on a small demo database."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_store.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._opened(demo_store)
    return window


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user, Dutch characters included: QTest.keyClicks only knows
    ASCII (it aborts on 'ë'), so other characters go in as key events with text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))
