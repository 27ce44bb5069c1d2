"""`report decision-letters --case ID --out DIR`: the letters about a case's
coordination decision: one to the family and one to each involved provider."""

from __future__ import annotations

from pathlib import Path

from ._common import INVALID, CliError, add_command, open_existing


def register(report_subparsers) -> None:
    p = add_command(
        report_subparsers, "decision-letters",
        "brieven over het besluit coördinatie en opvolging (gezin en elke zorgaanbieder)",
        description=(
            "Schrijft de brief aan het gezin en een brief aan elke betrokken zorgaanbieder over\n"
            "het (laatste) besluit over coördinatie en opvolging van een casus.\n"
            "Let op: de brieven bevatten persoonsgegevens; bewaar ze versleuteld."
        ),
    )
    p.add_argument("--case", required=True, metavar="CASUS",
                   help="casus-id of casusnummer (CJG-jjjj-nnnnnn)")
    p.add_argument("--out", required=True, metavar="MAP", help="map voor de PDF's")
    p.add_argument("--decision", type=int, metavar="ID",
                   help="een eerder besluit in plaats van het laatste")
    p.set_defaults(handler=run)


def _case_id(db, value: str) -> int:
    value = value.strip()
    if value.isdigit():
        row = db.execute("SELECT id FROM cases WHERE id = ?", [int(value)]).fetchone()
    else:
        row = db.execute("SELECT id FROM cases WHERE case_number = ?", [value.upper()]).fetchone()
    if not row:
        raise CliError(INVALID, f"Casus '{value}' bestaat niet.")
    return row[0]


def run(args) -> int:
    from ..reports.letters import write_decision_letters
    from ..store.decisions import Decisions
    from ..store.families import Families

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(INVALID, f"{out} is geen map.")
    with open_existing(args, check=False) as store:
        db = store.db
        case_id = _case_id(db, args.case)
        decisions = Decisions(db)
        history = decisions.history(case_id)
        if args.decision is not None:
            chosen = [d for d in history if d.id == args.decision]
            if not chosen:
                raise CliError(INVALID, f"Besluit {args.decision} hoort niet bij deze casus.")
            decision = chosen[0]
        elif history:
            decision = history[0]
        else:
            raise CliError(INVALID, "Over deze casus is nog geen besluit over coördinatie en "
                                    "opvolging genomen. Er zijn geen brieven gemaakt.")
        families = Families(db)
        case = families.get_case(case_id)
        family = families.get_family(case.family_id)
        version = len([d for d in history if d.id <= decision.id])
    files = write_decision_letters(out, decision, family, case, version=version)
    for f in files:
        print(f)
    n = len(files) - 1
    print(f"{len(files)} brieven geschreven: 1 voor het gezin en {n} voor "
          f"{'een zorgaanbieder' if n == 1 else 'zorgaanbieders'}.")
    return 0
