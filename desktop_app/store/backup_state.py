"""What the newest automatic backup holds, so that closing the app can skip rewriting
today's backup when nothing changed since it was written (session.maintenance).

The marker is one row in the `settings` table (`last_backup`): the backup file's name,
size and modification time, and the id of the newest audit entry the backup holds. Every
change to a user table leaves an audit entry (store.audit's triggers), so 'nothing
changed' is: the newest audit entry is still that one. Two kinds of entry do not count:
the marker's own row (written after the backup) and unlock events (a session in which
the consultant only looked still records its unlock; the next backup holds it).
A marker that does not match the file on disk (rewritten, pruned, restored) counts as
'changed': then the backup is written again.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

log = logging.getLogger(__name__)

KEY = "last_backup"
NOT_A_CHANGE = ("unlock", "unlock_failed")


def last_change(db: Database) -> tuple[int, datetime | None]:
    """The id and moment (local time, to the second) of the newest audit entry that counts
    as a change ((0, None): none)."""
    row = db.execute(
        "SELECT id, at FROM audit_log WHERE NOT (tbl = 'settings' AND row_ref = ?) "
        "AND action NOT IN (?, ?) ORDER BY id DESC LIMIT 1", [KEY, *NOT_A_CHANGE]
    ).fetchone()
    if not row:
        return 0, None
    try:
        at = datetime.fromisoformat(row[1])
    except (TypeError, ValueError):
        at = None
    return int(row[0]), at


def last_change_id(db: Database) -> int:
    """The id of the newest audit entry that counts as a change (0: none)."""
    return last_change(db)[0]


def todays_auto_backup(folder: Path, today: date | None = None) -> Path:
    """Where store.backups.auto_backup writes today's automatic backup."""
    return Path(folder) / f"auto-{(today or date.today()).isoformat()}.db"


def _file_state(path: Path) -> dict | None:
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return {"file": Path(path).name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def record(db: Database, backup: Path, change_id: int, seconds: float | None = None) -> None:
    """After `backup` was written: it holds every change up to audit entry `change_id`
    (read before the copy started, so a change made during the copy counts as newer);
    `seconds`: how long the copy and its check took (estimated_seconds)."""
    state = _file_state(backup)
    if state is None:
        return
    state["audit"] = change_id
    if seconds is not None:
        state["seconds"] = round(float(seconds), 3)
    try:
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                   [KEY, json.dumps(state, sort_keys=True)])
    except sqlcipher3.Error as exc:  # no marker: the next close writes the backup again
        log.warning("backup marker not written: %s", type(exc).__name__)


def _marker(db: Database) -> dict | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [KEY]).fetchone()
    if row is None:
        return None
    try:
        marker = json.loads(row[0])
    except (TypeError, ValueError):
        return None
    return marker if isinstance(marker, dict) else None


# Before any backup was timed: a slow laptop disk's rate for copying and checking.
DEFAULT_BYTES_PER_SECOND = 30 * 1024 ** 2


def estimated_seconds(db: Database, database_bytes: int) -> float:
    """How long a backup of `database_bytes` will take: at the rate the last recorded one
    ran (size ÷ seconds), else DEFAULT_BYTES_PER_SECOND."""
    marker = _marker(db) or {}
    try:
        rate = float(marker["size"]) / float(marker["seconds"])
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        rate = DEFAULT_BYTES_PER_SECOND
    return database_bytes / max(rate, 1.0)


def unchanged_since(db: Database, backup: Path) -> bool:
    """True when `backup` is the file the marker describes, as it was written, and no
    change was made since."""
    marker = _marker(db)
    state = _file_state(backup)
    if state is None or marker is None:
        return False
    return all(marker.get(k) == v for k, v in state.items()) and \
        marker.get("audit") == last_change_id(db)
