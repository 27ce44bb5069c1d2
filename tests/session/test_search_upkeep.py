"""Autosave's share of the GUI thread (issue 17): an edit of a surname, a BSN, the family name
or the postcode rewrites only the family's search row – the same row and caseload columns the
full summary refresh writes – and the search index's merge work is done in idle steps
(Households.tidy_search) that change no data, write no audit entry and announce nothing."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.models import Family, Person
from desktop_app.session import Session


@pytest.fixture
def session(store):
    s = Session(store)
    yield s
    s.writer.close(timeout=5)


def _family(session) -> tuple[int, list[int]]:
    h = session.households
    fid = h.new_family(Family("Ëlbers-van der Linden", municipality="Roermond",
                              postcode="6041 AB"), consultant="Petra Houben",
                       start=date(2026, 11, 2))
    pids = [
        h.add_person(Person(fid, "ouder", "Mariëlle", "Ëlbers", birth_date=date(1988, 4, 2),
                            bsn="111222333")),
        h.add_person(Person(fid, "jeugdige", "Noël", "Ëlbers", birth_date=date(2015, 3, 1))),
        h.add_person(Person(fid, "jeugdige", "Zoë", "Ëlbers", birth_date=date(2012, 6, 9))),
    ]
    return fid, pids


def _summary(db, fid: int) -> tuple:
    family = db.execute("SELECT * FROM families WHERE id = ?", [fid]).fetchone()
    search = db.execute("SELECT names, bsns, postcodes, case_numbers FROM family_fts "
                        "WHERE rowid = ?", [fid]).fetchone()
    return tuple(family), tuple(search)


@pytest.mark.parametrize("kind, field, value", [
    ("person", "last_name", "Ëlbers-Geelen"),
    ("person", "bsn", "123456782"),
    ("family", "family_name", "Geelen"),
    ("family", "postcode", "6042 CD"),
])
def test_a_search_only_edit_writes_what_the_full_refresh_writes(session, kind, field, value):
    fid, pids = _family(session)
    h, db = session.households, session.store.db
    if kind == "person":
        h.update_person(pids[0], field, value)
    else:
        h.update_family(fid, field, value)
    after_edit = _summary(db, fid)
    with db.atomic():
        h.repo.refresh_summary(fid)  # the full refresh the edit used to run
    assert _summary(db, fid) == after_edit
    assert h.count(value.split("-")[-1].split()[0]) == 1  # the search finds the new value


def test_a_surname_edit_is_found_by_the_new_name_only(session):
    fid, pids = _family(session)
    h = session.households
    h.update_person(pids[1], "last_name", "Vlaaimolen")
    assert [r["id"] for r in h.page("Vlaaimolen")] == [fid]
    h.update_person(pids[1], "last_name", "Ëlbers")
    assert h.count("Vlaaimolen") == 0


def test_tidy_search_merges_the_index_without_changing_data(demo_store):
    session = Session(demo_store)
    h, db = session.households, demo_store.db
    # Segments left for merging: FTS5's own merging in the commits held off.
    db.execute("INSERT INTO family_fts (family_fts, rank) VALUES ('automerge', 0)")
    people = [row[0] for row in db.execute("SELECT id FROM persons ORDER BY id LIMIT 12")]
    for i, pid in enumerate(people):
        h.update_person(pid, "last_name", f"Vlaaimolen {'abc'[i % 3]}{i}")
    texts = ("Vlaaimolen", "vlaaimolen c", "60", "CJG", "a")
    searches = {text: [r["id"] for r in h.page(text)] for text in texts}
    audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    stored = db.execute("SELECT rowid, * FROM family_fts ORDER BY rowid").fetchall()
    seen = []
    session.changes.subscribe(seen.append)

    steps = 0
    while h.tidy_search():
        steps += 1
        assert steps < 100, "the merge work never ended"
    assert steps >= 1
    assert h.tidy_search() is False  # nothing left
    db.execute("INSERT INTO family_fts (family_fts) VALUES ('integrity-check')")
    assert {text: [r["id"] for r in h.page(text)] for text in texts} == searches
    assert db.execute("SELECT rowid, * FROM family_fts ORDER BY rowid").fetchall() == stored
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
    assert seen == []
    assert session.writer.wait(5)  # its commit made durable by the writer, as an autosave's
    # The connection is back to synchronous=FULL for every other operation.
    assert demo_store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    session.writer.close(timeout=5)


def test_tidy_search_waits_while_locked_or_inside_an_operation(session):
    h = session.households
    with session.operation("outer", kinds=("members",)):
        assert h.tidy_search() is False  # never inside another operation's transaction
    session.lock()
    assert h.tidy_search() is False
