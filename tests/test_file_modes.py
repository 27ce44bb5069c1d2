"""Nothing readable by other users (issue 15): the data, backup and log folders 0700; the
database, its WAL and SHM, backups, settings, the failed-unlock note and log files 0600 –
checked with os.stat under the usual umask 022, which would make them 0644/0755."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from desktop_app.paths import backup_dir, data_dir, log_dir
from desktop_app.settings import Settings
from desktop_app.store import backups, create_store, open_store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _check(paths: list[Path], dirs: list[Path]) -> int:
    assert paths and dirs
    bad = {str(p): oct(_mode(p)) for p in paths if _mode(p) != 0o600}
    bad |= {str(d): oct(_mode(d)) for d in dirs if _mode(d) != 0o700}
    assert bad == {}
    return len(paths) + len(dirs)


def test_database_wal_shm_backups_settings_and_logs_are_private(tmp_path, monkeypatch):
    from desktop_app.logsetup import PrivateRotatingFileHandler
    from desktop_app.session.safety import PENDING_FAILURES, note_failed_unlock

    folder = tmp_path / "nieuw" / "data"
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(folder))
    assert data_dir() == folder
    store = create_store(folder / "gezinsplan.db", PASSPHRASE)
    try:
        store.db["settings"].insert({"key": "x", "value": "y"}, replace=True, alter=True)
        db = store.path
        wal, shm = db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")
        assert wal.exists() and shm.exists()
        backup = backups.auto_backup(store)
        manual = backups.backup_to(store, backup_dir() / "gezinsplan-hand.db")
        _check([wal, shm], [folder])  # while open: they go when the store closes
        files = [db, backup, manual]
    finally:
        store.close()
    settings = Settings.load(folder / "settings.json")
    settings.set("language", "en")
    note_failed_unlock(db)
    logs = log_dir()
    handler = PrivateRotatingFileHandler(logs / "gezinsplan.log", maxBytes=200, backupCount=2)
    try:
        for i in range(60):
            handler.emit(logging.LogRecord("t", logging.INFO, "", 0, f"regel {i:04d}", (), None))
    finally:
        handler.close()
    log_files = sorted(logs.glob("gezinsplan.log*"))
    assert len(log_files) == 3  # rolled over: every generation private
    files += [folder / "settings.json", folder / PENDING_FAILURES, *log_files]
    checked = _check(files, [folder, folder / "backups", logs])
    assert checked == 11  # + the WAL, SHM and data folder checked while open: 14
    assert _mode(tmp_path / "nieuw") == 0o755  # a parent that is not ours: left alone


def test_an_older_database_and_backup_made_0644_are_made_private_at_open(store, data_dir):
    path = store.path
    backup = backups.auto_backup(store)
    store.close()
    for p in (path, backup, data_dir, data_dir / "backups"):
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    again = open_store(path, PASSPHRASE)
    try:
        wal = path.with_name(path.name + "-wal")
        _check([path, wal], [data_dir])
        target = backups.backup_to(again, data_dir / "backups" / "gezinsplan-2.db")
        _check([target], [data_dir / "backups"])
    finally:
        again.close()
    kept = backups.restore(path, backup, PASSPHRASE)  # copy2 would copy the old 0644
    _check([path, kept], [data_dir / "backups"])
