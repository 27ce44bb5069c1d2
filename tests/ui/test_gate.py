"""First start, unlock, wrong passphrases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.store import open_store
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.unlock import CreateScreen, UnlockScreen, lockout_seconds, strength_hint
from tests.conftest import PASSPHRASE

# The unlock screen with the passphrase path exactly as the app takes it.
pytestmark = pytest.mark.real_kdf


def test_create_passphrase_then_caseload(qtbot, data_dir, settings):
    window = MainWindow(data_dir / "gezinsplan.db", settings)
    qtbot.addWidget(window)
    window.show()
    gate = window.gate
    assert isinstance(gate, CreateScreen)
    qtbot.keyClicks(gate.first, "te kort")
    qtbot.keyClicks(gate.second, "te kort")
    qtbot.mouseClick(gate.create_button, Qt.LeftButton)
    assert "minstens 12" in gate.error.text()
    assert not (data_dir / "gezinsplan.db").exists()

    gate.first.setText(PASSPHRASE)
    gate.second.setText(PASSPHRASE + "x")
    qtbot.mouseClick(gate.create_button, Qt.LeftButton)
    assert "niet gelijk" in gate.error.text()
    assert not (data_dir / "gezinsplan.db").exists()

    gate.second.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=15000):
        qtbot.keyClick(gate.second, Qt.Key_Return)
    assert window.root.currentWidget() is window.workspace
    assert window.caseload.empty_label.isVisibleTo(window)
    assert "Nog geen gezinnen" in window.caseload.empty_label.text()
    window.close()
    open_store(data_dir / "gezinsplan.db", PASSPHRASE).close()


def test_unlock_wrong_then_right(qtbot, store, settings):
    path = store.path
    store.close()
    before = path.read_bytes()
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    gate = window.gate
    assert isinstance(gate, UnlockScreen)
    qtbot.keyClicks(gate.passphrase, "verkeerd wachtwoord")
    qtbot.keyClick(gate.passphrase, Qt.Key_Return)
    qtbot.waitUntil(lambda: gate.failures == 1, timeout=15000)
    assert "klopt niet" in gate.error.text()
    assert path.read_bytes() == before  # a wrong try touches nothing
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=15000):
        qtbot.keyClick(gate.passphrase, Qt.Key_Return)
    window.close()


def test_repeated_failures_make_the_wait_grow(qtbot, store, settings):
    assert [lockout_seconds(n) for n in range(1, 7)] == [0, 0, 2, 4, 8, 16]
    assert lockout_seconds(50) == 300
    path = store.path
    store.close()
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    gate = window.gate
    for _ in range(3):
        gate.wrong_passphrase("Het wachtwoord klopt niet.")
    assert not gate.unlock_button.isEnabled()
    assert "Wacht 2 seconden" in gate.error.text()


def test_strength_hint_prefers_length():
    assert strength_hint("abc")[0] == 0
    assert strength_hint("aaaaaaaaaaaaaaaaaaaaaaaaaaa")[0] <= 1
    assert strength_hint("molen maas vlaai fiets 7")[0] >= 3


def test_lock_and_unlock_keeps_pages(qtbot, unlocked_window):
    window = unlocked_window
    page = window.open_family(window.caseload.model.family_id(0))
    window.lock()
    assert window.root.currentWidget() is window.gate and window.session.locked
    assert not window.data_actions[0].isEnabled()
    window.gate.passphrase.setText("fout fout fout fout")
    window.gate.unlock_button.click()
    qtbot.waitUntil(lambda: window.gate.failures == 1, timeout=15000)
    qtbot.waitUntil(window.gate.passphrase.isEnabled, timeout=5000)
    window.gate.passphrase.setText(PASSPHRASE)
    window.gate.unlock_button.click()
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=15000)
    assert window.workspace.currentWidget() is page and not window.session.locked
