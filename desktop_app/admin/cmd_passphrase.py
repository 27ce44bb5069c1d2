"""`change-passphrase`: a new passphrase for the database and every backup, crash-safe
(session.safety.change_passphrase, store.rekey). The old passphrase comes from
GEZINSPLAN_PASSPHRASE or a prompt, the new one from GEZINSPLAN_NEW_PASSPHRASE or a
prompt (asked twice); never argv."""

from __future__ import annotations

import getpass
import os

from ._common import INVALID, CliError, add_command, database_path, err, passphrase

ENV_NEW_PASSPHRASE = "GEZINSPLAN_NEW_PASSPHRASE"


def register(subparsers) -> None:
    p = add_command(
        subparsers, "change-passphrase", "het wachtwoord van de database en de back-ups wijzigen",
        description=(
            "Maakt eerst een back-up, zet dan naast de database en elke back-up een kopie met\n"
            "het nieuwe wachtwoord en wisselt die pas om als alles klaar en gecontroleerd is.\n"
            "Wordt het onderbroken vóórdat 'Het wachtwoord is gewijzigd' verschijnt, probeer dan\n"
            "bij het openen eerst het nieuwe wachtwoord; werkt dat niet, dan geldt het oude –\n"
            "voor de database en voor alle back-ups."
        ),
    )
    p.set_defaults(handler=run)


def _new_passphrase() -> str:
    from ..session.safety import MIN_PASSPHRASE_LENGTH

    value = os.environ.get(ENV_NEW_PASSPHRASE) or ""
    if not value:
        try:
            value = getpass.getpass("Nieuw wachtwoord: ")
            if getpass.getpass("Herhaal het nieuwe wachtwoord: ") != value:
                raise CliError(INVALID, "De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.")
        except EOFError:
            raise CliError(INVALID, "Geen nieuw wachtwoord ingevoerd. Er is niets veranderd.") from None
    if len(value) < MIN_PASSPHRASE_LENGTH:
        raise CliError(INVALID, f"Het nieuwe wachtwoord is te kort: gebruik minstens "
                                f"{MIN_PASSPHRASE_LENGTH} tekens. Er is niets veranderd.")
    return value


def run(args) -> int:
    from ..session import Session

    path = database_path(args)
    if not path.exists():
        from ..store.errors import DatabaseMissing

        raise DatabaseMissing(path)
    old = passphrase()
    session = Session.open(path, old)  # a wrong one: exit 3, nothing asked further
    try:
        new = _new_passphrase()
        if new == old:
            raise CliError(INVALID, "Het nieuwe wachtwoord is gelijk aan het oude. Er is niets veranderd.")
        count = session.safety.change_passphrase(old, new)
    finally:
        session.store.close()
    print(f"Het wachtwoord is gewijzigd: de database en {count} back-up(s) openen nu met het "
          "nieuwe wachtwoord.")
    err("Bewaar het nieuwe wachtwoord goed: zonder wachtwoord zijn de gegevens niet terug te halen.")
    return 0
