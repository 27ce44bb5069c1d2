"""Two Opvolging lists (store.opvolging) are read as split queries at 100,000 families
(issue 17): the birthday list one birth-date range per age, merged (the OR of both ranges
took 4 s), and 'te beoordelen' dated reviews then undated ones (one ORDER BY sorted every
match). Their pages must be exactly what the single queries gave: same rows, same order,
paging included."""

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


def test_the_birth_date_walk_keeps_the_day_order_around_29_february(demo_store):
    """Each age's range is walked in (birth date, person) order and cut at the page's end
    (90 ms fewer cold at 100,000 families): the same rows and order as sorting by day, also
    when 29 February, 1 March and several youths on one day meet a page's edge."""
    assert all(age % 4 == 0 for age in CONSENT_AGES)  # the birthday keeps the birth's day
    db = demo_store.db
    youths = [r[0] for r in db.execute(
        "SELECT p.id FROM persons p JOIN cases c ON c.family_id = p.family_id "
        "AND c.status IN ('intake', 'actief') WHERE p.role = 'jeugdige' ORDER BY p.id")]
    assert len(youths) >= 12
    days = ["02-28", "02-29", "02-29", "03-01", "02-29", "03-01", "03-02", "02-28", "03-01",
            "02-29", "03-03", "03-01"]
    with db.conn:
        for i, pid in enumerate(reversed(youths[:12])):  # ids against the day order
            age = CONSENT_AGES[i % 2]
            db.execute("UPDATE persons SET birth_date = ? WHERE id = ?",
                       [f"{2028 - age}-{days[i]}", pid])
    for today in (date(2028, 2, 20), date(2028, 2, 29), date(2028, 3, 1)):
        expected = _reference(db, today, 0, 100)
        assert len(expected) >= 6, today
        for offset, limit in ((0, 100), (0, 1), (1, 2), (2, 3), (3, 1), (4, 4), (0, 5)):
            got = [(r["case_id"], r["what"], r["day"], r["age"])
                   for r in o.rows(db, "consent_age", today, (), offset, limit)]
            assert got == _reference(db, today, offset, limit), (today, offset, limit)


def test_review_pages_equal_the_single_query(demo_store):
    db = demo_store.db
    regions = tuple(r[0] for r in db.execute("SELECT DISTINCT region FROM cases WHERE region IS NOT NULL"))
    # Some cases without a decision or review group yet: undated, listed after the dated.
    db.execute("UPDATE cases SET review_due = NULL, review_group = NULL, decision_id = NULL "
               "WHERE id IN (SELECT id FROM cases WHERE status IN ('intake', 'actief') "
               "AND review_due IS NULL ORDER BY id LIMIT 4)")
    clause, order, params = o._sql("to_review", date.today(), regions)

    def reference(offset, limit):
        sql = (f"SELECT c.id, c.review_due {clause} ORDER BY {order} LIMIT ? OFFSET ?")
        return [tuple(r) for r in db.execute(sql, params + [limit, offset])]

    every = reference(0, 1000)
    dated = [row for row in every if row[1] is not None]
    assert dated and len(dated) < len(every), "both dated and undated reviews"
    for offset, limit in ((0, 1000), (0, 2), (len(dated) - 1, 3), (len(dated), 2), (1, 50),
                          (len(every), 5)):
        got = [(r["case_id"], r["day"]) for r in o.rows(db, "to_review", date.today(), regions,
                                                        offset, limit)]
        assert got == reference(offset, limit), (offset, limit)
