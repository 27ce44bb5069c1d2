"""Backups: verified encrypted copies (by hand, automatic, before a migration),
restoring one and finding the last good one (the passphrase change: store.rekey).

Files in `backups/` beside the database (all SQLCipher, same passphrase):
  auto-YYYY-MM-DD.db           automatic, one per day (start of the app; refreshed at close)
  voor-migratie-*.db           before a schema upgrade (store.connection)
  voor-herstel-*.db            the database that a restore replaced (kept, never deleted)
  voor-wachtwoord-*.db         before a passphrase change
  gezinsplan-*.db              made by hand (`gezinsplan-admin backup`)
Only `auto-*` files are ever pruned (core.retention.backups_to_keep).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlcipher3

from ..core.retention import backups_to_keep
from ..paths import FILE_MODE, private_dir, private_file
from .cipher import copy_verified, unlock, verify_backup
from .connection import Store, open_store
from .errors import DatabaseDamaged, DiskFull, StoreError, WrongPassphrase

log = logging.getLogger(__name__)

AUTO_RE = re.compile(r"^auto-(\d{4}-\d{2}-\d{2})\.db$")
KINDS = (
    ("auto-", "automatisch"),
    ("voor-migratie-", "voor een update"),
    ("voor-herstel-", "vervangen bij herstel"),
    ("voor-wachtwoord-", "voor wachtwoordwijziging"),
    ("gezinsplan-", "handmatig"),
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # Dutch label
    made: datetime
    size: int


def backup_to(store: Store, target: Path, stop=None) -> Path:
    """A consistent encrypted copy of the open store (same passphrase), written beside
    the target and moved into place only when complete and verified (`stop`:
    cipher.copy_verified)."""
    return copy_verified(store.conn, store.key, Path(target), stop)


def restore_backup(backup: Path, target: Path, passphrase: str) -> None:
    """Replace the database with a verified backup; the old file is kept aside."""
    verify_backup(backup, passphrase)
    target = Path(target)
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = target.parent / "backups" / f"voor-herstel-{stamp}.db"
        private_dir(aside.parent)
        # Fold the WAL in first so the copy aside is complete.
        try:
            conn, _key, _ = unlock(target, passphrase)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        except (StoreError, sqlcipher3.Error):
            pass  # damaged: copied aside as it is
        shutil.copy2(target, aside)
        private_file(aside)
    else:
        aside = None
    tmp = target.with_name(target.name + ".restore")
    shutil.copy2(backup, tmp)
    private_file(tmp)  # copy2 copies the mode: a backup made by an older version was 0644
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            if aside is not None and suffix == "-wal":
                # A damaged database's WAL may hold the newest edits: keep it with the copy.
                os.replace(side, aside.with_name(aside.name + suffix))
            else:
                side.unlink()
    os.replace(tmp, target)


def backup_folder(store_or_path: Store | Path) -> Path:
    path = store_or_path.path if isinstance(store_or_path, Store) else Path(store_or_path)
    return path.parent / "backups"


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup file, newest first (by modification time)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    out = []
    for path in folder.glob("*.db"):
        kind = next((label for prefix, label in KINDS if path.name.startswith(prefix)), "overig")
        stat = path.stat()
        out.append(BackupInfo(path, kind, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(out, key=lambda b: (b.made, b.path.name), reverse=True)


def auto_backup(store: Store, today: date | None = None, refresh: bool = False,
                stop=None) -> Path | None:
    """Today's automatic backup: written (and verified) if missing, or rewritten
    when `refresh` (it misses changes: session.maintenance decides). Then prunes old ones.
    `stop`: cipher.copy_verified (CheckInterrupted goes to the caller)."""
    today = today or date.today()
    folder = backup_folder(store)
    target = folder / f"auto-{today.isoformat()}.db"
    if target.exists() and not refresh:
        return None
    backup_to(store, target, stop)  # temp file, integrity check, then moved into place
    from .backup_retention import prune as prune_within_budget

    prune_within_budget(folder, store.path)  # the rule's days, within 3 × the database
    log.info("automatic backup written and verified")
    return target


def prune(folder: Path) -> list[Path]:
    days = {}
    for path in Path(folder).glob("auto-*.db"):
        m = AUTO_RE.match(path.name)
        if m:
            try:
                days[date.fromisoformat(m.group(1))] = path
            except ValueError:
                continue
    keep = backups_to_keep(days)
    removed = []
    for day, path in days.items():
        if day not in keep:
            path.unlink()
            removed.append(path)
    return removed


def latest_good_backup(folder: Path, passphrase: str, stop=None) -> BackupInfo | None:
    """The newest backup that opens with this passphrase and passes the integrity check
    (`stop`: cipher.verify_backup; CheckInterrupted goes to the caller)."""
    for info in list_backups(folder):
        try:
            verify_backup(info.path, passphrase, stop)
        except (StoreError, sqlcipher3.Error, OSError):
            continue
        return info
    return None


def looks_damaged(db_path: Path, passphrase: str) -> BackupInfo | None:
    """After WrongPassphrase: a damaged first page looks like a wrong passphrase.
    If a backup opens with this passphrase, the passphrase is right and the
    database is damaged; returns that backup (None: the passphrase is wrong)."""
    return latest_good_backup(backup_folder(Path(db_path)), passphrase)


def restore(db_path: Path, backup: Path, passphrase: str) -> Path | None:
    """Restore a verified backup; the replaced (maybe damaged) file is kept in
    backups/voor-herstel-*. Returns the path kept aside, if any."""
    folder = backup_folder(Path(db_path))
    before = set(folder.glob("voor-herstel-*.db"))
    restore_backup(Path(backup), Path(db_path), passphrase)
    kept = sorted(set(folder.glob("voor-herstel-*.db")) - before)
    return kept[-1] if kept else None


def auto_backup_quietly(store: Store, refresh: bool = False, stop=None) -> Path | None:
    """auto_backup for start, quiet moments and close: a failing backup is logged and
    noted for the consultant (`last_failure`, the Opvolging page), never fatal (the
    database itself is untouched by it). A backup that works again clears the note. An
    interrupted one (`stop`) is no failure: CheckInterrupted goes to the caller."""
    try:
        written = auto_backup(store, refresh=refresh, stop=stop)
    except (StoreError, sqlcipher3.Error, OSError) as exc:
        log.error("automatic backup failed: %s", type(exc).__name__)
        note_failure(store.path, "disk_full" if isinstance(exc, DiskFull) else "error")
        return None
    if written is not None:
        clear_failure(store.path)
    return written


# -- a failed automatic backup, remembered ------------------------------------------------
# In this process, and in a small file beside the database (a moment and a code: no
# personal data) so the next start still shows it when the failure came at closing.
FAILED_MARKER = "back-up-mislukt.txt"
FAILURE_KINDS = ("disk_full", "error")
_failures: dict[str, tuple[datetime, str]] = {}


def note_failure(db_path: Path, kind: str) -> None:
    at = datetime.now().replace(microsecond=0)
    _failures[str(Path(db_path))] = (at, kind)
    try:
        fd = os.open(Path(db_path).parent / FAILED_MARKER,
                     os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{at.isoformat()} {kind}\n")
    except OSError:
        pass  # a full or read-only disk: the note in memory still shows it


def clear_failure(db_path: Path) -> None:
    _failures.pop(str(Path(db_path)), None)
    try:
        (Path(db_path).parent / FAILED_MARKER).unlink(missing_ok=True)
    except OSError:
        pass


def last_failure(db_path: Path) -> tuple[datetime, str] | None:
    """The last failed automatic backup not followed by a good one: (when, kind)."""
    found = _failures.get(str(Path(db_path)))
    if found is not None:
        return found
    try:
        text = (Path(db_path).parent / FAILED_MARKER).read_text(encoding="utf-8")[:100]
        at, kind = text.split()
        when = datetime.fromisoformat(at)
    except (OSError, ValueError):
        return None
    return (when, kind) if kind in FAILURE_KINDS else None


def open_or_diagnose(path: Path, passphrase: str, *, check: bool = True) -> Store:
    """open_store, but a damaged database is reported as DatabaseDamaged with
    `.backup` set to the last good backup (or None) – also when the damage hit
    the first page and SQLCipher can only say 'wrong passphrase'."""
    try:
        return open_store(path, passphrase, check=check)
    except WrongPassphrase:
        good = looks_damaged(path, passphrase)
        if good is None:
            raise
        exc = DatabaseDamaged("first page unreadable with a passphrase that opens a backup")
        exc.backup = good
        raise exc from None
    except DatabaseDamaged as exc:
        exc.backup = latest_good_backup(backup_folder(Path(path)), passphrase)
        raise
