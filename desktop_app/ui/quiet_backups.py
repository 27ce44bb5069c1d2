"""Today's backup at quiet moments (issue 17): the window asks the session now and then
whether the backup misses changes and nothing was changed for a while
(session.maintenance.quiet_backup_due); then it is written on a worker. Closing and
locking interrupt it (the previous backup stays in place), so closing a large database
seldom has a backup left to write and never waits for one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from .tasks import run_task

log = logging.getLogger(__name__)


class QuietBackups(QObject):
    CHECK_MS = 60_000

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._job = None
        self._timer = QTimer(self)
        self._timer.setInterval(self.CHECK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._job is not None

    def tick(self) -> None:
        window = self._window
        session = window.session
        if (self._job is not None or session is None or session.locked
                or not window.backup_at_close or getattr(window, "_closing", False)
                or window._checker is not None):  # the start's check writes it itself
            return
        try:
            job = session.quiet_backup()
        except Exception as exc:  # noqa: BLE001 - a read failing here is met again elsewhere
            log.warning("quiet backup not considered: %s", type(exc).__name__)
            return
        if job is None:
            return
        self._job = job

        def done(_written) -> None:
            if self._job is job:
                self._job = None

        def failed(exc: BaseException) -> None:
            if self._job is job:
                self._job = None
            if not job.stopped:  # a failed copy itself is noted for the backup banner
                log.error("quiet backup failed: %s", type(exc).__name__)

        run_task(window, lambda _progress: job.run(), done, failed)

    def interrupt(self) -> None:
        """Stop a running backup (closing, locking): it ends soon, writing nothing."""
        job = self._job
        if job is not None:
            job.interrupt()
