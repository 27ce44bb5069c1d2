"""Migrations tested on real old databases (issue 19 item 6; the SecureDrop client's
practice): every released schema version left a small encrypted database in
tests/migration_dbs/ (a 20-family demo made by that version's own CLI, see its README);
each must migrate to the latest schema with every row intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.store import cipher, open_store
from desktop_app.store.migrations import MIGRATIONS

HERE = Path(__file__).resolve().parent / "migration_dbs"
MANIFEST = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
PASSPHRASE = MANIFEST["passphrase"]
FILES = MANIFEST["files"]
# Tables a migration or the first open may add rows to: the audit trail (entries for the
# rows a migration or the case recompute changed) and bookkeeping.
GROWING = {"audit_log", "audit_head", "_sqlite_migrations", "settings"}  # audit_head: written
# before the pre-migration copy (store.audit_chain)


def _rows(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%' ORDER BY name")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _read_old(path: Path) -> tuple[dict[str, int], list[tuple], list[tuple]]:
    """Row counts, families and cases of the file as that version left it (no migration)."""
    conn, key, _ = cipher.unlock(path, PASSPHRASE)
    try:
        counts = _rows(conn)
        families = conn.execute("SELECT id, family_name FROM families ORDER BY id").fetchall()
        cases = conn.execute("SELECT id, family_id, start_date FROM cases ORDER BY id").fetchall()
    finally:
        conn.close()
        key.wipe()
    return counts, families, cases


def test_the_manifest_lists_at_least_three_released_versions():
    assert len(FILES) >= 3
    for entry in FILES:
        assert (HERE / entry["file"]).is_file(), entry["file"]
        assert entry["families"] == 20 and entry["migrations"]


def test_the_newest_migration_has_its_database():
    """Every migration adds its own database file: run `python tests/migration_dbs/make.py`
    after adding one (it records the file in manifest.json). Nothing is skipped."""
    names = [m.name for m in MIGRATIONS._migrations]
    newest = max(FILES, key=lambda f: len(f["migrations"]))
    missing = sorted(set(names) - set(newest["migrations"]))
    assert not missing, (
        f"no migration test database holds {missing}: run python tests/migration_dbs/make.py")


@pytest.mark.parametrize("entry", FILES, ids=[f["file"] for f in FILES])
def test_each_old_database_migrates_with_every_row_intact(entry, data_dir):
    from desktop_app.session import Session
    from desktop_app.store import case_state

    path = data_dir / "gezinsplan.db"
    shutil.copyfile(HERE / entry["file"], path)
    before, families, cases = _read_old(path)
    assert len(families) == entry["families"] and cases
    store = open_store(path, PASSPHRASE)
    try:
        assert set(store.schema_version()) == {m.name for m in MIGRATIONS._migrations}
        assert set(entry["migrations"]) <= set(store.schema_version())
        session = Session(store)  # the case_state recompute after a rule change
        after = _rows(store.conn)
        for table, count in before.items():
            if table in GROWING:
                assert after[table] >= count, table
            else:
                assert after[table] == count, (table, count, after[table])
        db = store.db
        assert db.execute("SELECT id, family_name FROM families ORDER BY id").fetchall() \
            == families
        assert db.execute("SELECT id, family_id, start_date FROM cases ORDER BY id").fetchall() \
            == cases
        # Each case's status and next evaluation are what the lifecycle says now.
        ids = [c[0] for c in cases]
        stored = case_state.snapshot(db, ids)
        computed = case_state.compute(db, ids, session.policies)
        assert stored and len(stored) == len(ids)
        for case_id, (state, _review, _family) in computed.items():
            due = state.next_evaluation.due
            assert stored[case_id][:2] == (state.status, due.isoformat() if due else None)
        open_cases = [cid for cid, (state, _r, _f) in computed.items()
                      if state.status != "afgesloten"]
        with_next = [c for c in open_cases if stored[c][1]]
        assert with_next, "no open case with a next evaluation: the recompute did not run"
        assert len({stored[c][0] for c in ids}) > 1  # a demo has cases in several stages
        # The families read through the session as the screens read them.
        first_id, first_name = families[0]
        assert session.households.get_family(first_id).family_name == first_name
        assert store.integrity_check() == []
    finally:
        store.close()
    copies = list((data_dir / "backups").glob("voor-migratie-*.db"))
    if len(entry["migrations"]) == len(MIGRATIONS._migrations):
        assert copies == []  # nothing to migrate: no copy taken
        return
    # An old database is copied before it changes shape: encrypted, complete, the old
    # version (it replaces the tests that registered a throwaway migration).
    assert len(copies) == 1
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copies[0]).execute("SELECT * FROM sqlite_master").fetchall()
    with open_store(copies[0], PASSPHRASE, migrate=False, check=False) as old:
        assert sorted(old.schema_version()) == sorted(entry["migrations"])
        copied = _rows(old.conn)
        # The copy carries the audit chain's head, written just before it was made.
        assert {t: n for t, n in copied.items() if t != "audit_head"} == \
            {t: n for t, n in before.items() if t != "audit_head"}
