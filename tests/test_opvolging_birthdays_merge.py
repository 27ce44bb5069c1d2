"""The birthday list of Opvolging (store.opvolging) searches one birth-date range per age
and merges them (issue 17: the OR of both ranges took 4 s at 100,000 families). Its pages
must be exactly what the single OR query gave: same rows, same order, paging included."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.core.consent import CONSENT_AGES
from desktop_app.store import opvolging as o


def _reference(db, today: date, offset: int, limit: int) -> list[tuple]:
    """The former single query: both ranges OR-ed, ordered by day and person."""
    bounds = o._birthday_bounds(today)
    ranges = " OR ".join(f"(p.birth_date BETWEEN ? AND ? AND {o._ASK_AT[age]})"
                         for age in CONSENT_AGES)
    a, b = CONSENT_AGES
    sql = (f"SELECT c.id, p.first_name, CASE WHEN p.birth_date BETWEEN ? AND ? "
           f"THEN date(p.birth_date, '+{a} years') ELSE date(p.birth_date, '+{b} years') END "
           f"AS day, CASE WHEN p.birth_date BETWEEN ? AND ? THEN {a} ELSE {b} END AS age "
           "FROM persons p JOIN families f ON f.id = p.family_id "
           "JOIN cases c ON c.family_id = f.id AND c.status IN ('intake', 'actief') "
           f"WHERE p.role = 'jeugdige' AND ({ranges}) ORDER BY day, p.id LIMIT ? OFFSET ?")
    return [tuple(r) for r in db.execute(sql, bounds[:2] * 2 + bounds + [limit, offset])]


def test_merged_pages_equal_the_single_query(demo_store):
    db = demo_store.db
    youths = [r[0] for r in db.execute(
        "SELECT p.id FROM persons p JOIN cases c ON c.family_id = p.family_id "
        "AND c.status IN ('intake', 'actief') WHERE p.role = 'jeugdige' ORDER BY p.id")]
    assert len(youths) >= 8
    today = date(2027, 3, 1)
    # Interleave youths turning 12 and 16 within the 30 days, some on the same day.
    with db.conn:
        for i, pid in enumerate(youths[:8]):
            age = CONSENT_AGES[i % 2]
            day = today + timedelta(days=(i // 2) * 7)
            birth = day.replace(year=day.year - age)
            db.execute("UPDATE persons SET birth_date = ? WHERE id = ?",
                       [birth.isoformat(), pid])
    expected = _reference(db, today, 0, 100)
    assert len(expected) >= 8 and {row[3] for row in expected} == set(CONSENT_AGES)
    assert o.count(db, "consent_age", today) == len(expected)
    for offset, limit in ((0, 100), (0, 3), (3, 3), (5, 50), (len(expected), 5)):
        got = [(r["case_id"], r["what"], r["day"], r["age"])
               for r in o.rows(db, "consent_age", today, (), offset, limit)]
        assert got == _reference(db, today, offset, limit), (offset, limit)
