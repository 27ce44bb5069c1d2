"""Data safety: the audit trail, backups and restore, the passphrase, retention, access
requests and destruction of a family on request.

The GUI (ui/safety/*, ui/features/safety.py) and the CLI (admin/cmd_safety.py,
admin/cmd_backup.py) use only what is here. Three things happen without a session and are
module functions: noting a failed unlock before the database is open
(`note_failed_unlock`), restoring a backup when the database could not be opened
(`restore_file`), and writing the access-request files (`write_access_request`, no
database: safe on a worker thread).

Restore replaces the database file, so it ends this session: `SafetyArea.restore` closes
the store, restores, reopens the file and returns `Restored(opened=<Store>, kept, error)`;
the caller makes a new `Session(opened)` (the main window: `window._opened(opened)`).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import FILE_MODE
from ..reports.access_request import COLUMN_LABELS, TABLE_LABELS
from ..store import audit, backups, destruction, rekey, retention
from ..store.connection import MIN_PASSPHRASE_LENGTH, open_store
from ..store.destruction import CopyOutcome, DestructionResult
from ..store.export import collect
from ..store.instance import AlreadyRunning
from ..store.instance import acquire as acquire_folder
from ..store.instance import release as release_folder
from . import file_rights
from .core import SessionCore
from .file_rights import DestroyRefused, DestructionRequest
from .safety_checks import BackupChecks

if TYPE_CHECKING:
    from ..store import Store

log = logging.getLogger(__name__)

__all__ = ["ACTIONS", "COLUMN_LABELS", "CopyOutcome", "DestructionResult", "DESTROY_KINDS",
           "DestructionRequest", "MIN_PASSPHRASE_LENGTH",
           "PENDING_FAILURES", "TABLE_LABELS", "AlreadyRunning", "DestroyRefused", "Restored",
           "SafetyArea", "acquire_folder", "note_failed_unlock", "release_folder", "restore_file",
           "set_actor", "write_access_request"]

ACTIONS = audit.ACTIONS  # action code -> Dutch label (the audit view's filter)
# A destroyed family: "destroyed" tells screens to close/drop it (session/changes.py),
# "all" makes every list re-read, "family" is what the caseload shows.
DESTROY_KINDS = ("family", "destroyed", "all")
PENDING_FAILURES = "ontgrendelen-mislukt.txt"  # timestamps only, no personal data
MAX_PENDING = 1000


def set_actor(name: str | None) -> None:
    """Who the audit trail names for this process (the consultant in the settings)."""
    audit.set_actor(name)


def note_failed_unlock(db_path: Path) -> None:
    """A wrong passphrase before the database is open: nothing can be written to the
    encrypted file, so the moment goes into a small file beside it and into the audit
    trail at the next unlock (SafetyArea.record_unlock)."""
    try:
        fd = os.open(Path(db_path).parent / PENDING_FAILURES,
                     os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(datetime.now().isoformat(timespec="seconds") + "\n")
    except OSError:
        pass


@dataclass(frozen=True)
class Restored:
    """What a restore left: the reopened store (the restored data; after a failure the old
    data, or None when even that does not open), the file kept aside, and the error."""

    opened: Store | None
    kept: Path | None
    error: BaseException | None = None


def restore_file(db_path: Path, backup: Path, passphrase, detail: str) -> Restored:
    """Restore a verified backup over `db_path` (the replaced file is kept in
    backups/voor-herstel-*), open it – migrations an older backup needs are applied –
    and record the restore in its audit trail. Raises when the restore fails; the old
    file is then untouched or kept aside. For a database no session has open (a damaged
    start, the CLI); an open session restores through SafetyArea.restore."""
    kept = backups.restore(Path(db_path), Path(backup), passphrase)
    store = open_store(Path(db_path), passphrase)
    try:
        if store.db[audit.TABLE].exists():
            audit.record(store.db, "restore", detail=detail)
    except BaseException:
        store.close()
        raise
    return Restored(store, kept)


def write_access_request(data: dict, folder: Path, password: str | None) -> list[Path]:
    """The files of an access request (PDF, and JSON unless protected). No database."""
    from ..reports.access_request import export_files

    return export_files(data, Path(folder), password)


class SafetyArea(BackupChecks):
    def __init__(self, core: SessionCore):
        self._core = core
        self._db = core.store.db
        # What complete_destructions finished when this session was made (the CLI's rerun
        # of destroy-family reports it).
        self.completed_at_open: list[DestructionResult] = []

    @property
    def _store(self):
        return self._core.store

    def _secret(self):
        """The store's Key (never a passphrase: the app does not keep one)."""
        return self._core.store.key

    # -- the audit trail -----------------------------------------------------------------
    def audit_entries(self, limit: int = 500, before_id: int | None = None,
                      action: str | None = None, table: str | None = None,
                      row: str | None = None) -> list[dict]:
        """Newest first: id, at, who, action, tbl, row_ref, fields, detail."""
        return audit.entries(self._db, limit, before_id=before_id, table=table, row=row,
                             action=action)

    def audit_count(self) -> int:
        return audit.count(self._db)

    def verify_audit(self) -> audit.Verification:
        """Recompute the keyed hash chain (problems name entry ids, never values)."""
        return audit.verify(self._db)

    # -- unlocking -----------------------------------------------------------------------
    def check_passphrase(self, passphrase: str) -> bool:
        """The lock screen's check (constant time); does not reopen anything."""
        return self._store.check_passphrase(passphrase)

    def record_unlock(self) -> int:
        """The unlock, and every failed unlock noted before it (note_failed_unlock), in
        one transaction. Returns how many earlier failures were recorded."""
        pending = self._store.path.parent / PENDING_FAILURES
        moments: list[str] = []
        if pending.exists():
            try:
                moments = pending.read_text(encoding="utf-8").split()
            except OSError:
                moments = []
        moments = [at for at in moments[:MAX_PENDING] if len(at) == 19 and at[10] == "T"]
        with self._core.operation("unlock"):
            for at in moments:
                audit.record(self._db, "unlock_failed", detail="voor ontgrendelen", at=at)
            self._core.audit("unlock")
        pending.unlink(missing_ok=True)
        return len(moments)

    def record_failed_unlock(self) -> None:
        """A wrong passphrase on the lock screen (the database is open)."""
        with self._core.operation("unlock_failed"):
            self._core.audit("unlock_failed")

    # -- passphrase ----------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str) -> int:
        """A backup first, then beside the database and every backup a copy under the
        new passphrase (audit chain recomputed with the new key, the `rekey` entry), then
        the swap – crash-safe, see store.rekey for which passphrase holds after an
        interruption. Returns how many backups were re-encrypted. Not an operation: the
        database file is replaced, and no screen shows anything that changed. May run on
        a worker thread while the GUI waits (nothing else may write meanwhile)."""
        return rekey.change_passphrase(self._store, old, new)

    # -- backups -------------------------------------------------------------------------
    def backup_folder(self) -> Path:
        return backups.backup_folder(self._store)

    def backups(self) -> list[backups.BackupInfo]:
        """Every backup beside the database, newest first."""
        return backups.list_backups(self.backup_folder())

    def backup_now(self, refresh: bool = True) -> Path | None:
        """Today's automatic backup, (re)written and verified; None if it existed and
        `refresh` is False."""
        return backups.auto_backup(self._store, refresh=refresh)

    def restore(self, backup: Path, detail: str = "gui") -> Restored:
        """Replace the database with `backup`, ending this session (its store closed first).
        A failed restore reopens the old file and returns the error; never raises."""
        store = self._store
        path, secret = store.path, self._secret().copy()  # closing wipes the store's own
        self._core.writer.close()  # queued autosaves durable, its second connection closed
        store.close()
        try:
            restored = restore_file(path, backup, secret.copy(), detail)
            secret.wipe()
            return restored
        except Exception as exc:  # noqa: BLE001 - handed back with the reopened store
            log.error("restore failed: %s", type(exc).__name__)
            try:
                opened = open_store(path, secret)
            except Exception:  # noqa: BLE001 - the caller shows the first error
                opened = None
                secret.wipe()
            return Restored(opened, None, exc)

    # -- retention -----------------------------------------------------------------------
    def due_families(self, today: date | None = None) -> list[dict]:
        """Families whose retention period is over: family_id, family_name, due_since."""
        return retention.due_families(self._db, today)

    def is_due(self, family_id: int, today: date | None = None) -> bool:
        return retention.family_due_since(self._db, family_id, today) is not None

    # -- destruction ---------------------------------------------------------------------
    def requesters(self, family_id: int, today: date | None = None) -> dict[str, bool]:
        """Which requester options make sense: code -> allowed ('ouders' always, 'jeugdige'
        with a youth of 12+, 'termijn' when due). The full rule: check_destruction."""
        if not retention.family_exists(self._db, family_id):
            raise KeyError(family_id)
        today = today or date.today()
        return file_rights.options(self._core, family_id, today, self.is_due(family_id, today))

    def needed_requesters(self, family_id: int, cannot_judge=(), today: date | None = None
                          ) -> frozenset[str]:
        """Who must ask together to destroy this family file (Jeugdwet 7.3.9)."""
        return file_rights.needed(self._core, family_id, today or date.today(), cannot_judge)

    def check_destruction(self, family_id: int, request: DestructionRequest | str,
                          today: date | None = None):
        """None if the request may be carried out, else a core.file_rights.Refusal.
        KeyError if there is no such family."""
        if not retention.family_exists(self._db, family_id):
            raise KeyError(family_id)
        today = today or date.today()
        return file_rights.check(self._core, family_id, file_rights.as_request(request), today,
                                 self.is_due(family_id, today))

    def destroy_family(self, family_id: int, request: DestructionRequest | str,
                       today: date | None = None) -> dict[str, int]:
        """Remove the family for good. The request is checked (core.file_rights, Jeugdwet
        7.3.9) and the check recorded (store.destruction_checks; a lid 2 refusal is
        recorded, then raised); then the destruction is journalled (ids only) and every row
        deleted in FK order with the `destroy` entry (codes, counts), one transaction; the
        WAL is emptied. Announced as DESTROY_KINDS; returns rows per table. The backups are
        step two (purge_backups, or purge_backup_files + record_purge); until then it stays
        pending for complete_destructions. KeyError: no such family; DestroyRefused. A
        bare requester code has no lid 2 check: only 'termijn' passes."""
        request = file_rights.as_request(request)
        today = today or date.today()
        refused = self.check_destruction(family_id, request, today)
        if refused is not None:
            if refused.code == "other_interest":
                file_rights.record_check(self._core, family_id, request, today, refused=True)
            raise DestroyRefused(refused)
        if file_rights.RETENTION not in request.requesters:
            file_rights.record_check(self._core, family_id, request, today, refused=False)
        requester = request.primary  # the journal and the backups' audit keep one code
        journal_id = destruction.record_pending(self._db, family_id, requester)
        return self._delete_rows(journal_id, family_id, requester)

    def _delete_rows(self, journal_id: int, family_id: int, requester: str) -> dict[str, int]:
        case_ids = [c.id for c in self._core.households.cases_of(family_id)]
        with self._core.operation("destroy_family", kinds=DESTROY_KINDS,
                                  family_id=family_id) as op:
            for case_id in case_ids:
                op.touch(case_id=case_id)
            counts = retention.delete_family_rows(self._db, family_id)
            destruction.mark_deleted(self._db, journal_id, sum(counts.values()))
            self._core.audit("destroy", "families", family_id, fields=list(counts),
                             detail=retention.destroy_detail(requester, counts))
        retention.truncate_wal(self._db)
        return counts

    def pending_destructions(self) -> list[int]:
        """Families whose destruction was asked for and is not complete yet."""
        return [p["family_ref"] for p in destruction.pending(self._db)]

    def _pending(self, family_id: int) -> dict:
        found = destruction.pending_for(self._db, family_id)
        if found is None:
            raise KeyError(family_id)
        return found

    def purge_backup_files(self, family_id: int) -> list[CopyOutcome]:
        """The backups step on the files only (safe on a worker thread): every file in the
        backups folder not yet marked done. Hand the result to record_purge on the
        session's thread. KeyError if no destruction of this family is pending."""
        entry = self._pending(family_id)
        done = {name for name, outcome in destruction.copies_done(self._db, entry["id"]).items()
                if outcome not in destruction.NOT_DONE}
        return destruction.purge_copies(self.backup_folder(), self._secret(), family_id,
                                        entry["requester"], skip=done)

    def record_purge(self, family_id: int, copies: list[CopyOutcome]) -> DestructionResult:
        """Mark each copy in the journal and complete the destruction (session thread)."""
        entry = self._pending(family_id)
        for copy in copies:
            destruction.mark_copy(self._db, entry["id"], copy)
        return self._complete(entry)

    def _complete(self, entry: dict) -> DestructionResult:
        handled = destruction.copies_done(self._db, entry["id"])
        copies = tuple(CopyOutcome(name, outcome) for name, outcome in sorted(handled.items()))
        result = DestructionResult(entry["family_ref"], entry["rows_deleted"] or 0, copies)
        if any(c.outcome == "failed" for c in copies):
            return result  # stays pending: tried again at the next open or rerun
        bad = len(result.not_done)
        with self._core.operation("destroy_copies"):
            destruction.mark_completed(self._db, entry["id"])
            self._core.audit("destroy", "families", entry["family_ref"],
                             detail=f"back-ups: {len(copies) - bad} afgehandeld, "
                                    f"{bad} niet bijgewerkt")
        return result

    def purge_backups(self, family_id: int) -> DestructionResult:
        """The backups step on the session's thread: each file in the backups folder is
        purged and marked in the journal as it is done, then the destruction completes.
        Copies that do not open with the current passphrase are listed in the result
        (`not_done`), never counted as purged; a copy that failed (an I/O error) keeps
        the destruction pending, to be tried again. KeyError if nothing is pending."""
        entry = self._pending(family_id)
        done = {name for name, outcome in destruction.copies_done(self._db, entry["id"]).items()
                if outcome not in destruction.NOT_DONE}
        destruction.purge_copies(self.backup_folder(), self._secret(), family_id,
                                 entry["requester"], skip=done,
                                 each=lambda copy: destruction.mark_copy(self._db, entry["id"],
                                                                         copy))
        return self._complete(entry)

    def finish_destruction(self, family_id: int) -> DestructionResult:
        """Complete an interrupted destruction: the rows if they are still there, then the
        backups. KeyError if none of this family is pending."""
        entry = self._pending(family_id)
        if entry["rows_deleted"] is None:
            if retention.family_exists(self._db, family_id):
                counts = self._delete_rows(entry["id"], family_id, entry["requester"])
                entry["rows_deleted"] = sum(counts.values())
            else:
                destruction.mark_deleted(self._db, entry["id"], 0)
        return self.purge_backups(family_id)

    def complete_destructions(self) -> list[DestructionResult]:
        """Every pending destruction finished (at the opening of a session). A failure is
        logged and leaves the entry pending for the next time; it never stops the open."""
        done = []
        try:
            entries = destruction.pending(self._db)
        except Exception as exc:  # noqa: BLE001 - a damaged file is reported by its check
            log.error("reading the destruction journal failed: %s", type(exc).__name__)
            return done
        for entry in entries:
            try:
                done.append(self.finish_destruction(entry["family_ref"]))
            except Exception as exc:  # noqa: BLE001 - retried at the next open
                log.error("completing a destruction failed: %s", type(exc).__name__)
        self.completed_at_open.extend(done)
        return done

    def destroyed_on(self, family_id: int) -> str | None:
        """When a completed destruction of this family was asked for (its journal)."""
        return destruction.completed_on(self._db, family_id)

    # -- access requests (AVG inzage) ----------------------------------------------------
    def access_request_data(self, family_id: int) -> dict:
        """Everything held about the family, as plain data for write_access_request.
        KeyError if there is no such family."""
        return collect(self._db, family_id)

    def record_access_request(self, family_id: int, data: dict, files: list[Path],
                              protected: bool) -> None:
        """After the files exist: the `access_request` entry (the tables included; never
        names or paths). Refuses to record files that are not there."""
        if not files or not all(Path(f).is_file() for f in files):
            raise RuntimeError("access request not written: nothing recorded")
        with self._core.operation("access_request", kinds=("documents",), family_id=family_id):
            # the list of documents made first: the export's own entry is the last
            pdfs = [f for f in files if Path(f).suffix == ".pdf"]
            self._core.documents.record(family_id, None, "access_request", pdfs,
                                        recipients=["het gezin"], protected=protected,
                                        keep_copy=False)
            self._core.audit("access_request", "families", family_id,
                             fields=list(data["tables"]),
                             detail="pdf-beveiligd" if protected else "json+pdf")

    def export_access_request(self, family_id: int, folder: Path,
                              password: str | None = None) -> list[Path]:
        """Collect, write the files (PDF first, each moved into place only when complete),
        then record it: the whole access request in one call (the CLI)."""
        data = self.access_request_data(family_id)
        files = write_access_request(data, folder, password)
        self.record_access_request(family_id, data, files, protected=bool(password))
        return files
