"""Opening, checking, backing up and closing: what the GUI's gate and main window need
around a session, without touching the store themselves."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

# The store's modules are imported where used: the unlock screen asks this module for the
# single-instance claim before the store (and sqlite-utils) have loaded (issue 17).


def __getattr__(name: str):
    if name == "ReadOnlyFolder":  # re-exported for the UI (autosave)
        from ..store.readonly import ReadOnlyFolder

        return ReadOnlyFolder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _backup_and_mark(store, refresh: bool = False, stop=None):
    """Today's automatic backup, and the marker saying what it holds and how long it took
    (backup_state). Returns the file written, or None. `stop`: CheckInterrupted."""
    from ..store import backup_state
    from ..store.backups import auto_backup_quietly

    if is_read_only(store):
        return None  # nothing can be written beside a read-only database
    holds = backup_state.last_change_id(store.db)  # read first: a later change is newer
    started = time.perf_counter()
    written = auto_backup_quietly(store, refresh=refresh, stop=stop)
    if written is not None:
        backup_state.record(store.db, written, holds, time.perf_counter() - started)
    return written


def _backup_if_behind(store, stop=None):
    """Today's backup, (re)written only when it does not hold every change yet."""
    if is_read_only(store) or backup_up_to_date(store):
        return None
    return _backup_and_mark(store, refresh=True, stop=stop)


class _OnSecondConnection:
    """Work on a second connection (the GUI's stays free) that `interrupt()` stops from
    another thread (closing, locking): every statement asks now and then whether to stop,
    so an interrupt() that comes before a statement starts stops it too, which
    sqlite3_interrupt alone would miss. A stopped backup leaves the old one in place."""

    START_DELAY_S = 0.0

    def __init__(self, store):
        self._store = store
        self._second = None
        self._stopped = False
        self._stop = threading.Event()

    def run(self):
        if self._stopped or self._stop.wait(self.START_DELAY_S):
            return self._nothing()
        second = self._store.reconnect()
        self._second = second
        second.conn.set_progress_handler(lambda: 1 if self._stopped else 0, 10_000)
        try:
            if self._stopped:
                return self._nothing()
            return self._work(second)
        finally:
            self._second = None
            second.conn.close()

    def _nothing(self):
        return None

    def _work(self, second):
        raise NotImplementedError

    def _is_stopped(self) -> bool:
        return self._stopped

    @property
    def stopped(self) -> bool:
        """interrupt() was called: what run() returns or raises says nothing of damage."""
        return self._stopped

    def interrupt(self) -> None:
        self._stopped = True
        self._stop.set()
        second = self._second
        if second is not None:
            second.conn.interrupt()


class IntegrityCheck(_OnSecondConnection):
    """PRAGMA integrity_check, then today's backup of a sound database when it misses
    changes (written at the start: a close that skipped it left that to this)."""

    # It starts this long after unlocking: its key derivation and its reading of every page
    # would otherwise take a core from the first paint of the page shown (issue 17).
    START_DELAY_S = 1.0

    def _nothing(self) -> list[str]:
        return []

    def _work(self, second) -> list[str]:
        problems = second.integrity_check()
        if not problems and not self._stopped:
            _backup_if_behind(second, self._is_stopped)
        return problems


class QuietBackup(_OnSecondConnection):
    """Today's backup rewritten at a quiet moment of the session (quiet_backup_due), so
    that closing seldom has a backup left to write. run() returns the file or None."""

    def _work(self, second):
        return _backup_if_behind(second, self._is_stopped)


# When today's backup misses changes (issue 17). Closing waits for the copy only when it
# is quick; a larger database is copied at quiet moments and at the next start instead
# (its changes are safe in the database itself; the previous backup stays in place).
CLOSE_BUDGET_S = 0.5  # the estimated copy and check at close (the process goes in < 1 s)
QUIET_AFTER_S = 120  # no change for this long: a quiet moment
# Between quiet backups at least this long, and at least this many times the copy takes:
# a large database is not copied over and over while the consultant works.
QUIET_GAP_S = 600
QUIET_GAP_FACTOR = 20


def backup_fits_in_close(store) -> bool:
    from ..store import backup_state

    return backup_state.estimated_seconds(store.db, store.path.stat().st_size) <= CLOSE_BUDGET_S


def quiet_backup_due(store, now: datetime | None = None) -> bool:
    """Today's backup misses changes, the newest is QUIET_AFTER_S old, and the last backup
    was written long enough ago (QUIET_GAP_S, QUIET_GAP_FACTOR × its copy time)."""
    from ..store import backup_state
    from ..store.backups import backup_folder

    if is_read_only(store) or store.locked or backup_up_to_date(store):
        return False
    now = now or datetime.now()
    _id, changed_at = backup_state.last_change(store.db)
    if changed_at is not None and (now - changed_at).total_seconds() < QUIET_AFTER_S:
        return False
    today = backup_state.todays_auto_backup(backup_folder(store), now.date())
    try:
        written = datetime.fromtimestamp(today.stat().st_mtime)
    except OSError:
        return True  # none today yet
    size = store.path.stat().st_size
    gap = max(QUIET_GAP_S, QUIET_GAP_FACTOR * backup_state.estimated_seconds(store.db, size))
    return (now - written).total_seconds() >= gap


def open_diagnosed_store(path: Path, passphrase: str):
    """The gate's open: a damaged file is told apart from a wrong passphrase
    (DatabaseDamaged vs WrongPassphrase); the full check runs later (IntegrityCheck).
    A read-only data folder opens read-only (open_read_only_or_none).
    Session.open_diagnosed wraps it."""
    store = open_read_only_or_none(path, passphrase, check=False)
    from ..store.backups import open_or_diagnose

    return store if store is not None else open_or_diagnose(path, passphrase, check=False)


def passphrase_change_interrupted(db_path: Path) -> bool:
    """After a refused passphrase: an interrupted change means the other one may hold."""
    from ..store.rekey import interrupted

    return interrupted(db_path)


# -- a read-only data folder (issue 15) -------------------------------------------------------
def open_read_only_or_none(path: Path, passphrase: str, *, check: bool = True):
    """When no file can be made in the data folder: the database opened read-only
    (store.readonly: looking works, every edit is refused with ReadOnlyFolder); else None
    (open it the usual way)."""
    from ..store.readonly import folder_is_read_only, open_read_only

    path = Path(path)
    if not path.exists() or not folder_is_read_only(path.parent):
        return None
    return open_read_only(path, passphrase, check=check)


def is_read_only(store) -> bool:
    """The store was opened read-only (the window and the CLI say so)."""
    return bool(getattr(store, "read_only", False))


def create_database(path: Path, passphrase: str, demo_families: int = 0,
                    progress: Callable[[int, int], None] | None = None):
    """A new database, optionally filled with fictional families, with its first backup;
    Session.create_database wraps it."""
    from ..store import create_store

    store = create_store(path, passphrase)
    if demo_families:
        from ..store.demo import fill_demo

        fill_demo(store, demo_families, progress=progress)
    _backup_and_mark(store)
    return store


def fill_demo_database(path: Path, passphrase: str, families: int, seed: int = 2026) -> None:
    """A throw-away practice database (screenshots for the manual), closed again."""
    from ..store import create_store
    from ..store.demo import fill_demo

    store = create_store(path, passphrase)
    try:
        fill_demo(store, families, seed=seed)
    finally:
        store.close()


def close(store, backup: bool) -> None:
    """With `backup`, today's automatic backup is rewritten first when it misses changes
    (backup_state) and the copy is quick (backup_fits_in_close); a larger one is left to
    the next start's check (IntegrityCheck), the database holding every change meanwhile."""
    if backup and not store.locked and not is_read_only(store) and not backup_up_to_date(store):
        if backup_fits_in_close(store):
            _backup_and_mark(store, refresh=True)
        else:
            log.info("closing without rewriting today's backup: the next start writes it")
    store.close()


def backup_up_to_date(store) -> bool:
    """Today's automatic backup exists as written and nothing changed since."""
    from ..store import backup_state
    from ..store.backups import backup_folder

    return backup_state.unchanged_since(
        store.db, backup_state.todays_auto_backup(backup_folder(store)))


def last_good_backup(db_path: Path, secret, stop=None):
    """The newest backup that opens with `secret` (the passphrase just typed, or the key
    of the store that was open) and passes its check, for the restore offer and the backup
    banner (or None). `stop`: store.cipher.verify_backup."""
    from ..store.backups import backup_folder, latest_good_backup

    return latest_good_backup(backup_folder(db_path), secret, stop)


STALE_AFTER_DAYS = 7  # the Opvolging page warns when the last good backup is older


@dataclass(frozen=True)
class BackupStatus:
    """What the consultant is told about the backups (the Opvolging page's banner)."""

    last_good: datetime | None  # when the newest good backup was written
    failed_at: datetime | None  # a failed automatic backup not followed by a good one
    failure: str | None  # "disk_full" or "error"
    now: datetime

    @property
    def age_days(self) -> int | None:
        return None if self.last_good is None else (self.now.date() - self.last_good.date()).days

    @property
    def stale(self) -> bool:
        """No good backup at all, or none in the last STALE_AFTER_DAYS days."""
        return self.last_good is None or self.age_days > STALE_AFTER_DAYS

    @property
    def warn(self) -> bool:
        return self.stale or self.failed_at is not None


def backup_status(db_path: Path, secret, now: datetime | None = None,
                  stop=None) -> BackupStatus:
    """Opens every backup until one passes its check (last_good_backup): for a worker
    thread. `stop`: see store.cipher.verify_backup (then CheckInterrupted)."""
    from ..store.backups import last_failure

    good = last_good_backup(db_path, secret, stop)
    failed = last_failure(db_path)
    return BackupStatus(good.made if good else None, failed[0] if failed else None,
                        failed[1] if failed else None, now or datetime.now())


# For the gate's form: how long a new passphrase must be (desktop_app.keys decides).
from ..keys import MIN_PASSPHRASE_LENGTH  # noqa: E402, F401


def claim_data_folder(folder: Path) -> bool:
    """One instance per data folder: False when another process holds it (store.instance)."""
    from ..store import instance

    try:
        instance.acquire(folder)
    except instance.AlreadyRunning:
        return False
    except OSError:
        # No lock file in a read-only folder (issue 15): nobody can write there, so the
        # database opens read-only (open_read_only_or_none) and a second reader is harmless.
        from ..store.readonly import folder_is_read_only

        if not folder_is_read_only(Path(folder)):
            raise
    return True


def remove_stale_previews(temp: Path | None = None) -> int:
    """Versions before issue 15 rendered the evaluation preview to
    <temp>/gezinsplan-preview-*/preview-*.pdf and a crash left it there, readable. The
    preview is in memory now; at start the leftovers of this user are removed. Returns
    how many folders went."""
    import os
    import shutil
    import tempfile

    temp = Path(temp or tempfile.gettempdir())
    removed = 0
    try:
        found = list(temp.glob("gezinsplan-preview-*"))
    except OSError:
        return 0
    for folder in found:
        try:
            if folder.is_dir() and not folder.is_symlink() and (
                    not hasattr(os, "getuid") or folder.stat().st_uid == os.getuid()):
                shutil.rmtree(folder, ignore_errors=True)
                removed += not folder.exists()
        except OSError:
            continue
    return removed
