"""Locking like KeePassXC: the database is closed while the app is locked.

`lock(window)`: every pending field (main window and open dialogs) is saved and committed,
the screens are hidden behind the unlock screen, background work ends, and then the
session closes every connection and wipes its key (session.Session.lock). Pages and
dialogs stay alive, untouched, so the consultant comes back to the same page, tab and
half-typed text.

`unlock(window, passphrase)`: the database is opened again in the unlock worker, off the
GUI thread (the key derivation), exactly as the first unlock does; a wrong passphrase is
refused with the Dutch message and leaves it locked.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ...session import WrongPassphrase
from ..autosave import flush_all, flush_pending
from ..tasks import run_task
from .idle import belongs_to

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

# Background work (a count, the Opvolging lists, a backup or PDF build) ends before its
# connection closes; an integrity check is interrupted (and run again after unlocking).
WAIT_FOR_TASKS_MS = 30_000


class HoldTimers(QObject):
    """While locked, the timers of the hidden screens and the dialogs open at the lock (a
    search's pause, a refresh) do not tick: a held QTimer stays active and fires after
    unlocking, so nothing reads the closed store meanwhile. An application event filter
    only while locked (no cost otherwise)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.dialogs = [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QDialog) and w.isVisible()]
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        return event.type() == QEvent.Timer and isinstance(obj, QTimer) and self._held(obj)

    def _held(self, timer: QTimer) -> bool:
        owner = timer.parent()
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()
        if owner is None:
            return False
        workspace = self.window_.workspace
        if owner is workspace or workspace.isAncestorOf(owner):
            return True
        return owner.window() in self.dialogs

    def release(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.deleteLater()


def lock(window: MainWindow) -> bool:
    """Save, hide, close. False when there is nothing to lock (no session, already locked,
    or the gate is showing)."""
    session = window.session
    if session is None or session.locked or window.root.currentWidget() is not window.workspace:
        return False
    focus = QApplication.focusWidget()
    window._focus_before_lock = focus if focus is not None and window.isAncestorOf(focus) else None
    for widget in QApplication.topLevelWidgets():  # the window, and its dialogs with fields
        if belongs_to(widget, window):
            flush_pending(widget)
    window.show_gate()
    window.root.repaint()  # hidden now, even if the wait below takes a moment
    checker, window._checker = window._checker, None
    if checker is not None:
        checker.interrupt()
        window._check_again = True
    if window.quiet_backups is not None:  # the next quiet moment after unlocking writes it
        window.quiet_backups.interrupt()
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(WAIT_FOR_TASKS_MS):
        log.warning("locking while background work still runs")
    # Results of finished background work reach their screens while the store is open.
    QCoreApplication.sendPostedEvents(None, QEvent.MetaCall)
    window._held_timers = HoldTimers(window)
    session.lock()
    log.info("locked: database closed, key wiped")
    window.locked.emit()
    return True


def unlock(window: MainWindow, passphrase: str) -> None:
    """Reopen the locked session's database with `passphrase` in a worker."""
    session = window.session
    if getattr(window, "_unlocking", False):  # one try at a time (gate and cover)
        return
    window._unlocking = True

    def work(_progress):
        session.unlock(passphrase)  # the derivation: off the GUI thread
        return session

    def done(_session) -> None:
        window._unlocking = False
        if window.session is not session or window.root.currentWidget() is window.workspace:
            return
        log.info("unlocked: database reopened")
        held = getattr(window, "_held_timers", None)
        if held is not None:
            window._held_timers = None
            held.release()
        window._enter_workspace()
        flush_all(window.workspace)  # a field still pending at the lock (a full disk)
        focus = getattr(window, "_focus_before_lock", None)
        window._focus_before_lock = None
        try:
            if focus is not None and focus.isVisible():
                focus.setFocus()
        except RuntimeError:  # the widget went meanwhile (a dialog closed)
            pass
        if getattr(window, "_check_again", False):
            window._check_again = False
            window._verify_in_background(session)

    def failed(exc: BaseException) -> None:
        window._unlocking = False
        gate = window.gate
        if isinstance(exc, WrongPassphrase):
            log.warning("unlock failed: wrong passphrase")
            if hasattr(gate, "wrong_passphrase"):
                gate.wrong_passphrase(str(exc))
            window.unlock_failed.emit()
            return
        if hasattr(gate, "set_busy"):
            gate.set_busy(False)
        from ..crash import show_error

        show_error(window, exc)

    run_task(window, work, done, failed)
