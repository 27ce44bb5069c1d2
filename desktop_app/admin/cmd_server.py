"""`server init` and `server add-consultant`: the team server's administration (issue 18).

Every `server` subcommand takes --dsn DSN, an administrator's connection to the CJG's
PostgreSQL (libpq's key=value form or a postgresql:// URL). The connection always uses TLS
with sslmode=verify-full; the CA comes from sslrootcert in the DSN, --ca or PGSSLROOTCERT.
The administrator's password comes from the DSN, PGPASSWORD or ~/.pgpass – never echoed.
"""

from __future__ import annotations

import os

from ._common import INVALID, CliError, add_command, team_error

ENV_SERVER_PASSWORD = "GEZINSPLAN_SERVER_PASSWORD"


def register(subparsers) -> None:
    server = add_command(
        subparsers, "server", "de teamserver (PostgreSQL) inrichten en consultants toevoegen",
        description=(
            "Beheer van de teamserver van het CJG (PostgreSQL 15 of nieuwer).\n"
            "De verbinding loopt altijd over TLS (sslmode=verify-full) met de CA van het CJG."
        ),
    )
    sub = server.add_subparsers(dest="server_command", metavar="SUBCOMMANDO")
    sub.required = True

    p = sub.add_parser(
        "init", help="het schema installeren of bijwerken (veilig om te herhalen)",
        description=(
            "Installeert of werkt het schema gz bij: tabellen, functies voor versturen en\n"
            "ophalen, de rollen gz_consultant en gz_leader, en row-level security.\n"
            "Opnieuw uitvoeren kan altijd: er gaat niets verloren."
        ),
    )
    _connection_options(p)
    p.set_defaults(handler=run_init)

    p = sub.add_parser(
        "add-consultant", help="een consultant of teamleider toevoegen",
        description=(
            "Maakt een gebruiker (LOGIN-rol met SCRAM-wachtwoord) voor een consultant, of met\n"
            "--leader voor een teamleider (die alleen de managementcijfers ziet). Het wachtwoord\n"
            f"komt uit {ENV_SERVER_PASSWORD}; anders wordt er een gemaakt en één keer getoond."
        ),
    )
    p.add_argument("name", metavar="NAAM",
                   help="gebruikersnaam: kleine letters, cijfers, '.', '_' of '-'")
    p.add_argument("--team", metavar="TEAM", help="het team van de consultant")
    p.add_argument("--leader", action="store_true", help="een teamleider (managementcijfers)")
    _connection_options(p)
    p.set_defaults(handler=run_add_consultant)


def _connection_options(p) -> None:
    p.add_argument("--dsn", metavar="DSN", required=True,
                   help="verbinding als beheerder, bijv. 'host=server.cjg.nl dbname=gezinsplan "
                        "user=beheer'")
    p.add_argument("--ca", metavar="BESTAND",
                   help="CA-certificaat van het CJG (anders sslrootcert in de DSN)")


def _dsn(args) -> str:
    from ..store.team_pg import conninfo

    try:
        return conninfo(args.dsn, ca_file=args.ca)
    except Exception:  # noqa: BLE001 - psycopg's message would repeat the DSN (a password)
        raise CliError(INVALID, "De DSN is ongeldig. Voorbeeld: --dsn 'host=server.cjg.nl "
                                "dbname=gezinsplan user=beheer'.") from None


def run_init(args) -> int:
    from ..store.team_admin import init_server
    from ..store.team_pg import TeamError

    try:
        before, now = init_server(_dsn(args))
    except TeamError as exc:
        raise team_error(exc) from None
    if before is None:
        print(f"Teamserver ingericht (schema {now}).")
    elif before == now:
        print(f"Teamserver is al bij (schema {now}); rechten en functies opnieuw gezet.")
    else:
        print(f"Teamserver bijgewerkt van schema {before} naar {now}.")
    return 0


def run_add_consultant(args) -> int:
    from ..store.team_admin import create_consultant
    from ..store.team_pg import TeamError

    password = os.environ.get(ENV_SERVER_PASSWORD) or None
    try:
        new = create_consultant(_dsn(args), args.name, team=args.team, leader=args.leader,
                                password=password)
    except TeamError as exc:
        raise team_error(exc) from None
    kind = "Teamleider" if new.leader else "Consultant"
    team = f", team {new.team}" if new.team else ""
    print(f"{kind} '{new.name}' toegevoegd{team}. Voorvoegsel voor zaaknummers: {new.prefix}.")
    if password is None:
        print(f"Wachtwoord (wordt maar één keer getoond; geef het veilig door): {new.password}")
    else:
        print(f"Wachtwoord: het wachtwoord uit {ENV_SERVER_PASSWORD}.")
    return 0
