"""The Session class and its areas (the package `desktop_app.session` exports it
lazily: see its __init__)."""

from __future__ import annotations

import threading
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.policy import Policy
from ..store import (
    case_state,
)
from .casextras import clear_temp
from .core import SessionCore
from .policies import load_session_policies

if TYPE_CHECKING:
    from .casefile import CasefileArea
    from .casextras import AppointmentsArea, AttachmentsArea, DocumentsArea
    from .consultant import ConsultantArea
    from .decisions import DecisionsArea
    from .evaluations import EvaluationsArea
    from .households import Households
    from .intake import IntakeArea
    from .management import DeploymentExportArea, ManagementArea
    from .results import ResultsArea
    from .safety import SafetyArea
    from .team import TeamArea

_making = threading.RLock()  # an area made once, also when two threads ask at once


class _Area:
    """A session area, made – and its module imported – when first asked for: opening the
    session at unlock then loads only what the first page needs, not the wizards' and
    reports' areas (issue 17: start to the first paint). Afterwards the instance's own
    attribute answers (a non-data descriptor), as a plain attribute would."""

    def __init__(self, area_class):
        self.area_class = area_class  # imports the area's module, returns its class
        self.name = ""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, session, owner=None):
        if session is None:
            return self
        with _making:
            area = session.__dict__.get(self.name)
            if area is None:
                area = session.__dict__[self.name] = self.area_class()(session)
        return area


class Session(SessionCore):
    # The areas, in the order a case goes through them; wired here, nowhere else.
    households: Households = _Area(lambda: import_module(".households", __package__).Households)
    intake: IntakeArea = _Area(lambda: import_module(".intake", __package__).IntakeArea)
    results: ResultsArea = _Area(lambda: import_module(".results", __package__).ResultsArea)
    decisions: DecisionsArea = _Area(lambda: import_module(".decisions", __package__).DecisionsArea)
    evaluations: EvaluationsArea = _Area(lambda: import_module(".evaluations", __package__).EvaluationsArea)
    safety: SafetyArea = _Area(lambda: import_module(".safety", __package__).SafetyArea)
    casefile: CasefileArea = _Area(lambda: import_module(".casefile", __package__).CasefileArea)
    # issue 14: what is kept with a case besides the plan (session/casextras.py)
    appointments: AppointmentsArea = _Area(lambda: import_module(".casextras", __package__).AppointmentsArea)
    attachments: AttachmentsArea = _Area(lambda: import_module(".casextras", __package__).AttachmentsArea)
    documents: DocumentsArea = _Area(lambda: import_module(".casextras", __package__).DocumentsArea)
    management: ManagementArea = _Area(lambda: import_module(".management", __package__).ManagementArea)
    deployment_export: DeploymentExportArea = _Area(lambda: import_module(".management", __package__).DeploymentExportArea)
    consultant: ConsultantArea = _Area(lambda: import_module(".consultant", __package__).ConsultantArea)
    team: TeamArea = _Area(lambda: import_module(".team", __package__).TeamArea)  # issue 18: the optional team server
    AREAS = tuple((name, value) for name, value in locals().items() if isinstance(value, _Area))

    @classmethod
    def load_areas(cls, *names: str) -> None:
        """Import the modules of the areas named – every area's without names – so that
        making them later costs no import: the start page's behind the unlock screen, the
        rest once the start has settled (ui/app.py)."""
        for name, area in cls.AREAS:
            if not names or name in names:
                area.area_class()

    def __init__(self, store, policies: list[Policy] | None = None):
        super().__init__(store, load_session_policies() if policies is None else policies)
        _ = self.consultant  # at once: it names the audit trail's actor before any write
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
