"""Opening, creating and migrating the encrypted database.

One SQLCipher file. The passphrase is derived into its Key once (store.cipher); the
Store keeps that Key (backups, second connections) and never the passphrase. Locking
(`suspend`) closes every connection and wipes the Key; `resume` derives it again from
the passphrase the user types. WAL mode, a
busy timeout, foreign keys, and synchronous=FULL because a flat battery mid-visit
must not lose an acknowledged autosave. Backups, restore and passphrase changes
are in store.backups.
"""

from __future__ import annotations

import logging
import threading
import weakref
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from ..keys import MIN_PASSPHRASE_LENGTH
from ..paths import create_private_file, private_dir, private_file
from . import audit, cipher, instance, sync_triggers
from .errors import (
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    Locked,
    StoreError,
    WrongPassphrase,
    is_disk_full,
)
from .migrations import MIGRATIONS

log = logging.getLogger(__name__)

__all__ = [
    "MIN_PASSPHRASE_LENGTH", "DatabaseDamaged", "DatabaseMissing", "Store", "StoreError",
    "WrongPassphrase", "create_store", "open_store",
]


class _LockedConnection:
    """Stands in for the connection while the app is locked: any use raises Locked."""

    def __getattr__(self, name):
        raise Locked()

    def __bool__(self) -> bool:
        return False


LOCKED = _LockedConnection()


class Store:
    """An open, unlocked database. `db` is the sqlite-utils Database; the repositories
    hold it, so a lock and unlock swap its connection underneath them."""

    def __init__(self, path: Path, key: cipher.Key, conn: sqlcipher3.Connection,
                 kdf_seconds: float):
        self.path = Path(path)
        self.key: cipher.Key | None = key
        self.conn = conn
        # No sqlite-utils plugins: loading them scans every installed package's entry points
        # (~70 ms of the start, issue 17).
        self.db = Database(conn, execute_plugins=False)
        self.kdf_seconds = kdf_seconds
        self._lock_key: str | None = None  # store.instance: one writing process per folder
        # Second connections (reconnect) that are open: a lock closes them too.
        self._seconds: weakref.WeakSet[Store] = weakref.WeakSet()
        self.readers = self._seconds  # store.rekey reopens them on the new file
        self._guard = threading.Lock()
        self._owns_key = True  # a second connection's Key is its owner's: never wiped by it
        self.closed = False

    # -- lifecycle -----------------------------------------------------------
    def close(self) -> None:
        if not self.locked:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error:  # pragma: no cover - closing anyway
                pass
            self.conn.close()
        self._forget_key()
        self.closed = True
        if self._lock_key is not None:
            instance.release(self._lock_key)
            self._lock_key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def reconnect(self) -> Store:
        """A second connection to the same file, for a worker thread (no key derivation:
        the Key is used as it is)."""
        with self._guard:
            if self.key is None:
                raise Locked()
            key = instance.acquire(self.path.parent)
            try:
                conn = cipher.connect(self.path, self.key)
                _configure(conn)
            except BaseException:
                instance.release(key)
                raise
            store = Store(self.path, self.key, conn, 0.0)
            store._lock_key = key
            store._owns_key = False
            self._seconds.add(store)
        return store

    def check_passphrase(self, passphrase: str) -> bool:
        """Does `passphrase` give this database's Key? (a key derivation; constant-time
        compare.)"""
        key = self.key
        if key is None:
            raise Locked()
        return cipher.derive(passphrase, key.salt).same_as(key)

    # -- locking -------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.conn is LOCKED

    def suspend(self) -> None:
        """Lock: fold the WAL in, close this connection and every open second one, and
        wipe the Key. The data folder stays claimed (store.instance), so nothing else
        writes the file meanwhile; `resume` opens it again. Background work on a second
        connection must have ended (the GUI waits for its thread pool)."""
        with self._guard:
            if self.locked:
                return
            key = self.key
            for second in list(self._seconds):
                second._suspend_connection()
            self._suspend_connection()
            if key is not None:
                key.wipe()

    def _suspend_connection(self) -> None:
        if self.closed or self.locked:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.Error:
            pass  # another connection still reads: the next close folds it in
        self.conn.close()
        self.conn = self.db.conn = LOCKED
        self.key = None

    def resume(self, passphrase: str) -> None:
        """Unlock: derive the Key from `passphrase` and open the file again, the second
        connections too. WrongPassphrase (nothing changes, still locked) if it does not
        fit. Run off the GUI thread: the derivation takes a moment."""
        with self._guard:
            if not self.locked:
                return
            conn, key, kdf = cipher.unlock(self.path, passphrase)
            try:
                _configure(conn)
                for second in list(self._seconds):
                    if not second.closed:
                        second._resume_connection(key)
            except BaseException:
                conn.close()
                key.wipe()
                raise
            self.conn, self.key, self.kdf_seconds = conn, key, kdf
            self.db.conn = conn

    def _resume_connection(self, key: cipher.Key) -> None:
        conn = cipher.connect(self.path, key)
        _configure(conn)
        self.conn = self.db.conn = conn
        self.key = key

    def _forget_key(self) -> None:
        key, self.key = self.key, None
        if key is not None and self._owns_key:
            key.wipe()

    # -- maintenance ---------------------------------------------------------
    def integrity_check(self) -> list[str]:
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        return problems

    def schema_version(self) -> list[str]:
        return [m.name for m in MIGRATIONS.applied(self.db)]

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt the open database (store.backups.change_passphrase does it safely);
        the new Key replaces the old one."""
        old = self.key
        self.key = cipher.rekey(self.conn, self.path, new_passphrase)
        # Open second connections (a count, the Opvolging lists) still have the old key and
        # would read 'file is not a database': each gets a new connection with the new key.
        for second in list(self._seconds):
            if not second.closed and not second.locked:
                stale = second.conn
                second._resume_connection(self.key)
                try:
                    stale.close()
                except sqlcipher3.Error:  # pragma: no cover - in use: closed when done
                    pass
        if old is not None:
            old.wipe()


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


def open_store(path: Path, passphrase, *, check: bool = True, migrate: bool = True) -> Store:
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(path)
    key = instance.acquire(path.parent)
    private_database(path)  # a database made by an older version
    try:
        conn, page_key, kdf = cipher.unlock(path, passphrase)
    except BaseException:
        instance.release(key)
        raise
    try:
        _configure(conn)
        private_database(path)  # the WAL and SHM the open made
        store = Store(path, page_key, conn, kdf)
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
        conn, page_key, kdf = cipher.unlock(path, passphrase)  # a new salt
        _configure(conn)
    except BaseException:
        if path.exists() and path.stat().st_size == 0:
            path.unlink()  # the empty file made above: nothing was written yet
        instance.release(key)
        raise
    store = Store(path, page_key, conn, kdf)
    store._lock_key = key
    _migrate(store)
    log.info("new database created")
    return store


def _migrate(store: Store) -> None:
    pending = MIGRATIONS.pending(store.db)
    if not pending:
        audit.install_triggers(store.db)  # cheap when nothing changed
        sync_triggers.install_triggers(store.db)
        return
    if MIGRATIONS.applied(store.db):
        # An existing database about to change shape: keep a copy first.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = store.path.parent / "backups" / f"voor-migratie-{stamp}.db"
        cipher.copy_verified(store.conn, store.key, target)
        log.info("backup before %d migration(s) written", len(pending))
    MIGRATIONS.apply(store.db)
    log.info("migrations applied: %s", ", ".join(m.name for m in pending))
    audit.install_triggers(store.db)
    sync_triggers.install_triggers(store.db)
