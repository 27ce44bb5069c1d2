"""The backup line at the top of the Opvolging page (issue 15): how old the last good
backup is, a warning when it is older than a week or there is none, and a failed
automatic backup (not only in the log). The status comes from
session.safety.backup_status (session.maintenance owns the rule); it opens the backups,
so it is read in the thread pool – when the page is made and each time it is shown."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel

from ...session import CheckInterrupted
from ..tasks import run_task

log = logging.getLogger(__name__)

WARNING_STYLE = ("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #c19c00; "
                 "border-radius: 4px; padding: 6px; }")
CALM_STYLE = "QLabel { color: #44546a; padding: 2px 0px; }"


def _not_read(exc: BaseException) -> None:
    # Closing or locking interrupts the read (session.safety.interrupt_backup_checks): no news.
    if not isinstance(exc, CheckInterrupted):
        log.warning("backup status not read (%s)", type(exc).__name__)


class BackupBanner(QLabel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("backupBanner")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Back-upstatus"))
        self.session = session
        self.status = None
        self._asked = 0
        self.setText(self.tr("Back-ups worden gecontroleerd…"))
        self.setStyleSheet(CALM_STYLE)

    def refresh(self) -> None:
        """Read the status in the background; the newest answer wins."""
        self._asked += 1
        asked, safety = self._asked, self.session.safety
        run_task(self, lambda _p: safety.backup_status(),
                 lambda status: self._loaded(asked, status),
                 _not_read)

    def _loaded(self, asked: int, status) -> None:
        from shiboken6 import isValid

        if status is None or not isValid(self) or asked != self._asked:
            return
        self.show_status(status)

    def show_status(self, status) -> None:
        self.status = status
        parts = []
        if status.failed_at is not None:
            when = status.failed_at.strftime("%d-%m-%Y %H:%M")
            if status.failure == "disk_full":
                parts.append(self.tr("De automatische back-up van %1 is mislukt: de schijf is "
                                     "vol. Maak ruimte vrij.").replace("%1", when))
            else:
                parts.append(self.tr("De automatische back-up van %1 is mislukt.")
                             .replace("%1", when))
        if status.last_good is None:
            parts.append(self.tr("Let op: er is geen goede back-up."))
        else:
            days, made = status.age_days, status.last_good
            if days <= 0:
                age = self.tr("vandaag om %1").replace("%1", made.strftime("%H:%M"))
            elif days == 1:
                age = self.tr("gisteren om %1").replace("%1", made.strftime("%H:%M"))
            else:
                age = (self.tr("%1 dagen geleden (%2)").replace("%1", str(days))
                       .replace("%2", made.strftime("%d-%m-%Y")))
            if status.stale:
                parts.append(self.tr("Let op: de laatste goede back-up is %1 dagen oud (%2).")
                             .replace("%1", str(days)).replace("%2", made.strftime("%d-%m-%Y")))
            else:
                parts.append(self.tr("Laatste goede back-up: %1.").replace("%1", age))
        if status.warn:
            parts.append(self.tr("Maak een back-up via Beveiliging › Back-up nu maken."))
        self.setText(" ".join(parts))
        self.setStyleSheet(WARNING_STYLE if status.warn else CALM_STYLE)
