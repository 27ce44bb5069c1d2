"""`audit`, `export-family`, `destroy-family` and `retention`: data safety on the
command line (issue 7). None of them prints personal data except export-family,
which writes it to the folder the user names."""

from __future__ import annotations

import getpass
import os
from contextlib import contextmanager

from ._common import (
    CANCELLED,
    DAMAGED,
    FILE_ERROR,
    INVALID,
    MAX_ID,
    MISSING,
    REFUSED,
    CliError,
    add_command,
    confirm,
    err,
    integer,
    number,
    open_existing,
)

ENV_EXPORT_PASSWORD = "GEZINSPLAN_EXPORT_PASSWORD"
MIN_EXPORT_PASSWORD = 8


def register(subparsers) -> None:
    p = add_command(subparsers, "audit", "het auditlogboek tonen of de hash-keten controleren",
                    description="verify: controleert de beveiligde hash-keten van het auditlogboek en\n"
                                "vergelijkt die met het eindpunt dat elke back-up bewaart (afsluitcode 5\n"
                                "als een regel is veranderd, verwijderd of het logboek is ingekort).\n"
                                "list: de nieuwste regels (wanneer, wie, wat, welke velden; nooit inhoud).")
    p.add_argument("what", choices=("verify", "list"), help="verify of list")
    p.add_argument("--limit", type=integer("--limit", -MAX_ID, MAX_ID), default=50, metavar="N",
                   help="aantal regels voor list")
    p.set_defaults(handler=run_audit)

    p = add_command(subparsers, "export-family",
                    "inzageverzoek (AVG): alle gegevens van een gezin als JSON en PDF",
                    description="Schrijft alles wat over een gezin is opgeslagen naar MAP: een JSON-bestand\n"
                                "en een leesbare PDF. Met --protect wordt er één PDF met wachtwoord\n"
                                f"geschreven (wachtwoord uit {ENV_EXPORT_PASSWORD} of een vraag).")
    p.add_argument("family_id", type=integer("ID", 1, MAX_ID), metavar="ID",
                   help="het gezinsnummer")
    p.add_argument("--out", required=True, metavar="MAP", help="map voor de bestanden")
    p.add_argument("--protect", action="store_true", help="de PDF met een wachtwoord beveiligen")
    p.set_defaults(handler=run_export)

    p = add_command(subparsers, "destroy-family",
                    "een gezin definitief vernietigen (op verzoek of na de bewaartermijn)",
                    description="Verwijdert alle gegevens van het gezin uit de database en uit de back-ups.\n"
                                "Het auditlogboek houdt alleen bij dát het gebeurde (geen persoonsgegevens).")
    p.add_argument("family_id", type=integer("ID", 1, MAX_ID), metavar="ID",
                   help="het gezinsnummer")
    p.add_argument("--requester", required=True, action="append",
                   choices=("ouders", "jeugdige", "termijn"),
                   help="wie vroeg erom: jeugdige (vanaf 12 jaar), ouders (voor een jeugdige "
                        "onder 12) of termijn (bewaartermijn voorbij); twee keer voor een "
                        "gezin met jeugdigen onder en boven 12")
    p.add_argument("--cannot-judge", type=integer("--cannot-judge", 1, MAX_ID), action="append",
                   default=[], metavar="PERSOON",
                   help="nummer van een jeugdige van 12+ die zijn belangen niet redelijk kan "
                        "overzien (dan vragen de ouders); mag vaker")
    p.add_argument("--other-interest", choices=("ja", "nee"),
                   help="Jeugdwet 7.3.9 lid 2: is bewaren van aanmerkelijk belang voor een "
                        "ander? (verplicht bij een verzoek; ja = geweigerd)")
    p.add_argument("--motivation", default="", metavar="TEKST",
                   help="de motivering van die afweging, zonder namen")
    p.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(handler=run_destroy)

    p = add_command(subparsers, "retention",
                    "gezinnen waarvan de bewaartermijn (20 jaar na het einde van de hulp) voorbij is")
    p.set_defaults(handler=run_retention)


@contextmanager
def _session(args):
    """The session on the database of --data-dir (closed with its store)."""
    from ..session import Session

    with open_existing(args) as store:
        yield Session(store)


def run_audit(args) -> int:
    if args.limit < 1:
        raise CliError(INVALID, "--limit moet 1 of groter zijn.")
    with _session(args) as session:
        if args.what == "list":
            for e in reversed(session.safety.audit_entries(args.limit)):
                print(f"{e['at']}  {e['who']:<16} {e['action']:<14} {e['tbl']:<12} "
                      f"{e['row_ref']:<8} {e['fields']}")
            return 0
        result = session.safety.verify_audit()
        copies = session.safety.verify_audit_copies()
    bad = [c for c in copies if not c.ok]
    if result.ok and not bad:
        print(f"Auditlogboek in orde: {number(result.entries, 0)} regels, de hash-keten klopt; "
              f"{len(copies)} back-up(s) vergeleken.")
        for c in copies:
            if c.outcome != "ok":
                print(f"  - {c.name}: {c.message}")
        return 0
    err(f"Auditlogboek NIET in orde ({number(result.entries, 0)} regels gelezen):")
    for line in result.problems:
        err(f"  - {line}")
    for c in bad:
        err(f"  - back-up {c.name}: {c.message}")
    return DAMAGED


def _export_password() -> str:
    value = os.environ.get(ENV_EXPORT_PASSWORD)
    if not value:
        try:
            value = getpass.getpass("Wachtwoord voor de PDF: ")
            if getpass.getpass("Herhaal het wachtwoord: ") != value:
                raise CliError(INVALID, "De twee wachtwoorden zijn niet gelijk. Er is niets geschreven.")
        except EOFError:
            raise CliError(INVALID, "Geen wachtwoord ingevoerd. Er is niets geschreven.") from None
    if len(value) < MIN_EXPORT_PASSWORD:
        raise CliError(INVALID, f"Het wachtwoord voor de PDF moet minstens {MIN_EXPORT_PASSWORD} "
                                "tekens hebben. Er is niets geschreven.")
    return value


def run_export(args) -> int:
    from pathlib import Path

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(INVALID, f"{out} is geen map.")
    password = _export_password() if args.protect else None
    with _session(args) as session:
        try:
            # The files first (each moved into place when complete), then the audit entry.
            files = session.safety.export_access_request(args.family_id, out, password)
        except KeyError:
            raise CliError(MISSING, f"Er is geen gezin met nummer {args.family_id}.") from None
    for path in files:
        print(path)
    err("Let op: deze bestanden bevatten persoonsgegevens." if not password else
        "De PDF is beveiligd met het wachtwoord; geef dat apart door.")
    return 0


def _report_destruction(result, rows: int | None = None) -> int:
    rows = result.rows_deleted if rows is None else rows
    print(f"Gezin {result.family_id} vernietigd: {number(rows, 0)} rijen; "
          f"{len(result.copies)} bestand(en) in de back-upmap afgehandeld.")
    for copy in result.copies:
        # A file the app did not make may be named after anyone: not echoed.
        name = "ander bestand" if copy.outcome == "skipped" else copy.name
        print(f"  {name}: {copy.label}")
    failed = [c for c in result.not_done if c.outcome == "failed"]
    if failed:
        err(f"Let op: {len(failed)} back-up(s) konden niet worden bijgewerkt (schrijffout). "
            "Voer dit commando later opnieuw uit om de vernietiging af te maken.")
    if result.not_done:
        err(f"Let op: {len(result.not_done)} bestand(en) in de back-upmap zijn niet bijgewerkt; "
            "het gezin kan daarin nog staan.")
        return FILE_ERROR
    return 0


def run_destroy(args) -> int:
    from ..session.safety import DestroyRefused, DestructionRequest

    with _session(args) as session:
        # Opening the session completed an interrupted destruction already (reported
        # here); one that still could not finish (a copy that failed) is retried.
        finished = [r for r in session.safety.completed_at_open if r.family_id == args.family_id]
        if finished:
            print("Een onderbroken vernietiging is nu afgemaakt.")
            return _report_destruction(finished[-1])
        if args.family_id in session.safety.pending_destructions():
            return _report_destruction(session.safety.finish_destruction(args.family_id))
        if getattr(session.store, "read_only", False):  # say that first, not the request
            from ..store.readonly import ReadOnlyFolder

            raise ReadOnlyFolder()
        request = DestructionRequest.of(
            *args.requester, cannot_judge=args.cannot_judge,
            other_interest=None if args.other_interest is None else args.other_interest == "ja",
            motivation=args.motivation)
        try:
            refused = session.safety.check_destruction(args.family_id, request)
        except KeyError:
            when = session.safety.destroyed_on(args.family_id)
            if when:
                raise CliError(MISSING, f"Gezin {args.family_id} is al vernietigd (verzoek van "
                                        f"{when[:10]}).") from None
            raise CliError(MISSING, f"Er is geen gezin met nummer {args.family_id}.") from None
        if refused is not None and refused.code != "other_interest":
            raise CliError(INVALID, refused.message)
        if refused is None and not args.yes and not confirm(
                f"Alle gegevens van gezin {args.family_id} worden definitief vernietigd, ook in de back-ups."):
            raise CliError(CANCELLED, "Afgebroken. Er is niets veranderd.")
        try:  # a lid 2 refusal is recorded here, then reported
            session.safety.destroy_family(args.family_id, request)
        except DestroyRefused as exc:
            raise CliError(REFUSED, str(exc)) from None
        return _report_destruction(session.safety.purge_backups(args.family_id))


def run_retention(args) -> int:
    with _session(args) as session:
        due = session.safety.due_families()
    for d in due:
        print(f"{d['family_id']:>8}  bewaartermijn voorbij sinds {d['due_since']}")
    err(f"{number(len(due), 0)} gezin(nen) met verstreken bewaartermijn.")
    return 0
