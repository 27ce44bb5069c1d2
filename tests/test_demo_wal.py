"""The demo fill's helpers beside the batches: the WAL checkpoints on a second connection
(store/demo_wal.py), the chain hashed with the store's key (store/audit_bulk.py) and the
collector's thresholds – each leaves the connection and the process as it found them."""

from __future__ import annotations

import gc
from datetime import date

import pytest

from desktop_app.store import audit, create_store
from desktop_app.store import demo as store_demo
from desktop_app.store.audit_bulk import bulk_audit
from desktop_app.store.demo import fill_demo
from desktop_app.store.demo_wal import WalCheckpoints

TODAY = date(2026, 3, 1)
PASSPHRASE = "vlaai-en-zuurvlees-2026"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(tmp_path))
    folder = tmp_path / "walfill"
    folder.mkdir()
    s = create_store(folder / "gezinsplan.db", PASSPHRASE)
    yield s
    s.close()


def _wal_pages(store) -> int:
    """Frames in the WAL not yet in the database (a PASSIVE checkpoint copies them)."""
    _busy, log, done = store.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return log - done


def test_checkpoints_beside_the_fill_and_restores_the_connection(store, monkeypatch):
    ran = []
    real = WalCheckpoints._run

    def counting(self):
        ran.append(self._second is not None)
        real(self)

    monkeypatch.setattr(WalCheckpoints, "_run", counting)
    threshold = gc.get_threshold()
    assert fill_demo(store, 90, seed=4, today=TODAY, batch_size=30) == 90
    assert ran == [True]  # one helper thread, on its own connection
    db = store.db
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -32768
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _wal_pages(store) == 0
    assert gc.get_threshold() == threshold
    assert audit.verify(db).ok and store.integrity_check() == []
    assert db.execute("SELECT count(*) FROM families").fetchone()[0] == 90
    # Every batch committed and durable: a new connection sees all of it.
    from desktop_app.store import cipher

    other = cipher.connect(store.path, store.key)
    try:
        assert other.execute("SELECT count(*) FROM families").fetchone()[0] == 90
    finally:
        other.close()


def test_inside_the_callers_transaction_nothing_is_checkpointed(store, monkeypatch):
    started = []
    monkeypatch.setattr(WalCheckpoints, "_run", lambda self: started.append(1))
    with store.db.atomic():
        fill_demo(store, 20, seed=4, today=TODAY, batch_size=10)
    assert started == []
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert audit.verify(store.db).ok


def test_a_failed_fill_restores_the_connection_and_the_collector(store, monkeypatch):
    threshold = gc.get_threshold()

    def broken(db, batch):
        if batch[0][0] > 10:
            raise RuntimeError("stop")

    features = store_demo.FEATURES + ((None, broken),)
    with pytest.raises(RuntimeError, match="stop"):
        fill_demo(store, 30, seed=4, today=TODAY, batch_size=10, features=features)
    db = store.db
    assert db.execute("SELECT count(*) FROM families").fetchone()[0] == 10  # the first batch
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -32768
    assert gc.get_threshold() == threshold
    assert audit.verify(db).ok


def test_the_keyed_loop_and_the_sql_chain_agree(store):
    """The chain hashed in Python with the store's key continues the one the SQL
    audit_hash wrote, and the SQL recomputes it (verify): the same keyed HMAC."""
    db = store.db
    for key in (None, store.key, None, store.key):
        with db.atomic(), bulk_audit(db, key=key):
            db.execute("INSERT INTO families (family_name, municipality, youths, case_status) "
                       "VALUES ('Ëlbers', 'Roermond', '', '')")
            db.execute("UPDATE families SET phone = '06-00000000' WHERE id = last_insert_rowid()")
    entries = audit.entries(db, limit=100)
    assert [e["action"] for e in reversed(entries)][-8:] == ["insert", "update"] * 4
    assert audit.verify(db).ok


def test_then_runs_with_the_triggers_back(store):
    db = store.db
    seen = []

    def then():
        seen.append(db.execute("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'"
                               ).fetchone()[0])

    with db.atomic(), bulk_audit(db, key=store.key, then=then):
        db.execute("INSERT INTO families (family_name, municipality, youths, case_status) "
                   "VALUES ('de Wit', 'Weert', '', '')")
    assert seen == [0]
    assert audit.verify(db).ok
