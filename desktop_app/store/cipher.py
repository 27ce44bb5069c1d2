"""SQLCipher at file level: keying a connection, checking an encrypted file, and
writing a verified encrypted copy. Below both store.connection (which opens and
migrates) and store.backups (which keeps copies), so neither imports the other's
internals.

The passphrase goes in through PRAGMA key (SQLCipher derives the key with its
PBKDF2 settings); it is never logged.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import sqlcipher3

from ..paths import create_private_file, private_dir
from . import audit_chain
from .errors import DatabaseDamaged, DiskFull, WrongPassphrase, is_disk_full


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


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal for PRAGMA key / rekey."""
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str) -> sqlcipher3.Connection:
    """A keyed connection; nothing is read yet (a wrong key shows at the first read)."""
    # isolation_level=None: autocommit; sqlite-utils' db.atomic() issues BEGIN itself.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = {quote(passphrase)}")
    audit_chain.register_key(conn, passphrase)  # the audit chain's key, from the same secret
    return conn


def unlock(path: Path, passphrase: str) -> tuple[sqlcipher3.Connection, float]:
    """connect() and the first read, which derives the key: (connection, seconds)."""
    started = time.perf_counter()
    conn = connect(path, passphrase)
    try:
        # The first read derives the key; a wrong key reads garbage.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if is_disk_full(exc):  # the WAL index could not be made: not the passphrase
            raise DiskFull(Path(path).parent) from exc
        raise WrongPassphrase() from None
    return conn, time.perf_counter() - started


def verify_backup(path: Path, passphrase: str) -> None:
    """DatabaseDamaged unless the encrypted file opens with `passphrase` and passes
    the integrity check (used for backups and for the database after a rekey)."""
    conn = connect(Path(path), passphrase)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        if is_disk_full(exc):
            raise DiskFull(Path(path).parent) from exc
        raise DatabaseDamaged(f"backup unreadable: {exc}") from exc
    finally:
        conn.close()
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseDamaged("backup failed integrity check")


def copy_verified(conn: sqlcipher3.Connection, passphrase: str, target: Path) -> Path:
    """A consistent encrypted copy of `conn`'s database (same passphrase), written
    beside the target and moved into place only when complete and verified."""
    target = Path(target)
    private_dir(target.parent)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    # VACUUM INTO accepts an empty file: made 0600 first, the copy is never readable by
    # others, not even while it is written.
    try:
        create_private_file(tmp)
        audit_chain.store_head(conn)  # the copy carries the chain's head (audit verify)
        conn.execute("VACUUM INTO ?", (str(tmp),))
        verify_backup(tmp, passphrase)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            tmp.unlink(missing_ok=True)  # never a half copy left behind
        except OSError:
            pass
        if is_disk_full(exc) and not isinstance(exc, DiskFull):
            raise DiskFull(target.parent, needed=_database_size(conn)) from exc
        raise
    return target


def _database_size(conn: sqlcipher3.Connection) -> int | None:
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        return int(pages) * int(size)
    except sqlcipher3.Error:
        return None
