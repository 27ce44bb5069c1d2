"""The Opvolging page's lists: evaluations overdue, due this month and next month,
beschikkingen ending within eight weeks, coordination decisions still to be
taken ('te beoordelen'), and youths who turn 12 or 16 within 30 days and have not given
their own consent yet ('toestemming opnieuw vragen', core.consent: at 12 the youth's own
consent to the help and to sharing information, at 16 to the help). Each list is a count plus one limited page, each a range
scan on a partial index (migration m0600), so 100,000 families stay fast.

The lists read what store.case_state stored on the case (the lifecycle rule's status,
next evaluation and review), never a date of their own: a case due on 31-05-2027 is
'deze maand' on that day and 'te laat' from 01-06-2027."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from ..core import evaluation as ev
from ..core.consent import CONSENT_AGES, HELP, SHARE
from ..core.dates import add_months

KINDS = ("overdue", "this_month", "next_month", "ending", "to_review", "consent_age")
CONSENT_NOTICE_DAYS = 30
PAGE = 50

_CASE_COLUMNS = ("c.id AS case_id, c.family_id, c.case_number, f.family_name, f.youths, "
                 "c.consultant")
_OPEN = "c.status IN ('intake', 'actief') AND c.next_evaluation IS NOT NULL"
_REVIEW = ("c.status IN ('intake', 'actief') AND (c.review_due IS NOT NULL OR "
           "(c.review_group IS NULL AND c.decision_id IS NULL))")


def _bounds(kind: str, today: date) -> tuple[str, list]:
    first, nxt, after = ev.month_bounds(today)
    if kind == "overdue":
        return "c.next_evaluation < ?", [today.isoformat()]
    if kind == "this_month":
        return "c.next_evaluation >= ? AND c.next_evaluation < ?", [today.isoformat(),
                                                                   nxt.isoformat()]
    if kind == "next_month":
        return "c.next_evaluation >= ? AND c.next_evaluation < ?", [nxt.isoformat(),
                                                                   after.isoformat()]
    raise KeyError(kind)


def _birthday_bounds(today: date) -> list[str]:
    """Birth dates whose 12th / 16th birthday falls in [today, today + 30 days]."""
    horizon = today + timedelta(days=CONSENT_NOTICE_DAYS)
    out = []
    for age in CONSENT_AGES:
        out += [add_months(today, -12 * age).isoformat(),
                add_months(horizon, -12 * age).isoformat()]
    return out


# The youth's own consent of one kind for the case, complete as core.consent.consent_gaps
# has it (what, with whom, by whom, when, how) and not withdrawn.
def _own_consent(kind: str) -> str:
    return ("EXISTS (SELECT 1 FROM consents k WHERE k.case_id = c.id "
            f"AND k.person_id = p.id AND k.kind = '{kind}' "
            "AND (k.subject_id IS NULL OR k.subject_id = p.id) "
            "AND NOT k.withdrawn AND trim(coalesce(k.what, '')) <> '' "
            "AND trim(coalesce(k.with_whom, '')) <> '' AND k.given_on IS NOT NULL "
            "AND coalesce(k.method, '') <> '')")


# What the birthday changes (core.consent): at 12 the youth consents to the help (with the
# parents) and alone to sharing information; at 16 alone to the help. Listed while the
# youth's own consent of a kind that birthday needs is not recorded.
_ASK_AT = {
    CONSENT_AGES[0]: f"(NOT {_own_consent(HELP)} OR NOT {_own_consent(SHARE)})",
    CONSENT_AGES[1]: f"NOT {_own_consent(HELP)}",
}


def _sql(kind: str, today: date, regions: tuple[str, ...]) -> tuple[str, str, list]:
    """(FROM/WHERE clause, ORDER BY, params) of one list."""
    if kind in ("overdue", "this_month", "next_month"):
        where, params = _bounds(kind, today)
        return (f"FROM cases c INDEXED BY idx_cases_open_next_eval JOIN families f "
                f"ON f.id = c.family_id WHERE {_OPEN} AND {where}",
                "c.next_evaluation, c.id", params)
    if kind == "ending":
        return ("FROM deployments d INDEXED BY idx_deployments_running_end "
                "JOIN cases c ON c.id = d.case_id JOIN families f ON f.id = c.family_id "
                "LEFT JOIN products p ON p.id = d.product_id "
                "WHERE d.status <> 'beëindigd' AND d.end_date IS NOT NULL "
                "AND d.end_date >= ? AND d.end_date <= ? AND c.status <> 'afgesloten'",
                "d.end_date, d.id", [today.isoformat(), ev.ending_horizon(today).isoformat()])
    if kind == "to_review":
        marks = ", ".join("?" * len(regions)) or "NULL"
        return (f"FROM cases c INDEXED BY idx_cases_review_due JOIN families f "
                f"ON f.id = c.family_id WHERE {_REVIEW} AND c.region IN ({marks})",
                "c.review_due IS NULL, c.review_due, c.id", list(regions))
    raise KeyError(kind)


def count(db: Database, kind: str, today: date, regions: tuple[str, ...] = ()) -> int:
    if kind == "consent_age":
        # One range search per birthday age (the windows never overlap): the OR of two
        # ranges made SQLite scan the whole youth index, 10x slower at 100,000 families.
        bounds = _birthday_bounds(today)
        return sum(_count_consent(db, bounds[2 * i:2 * i + 2], age)
                   for i, age in enumerate(CONSENT_AGES))
    clause, _order, params = _sql(kind, today, regions)
    # The family join only names the family: every case has one (foreign key), so the
    # count reads the cases' index alone (the Opvolging page's first paint, issue 17).
    clause = clause.replace(" JOIN families f ON f.id = c.family_id", "")
    # Nor does the product join (the product's name only): 5,549 lookups fewer for
    # 'ending' at 100,000 families.
    clause = clause.replace(" LEFT JOIN products p ON p.id = d.product_id", "")
    return db.execute(f"SELECT count(*) {clause}", params).fetchone()[0]


def _count_consent(db: Database, bounds: list[str], age: int) -> int:
    sql = ("SELECT count(*) FROM persons p INDEXED BY idx_persons_youth_birth "
           "JOIN cases c ON c.family_id = p.family_id AND c.status IN ('intake', 'actief') "
           f"WHERE p.role = 'jeugdige' AND p.birth_date BETWEEN ? AND ? AND {_ASK_AT[age]}")
    return db.execute(sql, bounds).fetchone()[0]


def rows(db: Database, kind: str, today: date, regions: tuple[str, ...] = (),
         offset: int = 0, limit: int = PAGE) -> list[dict]:
    """One page: case id, family id, case number, family name, youths, consultant and
    'day' (the due date, the end of the beschikking or the review date) + 'what'."""
    if kind == "consent_age":
        return _consent_rows(db, today, offset, limit)
    if kind == "to_review":
        return _review_rows(db, today, regions, offset, limit)
    clause, order, params = _sql(kind, today, regions)
    extra = {"ending": "d.end_date AS day, coalesce(p.name, '') AS what",
             "to_review": "c.review_due AS day, '' AS what"}.get(
                 kind, "c.next_evaluation AS day, '' AS what")
    sql = f"SELECT {_CASE_COLUMNS}, {extra} {clause} ORDER BY {order} LIMIT ? OFFSET ?"
    return [dict(r) for r in db.query(sql, params + [limit, offset])]


def _review_rows(db: Database, today: date, regions: tuple[str, ...], offset: int,
                 limit: int) -> list[dict]:
    """'Te beoordelen' in its order – dated reviews first, by date, then the undated ones –
    as two walks of the (review_due, id) index, each stopping at the page's end: one ORDER
    BY with 'review_due IS NULL' first made SQLite sort every match (71 ms at 100,000
    families, on the start page; issue 17)."""
    clause, _order, params = _sql("to_review", today, regions)
    select = f"SELECT {_CASE_COLUMNS}, c.review_due AS day, '' AS what {clause}"
    want = offset + limit
    dated = [dict(r) for r in db.query(
        f"{select} AND c.review_due IS NOT NULL ORDER BY c.review_due, c.id LIMIT ?",
        params + [want])]
    if len(dated) < want:
        dated += [dict(r) for r in db.query(
            f"{select} AND c.review_due IS NULL ORDER BY c.id LIMIT ?",
            params + [want - len(dated)])]
    return dated[offset:want]


def _consent_rows(db: Database, today: date, offset: int, limit: int) -> list[dict]:
    """The birthday list's page: one range search per age, merged by (day, person). The OR
    of both ranges made SQLite walk the whole youth index with its consent subqueries:
    4 s at 100,000 families on the start page (issue 17); each range alone reads only
    the youths of its window. 'what' is the youth's first name (shown, never logged),
    'age' the birthday's age. Each range is walked in the index's (birth date, person)
    order and stops at the page's end: sorting every youth of the window by day first
    read each one's rows, 90 ms cold at 100,000 families on the start page (issue 17).
    The orders agree: a 12th or 16th birthday falls on the birth date's own day of the
    year – a multiple of four years on, 29 February exists again (1901-2099; tests/
    test_opvolging_split_queries.py holds the ages to that)."""
    bounds = _birthday_bounds(today)
    merged: list[dict] = []
    for i, age in enumerate(CONSENT_AGES):
        sql = (f"SELECT {_CASE_COLUMNS}, date(p.birth_date, '+{age} years') AS day, "
               f"p.first_name AS what, {age} AS age, p.id AS person_id "
               "FROM persons p INDEXED BY idx_persons_youth_birth "
               "JOIN families f ON f.id = p.family_id "
               "JOIN cases c ON c.family_id = f.id AND c.status IN ('intake', 'actief') "
               "WHERE p.role = 'jeugdige' AND p.birth_date BETWEEN ? AND ? "
               f"AND {_ASK_AT[age]} ORDER BY p.birth_date, p.id LIMIT ?")
        merged += [dict(r) for r in db.query(sql, bounds[2 * i:2 * i + 2] + [offset + limit])]
    merged.sort(key=lambda r: (r["day"], r["person_id"]))
    page = merged[offset:offset + limit]
    for row in page:
        del row["person_id"]
    return page


def load(db: Database, today: date, regions: tuple[str, ...] = (),
         limit: int = PAGE, counts: bool = True) -> dict[str, tuple[int | None, list[dict]]]:
    """Every list's count and first page: {kind: (count, rows)}. Without `counts` the
    counts are None: each first page is a short index walk, but a count reads every match
    (at 100,000 families most of the page's reading; the start page counts afterwards)."""
    return {kind: (count(db, kind, today, regions) if counts else None,
                   rows(db, kind, today, regions, 0, limit))
            for kind in KINDS}
