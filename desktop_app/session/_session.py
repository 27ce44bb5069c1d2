"""The Session class and its areas (the package `desktop_app.session` exports it
lazily: see its __init__)."""

from __future__ import annotations

from pathlib import Path

from ..core.policy import Policy
from ..store import (
    case_state,
)
from .casefile import CasefileArea
from .casextras import AppointmentsArea, AttachmentsArea, DocumentsArea, clear_temp
from .consultant import ConsultantArea
from .core import SessionCore
from .decisions import DecisionsArea
from .evaluations import EvaluationsArea
from .households import Households
from .intake import IntakeArea
from .management import DeploymentExportArea, ManagementArea
from .policies import load_session_policies
from .results import ResultsArea
from .safety import SafetyArea
from .team import TeamArea


class Session(SessionCore):
    # The areas, in the order a case goes through them; wired here, nowhere else.
    AREAS = (
        ("households", Households),
        ("intake", IntakeArea),
        ("results", ResultsArea),
        ("decisions", DecisionsArea),
        ("evaluations", EvaluationsArea),
        ("safety", SafetyArea),
        ("casefile", CasefileArea),
        # issue 14: what is kept with a case besides the plan (session/casextras.py)
        ("appointments", AppointmentsArea),
        ("attachments", AttachmentsArea),
        ("documents", DocumentsArea),
        ("management", ManagementArea),
        ("deployment_export", DeploymentExportArea),
        ("consultant", ConsultantArea),
        ("team", TeamArea),  # issue 18: the optional team server
    )

    def __init__(self, store, policies: list[Policy] | None = None):
        super().__init__(store, load_session_policies() if policies is None else policies)
        for name, area in self.AREAS:
            setattr(self, name, area(self))
        # Cases stored under an older lifecycle rule are recomputed once.
        if not getattr(store, "read_only", False):  # a read-only folder: as stored
            case_state.ensure_current(store.db, self.policies)
        # An interrupted passphrase change, then a destruction interrupted last time (killed during the backups) is finished now.
        self.safety.finish_passphrase_change()
        self.safety.complete_destructions()
        # Files opened from the database last time and left by a crash (casextras).
        clear_temp(store)

    @classmethod
    def open(cls, path: Path, passphrase: str, **kwargs) -> Session:
        from ..store import open_store

        return cls(open_store(path, passphrase, **kwargs))

    @classmethod
    def open_diagnosed(cls, path: Path, passphrase, kdf_seconds: float | None = None) -> Session:
        """The gate's open, in a worker thread (see maintenance.open_diagnosed_store). Making
        the session may recompute every case once after a rule change: never on the GUI
        thread. `passphrase` may be the Key already derived from it (desktop_app.keys;
        `kdf_seconds` then says how long that took)."""
        from . import maintenance

        store = maintenance.open_diagnosed_store(path, passphrase)
        if kdf_seconds is not None:
            store.kdf_seconds = kdf_seconds
        try:
            return cls(store)
        except BaseException:
            store.close()
            raise

    @classmethod
    def create_database(cls, path: Path, passphrase: str, demo_families: int = 0,
                        progress=None) -> Session:
        """A new database (optionally a practice one with fictional families) and its first
        backup, in a worker thread."""
        from . import maintenance

        return cls(maintenance.create_database(path, passphrase, demo_families, progress))

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Session:
        from ..store import create_store

        return cls(create_store(path, passphrase))

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def kdf_seconds(self) -> float:
        return self.store.kdf_seconds

    def check_passphrase(self, passphrase: str) -> bool:
        """Does `passphrase` give the open database's key (a key derivation)?"""
        return self.store.check_passphrase(passphrase)

    def key_copy(self):
        """A copy of the open database's key (to find a backup after the session closed);
        wipe it when done."""
        return self.store.key.copy()

    # -- locking (like KeePassXC: the database is closed while locked) --------------------
    @property
    def locked(self) -> bool:
        return self.store.locked

    def lock(self) -> None:
        """Close the database and every second connection and wipe the key; the session
        object, its areas and the screens on them stay. Pending edits must be saved
        first (the GUI flushes its fields). Anything that reads or writes meanwhile gets
        Locked. Opened attachments and documents leave the private temp folder first."""
        clear_temp(self.store)
        self.store.suspend()

    def unlock(self, passphrase: str) -> None:
        """Reopen the database with the key derived from `passphrase` (off the GUI thread:
        a key derivation). WrongPassphrase, and still locked, if it does not fit."""
        self.store.resume(passphrase)

    def integrity_check(self):
        from .maintenance import IntegrityCheck

        return IntegrityCheck(self.store)

    def quiet_backup(self):
        """A maintenance.QuietBackup to run on a worker when today's backup misses changes
        and the session is quiet (maintenance.quiet_backup_due), else None."""
        from .maintenance import QuietBackup, quiet_backup_due

        return QuietBackup(self.store) if quiet_backup_due(self.store) else None

    def close(self, backup: bool = False) -> None:
        """Close the database; with `backup`, rewrite today's backup first when it misses
        changes and the copy is quick (maintenance.close) – not while locked: there is no
        key then. Else the next start writes the day's backup."""
        from . import maintenance

        self.writer.close()  # every queued autosave durable first
        clear_temp(self.store)  # opened attachments and documents (casextras)
        maintenance.close(self.store, backup)
