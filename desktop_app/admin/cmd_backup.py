"""`backup` and `restore`: verified, encrypted copies of the database."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ._common import (
    CANCELLED,
    FILE_ERROR,
    INVALID,
    REFUSED,
    WRONG_PASSPHRASE,
    CliError,
    add_command,
    confirm,
    database_path,
    err,
    number,
    open_existing,
    passphrase,
)


def register(subparsers) -> None:
    p = add_command(
        subparsers, "backup", "een versleutelde, gecontroleerde back-up maken",
        description=(
            "Schrijft een volledige kopie van de database, versleuteld met hetzelfde\n"
            "wachtwoord, en controleert die voordat ze op haar plaats komt.\n"
            "Zonder --out komt de back-up in de map backups/ naast de database."
        ),
    )
    p.add_argument("--out", metavar="BESTAND", help="bestand voor de back-up")
    p.add_argument("--force", action="store_true", help="een bestaand bestand overschrijven")
    p.set_defaults(handler=run_backup)

    p = add_command(
        subparsers, "restore", "de database vervangen door een back-up",
        description=(
            "Vervangt de database door een gecontroleerde back-up. De huidige database\n"
            "wordt eerst apart gezet in de map backups/ (voor-herstel-...). De back-up moet\n"
            "met hetzelfde wachtwoord versleuteld zijn."
        ),
    )
    p.add_argument("file", metavar="BESTAND", help="de back-up om terug te zetten")
    p.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(handler=run_restore)


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def run_backup(args) -> int:
    from .. import paths

    db_path = database_path(args)
    if args.out:
        out = Path(args.out)
    else:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out = paths.backup_dir(getattr(args, "data_dir", None)) / f"gezinsplan-{stamp}.db"
    if any(_same_file(out, db_path.with_name(db_path.name + s)) for s in ("", "-wal", "-shm")):
        raise CliError(INVALID, "Een back-up kan niet over de database zelf worden geschreven.")
    if out.exists() and not args.force:
        raise CliError(REFUSED, f"{out} bestaat al. Kies een andere naam of gebruik --force.")
    if out.is_dir():
        raise CliError(INVALID, f"{out} is een map; geef een bestandsnaam op.")
    from ..store.backups import backup_to

    with open_existing(args) as store:
        backup_to(store, out)
    size = out.stat().st_size / 1_000_000
    print(f"Back-up geschreven en gecontroleerd: {out} ({number(size)} MB, versleuteld).")
    return 0


def _probe(path: Path, secret: str) -> None:
    """Read-only: can this file be unlocked, and is it a Gezinsplan database?"""
    import sqlcipher3

    from ..store.cipher import quote

    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = {quote(secret)}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlcipher3.DatabaseError:
        raise CliError(
            WRONG_PASSPHRASE,
            "Het wachtwoord past niet bij deze back-up, of het bestand is geen Gezinsplan-"
            "database. Er is niets veranderd.",
        ) from None
    finally:
        conn.close()
    if "families" not in tables:
        raise CliError(INVALID, "Dit bestand is geen Gezinsplan-back-up. Er is niets veranderd.")


def run_restore(args) -> int:
    from ..session.safety import acquire_folder, release_folder, restore_file

    source = Path(args.file)
    if not source.is_file():
        raise CliError(FILE_ERROR, f"Het bestand {source} bestaat niet.")
    target = database_path(args)
    if _same_file(source, target):
        raise CliError(INVALID, "Dit is de database zelf, geen back-up.")
    secret = passphrase()
    _probe(source, secret)
    if target.exists() and not args.yes:
        question = (f"De database in {target.parent} wordt vervangen door {source}. "
                    "De huidige database wordt eerst apart gezet in backups/.")
        if not confirm(question):
            raise CliError(CANCELLED, "Afgebroken. Er is niets veranderd.")
    key = acquire_folder(target.parent)  # refuses while the app has the data open
    try:
        # Restores, opens (applying any migrations an older backup still needs) and
        # records the restore in the audit trail: the same step as the GUI's.
        restored = restore_file(target, source, secret, detail="cli")
        restored.opened.close()
    finally:
        release_folder(key)
    print(f"Hersteld uit {source}.")
    if restored.kept is not None:
        err(f"De vorige database staat apart: {restored.kept}")
    return 0
