"""`export deployments --out FILE [--case CASUS] [--municipality GEMEENTE]`: every deployment
in the field names of iJw JW301/JW315 as CSV (.csv) or JSON (.json), for the municipality's
back office (issue 16 item 8). The file holds BSNs and names: keep it safe."""

from __future__ import annotations

from pathlib import Path

from ._common import INVALID, CliError, add_command, open_existing


def register(subparsers) -> None:
    p = add_command(subparsers, "export",
                    "inzet per toewijzing in iJw-veldnamen (JW301/JW315) als CSV of JSON",
                    description="Let op: het bestand bevat BSN's en namen van jeugdigen.")
    p.add_argument("what", choices=("deployments",), help="wat: deployments (de inzet)")
    p.add_argument("--out", required=True, metavar="BESTAND", help="waar het komt: .csv of .json")
    p.add_argument("--case", metavar="CASUS", help="alleen deze casus (id of casusnummer)")
    p.add_argument("--municipality", metavar="GEMEENTE", help="alleen deze gemeente")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..session import Session
    from .report_decision_letters import _case_id

    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".json"):
        raise CliError(INVALID, f"Het bestand moet eindigen op .csv of .json: {out.name}")
    with open_existing(args, check=False) as store:
        session = Session(store)
        case_id = _case_id(store.db, str(args.case)) if args.case else None
        municipality = args.municipality
        if municipality is not None:
            known = {m.casefold(): m for m in session.management.municipalities()}
            if municipality.casefold() not in known:
                raise CliError(INVALID, f"Onbekende gemeente: {municipality}.")
            municipality = known[municipality.casefold()]
        path, count = session.deployment_export.export(out, case_id, municipality)
    print(f"{count} regels geschreven: {path}")
    return 0
