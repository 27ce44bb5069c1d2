"""`report plan --family ID --out FILE`: the family's plan (1Gezin1Plan) as PDF."""

from __future__ import annotations

from pathlib import Path

from ._common import INVALID, MISSING, CliError, add_command, open_existing


def register(report_subparsers) -> None:
    p = add_command(report_subparsers, "plan", "het gezinsplan (1Gezin1Plan) van een gezin als PDF")
    p.add_argument("--family", type=int, required=True, metavar="ID", help="het ID van het gezin")
    p.add_argument("--case", type=int, metavar="ID",
                   help="de casus (standaard: de huidige casus van het gezin)")
    p.add_argument("--out", required=True, metavar="BESTAND", help="waar de PDF komt")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..reports.plan import write_plan_pdf
    from ..store.intake_plan import latest_case_id, plan_data

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CliError(INVALID, f"Het bestand moet eindigen op .pdf: {out.name}")
    with open_existing(args) as store:
        db = store.db
        if db.execute("SELECT 1 FROM families WHERE id = ?", [args.family]).fetchone() is None:
            raise CliError(MISSING, f"Er is geen gezin met ID {args.family}.")
        case_id = args.case or latest_case_id(db, args.family)
        if case_id is None:
            raise CliError(MISSING, f"Gezin {args.family} heeft nog geen casus.")
        row = db.execute("SELECT family_id FROM cases WHERE id = ?", [case_id]).fetchone()
        if row is None or row[0] != args.family:
            raise CliError(INVALID, f"Casus {case_id} hoort niet bij gezin {args.family}.")
        plan = plan_data(db, case_id)
    write_plan_pdf(plan, out)
    print(f"Gezinsplan geschreven: {out}")
    return 0
