"""SQLCipher at file level: keying a connection, checking an encrypted file, and
writing a verified encrypted copy. Below both store.connection (which opens and
migrates) and store.backups (which keeps copies), so neither imports the other's
internals.

The passphrase is turned into the page key once (`derive`: SQLCipher 4's own KDF,
PBKDF2-HMAC-SHA512 over the file's 16-byte salt) and only that `Key` goes in through
PRAGMA key, in SQLCipher's raw-key form. The app keeps the Key, never the passphrase:
the Key opens this database and the copies made of it (VACUUM INTO keeps the salt), and
cannot be turned back into the passphrase. Neither is ever logged.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from .. import keys as _keys
from ..keys import KDF_ITERATIONS, KEY_BYTES, SALT_BYTES, Key, file_salt  # noqa: F401
from ..paths import create_private_file, private_dir
from . import audit_chain
from .errors import CheckInterrupted, DatabaseDamaged, DiskFull, WrongPassphrase, is_disk_full


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
    """The passphrase as an SQL string literal (the CLI's read-only probe of a backup)."""
    return "'" + passphrase.replace("'", "''") + "'"


# cipher_memory_security stays OFF (SQLCipher's default): measured ON it made an open 3×
# and a caseload/family/autosave workload 2.9× slower (issue 15, notes/lockkey.md), and
# the key it would guard lives in this process's memory anyway.

def derive(passphrase: str, salt: bytes) -> Key:
    """keys.derive, looked up at each call (tests replace it there)."""
    return _keys.derive(passphrase, salt)


def key_for(path: Path, secret) -> Key:
    """keys.key_for: `secret` as the Key of the file at `path`."""
    return _keys.key_for(path, secret)


def connect(path: Path, secret) -> sqlcipher3.Connection:
    """A keyed connection; nothing is read yet (a wrong key shows at the first read)."""
    key = key_for(path, secret)
    # isolation_level=None: autocommit; sqlite-utils' db.atomic() issues BEGIN itself.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = {key.pragma()}")
    audit_chain.register_key(conn, key)  # the audit chain's key, from the same Key
    return conn


def rekey(conn: sqlcipher3.Connection, path: Path, new_passphrase: str) -> Key:
    """Re-encrypt the open database at `path` under the Key `new_passphrase` gives with
    the same salt (so the passphrase alone opens it again); returns that Key."""
    key = key_for(path, new_passphrase)
    conn.execute(f"PRAGMA rekey = {key.pragma()}")
    return key


def unlock(path: Path, secret) -> tuple[sqlcipher3.Connection, Key, float]:
    """The Key (derived once), connect() and the first read: (connection, key, seconds
    the derivation and first read took). WrongPassphrase if the key does not fit."""
    started = time.perf_counter()
    key = key_for(path, secret)
    conn = connect(path, key)
    try:
        # A wrong key reads garbage: the HMAC of the first page fails. The header's
        # user_version is on page 1 alone, so it tells the key apart from damage further
        # in (a large schema spans many pages).
        conn.execute("PRAGMA user_version").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if is_disk_full(exc):  # the WAL index could not be made: not the passphrase
            raise DiskFull(Path(path).parent) from exc
        raise WrongPassphrase() from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if is_disk_full(exc):
            raise DiskFull(Path(path).parent) from exc
        raise DatabaseDamaged(f"schema unreadable: {exc}") from exc
    return conn, key, time.perf_counter() - started


def verify_backup(path: Path, secret, stop: Callable[[], bool] | None = None) -> None:
    """DatabaseDamaged unless the encrypted file opens with `secret` (a passphrase or the
    Key) and passes the integrity check (backups, and the database after a rekey).
    `stop`: asked now and then during the check; once it says yes the check ends with
    CheckInterrupted (closing must not wait seconds for a backup's pages, issue 17)."""
    conn = connect(Path(path), secret)
    if stop is not None:
        conn.set_progress_handler(lambda: 1 if stop() else 0, 10_000)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        if stop is not None and stop():
            raise CheckInterrupted() from None
        if is_disk_full(exc):
            raise DiskFull(Path(path).parent) from exc
        raise DatabaseDamaged(f"backup unreadable: {exc}") from exc
    finally:
        conn.close()
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseDamaged("backup failed integrity check")


def copy_verified(conn: sqlcipher3.Connection, secret, target: Path,
                  stop: Callable[[], bool] | None = None) -> Path:
    """A consistent encrypted copy of `conn`'s database (same key and salt), written
    beside the target and moved into place only when complete and verified. `stop`: as
    for verify_backup; the copy itself is stopped by the caller's progress handler on
    `conn` – either way it ends with CheckInterrupted and the target is left as it was."""
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
        verify_backup(tmp, secret, stop)
        if stop is not None and stop():
            raise CheckInterrupted()
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            tmp.unlink(missing_ok=True)  # never a half copy left behind
        except OSError:
            pass
        if stop is not None and stop() and not isinstance(exc, CheckInterrupted):
            raise CheckInterrupted() from None  # 'interrupted': not a failed backup
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
