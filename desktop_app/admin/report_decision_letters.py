"""`report decision-letters --case ID --out DIR`: the letters about a case's
coordination decision: one to the family and one to each involved provider, made by the
session's operation (session.decisions.make_letters), so each letter is audited."""

from __future__ import annotations

from pathlib import Path

from ._common import INVALID, MAX_ID, CliError, add_command, case_ref, integer, open_existing


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
    p.add_argument("--decision", type=integer("--decision", 1, MAX_ID), metavar="ID",
                   help="een eerder besluit in plaats van het laatste")
    p.set_defaults(handler=run)


_case_id = case_ref  # report_evaluation uses it too


def run(args) -> int:
    from ..session import Session
    from ..session.decisions import NoDecision

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(INVALID, f"{out} is geen map.")
    with open_existing(args, check=False) as store:
        case_id = _case_id(store.db, args.case)
        session = Session(store)
        try:
            # The same operation as the GUI: every PDF written, then each one recorded.
            files = session.decisions.make_letters(case_id, out, decision_id=args.decision)
        except NoDecision as exc:
            if exc.code == "not_of_case":
                raise CliError(INVALID, f"Besluit {args.decision} hoort niet bij deze casus."
                               ) from None
            raise CliError(INVALID, "Over deze casus is nog geen besluit over coördinatie en "
                                    "opvolging genomen. Er zijn geen brieven gemaakt.") from None
    for f in files:
        print(f)
    n = len(files) - 1
    print(f"{len(files)} brieven geschreven: 1 voor het gezin en {n} voor "
          f"{'een zorgaanbieder' if n == 1 else 'zorgaanbieders'}.")
    return 0
