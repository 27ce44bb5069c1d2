"""The idle lock's activity watch (ui/safety/idle.py): every window's IdleLock hears the
user's keys and clicks through one shared application event filter, and a window that is
closed or deleted leaves it (a Python filter per window ever made slowed every Qt event)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop_app.ui.safety import idle


def _window(qtbot, demo_store, settings, *, keep: bool = True):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_store.path, settings)
    if keep:  # closed at the end of the test
        qtbot.addWidget(window)
    window.show()
    window.preload()  # as behind the unlock screen: the idle lock joins the shared filter there
    return window


def _locks() -> dict:
    shared = idle._shared
    return {} if shared is None else shared.locks


def test_a_key_or_click_restarts_the_idle_timer(qtbot, unlocked_window):
    lock = unlocked_window.idle_lock
    lock.set_interval_ms(60_000)
    lock.timer.stop()
    QApplication.sendEvent(unlocked_window.caseload,
                           QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))
    assert lock.timer.isActive()
    lock.timer.stop()
    click = QMouseEvent(QEvent.MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt.LeftButton,
                        Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(unlocked_window.caseload, click)
    assert lock.timer.isActive()
    lock.set_minutes(0)
    QApplication.sendEvent(unlocked_window.caseload,
                           QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))
    assert not lock.timer.isActive()  # 0 = never


def test_closed_and_deleted_windows_leave_the_one_shared_filter(qtbot, demo_store, settings):
    windows = [_window(qtbot, demo_store, settings, keep=i != 1) for i in range(3)]
    keys = [w.idle_lock._key for w in windows]
    assert set(keys) <= set(_locks())
    windows[0].close()
    qtbot.waitUntil(lambda: keys[0] not in _locks(), timeout=5000)
    assert not windows[0].idle_lock.timer.isActive()  # a closed window never locks
    windows[1].deleteLater()
    qtbot.waitUntil(lambda: keys[1] not in _locks(), timeout=5000)
    assert keys[2] in _locks()
    lock = windows[2].idle_lock
    lock.set_interval_ms(60_000)
    lock.timer.stop()
    QApplication.sendEvent(windows[2], QMouseEvent(
        QEvent.MouseMove, QPointF(QPoint(3, 3)), QPointF(QPoint(3, 3)), Qt.NoButton,
        Qt.NoButton, Qt.NoModifier))
    assert lock.timer.isActive()  # the open window still hears activity
    windows[2].close()
    qtbot.waitUntil(lambda: idle._shared is None, timeout=5000)  # the last took the filter
