"""A data folder that cannot be written (a read-only mount, a locked-down share, a USB
stick with its write switch on): the database is opened read-only instead of failing
(issue 15). Looking still works – the caseload, the lists, `check` and `list` – and every
edit is refused with `ReadOnlyFolder` (a Dutch message), nothing half written.

Read-only here means: no lock file (store.instance cannot write one, and no other process
can write this folder either), no migrations (a database that needs one says so), no
backups, no WAL checkpoint at close. SQLite opens the file with `mode=ro`; when the WAL
index cannot be made beside it either, with `immutable=1` (then a WAL left by a crash is
not read: its last transactions are not shown, and not lost – they are read when the
folder is writable again)."""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path

import sqlcipher3

from . import audit, audit_chain, cipher
from .connection import Store
from .errors import DatabaseDamaged, Locked, StoreError, WrongPassphrase
from .migrations import MIGRATIONS

READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


class ReadOnlyFolder(StoreError):
    """A write in a data folder that is read-only."""

    def __init__(self, folder: Path | None = None, needs_update: bool = False):
        super().__init__(str(folder or ""))
        self.folder = Path(folder) if folder else None
        self.needs_update = needs_update

    def __str__(self) -> str:
        where = f" ({self.folder})" if self.folder else ""
        if self.needs_update:
            return (f"De gegevensmap{where} is alleen-lezen, en de database moet voor deze "
                    "versie eerst worden bijgewerkt. Open hem vanaf een map waarin u mag "
                    "schrijven. Er is niets veranderd.")
        return (f"De gegevensmap{where} is alleen-lezen: u kunt alles bekijken, maar "
                "wijzigingen worden niet opgeslagen. Er is niets veranderd.")


def folder_is_read_only(folder: Path) -> bool:
    """True when no file can be made in `folder` (tried, not guessed from the mode bits:
    root, ACLs and read-only mounts all answer honestly this way)."""
    probe = Path(folder) / f".schrijftest-{uuid.uuid4().hex}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        return exc.errno in READ_ONLY_ERRNOS
    os.close(fd)
    probe.unlink(missing_ok=True)
    return False


def is_read_only_error(exc: BaseException) -> bool:
    """SQLite's 'attempt to write a readonly database' (SQLITE_READONLY) or an OS error
    of a read-only folder, through the exception chain."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, ReadOnlyFolder):
            return True
        if isinstance(exc, OSError) and exc.errno in READ_ONLY_ERRNOS:
            return True
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) == 8:  # SQLITE_READONLY
            return True
        if "readonly database" in str(exc):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


class ReadOnlyStore(Store):
    """A Store on a read-only connection: closing writes nothing."""

    read_only = True

    def close(self) -> None:
        if not self.locked and not self.closed:
            self.conn.close()
        self.closed = True
        self._forget_key()

    def reconnect(self) -> Store:
        if self.key is None:
            raise Locked()
        store = open_read_only(self.path, self.key, check=False)
        store._owns_key = False  # the Key is its owner's
        return store

    def rekey(self, new_passphrase: str) -> None:
        raise ReadOnlyFolder(self.path.parent)


def _connect(path: Path, key: cipher.Key, immutable: bool) -> sqlcipher3.Connection:
    uri = path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = {key.pragma()}")
    audit_chain.register_key(conn, key)
    audit.register_functions(conn)
    return conn


def open_read_only(path: Path, passphrase, *, check: bool = True) -> ReadOnlyStore:
    """The database of a read-only folder. WrongPassphrase, DatabaseDamaged as open_store;
    ReadOnlyFolder(needs_update=True) when a migration is pending."""
    path = Path(path)
    key = cipher.key_for(path, passphrase)  # derived once; a Key is used as it is
    conn = None
    for immutable in (False, True):
        conn = _connect(path, key, immutable)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            conn = None
            if "unable to open" in str(exc) and not immutable:
                continue  # no WAL index possible beside it: immutable
            raise WrongPassphrase() from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA query_only = ON")
        store = ReadOnlyStore(path, key, conn, 0.0)
        if check and store.integrity_check():
            raise DatabaseDamaged("integrity check failed (read-only)")
        if MIGRATIONS.pending(store.db):
            raise ReadOnlyFolder(path.parent, needs_update=True)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DatabaseDamaged(str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return store
