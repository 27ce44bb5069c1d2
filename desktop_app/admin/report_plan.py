"""`report plan --family ID --out FILE`: the family's plan (1Gezin1Plan) as PDF, through the
session's plan operation (written first, then its version and the audit entry)."""

from __future__ import annotations

from pathlib import Path

from ._common import INVALID, MAX_ID, MISSING, CliError, add_command, integer, open_existing


def register(report_subparsers) -> None:
    p = add_command(report_subparsers, "plan", "het gezinsplan (1Gezin1Plan) van een gezin als PDF")
    p.add_argument("--family", type=integer("--family", 1, MAX_ID), required=True, metavar="ID",
                   help="het ID van het gezin")
    p.add_argument("--case", type=integer("--case", 1, MAX_ID), metavar="ID",
                   help="de casus (standaard: de huidige casus van het gezin)")
    p.add_argument("--out", required=True, metavar="BESTAND", help="waar de PDF komt")
    p.set_defaults(handler=run)


def run(args) -> int:
    from sqlite_utils.db import NotFoundError

    from ..session import Session

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CliError(INVALID, f"Het bestand moet eindigen op .pdf: {out.name}")
    with open_existing(args) as store:
        session = Session(store)
        try:
            session.households.get_family(args.family)
        except NotFoundError:
            raise CliError(MISSING, f"Er is geen gezin met ID {args.family}.") from None
        case_id = args.case or session.intake.plan_case_of(args.family)
        if case_id is None:
            raise CliError(MISSING, f"Gezin {args.family} heeft nog geen casus.")
        try:
            case = session.households.get_case(case_id)
        except NotFoundError:
            case = None
        if case is None or case.family_id != args.family:
            raise CliError(INVALID, f"Casus {case_id} hoort niet bij gezin {args.family}.")
        session.intake.export_plan(case_id, target=out)
    print(f"Gezinsplan geschreven: {out}")
    return 0
