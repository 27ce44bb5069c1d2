"""Shared helpers of the admin commands: exit codes, errors, passphrase, opening.

Each command module under desktop_app/admin/ (name not starting with "_") exposes
`register(subparsers)`; it adds its parser(s) and sets `handler=run`, a function
`run(args) -> int`. Raise `CliError` for an expected failure: main() prints its
Dutch message on stderr and exits with its code, without a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from .. import paths

# Exit codes (also listed in the --help epilog; keep both in step).
OK = 0
UNEXPECTED = 1
USAGE = 2
WRONG_PASSPHRASE = 3
MISSING = 4
DAMAGED = 5
REFUSED = 6
INVALID = 7
FILE_ERROR = 8
CANCELLED = 9
BUSY = 10
TEAM_UNREACHABLE = 11  # the team server's codes: store.team_pg's TeamError.code
TEAM_CERTIFICATE = 12
TEAM_SCHEMA = 13
TEAM_NOT_CONFIGURED = 14
INTERRUPTED = 130

EXIT_CODES: dict[int, str] = {
    OK: "gelukt",
    UNEXPECTED: "onverwachte fout (details in het logbestand)",
    USAGE: "verkeerd gebruik: onbekende optie, subcommando of waarde",
    WRONG_PASSPHRASE: "het wachtwoord klopt niet",
    MISSING: "er is (nog) geen database",
    DAMAGED: "de database of back-up is beschadigd",
    REFUSED: "geweigerd: er is al een database, gezinnen of bestand, of de wet staat het niet toe",
    INVALID: "ongeldige invoer (gemeente, status, aantal, wachtwoord te kort...)",
    FILE_ERROR: "een bestand kon niet gelezen of geschreven worden",
    CANCELLED: "afgebroken: niet bevestigd",
    BUSY: "de database is in gebruik door een ander programma",
    TEAM_UNREACHABLE: "de teamserver is niet bereikbaar (of de verbinding viel weg)",
    TEAM_CERTIFICATE: "het certificaat van de teamserver wordt niet vertrouwd",
    TEAM_SCHEMA: "de teamserver is niet ingericht, of te oud of te nieuw voor deze versie",
    TEAM_NOT_CONFIGURED: "er is geen teamserver ingesteld",
    INTERRUPTED: "onderbroken (Ctrl+C)",
}


class CliError(Exception):
    """An expected failure with a Dutch message for the user."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


def team_error(exc) -> CliError:
    """A team-server error (store.team_pg.TeamError) as a CliError with its exit code."""
    return CliError(exc.code, exc.message)


MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger number cannot name a row


def integer(name: str, minimum: int, maximum: int):
    """An argparse `type` for a whole number between minimum and maximum. Not a number
    (ASCII digits): a usage error (exit USAGE). Out of range: exit INVALID with a Dutch
    message (CliError raised from parse_args, which main() reports). Keeps ids and limits
    of 2**63 and more from reaching SQLite (OverflowError)."""

    def parse(text: str) -> int:
        value = text.strip()
        digits = value[1:] if value[:1] in "+-" else value
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 20:
            raise argparse.ArgumentTypeError(f"'{text}' is geen geheel getal")
        number = int(value)
        if not minimum <= number <= maximum:
            raise CliError(INVALID, f"{name} moet tussen {minimum} en {maximum} liggen "
                                    f"(gegeven: {text}).")
        return number

    parse.__name__ = "integer"
    return parse


def case_ref(db, value: str) -> int:
    """A case by id or case number (CJG-jjjj-nnnnnn); CliError(INVALID) if there is none."""
    value = value.strip()
    if value.isascii() and value.isdigit() and len(value) <= 19 and int(value) <= MAX_ID:
        row = db.execute("SELECT id FROM cases WHERE id = ?", [int(value)]).fetchone()
    else:
        row = db.execute("SELECT id FROM cases WHERE case_number = ?", [value.upper()]).fetchone()
    if not row:
        raise CliError(INVALID, f"Casus '{value}' bestaat niet.")
    return row[0]


def add_command(subparsers, name: str, help: str, description: str | None = None,
                ) -> argparse.ArgumentParser:
    return subparsers.add_parser(name, help=help, description=description or help)


def database_path(args: argparse.Namespace) -> Path:
    try:
        return paths.database_path(getattr(args, "data_dir", None))
    except OSError as exc:
        raise CliError(FILE_ERROR, f"De gegevensmap kan niet worden gemaakt: {exc.strerror}.") from None


def passphrase(new: bool = False) -> str:
    """From GEZINSPLAN_PASSPHRASE, else asked (twice for a new database). Never argv."""
    from ..store.connection import MIN_PASSPHRASE_LENGTH

    value = os.environ.get(paths.ENV_PASSPHRASE) or ""
    from_env = bool(value)
    if not from_env:
        try:
            value = getpass.getpass("Wachtwoord van de database: ")
            if new and len(value) >= MIN_PASSPHRASE_LENGTH:
                again = getpass.getpass("Herhaal het wachtwoord: ")
                if again != value:
                    raise CliError(INVALID, "De twee wachtwoorden zijn niet gelijk. Er is niets aangemaakt.")
        except EOFError:
            print(file=sys.stderr)
            raise CliError(INVALID, "Geen wachtwoord ingevoerd.") from None
    if not value:
        raise CliError(INVALID, "Geen wachtwoord ingevoerd.")
    if new and len(value) < MIN_PASSPHRASE_LENGTH:
        source = f" (uit {paths.ENV_PASSPHRASE})" if from_env else ""
        raise CliError(
            INVALID,
            f"Het wachtwoord{source} is te kort: gebruik minstens {MIN_PASSPHRASE_LENGTH} tekens.",
        )
    return value


def open_existing(args: argparse.Namespace, **kwargs):
    """Open the database of --data-dir; store errors are mapped to exit codes in main()."""
    from ..store import open_store

    path = database_path(args)
    if not path.exists():
        from ..store.errors import DatabaseMissing

        raise DatabaseMissing(path)
    secret = passphrase()
    from ..session.maintenance import open_read_only_or_none

    store = open_read_only_or_none(path, secret, check=kwargs.get("check", True))
    if store is not None:
        err("Let op: de gegevensmap is alleen-lezen. De database is alleen-lezen geopend: "
            "bekijken kan, wijzigen niet.")
        return store
    return open_store(path, secret, **kwargs)


def confirm(question: str) -> bool:
    print(question + " Typ 'ja' om door te gaan: ", end="", file=sys.stderr, flush=True)
    try:
        answer = input()
    except EOFError:
        return False
    return answer.strip().lower() in ("ja", "j")


def err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def number(value: float, decimals: int = 1) -> str:
    """Dutch notation: 12.345,6."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")
