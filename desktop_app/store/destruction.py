"""Destruction as a journalled, resumable operation (issue 15).

1. `record_pending`: the destruction is written to `destruction_journal` first – ids only
   (the family's number, the requester's code), in its own transaction.
2. The family's rows are deleted in one transaction (store.retention.delete_family_rows,
   children before parents in the schema's foreign-key order), which also sets
   `rows_deleted` (`mark_deleted`).
3. Every file in the backups folder is handled (`purge_copies`): a backup that opens with
   the passphrase loses the family (its own trail records it); `*.part`/`*.restore`
   leftovers and orphaned WAL/SHM files are removed; a backup that does not open with the
   current passphrase is reported as `unreadable`, never counted as purged. Each copy is
   marked in `destruction_copies` (`mark_copy`), then the journal entry is completed.
An interruption anywhere leaves the entry pending: `pending` lists it, and the session
completes it at the next open or when the command is run again. The journal holds file
names (of the app's own backups) and outcome codes only – no paths, no personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from . import audit, audit_chain, cipher
from .errors import StoreError

log = logging.getLogger(__name__)

JOURNAL = "destruction_journal"
COPIES = "destruction_copies"
# outcome code -> Dutch label (the CLI and the dialog list each copy with it)
OUTCOMES = {
    "purged": "gezin verwijderd",
    "absent": "gezin stond er niet in",
    "removed": "onvolledig bestand verwijderd",
    "unreadable": "opent niet met het huidige wachtwoord – NIET bijgewerkt",
    "failed": "bijwerken mislukt – NIET bijgewerkt",
    "skipped": "onbekend bestand – niet geopend",
}
NOT_DONE = ("unreadable", "failed", "skipped")
LEFTOVER_SUFFIXES = (".part", ".restore")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class CopyOutcome:
    name: str  # a file name inside the backups folder
    outcome: str  # a key of OUTCOMES

    @property
    def label(self) -> str:
        return OUTCOMES.get(self.outcome, self.outcome)

    @property
    def done(self) -> bool:
        return self.outcome not in NOT_DONE


@dataclass(frozen=True)
class DestructionResult:
    """What a destruction did: rows deleted per table (empty when an earlier run deleted
    them) and each copy in the backups folder with its outcome."""

    family_id: int
    rows_deleted: int
    copies: tuple[CopyOutcome, ...] = field(default_factory=tuple)

    @property
    def not_done(self) -> list[CopyOutcome]:
        return [c for c in self.copies if not c.done]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def has_journal(db: Database) -> bool:
    return db[JOURNAL].exists()


def record_pending(db: Database, family_id: int, requester: str) -> int:
    """Step 1, its own transaction: the journal entry (ids only). Returns its id; an
    existing pending entry for the family is reused."""
    found = pending_for(db, family_id)
    if found is not None:
        return found["id"]
    with db.atomic():
        cur = db.execute(f"INSERT INTO {JOURNAL} (family_ref, requester, recorded_at) "
                         "VALUES (?, ?, ?)", [family_id, requester, _now()])
        return cur.lastrowid


def pending(db: Database) -> list[dict]:
    """Journal entries not completed, oldest first: id, family_ref, requester,
    rows_deleted (None: the rows are not deleted yet)."""
    if not has_journal(db):
        return []
    return [dict(r) for r in db.query(
        f"SELECT id, family_ref, requester, rows_deleted FROM {JOURNAL} "
        "WHERE completed_at IS NULL ORDER BY id")]


def pending_for(db: Database, family_id: int) -> dict | None:
    return next((p for p in pending(db) if p["family_ref"] == family_id), None)


def completed_on(db: Database, family_id: int) -> str | None:
    if not has_journal(db):
        return None
    row = db.execute(f"SELECT recorded_at FROM {JOURNAL} WHERE family_ref = ? AND "
                     "completed_at IS NOT NULL ORDER BY id DESC LIMIT 1", [family_id]).fetchone()
    return row[0] if row else None


def mark_deleted(db: Database, journal_id: int, rows: int) -> None:
    """Step 2's last statement, inside the deletion's transaction."""
    db.execute(f"UPDATE {JOURNAL} SET rows_deleted = ?, deleted_at = ? WHERE id = ?",
               [rows, _now(), journal_id])


def copies_done(db: Database, journal_id: int) -> dict[str, str]:
    return dict(db.execute(f"SELECT copy, outcome FROM {COPIES} WHERE journal_id = ?",
                           [journal_id]).fetchall())


def mark_copy(db: Database, journal_id: int, copy: CopyOutcome) -> None:
    with db.atomic():
        db.execute(f"INSERT OR REPLACE INTO {COPIES} (journal_id, copy, outcome, at) "
                   "VALUES (?, ?, ?, ?)", [journal_id, copy.name, copy.outcome, _now()])


def mark_completed(db: Database, journal_id: int) -> None:
    with db.atomic():
        db.execute(f"UPDATE {JOURNAL} SET completed_at = ? WHERE id = ?", [_now(), journal_id])


# -- the copies -------------------------------------------------------------------------
def copy_files(folder: Path) -> list[Path]:
    """Every file in the backups folder, by name (a backup before its WAL); not a
    process lock (store.instance), which holds no data."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.is_file() and p.suffix != ".lock"),
                  key=lambda p: p.name)


def purge_file(path: Path, passphrase: str, family_id: int, requester: str) -> str:
    """One file of the backups folder; returns the outcome code."""
    from .retention import destroy_family

    name = path.name
    if name.endswith(LEFTOVER_SUFFIXES):
        path.unlink(missing_ok=True)  # an unfinished copy: never verified, never restored
        return "removed"
    side = next((s for s in SIDE_SUFFIXES if name.endswith(s)), None)
    if side is not None:
        if path.with_name(name[: -len(side)]).exists():
            return "absent"  # belongs to a backup, handled (and folded in) with it
        path.unlink(missing_ok=True)
        return "removed"
    pending_rekey = name.endswith(".rekey")  # store.rekey's copy: finished at the open
    if not name.endswith(".db") and not pending_rekey:
        return "skipped"
    conn = cipher.connect(path, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        if pending_rekey:  # under a passphrase that never held: a leftover
            path.unlink(missing_ok=True)
            return "removed"
        return "unreadable"
    try:
        audit.register_functions(conn)
        audit_chain.ensure_head(conn)  # the head it was made with, before its own entries
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        if not db["families"].exists() or db.execute(
                "SELECT 1 FROM families WHERE id = ?", [family_id]).fetchone() is None:
            return "absent"
        destroy_family(db, family_id, requester)
    finally:
        conn.close()
    cipher.verify_backup(path, passphrase)
    return "purged"


def purge_copies(folder: Path, passphrase: str, family_id: int, requester: str,
                 skip: Iterable[str] = (),
                 each: Callable[[CopyOutcome], None] | None = None) -> list[CopyOutcome]:
    """Step 3: every file in the backups folder not in `skip` (the names already done).
    Touches only those files (may run on a worker thread); `each` is called after every
    file (the session marks it in the journal there)."""
    skip = set(skip)
    out = []
    for path in copy_files(folder):
        if path.name in skip or not path.exists():
            continue
        try:
            outcome = purge_file(path, passphrase, family_id, requester)
        except (StoreError, sqlcipher3.Error, OSError) as exc:
            log.error("purging a backup failed: %s", type(exc).__name__)
            outcome = "failed"
        copy = CopyOutcome(path.name, outcome)
        out.append(copy)
        if each is not None:
            each(copy)
    return out
