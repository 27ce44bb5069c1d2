"""Opening, creating and backing up the encrypted database.

One SQLCipher file; the passphrase goes in through PRAGMA key and is kept only
in memory (it is needed again for backups and rekeying). WAL mode, a busy
timeout, foreign keys, and synchronous=FULL because a flat battery mid-visit
must not lose an acknowledged autosave.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 12


def _quiet_sqlcipher() -> None:
    # SQLCipher writes its own "hmac check failed" lines to stderr on a wrong
    # passphrase; we report that ourselves, in Dutch. The level is process-wide.
    try:
        conn = sqlcipher3.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.close()
    except sqlcipher3.Error:  # pragma: no cover - older SQLCipher without the pragma
        pass


_quiet_sqlcipher()


class StoreError(Exception):
    """Base class; str() is a Dutch message fit for the user."""


class WrongPassphrase(StoreError):
    def __str__(self) -> str:
        return "Het wachtwoord klopt niet. Er is niets veranderd."


class DatabaseDamaged(StoreError):
    def __init__(self, detail: str = ""):
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:
        return (
            "De database is beschadigd (de controle op samenhang faalde). "
            "Er is niets gewist. Herstel een back-up of neem contact op met de beheerder."
        )


class DatabaseMissing(StoreError):
    def __init__(self, path: Path):
        super().__init__(str(path))
        self.path = path

    def __str__(self) -> str:
        return f"Er is nog geen database in {self.path.parent}."


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _connect(path: Path, passphrase: str) -> sqlcipher3.Connection:
    # isolation_level=None: autocommit; sqlite-utils' db.atomic() issues BEGIN itself.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    return conn


class Store:
    """An open, unlocked database. `db` is the sqlite-utils Database."""

    def __init__(self, path: Path, passphrase: str, conn: sqlcipher3.Connection, kdf_seconds: float):
        self.path = Path(path)
        self._passphrase = passphrase
        self.conn = conn
        self.db = Database(conn)
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
            from . import instance

            instance.release(self._lock_key)
            self._lock_key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def reconnect(self) -> Store:
        """A second connection to the same file, for a worker thread."""
        from . import instance

        key = instance.acquire(self.path.parent)
        conn = _connect(self.path, self._passphrase)
        _configure(conn)
        store = Store(self.path, self._passphrase, conn, 0.0)
        store._lock_key = key
        return store

    def check_passphrase(self, passphrase: str) -> bool:
        # Constant-time compare: this runs on the lock screen.
        import hmac

        return hmac.compare_digest(passphrase.encode(), self._passphrase.encode())

    # -- maintenance ---------------------------------------------------------
    def integrity_check(self) -> list[str]:
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        return problems

    def schema_version(self) -> list[str]:
        from .migrations import MIGRATIONS

        return [m.name for m in MIGRATIONS.applied(self.db)]

    def backup_to(self, target: Path) -> Path:
        """A consistent encrypted copy (same passphrase), written beside the target
        and moved into place only when complete and verified."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        if tmp.exists():
            tmp.unlink()
        self.conn.execute("VACUUM INTO ?", (str(tmp),))
        verify_backup(tmp, self._passphrase)
        os.replace(tmp, target)
        return target

    def rekey(self, new_passphrase: str) -> None:
        self.conn.execute(f"PRAGMA rekey = {_quote(new_passphrase)}")
        self._passphrase = new_passphrase


def verify_backup(path: Path, passphrase: str) -> None:
    conn = _connect(Path(path), passphrase)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        raise DatabaseDamaged(f"backup unreadable: {exc}") from exc
    finally:
        conn.close()
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseDamaged("backup failed integrity check")


def _configure(conn: sqlcipher3.Connection) -> None:
    from . import audit

    audit.register_functions(conn)  # the audit triggers call these
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    # 32 MiB of decrypted pages (default 2 MiB): every page read from disk costs an
    # HMAC check and AES; at 100,000 families searches re-read the same index pages.
    conn.execute("PRAGMA cache_size = -32768")


def _unlock(path: Path, passphrase: str) -> tuple[sqlcipher3.Connection, float]:
    started = time.perf_counter()
    conn = _connect(path, passphrase)
    try:
        # The first read derives the key; a wrong key reads garbage.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise WrongPassphrase() from None
    return conn, time.perf_counter() - started


def open_store(path: Path, passphrase: str, *, check: bool = True, migrate: bool = True) -> Store:
    from . import instance

    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(path)
    key = instance.acquire(path.parent)
    try:
        conn, kdf = _unlock(path, passphrase)
    except BaseException:
        instance.release(key)
        raise
    try:
        _configure(conn)
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
    path.parent.mkdir(parents=True, exist_ok=True)
    from . import instance

    key = instance.acquire(path.parent)
    try:
        conn, kdf = _unlock(path, passphrase)
        _configure(conn)
    except BaseException:
        instance.release(key)
        raise
    store = Store(path, passphrase, conn, kdf)
    store._lock_key = key
    _migrate(store)
    log.info("new database created")
    return store


def _migrate(store: Store) -> None:
    from . import audit
    from .migrations import MIGRATIONS

    pending = MIGRATIONS.pending(store.db)
    if not pending:
        audit.install_triggers(store.db)  # cheap when nothing changed
        return
    if MIGRATIONS.applied(store.db):
        # An existing database about to change shape: keep a copy first.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = store.path.parent / "backups" / f"voor-migratie-{stamp}.db"
        store.backup_to(target)
        log.info("backup before %d migration(s) written", len(pending))
    MIGRATIONS.apply(store.db)
    log.info("migrations applied: %s", ", ".join(m.name for m in pending))
    audit.install_triggers(store.db)


def restore_backup(backup: Path, target: Path, passphrase: str) -> None:
    """Replace the database with a verified backup; the old file is kept aside."""
    verify_backup(backup, passphrase)
    target = Path(target)
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = target.parent / "backups" / f"voor-herstel-{stamp}.db"
        aside.parent.mkdir(parents=True, exist_ok=True)
        # Fold the WAL in first so the copy aside is complete.
        try:
            conn, _ = _unlock(target, passphrase)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        except (StoreError, sqlcipher3.Error):
            pass  # damaged: copied aside as it is
        shutil.copy2(target, aside)
    else:
        aside = None
    tmp = target.with_name(target.name + ".restore")
    shutil.copy2(backup, tmp)
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            if aside is not None and suffix == "-wal":
                # A damaged database's WAL may hold the newest edits: keep it with the copy.
                os.replace(side, aside.with_name(aside.name + suffix))
            else:
                side.unlink()
    os.replace(tmp, target)
