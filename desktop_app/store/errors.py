"""The store's errors. Each str() is a Dutch message fit for the user (and free
of personal data: it names at most a folder)."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class; str() is a Dutch message fit for the user."""


class WrongPassphrase(StoreError):
    def __str__(self) -> str:
        return "Het wachtwoord klopt niet. Er is niets veranderd."


class DatabaseDamaged(StoreError):
    def __init__(self, detail: str = ""):
        super().__init__(detail)
        self.detail = detail

    def __str__(self) -> str:
        return (
            "De database is beschadigd (de controle op samenhang faalde). "
            "Er is niets gewist. Herstel een back-up of neem contact op met de beheerder."
        )


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
