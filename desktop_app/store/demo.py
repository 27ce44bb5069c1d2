"""Writing the demo dataset fast, and rebuilding caseload summaries in bulk.

`fill_demo` writes generated families in batches, each batch in one transaction
together with its caseload summary and search rows, so an interrupted fill
leaves only complete families behind.

`rebuild_summaries` is the set-based twin of `Families.refresh_summary`: the
same columns and the same `family_fts` rows for a range of family ids, in a
few statements instead of several per family. tests/test_demo.py checks that
both give identical results; change them together.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from sqlite_utils import Database

from ..core.demo import DemoFamily, generate
from ..core.names import sort_key
from .demo_steps import FEATURES, Feature, steps_of, writers_of
from .families import now

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

BATCH_SIZE = 2000

_FAMILY_SQL = (
    "INSERT INTO families (id, family_name, street, house_number, postcode, city, municipality, "
    "phone, email, sort_name, youths, case_status, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?)"
)
_PERSON_SQL = (
    "INSERT INTO persons (family_id, role, first_name, last_name, birth_date, bsn, gezag, phone, "
    "email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_CASE_SQL = (
    "INSERT INTO cases (family_id, case_number, municipality, region, status, consultant, "
    "start_date, end_date, next_evaluation, coordination, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

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


def used_bsns(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT bsn FROM persons WHERE bsn <> ''").fetchall()}


_CASE_NUMBER = re.compile(r"^CJG-(\d{4})-(\d{6})$")


def last_case_numbers(db: Database) -> dict[int, int]:
    """Highest sequence number per year, as Families.next_case_number sees it."""
    result: dict[int, int] = {}
    rows = db.execute(
        "SELECT max(case_number) FROM cases WHERE case_number LIKE 'CJG-%' "
        "GROUP BY substr(case_number, 5, 4)"
    ).fetchall()
    for (number,) in rows:
        m = _CASE_NUMBER.match(number or "")
        if m:
            result[int(m.group(1))] = int(m.group(2))
    return result


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _write_batch(db: Database, batch: list[tuple[int, DemoFamily]], stamp: str,
                 writers: Sequence) -> None:
    families, persons, cases = [], [], []
    for family_id, demo in batch:
        f = demo.family
        f.id = family_id
        families.append((family_id, f.family_name, f.street, f.house_number, f.postcode, f.city,
                         f.municipality, f.phone, f.email, sort_key(f.family_name), stamp, stamp))
        for p in f.members:
            p.family_id = family_id
            persons.append((family_id, p.role, p.first_name, p.last_name, _iso(p.birth_date),
                            p.bsn, int(p.gezag), p.phone, p.email, stamp, stamp))
        for c in demo.cases:
            c.family_id = family_id
            cases.append((family_id, c.case_number, c.municipality, c.region, c.status,
                          c.consultant, _iso(c.start_date), _iso(c.end_date),
                          _iso(c.next_evaluation),
                          None if c.coordination is None else int(c.coordination),
                          stamp, stamp))
    conn = db.conn
    conn.executemany(_FAMILY_SQL, families)
    conn.executemany(_PERSON_SQL, persons)
    conn.executemany(_CASE_SQL, cases)
    for writer in writers:  # in the order of store/demo_steps.py
        writer(db, batch)
    rebuild_summaries(db, batch[0][0], batch[-1][0])


def _batches(items: Iterable[DemoFamily], first_id: int, size: int):
    batch: list[tuple[int, DemoFamily]] = []
    for offset, demo in enumerate(items):
        batch.append((first_id + offset, demo))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def fill_demo(
    store,
    families: int,
    seed: int = 2026,
    progress: Progress | None = None,
    *,
    today: date | None = None,
    batch_size: int = BATCH_SIZE,
    features: Sequence[Feature] = FEATURES,
) -> int:
    """Add `families` fictional families to an open store; returns how many were written.
    Existing data is kept: BSNs and case numbers already in use are not reused.
    `features`: the (step, writer) pairs of store/demo_steps.py, in order."""
    if families <= 0:
        return 0
    db: Database = store.db
    started = time.perf_counter()
    first_id = (db.execute("SELECT max(id) FROM families").fetchone()[0] or 0) + 1
    generated = generate(families, seed, today=today, used_bsns=used_bsns(db),
                         last_case_numbers=last_case_numbers(db), steps=steps_of(features))
    writers = writers_of(features)
    done = 0
    stamp = now()
    for batch in _batches(generated, first_id, batch_size):
        with db.atomic():
            _write_batch(db, batch, stamp, writers)
        done += len(batch)
        if progress:
            progress(done, families)
    log.info("demo data: %d families written in %.1f s", done, time.perf_counter() - started)
    return done
