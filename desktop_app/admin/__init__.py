"""`gezinsplan-admin`: the headless command line (no Qt).

Each subcommand is a module beside this one (desktop_app/admin/cmd_*.py) with
`register(subparsers)`; COMMANDS below lists them in their --help order (a new
subcommand is added there). The kinds of `report` are listed in cmd_report.py.
The passphrase comes from GEZINSPLAN_PASSPHRASE or a prompt, never from argv.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path

from .. import __version__, paths
from . import (
    cmd_backup,
    cmd_catalog,
    cmd_check,
    cmd_demo,
    cmd_export,
    cmd_init,
    cmd_list,
    cmd_passphrase,
    cmd_report,
    cmd_safety,
    cmd_server,
    cmd_team,
)
from ._common import (
    BUSY,
    DAMAGED,
    EXIT_CODES,
    FILE_ERROR,
    INTERRUPTED,
    INVALID,
    MISSING,
    REFUSED,
    UNEXPECTED,
    WRONG_PASSPHRASE,
    CliError,
    err,
)

log = logging.getLogger(__name__)

PROG = "gezinsplan-admin"

# The subcommands, in their --help order.
COMMANDS = (cmd_init, cmd_demo, cmd_list, cmd_catalog, cmd_check, cmd_backup, cmd_passphrase,
            cmd_report, cmd_export, cmd_safety, cmd_server, cmd_team)

_ARGPARSE_NL = (
    ("the following arguments are required", "deze argumenten zijn verplicht"),
    ("unrecognized arguments", "onbekende argumenten"),
    ("invalid choice", "ongeldige keuze"),
    ("choose from", "kies uit"),
    ("expected one argument", "verwacht één waarde"),
    ("invalid int value", "geen geheel getal"),
    ("argument", "argument"),
)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups,
                                 "gebruik: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch headings and messages."""

    def __init__(self, *args, **kwargs):
        kwargs["add_help"] = False
        kwargs["formatter_class"] = _Formatter
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="deze hulp tonen en stoppen")

    def error(self, message: str):  # argparse's messages, roughly in Dutch
        for en, nl in _ARGPARSE_NL:
            message = message.replace(en, nl)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


def _epilog() -> str:
    lines = ["Wachtwoord: uit de omgevingsvariabele GEZINSPLAN_PASSPHRASE, anders wordt erom",
             "gevraagd. Nooit als argument op de opdrachtregel.",
             "Gegevensmap: --data-dir, anders GEZINSPLAN_DATA_DIR, anders de standaardmap.",
             "", "Afsluitcodes:"]
    lines += [f"  {code:>3}  {text}" for code, text in EXIT_CODES.items()]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Beheer van de versleutelde Gezinsplan-database zonder grafische omgeving.",
        epilog=_epilog(),
    )
    parser.add_argument("--data-dir", metavar="MAP", default=None,
                        help="map met de database (gaat voor GEZINSPLAN_DATA_DIR)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="het versienummer tonen en stoppen")
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMANDO",
                                       parser_class=_Parser)
    subparsers.required = True
    for module in COMMANDS:
        module.register(subparsers)
    # --data-dir may also follow the subcommand; SUPPRESS keeps the global value otherwise.
    for sub in subparsers.choices.values():
        if not any("--data-dir" in a.option_strings for a in sub._actions):
            sub.add_argument("--data-dir", metavar="MAP", default=argparse.SUPPRESS,
                             help=argparse.SUPPRESS)
        if sub.epilog is None:
            sub.epilog = "Afsluitcodes: zie gezinsplan-admin --help."
    return parser


def _safe_streams() -> None:
    # A console or pipe that cannot encode a name (e.g. 'ş' on cp1252) must not crash output.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version or a usage error
        return exc.code if isinstance(exc.code, int) else 2
    except CliError as exc:  # a number out of range (_common.integer)
        err(f"{PROG}: {exc.message}")
        return exc.code
    if getattr(args, "data_dir", None):
        # Same contract as the GUI: --data-dir wins, and logs follow the data folder.
        os.environ[paths.ENV_DATA_DIR] = str(Path(args.data_dir).resolve())
    from ..logsetup import setup_logging

    try:
        log_file = str(setup_logging())
    except OSError:
        log_file = ""
    return run(args, log_file)


def run(args: argparse.Namespace, log_file: str = "") -> int:
    import sqlcipher3

    from ..core.validation import ValidationError
    from ..store.errors import (
        AlreadyRunning,
        DatabaseDamaged,
        DatabaseMissing,
        DiskFull,
        WrongPassphrase,
        is_disk_full,
    )
    from ..store.readonly import ReadOnlyFolder, is_read_only_error

    log.info("admin command: %s", args.command)
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        err(f"{PROG}: {exc.message}")
        return exc.code
    except DiskFull as exc:
        log.error("disk full")
        err(f"{PROG}: {exc}")
        return FILE_ERROR
    except ReadOnlyFolder as exc:
        err(f"{PROG}: {exc}")
        return REFUSED
    except WrongPassphrase as exc:
        err(f"{PROG}: {exc}")
        from ..session.maintenance import passphrase_change_interrupted

        if passphrase_change_interrupted(paths.database_path(getattr(args, "data_dir", None))):
            err("Een wachtwoordwijziging is onderbroken. Probeer het andere wachtwoord (het "
                "oude of het nieuwe); daarmee openen de database en alle back-ups.")
        return WRONG_PASSPHRASE
    except AlreadyRunning as exc:
        err(f"{PROG}: {exc} Er is niets veranderd.")
        return BUSY
    except DatabaseMissing as exc:
        err(f"{PROG}: {exc} Maak er een met '{PROG} init' of '{PROG} demo --families N'.")
        return MISSING
    except DatabaseDamaged as exc:
        log.error("database damaged")
        err(f"{PROG}: {exc}")
        return DAMAGED
    except ValidationError as exc:
        err(f"{PROG}: {exc}")
        return INVALID
    except KeyboardInterrupt:
        err(f"{PROG}: onderbroken.")
        return INTERRUPTED
    except sqlcipher3.OperationalError as exc:
        if is_disk_full(exc):
            log.error("disk full")
            err(f"{PROG}: {DiskFull()}")
            return FILE_ERROR
        if is_read_only_error(exc):
            err(f"{PROG}: {ReadOnlyFolder()}")
            return REFUSED
        if "locked" in str(exc) or "busy" in str(exc):
            err(f"{PROG}: de database is in gebruik (bijvoorbeeld door de app). "
                "Sluit die en probeer het opnieuw.")
            return BUSY
        log.error("database error %s", type(exc).__name__)
        err(f"{PROG}: {DatabaseDamaged()}")
        return DAMAGED
    except sqlcipher3.DatabaseError:
        log.error("database error while running admin command")
        err(f"{PROG}: {DatabaseDamaged()}")
        return DAMAGED
    except OSError as exc:
        if is_disk_full(exc):
            log.error("disk full")
            err(f"{PROG}: {DiskFull()}")
            return FILE_ERROR
        if _in_data_folder(args, exc.filename) and is_read_only_error(exc):
            err(f"{PROG}: {ReadOnlyFolder()}")
            return REFUSED
        where = f" ({exc.filename})" if exc.filename else ""
        err(f"{PROG}: bestandsfout{where}: {exc.strerror or type(exc).__name__}.")
        return FILE_ERROR
    except Exception as exc:
        # Only the type and the stack go to the log: an exception message may quote data.
        log.error("unexpected %s in admin command %s\n%s", type(exc).__name__, args.command,
                  "".join(traceback.format_tb(exc.__traceback__)))
        err(f"{PROG}: er ging iets onverwachts mis ({type(exc).__name__}). "
            f"Details staan in het logbestand: {log_file}")
        return UNEXPECTED


def _in_data_folder(args, filename) -> bool:
    """A file error in the data folder (not in a folder the user named)."""
    try:
        folder = paths.database_path(getattr(args, "data_dir", None)).parent.resolve()
        return bool(filename) and folder in Path(filename).resolve().parents
    except (OSError, ValueError):
        return False


__all__ = ["COMMANDS", "build_parser", "main", "run"]
