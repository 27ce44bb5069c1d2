"""store.audit_bulk: the demo fill's set-based audit entries equal what the per-row
triggers write, the chain verifies, and the triggers (audit and team sync) come back."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest

from desktop_app.store import audit, create_store
from desktop_app.store import demo as store_demo
from desktop_app.store.audit_bulk import bulk_audit
from desktop_app.store.demo import fill_demo

TODAY = date(2026, 3, 1)
PASSPHRASE = "vlaai-en-zuurvlees-2026"
_CONTENT = "SELECT id, who, action, tbl, row_ref, fields, detail FROM audit_log ORDER BY id"


@pytest.fixture
def make_store(tmp_path, monkeypatch):
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(tmp_path))
    made = []

    def make(name: str):
        folder = tmp_path / name
        folder.mkdir()
        s = create_store(folder / "gezinsplan.db", PASSPHRASE)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


def _triggers(db, master="sqlite_master"):
    return dict(db.execute(f"SELECT name, sql FROM {master} WHERE type = 'trigger'").fetchall())


def _per_row(monkeypatch):
    """fill_demo with the per-row triggers, as before store.audit_bulk."""
    monkeypatch.setattr(store_demo, "bulk_audit", lambda db, **kw: contextlib.nullcontext())


def test_fill_writes_the_entries_the_triggers_write(make_store, monkeypatch):
    bulk, per_row = make_store("bulk"), make_store("per_row")
    before = _triggers(bulk.db)
    assert any(n.startswith("audit_") for n in before) and any(n.startswith("sync_") for n in before)
    fill_demo(bulk, 120, seed=3, today=TODAY, batch_size=50)
    with monkeypatch.context() as m:
        _per_row(m)
        fill_demo(per_row, 120, seed=3, today=TODAY, batch_size=50)
    got = bulk.db.execute(_CONTENT).fetchall()
    want = per_row.db.execute(_CONTENT).fetchall()
    assert len(got) > 120 * 20  # inserts and updates of many tables
    assert {r[3] for r in got if r[2] == "update"} >= {"cases", "families"}
    assert got == want
    assert audit.verify(bulk.db).ok and audit.verify(bulk.db).entries == len(got)
    assert bulk.integrity_check() == []
    # The triggers are back exactly, the temp twins and the staging table gone.
    assert _triggers(bulk.db) == before
    assert _triggers(bulk.db, "sqlite_temp_master") == {}
    assert bulk.db.execute("SELECT count(*) FROM sqlite_temp_master").fetchone()[0] == 0
    # And they audit the next write as always.
    n = audit.count(bulk.db)
    bulk.db.execute("UPDATE families SET phone = '06-00000000' WHERE id = 1")
    assert audit.entries(bulk.db, limit=1)[0]["fields"] == "phone"
    assert audit.count(bulk.db) == n + 1 and audit.verify(bulk.db).ok


def test_a_failed_block_leaves_no_entries_and_the_triggers(make_store):
    s = make_store("s")
    before, entries = _triggers(s.db), audit.count(s.db)
    with pytest.raises(RuntimeError, match="stop"), s.db.atomic(), bulk_audit(s.db):
        fill_demo(s, 3, seed=1, today=TODAY)
        assert _triggers(s.db, "sqlite_temp_master")  # the twins staged the writes
        raise RuntimeError("stop")
    assert s.db.execute("SELECT count(*) FROM families").fetchone()[0] == 0
    assert audit.count(s.db) == entries
    assert _triggers(s.db) == before
    assert _triggers(s.db, "sqlite_temp_master") == {}
    assert audit.verify(s.db).ok


def test_needs_a_transaction(make_store):
    s = make_store("s")
    with pytest.raises(RuntimeError), bulk_audit(s.db):
        pass


def test_sync_triggers_still_capture_while_connected(make_store, monkeypatch):
    bulk, per_row = make_store("bulk"), make_store("per_row")
    for s in (bulk, per_row):
        s.db.execute("UPDATE sync_state SET mode = 'on' WHERE id = 1")
    fill_demo(bulk, 20, seed=4, today=TODAY)
    with monkeypatch.context() as m:
        _per_row(m)
        fill_demo(per_row, 20, seed=4, today=TODAY)
    outbox = "SELECT tbl, key, op FROM sync_outbox ORDER BY rowid"
    got = bulk.db.execute(outbox).fetchall()
    assert got and got == per_row.db.execute(outbox).fetchall()
    assert bulk.db.execute(_CONTENT).fetchall() == per_row.db.execute(_CONTENT).fetchall()


def test_sync_triggers_idle_without_a_server(make_store):
    s = make_store("s")
    before = _triggers(s.db)
    fill_demo(s, 10, seed=4, today=TODAY)
    assert s.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    assert _triggers(s.db) == before


def test_an_error_generating_ahead_reaches_the_caller(make_store):
    """The next batch is generated on a helper thread during the commit (store.demo._Ahead):
    its error is raised by fill_demo, the batches before it are complete."""
    from desktop_app.store.demo_steps import FEATURES

    def broken(ctx, demo):
        if demo.index == 150:
            raise ValueError("broken step")

    s = make_store("s")
    with pytest.raises(ValueError, match="broken step"):
        fill_demo(s, 300, seed=2, today=TODAY, batch_size=100,
                  features=(*FEATURES, (broken, lambda db, batch: None)))
    assert s.db.execute("SELECT count(*) FROM families").fetchone()[0] == 100
    assert audit.verify(s.db).ok


def test_a_transaction_rolled_back_by_sqlite_keeps_its_error(make_store):
    """SQLite may end the transaction itself (an error that rolls it back): the DDL went
    with it, the block's clean-up adds no error of its own."""
    s = make_store("s")
    before = _triggers(s.db)
    with pytest.raises(RuntimeError, match="gone"), s.db.atomic(), bulk_audit(s.db):
        s.db.conn.execute("ROLLBACK")
        raise RuntimeError("gone")
    assert _triggers(s.db) == before
    assert _triggers(s.db, "sqlite_temp_master") == {}


def test_the_schema_read_once_gives_the_same_triggers_as_each_table_read_alone(demo_store):
    """install_triggers reads every table's columns in one statement at each open (issue 17:
    ~240 statements fewer); the triggers are those of a read per table, including the
    composite and WITHOUT ROWID keys' row references."""
    from desktop_app.store import sync_triggers

    db = demo_store.db
    info = audit.table_info(db)
    tables = audit.audited_tables(db)
    assert len(tables) > 20
    for table in tables:
        columns = [tuple(r) for r in db.execute(f"PRAGMA table_info({audit._q(table)})")]
        assert info[table][1] == columns
        assert audit.table_info(db, table) == {table: info[table]}
        assert audit.trigger_sql(db, table, info=info) == audit.trigger_sql(db, table)
    keyed = [t for t in tables if sum(1 for r in info[t][1] if r[5]) > 1]
    assert keyed  # composite keys are covered
    installed = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND (name LIKE 'audit\\_%' ESCAPE '\\' OR name LIKE 'sync\\_%' "
                                "ESCAPE '\\')").fetchall())
    wanted = {}
    for table in tables:
        wanted.update(audit.trigger_sql(db, table, info=info))
    wanted.update(sync_triggers.trigger_sql(db))
    assert installed == wanted  # what the open installed is what is wanted: nothing rewritten
    assert audit.install_triggers(db) == 0 and sync_triggers.install_triggers(db) == 0
