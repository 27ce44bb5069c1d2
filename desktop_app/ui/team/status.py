"""The team server in the main window (issue 18): a compact line in the status bar
('Teamserver: gesynchroniseerd 14:05 · 3 wijzigingen wachten · 1 conflict'), 'Nu
synchroniseren', and a sync every few minutes while a server is configured.

Each sync runs in a worker (ui/tasks.py) on its own connection (session.team.sync), never
two at once; the result is announced on the GUI thread (session.team.announce), so the
screens refresh. An automatic sync that fails says so quietly in the status line; only a
sync the consultant asked for shows a message box. Without a server nothing here shows:
no status bar, no timer, and psycopg is never imported."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ..tasks import run_task
from .texts import conflicts_text, error_text, is_team_error, pending_text, when_text

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

FIRST_SYNC_MS = 5_000  # after unlocking or connecting
INTERVAL_MS = 5 * 60_000  # then every five minutes
LATER_MS = 400  # the line read again after other edits


def status_line(status, *, running: bool = False, error: str | None = None,
                with_conflicts: bool = True) -> str:
    """'Teamserver: gesynchroniseerd 14:05 · 3 wijzigingen wachten · 1 conflict'."""
    if running:
        head = QCoreApplication.translate("TeamStatus", "Teamserver: bezig met synchroniseren…")
    elif error:
        head = QCoreApplication.translate("TeamStatus", "Teamserver: niet gelukt – %1").replace("%1", error)
    elif status.last_sync:
        head = QCoreApplication.translate("TeamStatus", "Teamserver: gesynchroniseerd %1").replace(
            "%1", when_text(status.last_sync))
    else:
        head = QCoreApplication.translate("TeamStatus", "Teamserver: nog niet gesynchroniseerd")
    parts = [head]
    if status.pending:
        parts.append(pending_text(status.pending))
    if status.conflicts and with_conflicts:
        parts.append(conflicts_text(status.conflicts))
    return " · ".join(parts)


class TeamStatusWidget(QWidget):
    """The status bar's part: the line, a conflicts button (while there are any) and 'Nu
    synchroniseren'."""

    sync_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamStatusWidget")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel()
        self.label.setObjectName("teamStatus")
        self.label.setAccessibleName(QCoreApplication.translate("TeamStatus", "Teamserver"))
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("teamConflictsButton")
        self.conflicts.setFlat(True)
        self.conflicts.setStyleSheet(
            "QPushButton { color: #1d3557; text-decoration: underline; border: none; }")
        self.conflicts.setCursor(Qt.PointingHandCursor)
        self.conflicts.clicked.connect(self.conflicts_requested.emit)
        self.conflicts.hide()
        self.sync = QPushButton(QCoreApplication.translate("TeamStatus", "Nu synchroniseren"))
        self.sync.setObjectName("teamSyncButton")
        self.sync.clicked.connect(self.sync_requested.emit)
        row.addWidget(self.label)
        row.addWidget(self.conflicts)
        row.addWidget(self.sync)

    def show_status(self, status, *, running: bool, error: str | None) -> None:
        # The conflicts have their own button; the line says the rest.
        line = status_line(status, running=running, error=error, with_conflicts=False)
        self.label.setText(line)
        self.label.setProperty("state", "error" if error and not running else "")
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        tip = error or ""
        self.label.setToolTip(tip)
        self.label.setAccessibleDescription(tip)
        if status.conflicts:
            self.conflicts.setText(QCoreApplication.translate("TeamStatus", "%1 – bekijken")
                                   .replace("%1", conflicts_text(status.conflicts)))
            self.conflicts.show()
        else:
            self.conflicts.hide()
        self.sync.setEnabled(not running)

    def text(self) -> str:
        """The whole line as it reads (tests, the screen reader)."""
        parts = [self.label.text()]
        if self.conflicts.isVisibleTo(self):
            parts.append(self.conflicts.text())
        return " · ".join(parts)


class TeamSync(QObject):
    """Owns the status widget, the timer and the one sync at a time of a window."""

    synced = Signal(object)  # a SyncResult, after it was announced
    failed = Signal(str)  # the message shown

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.widget: TeamStatusWidget | None = None  # made when a server is configured
        self.running = False
        self.error: str | None = None
        self._events = None
        self.timer = QTimer(self)  # the window's, not a page's: locking does not hold it
        self.timer.setObjectName("teamSyncTimer")
        self.timer.timeout.connect(self._tick)
        # Other edits change what waits: the line is read again shortly after (one read
        # for a burst of autosaves).
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(LATER_MS)
        self.later.timeout.connect(self.refresh)
        self.sync_action = None  # menu actions shown only with a server (features/team.py)
        self.conflicts_action = None
        window.unlocked.connect(self._attach)

    # -- following the session --------------------------------------------------------------
    def _attach(self) -> None:
        events = getattr(self.window_, "events", None)
        if events is not None and events is not self._events:
            self._events = events
            events.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change) -> None:
        if "team" in change.kinds or "settings" in change.kinds:
            self.later.stop()
            self.refresh()
        elif self.widget is not None and self.widget.isVisible():
            self.later.start()

    def _session(self):
        session = self.window_.session
        if session is None or session.locked:
            return None
        return session

    def configured(self) -> bool:
        session = self._session()
        return session is not None and session.team.status().configured

    def refresh(self) -> None:
        """Show the state; a server just set up (or found at unlocking) starts the timer,
        first sync soon; without a server nothing is made."""
        session = self._session()
        if session is None:
            return
        status = session.team.status()
        for action in (self.sync_action, self.conflicts_action):
            if action is not None:
                action.setVisible(status.configured)
        if not status.configured:
            self.timer.stop()
            if self.widget is not None:
                self.widget.hide()
            return
        if self.widget is None:
            self.widget = TeamStatusWidget()
            self.widget.sync_requested.connect(lambda: self.sync_now(quiet=False))
            self.widget.conflicts_requested.connect(self.show_conflicts)
            bar = self.window_.statusBar()  # made now: without a server there is none
            bar.addPermanentWidget(self.widget)
            bar.show()
        self.widget.show()
        self.widget.show_status(status, running=self.running, error=self.error)
        if not self.timer.isActive():
            self.timer.start(FIRST_SYNC_MS)

    # -- syncing ----------------------------------------------------------------------------
    def _tick(self) -> None:
        self.timer.setInterval(INTERVAL_MS)
        if self._session() is None or getattr(self.window_, "_closing", False):
            return
        self.sync_now(quiet=True)

    def sync_now(self, quiet: bool = False) -> bool:
        """Start one sync in a worker; False when one runs already or nothing is set up."""
        session = self._session()
        if self.running or session is None or not session.team.status().configured:
            return False
        self.running = True
        self.refresh()
        window = self.window_

        def stop() -> bool:  # read in the worker: closing stops between batches
            return bool(getattr(window, "_closing", False))

        def done(result) -> None:
            self.running = False
            self.error = None
            if window.session is session and not session.locked:
                session.team.announce(result)  # refreshes this line too
                self.synced.emit(result)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.running = False
            self.error = error_text(exc)
            if is_team_error(exc):
                log.warning("team sync failed: %s", getattr(exc, "kind", type(exc).__name__))
            else:
                log.error("team sync failed: %s", type(exc).__name__)
            self.refresh()
            self.failed.emit(self.error)
            if not quiet and not getattr(window, "_closing", False):
                if is_team_error(exc):
                    QMessageBox.warning(window, QCoreApplication.translate("TeamStatus", "Teamserver"),
                                        self.error)
                else:
                    from ..crash import show_error

                    show_error(window, exc)

        run_task(window, lambda _p: session.team.sync(stop=stop), done, failed)
        return True

    def show_conflicts(self) -> None:
        from .conflicts import open_conflicts

        open_conflicts(self.window_)
