"""Fast caseload pages for broad searches (measured in tests/benchmarks).

A short prefix such as 'j', '6' or 'CJG-2' matches a large part of the caseload.
Asking FTS5 for all matches and sorting them by name costs O(matches): 150–300 ms
at 100,000 families, per keystroke. For such broad searches it is much cheaper to
walk the families in name order (the (sort_name, id) index) and test each one's
stored search row in Python, until a page is full: when most families match, a
few rows are read per row shown.

Narrow searches keep the FTS5 plan (cost O(matches), small by definition). A
cheap probe (a bounded count of FTS5 rowids, see is_broad) decides which to use.

The Python test mirrors the FTS5 tokenizer `unicode61 remove_diacritics 2` for
the queries it is used on: every query token is ASCII, row text is split into
runs of letters and digits, lower-cased, with combining marks removed (NFD). A
query phrase ('cjg 2024 0', core.search.fts_query) matches where its words follow
each other within one column, as in FTS5: ' cjg 2024 0' in ' … | cjg 2024 000006 | …'.
tests/test_caseload_search.py checks that both plans return the same rows.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata

from sqlite_utils import Database

from ..core.search import fts_query

WALK_COST = 10  # reading one family in name order ≈ this many FTS5 matches (measured)
MIN_BROAD = 2000
CHUNK = 1000
_QUERY_TOKEN = re.compile(r'"([^"]*)"\*')


_COMBINING = re.compile("[\u0300-\u036f]+")
_NON_WORD = re.compile(r"[\W_]+")


def _fold(text: str) -> str:
    """Lower case without diacritics ('Zoë' -> 'zoe'), like remove_diacritics."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFD", text))
    return text.lower()


def row_matches(prefixes: list[str], texts) -> bool:
    """True when every prefix (a phrase) starts some words of the row (the FTS5 AND)."""
    folded = [_fold(t or "") for t in texts]
    text = " ".join(folded)
    if not all(t in text for p in prefixes for t in p.split(" ")):  # rejects most rows
        return False
    return matches_words(prefixes, _words(folded))


def words_of(texts) -> str:
    """The row's search text as ' word word | word …' (folded, a '|' between columns: a
    phrase does not run on into the next column), for `matches_words`."""
    return _words([_fold(t or "") for t in texts])


def _words(folded: list[str]) -> str:
    return " " + " | ".join(_NON_WORD.sub(" ", f).strip() for f in folded) + " "


def matches_words(prefixes: list[str], words: str) -> bool:
    # A prefix starts a word (and its phrase runs on word by word) where " prefix" occurs.
    return all(" " + p in words for p in prefixes)


class WalkCache:
    """The families in name order with their folded search words, as far as a broad search
    has walked them: typing 'C', 'CJ', 'CJG-2…' walks the same first rows again, and reading
    them (FTS5 content, decrypted page by page) was most of a keystroke (issue 17). Valid
    while the database is unchanged: every write to families, persons or cases writes an
    audit entry (store.audit's triggers), so audit_log's last id is the stamp."""

    def __init__(self) -> None:
        self.stamp: object = None
        self.keys: list[tuple[str, int]] = []  # (sort_name, id), in walk order
        self.words: list[str] = []
        self.complete = False
        self.table_at = 0  # the families table read ahead up to this id (warm_families)
        self.table_done = False

    def check(self, db: Database) -> None:
        stamp = (db.execute("SELECT max(id) FROM audit_log").fetchone()[0],
                 db.execute("SELECT max(id) FROM families").fetchone()[0])
        if stamp != self.stamp:
            self.stamp, self.keys, self.words, self.complete = stamp, [], [], False

    def extend(self, db: Database, n: int) -> bool:
        """Read up to n more families; False when there are none."""
        if self.complete:
            return False
        where, args = "", []
        if self.keys:
            where, args = " WHERE (f.sort_name, f.id) > (?, ?)", list(self.keys[-1])
        rows = db.execute(
            f"SELECT f.sort_name, f.id, s.c0, s.c1, s.c2, s.c3 "
            f"FROM families f LEFT JOIN family_fts_content s ON s.id = f.id{where} "
            f"ORDER BY f.sort_name, f.id LIMIT ?", args + [n]).fetchall()
        for row in rows:
            self.keys.append((row[0], row[1]))
            self.words.append(words_of(row[2:]))
        if len(rows) < n:
            self.complete = True
        return bool(rows)


def warm(db: Database, cache: WalkCache, rows: int, upto: int) -> bool:
    """One idle step of reading ahead (after the caseload shows). First the walk: the next
    `rows` families into `cache` – the first broad keystroke of a session read ~2,000 cold
    rows, 60–90 ms at 100,000 families (issue 17); 20,000 rows ≈ 2 MB, in ~80 steps of
    ~4 ms. Then the families table itself (warm_families). True while there is more."""
    cache.check(db)
    if not cache.complete and len(cache.keys) < upto:
        cache.extend(db, rows)
        return True
    return warm_families(db, cache)


TABLE_STEP = 5_000


def warm_families(db: Database, cache: WalkCache) -> bool:
    """Read the next TABLE_STEP ids of the families table, so that its pages are in the
    connection's page cache. The narrow (FTS5) plan sorts its matches by name, fetching
    each match's family row by id: 've' at 100,000 families (9,583 matches) read them page
    by page, 210–240 ms cold and 5 ms warm, the slowest keystroke of the benchmark. The
    whole table read once in id order takes ~14 ms at 100,000 (a few MB of pages, well
    within the 32 MB cache), here in steps of ~1 ms. Edits on this connection keep the
    cached pages; a change from another connection (a sync pull) empties the cache, and
    narrow searches read cold again until they have been read. True while there is more."""
    if cache.table_done:
        return False
    start = cache.table_at
    # NOT INDEXED: the table's own pages (a covering index would answer the count alone).
    db.execute("SELECT count(f.sort_name) FROM families f NOT INDEXED "
               "WHERE f.id > ? AND f.id <= ?", [start, start + TABLE_STEP]).fetchone()
    cache.table_at = start + TABLE_STEP
    top = db.execute("SELECT max(id) FROM families").fetchone()[0] or 0
    cache.table_done = cache.table_at >= top
    return not cache.table_done


def walk_cached(db: Database, cache: WalkCache, prefixes: list[str],
                after: tuple[str, int] | None, limit: int, max_rows: int) -> list[int] | None:
    """walk_page's ids without filters, through the cache; None as walk_page."""
    cache.check(db)
    i = 0 if after is None else bisect.bisect_right(cache.keys, tuple(after))
    hits: list[int] = []
    read = 0
    chunk = 2 * limit
    while len(hits) < limit and read < max_rows:
        if i >= len(cache.keys):
            if not cache.extend(db, chunk):
                return hits  # the end of the caseload: this is every match
            if after is not None:  # `after` may lie beyond what was cached
                i = max(i, bisect.bisect_right(cache.keys, tuple(after)))
        chunk = min(chunk * 2, CHUNK)
        end = len(cache.keys)
        words = cache.words
        while i < end and len(hits) < limit and read < max_rows:
            if matches_words(prefixes, words[i]):
                hits.append(cache.keys[i][1])
            i += 1
            read += 1
    if len(hits) < limit:
        if i >= len(cache.keys) and cache.complete:
            return hits
        return None
    return hits


def ascii_prefixes(text: str) -> list[str] | None:
    """The query tokens of fts_query(text), when all are ASCII (else None)."""
    match = fts_query(text)
    if not match:
        return None
    tokens = _QUERY_TOKEN.findall(match)
    if not tokens or not all(t.isascii() for t in tokens):
        return None
    return tokens


def is_broad(db: Database, match: str) -> bool:
    """True when walking the name index is cheaper than the FTS5 plan. The walk reads
    about limit × N / m rows for m matches (each a few times dearer than one FTS5
    match); the FTS5 plan handles all m: the walk wins once m² > WALK_COST × 200 × N."""
    # max(id) is an O(log n) stand-in for the number of families.
    total = db.execute("SELECT max(id) FROM families").fetchone()[0] or 0
    threshold = max(MIN_BROAD, int(math.sqrt(WALK_COST * 200 * total)))
    if total < threshold:
        return False
    found = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM family_fts WHERE family_fts MATCH ? LIMIT ?)",
        [match, threshold],
    ).fetchone()[0]
    return found >= threshold


def walk_page(db: Database, prefixes: list[str], columns: str, municipality: str | None,
              status: str | None, after: tuple[str, int] | None, limit: int,
              max_rows: int, cache: WalkCache | None = None) -> list[dict] | None:
    """Walk families in name order and keep those whose search row matches.
    Returns None when more than `max_rows` were read without filling the page
    (the caller then falls back to the FTS5 plan)."""
    if cache is not None and not municipality and not status:
        ids = walk_cached(db, cache, prefixes, after, limit, max_rows)
        return None if ids is None else _rows_by_id(db, columns, ids)
    filters, params = [], []
    if municipality:
        filters.append("f.municipality = ?")
        params.append(municipality)
    if status:
        filters.append("f.case_status = ?")
        params.append(status)
    hits: list[int] = []
    read = 0
    position = after
    chunk = 2 * limit  # grows: a broad search fills a page within a few hundred rows
    while len(hits) < limit and read < max_rows:
        clauses = list(filters)
        args = list(params)
        if position is not None:
            clauses.append("(f.sort_name, f.id) > (?, ?)")
            args += [position[0], position[1]]
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        # Only (sort_name, id) from the covering index and the search text of each family:
        # family_fts_content is FTS5's own table of the indexed text (c0..c3 = names,
        # bsns, postcodes, case_numbers), read by rowid.
        rows = db.execute(
            f"SELECT f.sort_name, f.id, s.c0, s.c1, s.c2, s.c3 "
            f"FROM families f LEFT JOIN family_fts_content s ON s.id = f.id{where} "
            f"ORDER BY f.sort_name, f.id LIMIT ?",
            args + [chunk],
        ).fetchall()
        read += len(rows)
        for row in rows:
            if row_matches(prefixes, row[2:]):
                hits.append(row[1])
                if len(hits) == limit:
                    break
        if len(hits) == limit or len(rows) < chunk:
            break
        position = (rows[-1][0], rows[-1][1])
        chunk = min(chunk * 2, CHUNK)
    else:
        if len(hits) < limit:
            return None
    return _rows_by_id(db, columns, hits)


def _rows_by_id(db: Database, columns: str, ids: list[int]) -> list[dict]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    cursor = db.execute(
        f"SELECT {columns} FROM families f WHERE f.id IN ({marks}) ORDER BY f.sort_name, f.id",
        ids)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
