"""Opening, creating and migrating the encrypted database.

One SQLCipher file; the passphrase goes in through PRAGMA key (store.cipher) and
is kept only in memory (it is needed again for backups and rekeying). WAL mode, a
busy timeout, foreign keys, and synchronous=FULL because a flat battery mid-visit
must not lose an acknowledged autosave. Backups, restore and passphrase changes
are in store.backups.
"""

from __future__ import annotations

import hmac
import logging
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from ..paths import create_private_file, private_dir, private_file
from . import audit, cipher, instance
from .errors import (
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    StoreError,
    WrongPassphrase,
    is_disk_full,
)
from .migrations import MIGRATIONS

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 12

__all__ = [
    "MIN_PASSPHRASE_LENGTH", "DatabaseDamaged", "DatabaseMissing", "Store", "StoreError",
    "WrongPassphrase", "create_store", "open_store",
]


class Store:
    """An open, unlocked database. `db` is the sqlite-utils Database."""

    def __init__(self, path: Path, passphrase: str, conn: sqlcipher3.Connection, kdf_seconds: float):
        self.path = Path(path)
        self._passphrase = passphrase
        self.conn = conn
        # No sqlite-utils plugins: loading them scans every installed package's entry points
        # (~70 ms of the start, issue 17).
        self.db = Database(conn, execute_plugins=False)
        self.kdf_seconds = kdf_seconds
        self._lock_key: str | None = None  # store.instance: one writing process per folder

    # -- lifecycle -----------------------------------------------------------
    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.Error:  # pragma: no cover - closing anyway
            pass
        self.conn.close()
        if self._lock_key is not None:
            instance.release(self._lock_key)
            self._lock_key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def reconnect(self) -> Store:
        """A second connection to the same file, for a worker thread."""
        key = instance.acquire(self.path.parent)
        conn = cipher.connect(self.path, self._passphrase)
        _configure(conn)
        store = Store(self.path, self._passphrase, conn, 0.0)
        store._lock_key = key
        return store

    def check_passphrase(self, passphrase: str) -> bool:
        # Constant-time compare: this runs on the lock screen.
        return hmac.compare_digest(passphrase.encode(), self._passphrase.encode())

    # -- maintenance ---------------------------------------------------------
    def integrity_check(self) -> list[str]:
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        return problems

    def schema_version(self) -> list[str]:
        return [m.name for m in MIGRATIONS.applied(self.db)]

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt the open database (store.backups.change_passphrase does it safely)."""
        self.conn.execute(f"PRAGMA rekey = {cipher.quote(new_passphrase)}")
        self._passphrase = new_passphrase


def private_database(path: Path) -> None:
    """The database folder 0700; the file, its WAL and SHM 0600 (paths.FILE_MODE)."""
    private_dir(path.parent)
    for suffix in ("", "-wal", "-shm"):
        private_file(path.with_name(path.name + suffix))


def _configure(conn: sqlcipher3.Connection) -> None:
    audit.register_functions(conn)  # the audit triggers call these
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    # 32 MiB of decrypted pages (default 2 MiB): every page read from disk costs an
    # HMAC check and AES; at 100,000 families searches re-read the same index pages.
    conn.execute("PRAGMA cache_size = -32768")


def open_store(path: Path, passphrase: str, *, check: bool = True, migrate: bool = True) -> Store:
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(path)
    key = instance.acquire(path.parent)
    private_database(path)  # a database made by an older version
    try:
        conn, kdf = cipher.unlock(path, passphrase)
    except BaseException:
        instance.release(key)
        raise
    try:
        _configure(conn)
        private_database(path)  # the WAL and SHM the open made
        store = Store(path, passphrase, conn, kdf)
        store._lock_key = key
        if check:
            problems = store.integrity_check()
            if problems:
                log.error("integrity check failed with %d problem(s)", len(problems))
                raise DatabaseDamaged("; ".join(problems[:5]))
        if migrate:
            _migrate(store)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        instance.release(key)
        if is_disk_full(exc):
            raise DiskFull(path.parent) from exc
        raise DatabaseDamaged(str(exc)) from exc
    except BaseException:
        conn.close()
        instance.release(key)
        raise
    return store


def create_store(path: Path, passphrase: str) -> Store:
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValueError("passphrase too short")
    private_dir(path.parent)
    key = instance.acquire(path.parent)
    try:
        # Created 0600 before SQLCipher opens it (an empty file is a new database), so
        # the WAL and SHM, which SQLite gives the database's mode, are 0600 too.
        create_private_file(path)
        conn, kdf = cipher.unlock(path, passphrase)
        _configure(conn)
    except BaseException:
        if path.exists() and path.stat().st_size == 0:
            path.unlink()  # the empty file made above: nothing was written yet
        instance.release(key)
        raise
    store = Store(path, passphrase, conn, kdf)
    store._lock_key = key
    _migrate(store)
    log.info("new database created")
    return store


def _migrate(store: Store) -> None:
    pending = MIGRATIONS.pending(store.db)
    if not pending:
        audit.install_triggers(store.db)  # cheap when nothing changed
        return
    if MIGRATIONS.applied(store.db):
        # An existing database about to change shape: keep a copy first.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = store.path.parent / "backups" / f"voor-migratie-{stamp}.db"
        cipher.copy_verified(store.conn, store._passphrase, target)
        log.info("backup before %d migration(s) written", len(pending))
    MIGRATIONS.apply(store.db)
    log.info("migrations applied: %s", ", ".join(m.name for m in pending))
    audit.install_triggers(store.db)
