"""`report management --from DATE --to DATE [--municipality NAME] --out FILE`: the
management report (issue 16) per municipality and period, as PDF (.pdf) or CSV (.csv).
Small counts are '< 5'; no names or BSNs are in it."""

from __future__ import annotations

from pathlib import Path

from ._common import INVALID, CliError, add_command, open_existing


def register(report_subparsers) -> None:
    p = add_command(report_subparsers, "management",
                    "managementrapportage per gemeente en periode (PDF of CSV)")
    p.add_argument("--from", dest="start", required=True, metavar="DATUM",
                   help="eerste dag van de periode (dd-mm-jjjj of jjjj-mm-dd)")
    p.add_argument("--to", dest="end", required=True, metavar="DATUM",
                   help="laatste dag van de periode (dd-mm-jjjj of jjjj-mm-dd)")
    p.add_argument("--municipality", metavar="GEMEENTE", help="alleen deze gemeente")
    p.add_argument("--out", required=True, metavar="BESTAND",
                   help="waar het bestand komt: .pdf of .csv")
    p.set_defaults(handler=run)


def _day(text: str, what: str):
    from ..core.validation import ValidationError, parse_date

    try:
        day = parse_date(text, what)
    except ValidationError:
        day = None
    if day is None:
        raise CliError(INVALID, f"Geen geldige datum voor {what}: {text} (dd-mm-jjjj).")
    return day


def run(args) -> int:
    from ..session import Session

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".csv"):
        raise CliError(INVALID, f"Het bestand moet eindigen op .pdf of .csv: {out.name}")
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if end < start:
        raise CliError(INVALID, "De periode eindigt voor ze begint (--to ligt voor --from).")
    with open_existing(args, check=False) as store:
        session = Session(store)
        municipality = args.municipality
        if municipality is not None:
            known = {m.casefold(): m for m in session.management.municipalities()}
            if municipality.casefold() not in known:
                names = ", ".join(sorted(known.values())) or "geen"
                raise CliError(INVALID, f"Onbekende gemeente: {municipality}. "
                                        f"Bekend: {names}.")
            municipality = known[municipality.casefold()]
        data = session.management.report(start, end, municipality)
        session.management.export(data, out)
    print(f"Managementrapportage geschreven: {out}")
    return 0
