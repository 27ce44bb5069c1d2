"""Many rows into one table as multi-row INSERT statements, for the demo fill.

`executemany` runs its statement once per row, and a statement that fires a trigger (the
audit's staging twins, store/audit_bulk.py) and may abort keeps a statement journal: every
page the row touches is copied first, per row. One INSERT of up to ROWS rows copies each page
once (py-spy of a 30,000-family fill: the copies and their truncation were 9% of the writing
thread, which is the fill's critical path). The rows go in the given order and each row's
triggers fire before the next row, as with executemany: the same rowids, the same audit
entries in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence

# Rows per statement: at 10,000 families 50 → 1,139, 200 → 1,180, 1,000 → 1,160 families/s.
ROWS = 200
MAX_PARAMETERS = 32_766  # SQLite's default limit on '?' (since 3.32) bounds a wide row's chunk


def insert_rows(conn, sql: str, rows: Sequence[Sequence]) -> None:
    """`conn.executemany(sql, rows)` for an `INSERT … VALUES (…)` with one row's values."""
    head, sep, values = sql.rpartition(" VALUES ")
    if not sep or not values.lstrip().startswith("("):
        raise ValueError("insert_rows takes an INSERT … VALUES (…) statement")
    values = values.strip()
    per_statement = max(1, min(ROWS, MAX_PARAMETERS // max(1, values.count("?"))))
    statements: dict[int, str] = {}
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        statement = statements.get(len(chunk))
        if statement is None:
            statement = statements[len(chunk)] = f"{head} VALUES {', '.join([values] * len(chunk))}"
        conn.execute(statement, [value for row in chunk for value in row])
