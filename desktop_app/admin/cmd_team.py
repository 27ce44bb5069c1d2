"""The laptop's team-server commands (issue 18): `connect`, `sync`, `conflicts`,
`handover`. The database's passphrase comes from GEZINSPLAN_PASSPHRASE or a prompt; the
server password from GEZINSPLAN_SERVER_PASSWORD or a prompt – never argv. A server error
exits with its own code (11 unreachable, 12 certificate, 13 schema, 14 no server set up,
3 wrong password) and a Dutch message without personal data."""

from __future__ import annotations

import getpass
import json
import os

from ._common import INVALID, MISSING, CliError, add_command, database_path, integer, passphrase

ENV_SERVER_PASSWORD = "GEZINSPLAN_SERVER_PASSWORD"


def register(subparsers) -> None:
    p = add_command(
        subparsers, "connect", "deze laptop verbinden met de teamserver van het CJG",
        description=(
            "Test de verbinding (TLS, het certificaat van het CJG, het wachtwoord en de\n"
            "schemaversie) en bewaart de instelling; het wachtwoord staat daarna versleuteld\n"
            "in de database. De eerste synchronisatie stuurt wat deze laptop al heeft.\n"
            "DSN bijvoorbeeld: 'host=server.cjg.local port=5432 dbname=gezinsplan\n"
            "sslrootcert=/pad/naar/cjg-ca.pem'."))
    p.add_argument("--dsn", required=True, help="het adres van de server (libpq-DSN)")
    p.add_argument("--user", required=True, metavar="NAAM", help="uw gebruikersnaam op de server")
    p.set_defaults(handler=run_connect)

    p = add_command(subparsers, "sync", "nu synchroniseren met de teamserver")
    p.add_argument("--json", action="store_true", help="het resultaat als JSON")
    p.add_argument("--batch", type=integer("--batch", 1, 10_000), default=None, metavar="N",
                   help="rijen per verzending en per ophaalpagina (kleiner bij een trage "
                        "verbinding)")
    p.set_defaults(handler=run_sync)

    p = add_command(subparsers, "conflicts", "conflicten van de synchronisatie tonen of oplossen")
    sub = p.add_subparsers(dest="action", metavar="ACTIE")
    sub.required = True
    lst = sub.add_parser("list", help="open conflicten tonen")
    lst.add_argument("--json", action="store_true", help="als JSON")
    lst.set_defaults(handler=run_conflicts_list)
    res = sub.add_parser("resolve", help="een conflict oplossen")
    res.add_argument("id", type=int, help="het nummer van het conflict")
    res.add_argument("--keep", required=True, choices=("mine", "theirs"),
                     help="mine: mijn waarde, theirs: die van de server")
    res.set_defaults(handler=run_conflicts_resolve)

    p = add_command(subparsers, "handover", "een casus overdragen aan een collega")
    p.add_argument("--case", required=True, metavar="NUMMER", help="het casusnummer")
    p.add_argument("--to", required=True, metavar="NAAM", help="de gebruikersnaam van de collega")
    p.set_defaults(handler=run_handover)


def _server_password() -> str:
    value = os.environ.get(ENV_SERVER_PASSWORD) or ""
    if not value:
        try:
            value = getpass.getpass("Wachtwoord voor de teamserver: ")
        except EOFError:
            value = ""
    if not value:
        raise CliError(INVALID, "Geen wachtwoord voor de teamserver ingevoerd.")
    return value


def server_from_dsn(dsn: str) -> dict:
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(dsn)
    except Exception:
        raise CliError(INVALID, "Dit serveradres is geen geldige DSN, bijvoorbeeld "
                                "'host=server.cjg.local dbname=gezinsplan'.") from None
    if not parts.get("host"):
        raise CliError(INVALID, "In het serveradres ontbreekt host=….")
    return {"host": parts["host"], "port": int(parts.get("port") or 5432),
            "dbname": parts.get("dbname") or "gezinsplan", "ca_file": parts.get("sslrootcert")}


def _session(args):
    from ..session import Session

    path = database_path(args)
    if not path.exists():
        raise CliError(MISSING, f"Er is nog geen database in {path.parent}.")
    return Session.open(path, passphrase())


def _team_error(exc) -> CliError:
    return CliError(exc.code, str(exc))


def run_connect(args) -> int:
    from ..store.team_pg import TeamError

    server = server_from_dsn(args.dsn)
    session = _session(args)
    try:
        secret = _server_password()
        try:
            me = session.team.connect(server, args.user, secret)
        except TeamError as exc:
            raise _team_error(exc) from None
    finally:
        session.store.close()
    print(f"Verbonden met {server['host']} als {args.user}"
          + (f" (casusnummers CJG-{me['prefix']}-…)." if me.get("prefix") else "."))
    return 0


def run_sync(args) -> int:
    from ..store.team_pg import TeamError

    session = _session(args)
    try:
        try:
            result = session.team.sync_now(batch=args.batch)
        except TeamError as exc:
            raise _team_error(exc) from None
        status = session.team.status()
    finally:
        session.store.close()
    figures = {"pushed": result.pushed, "pulled_pages": result.pulled_pages,
               "new_conflicts": result.conflicts, "refused": result.refused,
               "removed_families": len(result.removed), "changed_families": len(result.families),
               "pending": status.pending, "open_conflicts": status.conflicts,
               "last_sync": status.last_sync}
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        print(f"Gesynchroniseerd: {result.pushed} wijziging(en) verstuurd, "
              f"{len(result.families)} gezin(nen) bijgewerkt, {status.conflicts} open "
              f"conflict(en).")
    return 0


def run_conflicts_list(args) -> int:
    session = _session(args)
    try:
        items = session.team.conflicts()
    finally:
        session.store.close()
    if args.json:
        print(json.dumps([{"id": c.id, "table": c.table, "field": c.field, "kind": c.kind,
                           "base": c.base, "mine": c.mine, "theirs": c.theirs,
                           "case_number": c.case_number, "found_at": c.found_at}
                          for c in items], ensure_ascii=False))
    elif not items:
        print("Geen open conflicten.")
    else:
        for c in items:
            print(f"{c.id}\t{c.case_number}\t{c.table}.{c.field}\tbasis: {c.base!r}\t"
                  f"mijn: {c.mine!r}\tserver: {c.theirs!r}")
    return 0


def run_conflicts_resolve(args) -> int:
    session = _session(args)
    try:
        try:
            session.team.resolve(args.id, args.keep)
        except KeyError:
            raise CliError(MISSING, f"Er is geen open conflict met nummer {args.id}.") from None
    finally:
        session.store.close()
    print(f"Conflict {args.id} opgelost ({'mijn waarde' if args.keep == 'mine' else 'de waarde van de server'}"
          " blijft). De volgende synchronisatie neemt het mee.")
    return 0


def run_handover(args) -> int:
    from ..store.team_pg import TeamError

    session = _session(args)
    try:
        try:
            session.team.handover(args.case, args.to)
        except TeamError as exc:
            raise _team_error(exc) from None
    finally:
        session.store.close()
    print(f"Casus {args.case} is overgedragen aan {args.to}.")
    return 0
