"""Opening, checking, backing up and closing: what the GUI's gate and main window need
around a session, without touching the store themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..store.backups import auto_backup_quietly, open_or_diagnose


class IntegrityCheck:
    """PRAGMA integrity_check on a second connection (the GUI's stays free), then today's
    backup of a sound database. `interrupt()` stops it from another thread (closing)."""

    def __init__(self, store):
        self._store = store
        self._second = None

    def run(self) -> list[str]:
        second = self._store.reconnect()
        self._second = second
        try:
            problems = second.integrity_check()
            if not problems:
                auto_backup_quietly(second)
            return problems
        finally:
            self._second = None
            second.conn.close()

    def interrupt(self) -> None:
        second = self._second
        if second is not None:
            second.conn.interrupt()


def open_diagnosed_store(path: Path, passphrase: str):
    """The gate's open: a damaged file is told apart from a wrong passphrase
    (DatabaseDamaged vs WrongPassphrase); the full check runs later (IntegrityCheck).
    Session.open_diagnosed wraps it."""
    return open_or_diagnose(path, passphrase, check=False)


def create_database(path: Path, passphrase: str, demo_families: int = 0,
                    progress: Callable[[int, int], None] | None = None):
    """A new database, optionally filled with fictional families, with its first backup;
    Session.create_database wraps it."""
    from ..store import create_store

    store = create_store(path, passphrase)
    if demo_families:
        from ..store.demo import fill_demo

        fill_demo(store, demo_families, progress=progress)
    auto_backup_quietly(store)
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
    if backup:
        auto_backup_quietly(store, refresh=True)
    store.close()


def last_good_backup(db_path: Path, passphrase: str):
    """The newest backup that opens and passes its check, for the restore offer (or None)."""
    from ..store.backups import backup_folder, latest_good_backup

    return latest_good_backup(backup_folder(db_path), passphrase)


# For the gate's form: how long a new passphrase must be (the store decides).
from ..store.connection import MIN_PASSPHRASE_LENGTH as _MIN_LENGTH  # noqa: E402

MIN_PASSPHRASE_LENGTH = _MIN_LENGTH


def claim_data_folder(folder: Path) -> bool:
    """One instance per data folder: False when another process holds it (store.instance)."""
    from ..store import instance

    try:
        instance.acquire(folder)
    except instance.AlreadyRunning:
        return False
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
