"""Writing the demo dataset fast.

`fill_demo` writes generated families in batches, each batch in one transaction
together with its caseload summary and search rows, so an interrupted fill
leaves only complete families behind.

The caseload summary and search rows of each batch are rebuilt in bulk by
store/summaries.py (`rebuild_summaries`, the set-based twin of
`Families.refresh_summary`).
"""

from __future__ import annotations

import gc
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from sqlite_utils import Database

from ..core.demo import DemoFamily, generate
from ..core.names import sort_key
from . import audit
from .audit_bulk import bulk_audit
from .bulk_rows import insert_rows
from .demo_steps import FEATURES, Feature, steps_of, writers_of
from .demo_wal import WalCheckpoints
from .families import now
from .summaries import rebuild_summaries

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
    insert_rows(conn, _FAMILY_SQL, families)
    insert_rows(conn, _PERSON_SQL, persons)
    insert_rows(conn, _CASE_SQL, cases)
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


class _Ahead:
    """The next batch, generated on a helper thread while the previous one commits: the
    COMMIT (page encryption, WAL write, checkpoint, fsync) runs in SQLite without the GIL,
    about a tenth of a fill (issue 17). Only then: while the batch is written, Python runs on
    one thread, as before (two threads in Python would take turns on the GIL). One
    generator, advanced by one thread at a time, so the same batches in the same order."""

    def __init__(self, batches: Iterator[list[tuple[int, DemoFamily]]]):
        self._batches = batches
        self._thread: threading.Thread | None = None
        self._result: list[tuple[int, DemoFamily]] | None = None
        self._error: BaseException | None = None

    def _next(self) -> None:
        try:
            self._result = next(self._batches, None)
        except BaseException as exc:  # noqa: BLE001 - re-raised by take() on the caller's thread
            self._error = exc

    def start(self) -> None:
        if self._thread is not None:  # already under way
            return
        self._thread = threading.Thread(target=self._next, name="demo-ahead", daemon=True)
        self._thread.start()

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def take(self) -> list[tuple[int, DemoFamily]] | None:
        """The next batch (None at the end): the one started ahead, else made now."""
        if self._thread is None:
            self._next()
        self.join()
        batch, error = self._result, self._error
        self._result = self._error = None
        if error is not None:
            raise error
        return batch


# The fill's page cache (KiB, negative as PRAGMA cache_size takes it): a batch writes some
# 65 MB of pages; with the connection's 32 MiB most are spilled to the WAL before the
# COMMIT and the audit trail's index pages (tbl, row_ref: spread out as text) read back.
FILL_CACHE_KIB = 131_072


@contextmanager
def _bulk_mode(db: Database) -> Iterator[None]:
    """For the fill only, restored afterwards: a larger page cache (FILL_CACHE_KIB), and the
    cyclic garbage collector less often – a batch is some million new objects (families,
    rows, tuples) that live until it is written, and with the default threshold every 700
    allocations start a collection that walks them, about a twentieth of a fill (perf,
    issue 17). Reference counting frees them as before; what collection there is still
    runs."""
    before = gc.get_threshold()
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    gc.set_threshold(100_000, 50, 1000)
    db.execute(f"PRAGMA cache_size = {-FILL_CACHE_KIB if cache > -FILL_CACHE_KIB else cache}")
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if db.conn:  # not while locked
            db.execute(f"PRAGMA cache_size = {int(cache)}")


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
    # Every inserted row's audit trigger asks who is working; the OS user name costs a
    # getpwuid each time (18% of generating, issue 17): resolve it once. The same value.
    audit.set_actor(audit.actor())
    db: Database = store.db
    key = getattr(store, "key", None)  # the audit chain's key (store.audit_bulk)
    started = time.perf_counter()
    first_id = (db.execute("SELECT max(id) FROM families").fetchone()[0] or 0) + 1
    generated = generate(families, seed, today=today, used_bsns=used_bsns(db),
                         last_case_numbers=last_case_numbers(db), steps=steps_of(features))
    writers = writers_of(features)
    done = 0
    stamp = now()
    from . import case_state

    policies = case_state.default_policies()
    fresh = db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    ahead = _Ahead(_batches(generated, first_id, batch_size))
    # The WAL is folded in beside the next batch, not in each COMMIT (store/demo_wal.py).
    with WalCheckpoints(store) as wal, _bulk_mode(db):
        try:
            batch = ahead.take()
            while batch is not None:
                with db.atomic():
                    # The batch's audit entries set-based (store/audit_bulk.py: issue 17, the
                    # per-row triggers were over half of the fill), the same entries and
                    # order. The next batch is generated while the audit entries are written
                    # and the batch commits (SQLite, without the GIL): bulk_audit starts it.
                    with bulk_audit(db, key=key, then=ahead.start):
                        _write_batch(db, batch, stamp, writers)
                        # The demo's cases obey the same lifecycle rule as every other case.
                        case_state.refresh_family_range(db, batch[0][0], batch[-1][0],
                                                        policies)
                    ahead.start()  # (when bulk_audit had nothing to write)
                wal.committed()
                done += len(batch)
                if progress:
                    progress(done, families)
                batch = ahead.take()
        finally:
            ahead.join()
        if fresh:  # older cases would still need the recompute at the next open
            with db.atomic():
                case_state.mark_current(db)
    log.info("demo data: %d families written in %.1f s", done, time.perf_counter() - started)
    return done
