"""Auto-lock after idle time, and the cover that hides open dialogs while locked.

Any key, click, scroll or mouse move restarts an `IdleLock`'s timer of
`auto_lock_minutes` (0 = never). One application event filter (`_Activity`) serves every
window's IdleLock: a Python filter runs for every Qt event, so one filter per window would
multiply that cost by the windows ever made (the test suite makes hundreds). A lock leaves
it when its window closes or is deleted; the filter goes when no lock is left. When it fires,
MainWindow.lock() saves what is pending, hides the workspace behind the unlock
screen and closes the database (safety.locking; pages stay alive). A dialog that
is open at that moment – maybe modal, maybe half filled in – is not closed (that
would lose its input) but covered by a `LockCover` with its own passphrase field,
because a modal dialog keeps the main window from taking keyboard input. The same
happens for a lock by menu or Ctrl+L (the window's `locked` signal). Unlocking from
a cover reopens the database like the unlock screen does.
"""

from __future__ import annotations

import itertools
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ..main_window import MainWindow

ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
            QEvent.TouchBegin}


def belongs_to(widget, window) -> bool:
    """The window itself or a dialog opened on it: another window's dialogs and fields
    (another session's) are not this window's lock to cover or save."""
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


class LockCover(QWidget):
    """Opaque overlay over a dialog while the app is locked."""

    def __init__(self, window: MainWindow, dialog: QWidget):
        super().__init__(dialog)
        self.window_ = window
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Gezinsplan is vergrendeld"))
        title.setObjectName("title")
        layout.addWidget(title, 0, Qt.AlignHCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("coverPassphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMaximumWidth(320)
        label = QLabel(self.tr("&Wachtwoord"))
        label.setBuddy(self.passphrase)
        layout.addWidget(label, 0, Qt.AlignHCenter)
        layout.addWidget(self.passphrase, 0, Qt.AlignHCenter)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.hide()
        layout.addWidget(self.error, 0, Qt.AlignHCenter)
        button = QPushButton(self.tr("&Ontgrendelen"))
        layout.addWidget(button, 0, Qt.AlignHCenter)
        layout.addStretch(2)
        button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.raise_()
        self.show()
        self.passphrase.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Resize:
            self.setGeometry(obj.rect())
        return False

    def submit(self) -> None:
        """Reopen the database with the typed passphrase (in the unlock worker); a wrong
        one comes back through the window's unlock_failed (wrong())."""
        text = self.passphrase.text()
        self.passphrase.clear()
        if not text or self.window_.session is None:
            return
        wait = getattr(self.window_.gate, "_wait_left", 0)
        if wait > 0:  # the unlock screen's growing wait counts here too
            self.error.setText(self.window_.gate.error.text())
            self.error.show()
            return
        self.window_._unlock(text)

    def wrong(self) -> None:
        self.error.setText(self.tr("Het wachtwoord klopt niet."))
        self.error.show()
        self.passphrase.setFocus()


class _Activity(QObject):
    """The one application event filter behind every IdleLock (see the module's doc)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.locks: dict[int, IdleLock] = {}
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if self.locks and event.type() in ACTIVITY:
            for lock in list(self.locks.values()):
                lock.activity()
        return False


_shared: _Activity | None = None
_keys = itertools.count()


def _activity() -> _Activity:
    global _shared
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = _Activity(QApplication.instance())
    return _shared


def _forget(key: int) -> None:
    """A lock leaves the shared filter; the last one takes the filter with it."""
    global _shared
    shared = _shared
    if shared is None or not shiboken6.isValid(shared):
        return
    shared.locks.pop(key, None)
    app = QApplication.instance()
    if not shared.locks and app is not None:
        app.removeEventFilter(shared)
        shared.deleteLater()
        _shared = None


class IdleLock(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.covers: list[LockCover] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        self.set_minutes(window.settings["auto_lock_minutes"])
        self._key = next(_keys)
        _activity().locks[self._key] = self
        # Deleted with its window; a closed window (its session gone) needs no lock either.
        self.destroyed.connect(partial(_forget, self._key))
        window.installEventFilter(self)
        window.unlocked.connect(self._uncover)
        window.locked.connect(self._cover)
        window.unlock_failed.connect(self._wrong)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.set_interval_ms(self.minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.stop()
        self.interval = ms
        if ms > 0:
            self.timer.start(ms)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        """On the window only: closed, it leaves the shared filter; shown again, it rejoins."""
        if obj is self.window_:
            kind = event.type()
            if kind == QEvent.Close:
                QTimer.singleShot(0, self, self._closed)
            elif kind == QEvent.Show and self._key not in _activity().locks:
                _activity().locks[self._key] = self
                self.set_interval_ms(self.interval)
        return False

    def _closed(self) -> None:
        if not self.window_.isVisible():  # the close was accepted
            self.timer.stop()
            _forget(self._key)

    def activity(self) -> None:
        if self.interval > 0:
            self.timer.start(self.interval)

    def lock_now(self) -> None:
        window = self.window_
        if window.session is None or window.root.currentWidget() is not window.workspace:
            return
        window.lock()  # covers the open dialogs through `locked`

    def _cover(self) -> None:
        window = self.window_
        for widget in QApplication.topLevelWidgets():
            if (widget is not window and isinstance(widget, QDialog) and widget.isVisible()
                    and belongs_to(widget, window)):
                self.covers.append(LockCover(window, widget))

    def _live_covers(self) -> list[LockCover]:
        """A dialog closed while locked took its cover with it."""
        return [c for c in self.covers if shiboken6.isValid(c)]

    def _wrong(self) -> None:
        for cover in self._live_covers():
            cover.wrong()

    def _uncover(self) -> None:
        for cover in self._live_covers():
            cover.parentWidget().removeEventFilter(cover)
            cover.deleteLater()
        self.covers.clear()
        if self.interval > 0:
            self.timer.start(self.interval)
