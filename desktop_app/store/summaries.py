"""Caseload summaries and search rows in bulk: the set-based twin of
`Families.refresh_summary`, for a range of family ids in a few statements instead
of several per family (the demo writer, and any bulk change). tests/test_demo.py
checks that both give identical results; change them together."""

from __future__ import annotations

from sqlite_utils import Database

# Mirrors Families.refresh_summary: youths in (birth_date, id) order; the current case
# is the first by (status = 'afgesloten', start_date DESC, id DESC); the next evaluation
# is the earliest non-empty one among cases that are not closed.
_SUMMARY_SQL = """
WITH youth AS (
    SELECT family_id, group_concat(first_name, ', ' ORDER BY birth_date, id) AS youths
    FROM persons WHERE role = 'jeugdige' AND family_id BETWEEN :lo AND :hi
    GROUP BY family_id
), ranked AS (
    SELECT family_id, status, coordination, estimated_cost,
           row_number() OVER (PARTITION BY family_id
                              ORDER BY status = 'afgesloten', start_date DESC, id DESC) AS rn
    FROM cases WHERE family_id BETWEEN :lo AND :hi
), evals AS (
    SELECT family_id, min(next_evaluation) AS next_evaluation
    FROM cases
    WHERE family_id BETWEEN :lo AND :hi AND status <> 'afgesloten' AND next_evaluation <> ''
    GROUP BY family_id
)
UPDATE families
SET youths = s.youths, case_status = s.case_status,
    next_evaluation = s.next_evaluation, coordination = s.coordination,
    estimated_cost = s.estimated_cost
FROM (
    SELECT f.id, coalesce(y.youths, '') AS youths, coalesce(r.status, '') AS case_status,
           e.next_evaluation, r.coordination, r.estimated_cost
    FROM families f
    LEFT JOIN youth y ON y.family_id = f.id
    LEFT JOIN ranked r ON r.family_id = f.id AND r.rn = 1
    LEFT JOIN evals e ON e.family_id = f.id
    WHERE f.id BETWEEN :lo AND :hi
) AS s
WHERE families.id = s.id
"""

# Mirrors the family_fts row of Families.refresh_summary: names = family name, then
# "first last" of every member in (birth_date, id) order, joined by single spaces.
_FTS_SQL = """
INSERT INTO family_fts (rowid, names, bsns, postcodes, case_numbers)
SELECT f.id,
       f.family_name || coalesce(pn.names, ''),
       coalesce(pb.bsns, ''),
       trim(coalesce(f.postcode, '') || ' ' || replace(coalesce(f.postcode, ''), ' ', '')),
       coalesce(cn.numbers, '')
FROM families f
LEFT JOIN (
    SELECT family_id,
           group_concat(' ' || first_name || ' ' || coalesce(last_name, ''), ''
                        ORDER BY birth_date, id) AS names
    FROM persons WHERE family_id BETWEEN :lo AND :hi GROUP BY family_id
) pn ON pn.family_id = f.id
LEFT JOIN (
    SELECT family_id, group_concat(bsn, ' ' ORDER BY birth_date, id) AS bsns
    FROM persons WHERE family_id BETWEEN :lo AND :hi AND bsn <> '' GROUP BY family_id
) pb ON pb.family_id = f.id
LEFT JOIN (
    SELECT family_id,
           group_concat(case_number, ' '
                        ORDER BY status = 'afgesloten', start_date DESC, id DESC) AS numbers
    FROM cases WHERE family_id BETWEEN :lo AND :hi GROUP BY family_id
) cn ON cn.family_id = f.id
WHERE f.id BETWEEN :lo AND :hi
"""


def rebuild_summaries(db: Database, lo: int | None = None, hi: int | None = None) -> None:
    """Recompute caseload columns and search rows for families with lo <= id <= hi
    (all families when omitted). Call inside a transaction."""
    if lo is None or hi is None:
        first, last = db.execute("SELECT min(id), max(id) FROM families").fetchone()
        if first is None:
            return
        lo = first if lo is None else lo
        hi = last if hi is None else hi
    params = {"lo": lo, "hi": hi}
    db.execute(_SUMMARY_SQL, params)
    db.execute("DELETE FROM family_fts WHERE rowid BETWEEN :lo AND :hi", params)
    db.execute(_FTS_SQL, params)
