"""`list families|cases`: the caseload on the terminal or as JSON.

The only admin output that shows personal data (names, places); never BSNs."""

from __future__ import annotations

import json

from ._common import INVALID, MAX_ID, CliError, add_command, err, integer, number, open_existing

FAMILY_COLUMNS = (
    ("id", "ID"), ("family_name", "Gezin"), ("youths", "Jeugdigen"),
    ("municipality", "Gemeente"), ("city", "Plaats"), ("case_status", "Status"),
    ("next_evaluation", "Evaluatie"), ("coordination", "Coördinatie"),
)
CASE_COLUMNS = (
    ("id", "ID"), ("case_number", "Casusnummer"), ("family_name", "Gezin"),
    ("municipality", "Gemeente"), ("region", "Regio"), ("status", "Status"),
    ("consultant", "Consulent"), ("start_date", "Start"), ("end_date", "Einde"),
    ("next_evaluation", "Evaluatie"), ("coordination", "Coördinatie"),
)
DATE_FIELDS = {"start_date", "end_date", "next_evaluation"}


def register(subparsers) -> None:
    p = add_command(
        subparsers, "list", "gezinnen of casussen tonen (met zoeken en filters)",
        description=(
            "Toont gezinnen of casussen. Let op: de uitvoer bevat persoonsgegevens\n"
            "(namen, woonplaats); BSN's worden nooit getoond."
        ),
    )
    p.add_argument("what", choices=("families", "cases"), help="wat tonen: families of cases")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument("--limit", type=integer("--limit", -MAX_ID, MAX_ID), default=50, metavar="N",
                   help="hoogstens N rijen (standaard 50; 0 = alles)")
    p.add_argument("--search", default="", metavar="TEKST",
                   help="zoeken op naam, BSN, postcode of casusnummer")
    p.add_argument("--municipality", metavar="GEMEENTE", help="alleen deze gemeente")
    p.add_argument("--status", metavar="STATUS",
                   help="alleen deze status (aanmelding, intake, actief, afgesloten)")
    p.set_defaults(handler=run)


def _municipality(value: str | None) -> str | None:
    from ..core.regions import MUNICIPALITIES

    if not value:
        return None
    for name in MUNICIPALITIES:
        if name.lower() == value.strip().lower():
            return name
    raise CliError(INVALID, f"Onbekende gemeente '{value}'. Kies uit: {', '.join(MUNICIPALITIES)}.")


def _status(value: str | None) -> str | None:
    from ..core.models import CASE_STATUSES

    if not value:
        return None
    if value.strip().lower() in CASE_STATUSES:
        return value.strip().lower()
    raise CliError(INVALID, f"Onbekende status '{value}'. Kies uit: {', '.join(CASE_STATUSES)}.")


def _cases(db, text: str, municipality: str | None, status: str | None,
           limit: int) -> tuple[list[dict], int]:
    # Case listing for the CLI; the families repository has no case-level listing yet.
    from ..core.search import fts_query

    clauses, params = [], []
    match = fts_query(text)
    if match:
        clauses.append("c.family_id IN (SELECT rowid FROM family_fts WHERE family_fts MATCH ?)")
        params.append(match)
    if municipality:
        clauses.append("c.municipality = ?")
        params.append(municipality)
    if status:
        clauses.append("c.status = ?")
        params.append(status)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT c.id, c.case_number, c.family_id, f.family_name, c.municipality, c.region, "
        "c.status, c.consultant, c.start_date, c.end_date, c.next_evaluation, c.coordination "
        f"FROM cases c JOIN families f ON f.id = c.family_id{where} "
        "ORDER BY c.start_date DESC, c.id DESC LIMIT ?"
    )
    total = db.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0]
    return [dict(r) for r in db.query(sql, params + [limit])], total


def _cell(key: str, value) -> str:
    from ..core.validation import format_date

    if value is None:
        return ""
    if key == "coordination":
        return "ja" if value else "nee"
    if key in DATE_FIELDS:
        from datetime import date

        return format_date(date.fromisoformat(value)) if value else ""
    return str(value)


def _table(rows: list[dict], columns) -> str:
    cells = [[_cell(k, r.get(k)) for k, _ in columns] for r in rows]
    headers = [h for _, h in columns]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def run(args) -> int:
    from ..store.families import Families

    municipality = _municipality(args.municipality)
    status = _status(args.status)
    if args.limit < 0:
        raise CliError(INVALID, "--limit moet 0 of groter zijn.")
    limit = args.limit or -1  # SQLite: LIMIT -1 means no limit
    # Read-only listing: skip the full integrity check on open (seconds on a large
    # caseload); a damaged page still fails the query and main() reports it.
    with open_existing(args, check=False) as store:
        if args.what == "families":
            repo = Families(store.db)
            rows = repo.page(args.search, municipality, status, limit=limit)
            total = repo.count(args.search, municipality, status)
            columns, noun = FAMILY_COLUMNS, "gezinnen"
        else:
            rows, total = _cases(store.db, args.search, municipality, status, limit)
            columns, noun = CASE_COLUMNS, "casussen"
    if args.json:
        for row in rows:
            if row.get("coordination") is not None:
                row["coordination"] = bool(row["coordination"])
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        if rows:
            print(_table(rows, columns))
    err(f"{number(len(rows), 0)} van {number(total, 0)} {noun} getoond.")
    return 0
