"""The store's errors. Each str() is a Dutch message fit for the user (and free
of personal data: it names at most a folder)."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class; str() is a Dutch message fit for the user."""


class WrongPassphrase(StoreError):
    def __str__(self) -> str:
        return "Het wachtwoord klopt niet. Er is niets veranderd."


class Locked(StoreError):
    """The store was used while the app is locked (its connection closed, its key gone)."""

    def __str__(self) -> str:
        return "Gezinsplan is vergrendeld. Ontgrendel eerst met uw wachtwoord."


class CheckInterrupted(Exception):
    """A check stopped because the app is closing: it says nothing about the file (not a
    StoreError, so no caller takes it for damage or a wrong passphrase)."""


class DatabaseDamaged(StoreError):
    def __init__(self, detail: str = ""):
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:
        return (
            "De database is beschadigd (de controle op samenhang faalde). "
            "Er is niets gewist. Herstel een back-up of neem contact op met de beheerder."
        )


class DiskFull(StoreError, OSError):
    """No room on the disk (ENOSPC/EDQUOT, or SQLite's 'database or disk is full'). Not a
    wrong passphrase and not damage: nothing is lost, the write can be done again once
    there is room. `folder` is where the room is needed (None: unknown)."""

    def __init__(self, folder: Path | None = None, needed: int | None = None):
        super().__init__(str(folder or ""))
        self.folder = Path(folder) if folder else None
        self.needed = needed

    def __str__(self) -> str:
        where = f" waar {self.folder} staat" if self.folder else ""
        need = ""
        if self.needed:
            need = f" Er is ongeveer {max(1, round(self.needed / 1_000_000))} MB nodig."
        return (f"De schijf is vol{where}: er kon niets worden opgeslagen.{need} "
                "Maak ruimte vrij en probeer het opnieuw; er is niets verloren of beschadigd.")


_FULL_CODES = {13}  # SQLITE_FULL
_FULL_ERRNOS = {28, 122}  # ENOSPC, EDQUOT (Linux)


def is_disk_full(exc: BaseException) -> bool:
    """True for a full disk in any of its shapes, through the exception chain."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, DiskFull):
            return True
        if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
            return True
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in _FULL_CODES:
            return True
        if "disk is full" in str(exc) or "No space left" in str(exc):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


class DatabaseMissing(StoreError):
    def __init__(self, path: Path):
        super().__init__(str(path))
        self.path = path

    def __str__(self) -> str:
        return f"Er is nog geen database in {self.path.parent}."


class AlreadyRunning(StoreError):
    """Another process holds the data folder's lock (store.instance)."""

    def __init__(self, folder: Path):
        super().__init__(str(folder))
        self.folder = folder

    def __str__(self) -> str:
        return (
            "Gezinsplan is al geopend (in een ander venster of door een ander programma) "
            f"voor de gegevens in {self.folder}. Gebruik dat venster, of sluit het eerst."
        )


class NoEvaluation(LookupError):
    """The case has no evaluation (or the one asked for is another case's):
    store.evaluation_report.gather."""
