"""Changing the passphrase, crash-safe (issue 15): new copies beside, then swap.

1. A backup with the OLD passphrase (`voor-wachtwoord-*.db`).
2. Beside every file a copy under the NEW passphrase, its audit chain recomputed with the
   new key (store.audit_chain): the database as `gezinsplan.db.rekey`, each backup as
   `<name>.rekey` – written as `*.rekey.part`, checked, then renamed.
3. The swap of the database (`os.replace`, the commit point), then of each backup.
4. The store reconnects with the new passphrase.

Which passphrase holds after an interruption (README 'Wachtwoord wijzigen'):
- before the database's swap: the OLD one, for the database and every backup; the
  `*.rekey` copies are removed at the next open (`finish_interrupted`).
- from the database's swap on: the NEW one; the backups still on the old passphrase are
  swapped for their `*.rekey` copies at the next open (`finish_interrupted`).
So the database and every backup always open with one passphrase the user typed.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ..paths import create_private_file
from . import audit, audit_chain, cipher
from .backups import backup_folder, backup_to, list_backups
from .connection import MIN_PASSPHRASE_LENGTH, Store, _configure
from .errors import StoreError, WrongPassphrase

log = logging.getLogger(__name__)

PENDING = ".rekey"
PART = ".rekey.part"
SIDE_FILES = ("-journal", "-wal", "-shm")  # a half copy's own, removed with it


def _pending_name(path: Path) -> Path:
    return path.with_name(path.name + PENDING)


def _write_copy(source: Path, target: Path, old: str, new: str,
                conn: sqlcipher3.Connection | None = None, audited: bool = False,
                old_key: cipher.Key | None = None) -> cipher.Key:
    """`target` (+ .rekey) = `source` under `new`, chain recomputed, checked; returns the
    new Key (the same salt as `source`'s: the passphrase alone opens it). With `conn` (the
    open database, keyed with `old_key`) the copy comes from it (VACUUM INTO, consistent),
    else from the closed file."""
    part = target.with_name(target.name[: -len(PENDING)] + PART)
    part.unlink(missing_ok=True)
    create_private_file(part)
    new_key = None
    try:
        if conn is not None:
            key = old_key
            conn.execute("VACUUM INTO ?", (str(part),))
        else:
            key = cipher.key_for(source, old)
            src = cipher.connect(source, key)
            try:
                src.execute("VACUUM INTO ?", (str(part),))
            finally:
                src.close()
        copy = cipher.connect(part, key)
        try:
            new_key = cipher.rekey(copy, part, new)
        finally:
            copy.close()
        copy = cipher.connect(part, new_key)  # the new key's audit_hash
        try:
            audit.register_functions(copy)
            copy.execute("BEGIN IMMEDIATE")
            audit_chain.rechain(copy)
            if audited:
                from sqlite_utils import Database

                audit.record(Database(copy), "rekey")
            copy.execute("COMMIT")
        finally:
            copy.close()
        cipher.verify_backup(part, new_key)
        os.replace(part, target)
        return new_key
    except BaseException:
        part.unlink(missing_ok=True)
        if new_key is not None:
            new_key.wipe()
        raise


def change_passphrase(store: Store, old: str, new: str) -> int:
    """The steps of the module docstring. Returns how many backups were re-encrypted.
    Before the database's swap nothing the user relies on has changed; a backup that does
    not open with the old passphrase (an older change, damaged) is left as it is."""
    if not store.check_passphrase(old):
        raise WrongPassphrase()
    if len(new) < MIN_PASSPHRASE_LENGTH:
        raise ValueError("passphrase too short")
    folder = backup_folder(store)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup_to(store, folder / f"voor-wachtwoord-{stamp}.db")
    # 2. The copies under the new passphrase (the database's last: the freshest).
    copies = []
    for info in list_backups(folder):
        target = _pending_name(info.path)
        try:
            _write_copy(info.path, target, old, new).wipe()
        except (StoreError, sqlcipher3.DatabaseError) as exc:
            target.unlink(missing_ok=True)
            log.warning("a backup was not re-encrypted: %s", type(exc).__name__)
            continue
        copies.append((target, info.path))
    db_copy = _pending_name(store.path)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    new_key = _write_copy(store.path, db_copy, old, new, conn=store.conn, audited=True,
                          old_key=store.key)
    # 3. The swap: the database first (the commit point), then the backups. Every
    # connection to the file is closed first, so its (empty) WAL and index go with it.
    readers = [r for r in list(store.readers) if _is_open(r)]
    for reader in readers:
        reader.conn.close()
    store.conn.close()
    _swap(db_copy, store.path)
    for pending, target in copies:
        _swap(pending, target)
    # 4. The store and its second connections go on with the new Key and file.
    old_key = store.key
    _reopen(store, new_key)
    for reader in readers:
        _reopen(reader, new_key)
    if old_key is not None:
        old_key.wipe()
    log.info("passphrase changed; %d backup(s) re-encrypted", len(copies))
    return len(copies)


def _is_open(store: Store) -> bool:
    try:
        store.conn.total_changes  # noqa: B018 - raises when closed
    except sqlcipher3.ProgrammingError:
        return False  # closed by its owner: nothing to reopen
    return True


def _reopen(store: Store, key: cipher.Key) -> None:
    conn, _key, _seconds = cipher.unlock(store.path, key)
    _configure(conn)
    store.conn = conn
    store.db.conn = conn
    store.key = key


def interrupted(db_path: Path) -> bool:
    """A change was interrupted and not finished yet (a `*.rekey` copy is there): the
    passphrase that holds may be the other one (see the module docstring)."""
    db_path = Path(db_path)
    folders = [db_path.parent, db_path.parent / "backups"]
    try:
        return any(p.name.endswith(PENDING) for f in folders if f.is_dir() for p in f.iterdir())
    except OSError:
        return False


def _swap(pending: Path, target: Path) -> None:
    os.replace(pending, target)  # atomic: the file is the old one or the new one


def finish_interrupted(store: Store) -> dict[str, int]:
    """At every open (the passphrase that opened the database is the one that holds):
    a `*.rekey` copy that opens with it replaces its original; one that does not, and
    every `*.rekey.part` (and an interrupted restore's `gezinsplan.db.restore`), is
    removed. Returns {'swapped': n, 'removed': m}."""
    done = {"swapped": 0, "removed": 0}
    candidates = [p for p in (store.path.parent, backup_folder(store)) if p.is_dir()]
    for folder in candidates:
        for path in sorted(folder.iterdir()):
            name = path.name
            base = next((name[: -len(s)] for s in SIDE_FILES if name.endswith(s)), name)
            if base.endswith(PART) or base == store.path.name + ".restore":
                # a half copy (never verified, never used); or a restore killed before its
                # swap (a copy of a backup). A backup's own `*.part` (copy_verified) is
                # left to the next backup or destruction (store.destruction removes it).
                path.unlink(missing_ok=True)
                done["removed"] += 1
            elif name.endswith(PENDING) and path.is_file():
                original = path.with_name(name[: -len(PENDING)])
                if original != store.path and _opens(path, store.key):
                    os.replace(path, original)
                    done["swapped"] += 1
                else:
                    path.unlink(missing_ok=True)
                    done["removed"] += 1
    if done["swapped"] or done["removed"]:
        log.info("interrupted passphrase change finished: %(swapped)d swapped, "
                 "%(removed)d removed", done)
    return done


def _opens(path: Path, key) -> bool:
    try:
        cipher.verify_backup(path, key)
    except (StoreError, sqlcipher3.Error, OSError):
        return False
    return True
