"""SafetyArea's checks of the copies (issue 15): the audit chain against every backup's
head, an interrupted passphrase change finished, and the backup status for the banner.
A mixin of session.safety.SafetyArea (kept apart for the module size); it uses the area's
`_store`, `_secret()` and `backups()`."""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from ..store import audit_chain, cipher, rekey
from . import maintenance

log = logging.getLogger(__name__)


class BackupChecks:
    def verify_audit_copies(self) -> list:
        """Each backup's chain head against this database (store.audit_chain): a truncated
        or rewritten log shows unless every copy was rewritten too. Opens every backup."""
        files = [info.path for info in self.backups()]
        return audit_chain.check_copies(self._store.conn, files,
                                        lambda path: cipher.connect(path, self._secret()))

    def finish_passphrase_change(self) -> dict[str, int]:
        """An interrupted passphrase change completed (at the opening of a session): the
        passphrase that opened the database holds for every backup (store.rekey)."""
        try:
            return rekey.finish_interrupted(self._store)
        except OSError as exc:  # a read-only folder: nothing to finish there
            log.error("finishing a passphrase change failed: %s", type(exc).__name__)
            return {"swapped": 0, "removed": 0}

    def read_only(self) -> bool:
        """The data folder is read-only: looking works, every edit is refused
        (store.readonly.ReadOnlyFolder); the window says so."""
        return maintenance.is_read_only(self._store)

    def backup_status(self, now: datetime | None = None):
        """The age of the last good backup and a failed automatic one
        (session.maintenance.BackupStatus). Opens the backups: for a worker thread;
        after interrupt_backup_checks() it ends with store.errors.CheckInterrupted."""
        return maintenance.backup_status(self._store.path, self._secret(), now,
                                         stop=self._backup_checks_stopped().is_set)

    def interrupt_backup_checks(self) -> None:
        """Closing: a backup status read in the thread pool (the Opvolging page's banner
        checks the newest backup's every page, seconds at 10,000 families) stops now
        instead of keeping the process alive; later reads stop at once."""
        self._backup_checks_stopped().set()

    def _backup_checks_stopped(self) -> threading.Event:
        return self.__dict__.setdefault("_backup_stop", threading.Event())
