"""`report evaluation --case ID --out FILE [--evaluation ID]`: the evaluation report
for the family (the latest closed evaluation, or an earlier one) as PDF."""

from __future__ import annotations

from pathlib import Path

from ._common import INVALID, MAX_ID, MISSING, CliError, add_command, integer, open_existing


def register(report_subparsers) -> None:
    p = add_command(report_subparsers, "evaluation",
                    "het evaluatieverslag voor het gezin als PDF")
    p.add_argument("--case", required=True, metavar="CASUS",
                   help="casus-id of casusnummer (CJG-jjjj-nnnnnn)")
    p.add_argument("--out", required=True, metavar="BESTAND", help="waar de PDF komt")
    p.add_argument("--evaluation", type=integer("--evaluation", 1, MAX_ID), metavar="ID",
                   help="een eerdere evaluatie in plaats van de laatste")
    p.add_argument("--professional", action="store_true",
                   help="met de bijlage voor professionals (T-score, formuleringen, notities)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..reports.evaluation import render_evaluation
    from ..store import audit
    from ..store.evaluation_report import NoEvaluation, gather
    from .report_decision_letters import _case_id

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CliError(INVALID, f"Het bestand moet eindigen op .pdf: {out.name}")
    with open_existing(args, check=False) as store:
        db = store.db
        case_id = _case_id(db, str(args.case))
        if args.evaluation is not None:
            row = db.execute("SELECT case_id FROM evaluations WHERE id = ?",
                             [args.evaluation]).fetchone()
            if row is None or row[0] != case_id:
                raise CliError(INVALID, f"Evaluatie {args.evaluation} hoort niet bij casus "
                                        f"{args.case}.")
        try:
            data = gather(db, case_id, args.evaluation)
        except NoEvaluation:
            raise CliError(MISSING, f"Casus {args.case} heeft nog geen evaluatie.") from None
        render_evaluation(data, out, professional=args.professional)
        audit.record(db, "export", "cases", case_id,
                     fields=["evaluation"] + (["professional"] if args.professional else []),
                     detail="pdf")
    print(f"Evaluatieverslag geschreven: {out}")
    return 0
