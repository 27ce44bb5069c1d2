"""The derived key, not the passphrase (issue 15 item 6): what the store holds, locking and
unlocking at store and session level, a passphrase change with second connections open,
and the GUI's use of GEZINSPLAN_PASSPHRASE."""

from __future__ import annotations

import pickle

import pytest

from desktop_app.session import Locked, Session, WrongPassphrase
from desktop_app.store import cipher
from desktop_app.store.families import Families
from tests.conftest import PASSPHRASE


def _strings(obj) -> list[str]:
    return [v for v in vars(obj).values() if isinstance(v, str)]


def test_the_store_holds_a_key_and_never_the_passphrase(demo_store):
    key = demo_store.key
    assert isinstance(key, cipher.Key) and not key.wiped
    assert key.salt == cipher.file_salt(demo_store.path)
    assert PASSPHRASE not in _strings(demo_store) and not hasattr(demo_store, "_passphrase")
    assert PASSPHRASE not in repr(key) and key._raw.hex() not in repr(key)
    with pytest.raises(TypeError):
        pickle.dumps(key)
    sub = key.subkey(b"gezinsplan audit chain")
    assert len(sub) == 32 and sub == key.copy().subkey(b"gezinsplan audit chain")
    assert sub != key.subkey(b"another purpose") and sub != bytes(key._raw)
    assert demo_store.check_passphrase(PASSPHRASE)
    assert not demo_store.check_passphrase("iets anders dan dat")
    second = demo_store.reconnect()  # no derivation: the same key
    try:
        assert second.key is key and second.db.execute("SELECT count(*) FROM families").fetchone()[0]
    finally:
        second.close()
    assert not key.wiped  # closing a second connection leaves its owner's key alone
    demo_store.close()
    assert key.wiped and demo_store.key is None
    with pytest.raises(ValueError):
        key.subkey(b"gezinsplan audit chain")


def test_suspend_and_resume_close_and_reopen_every_connection(demo_store):
    count = demo_store.db.execute("SELECT count(*) FROM families").fetchone()[0]
    reader = demo_store.reconnect()
    families = Families(demo_store.db)  # a repository holds the Database, not the connection
    key = demo_store.key
    demo_store.suspend()
    assert demo_store.locked and reader.locked and key.wiped
    assert demo_store.key is None and reader.key is None
    for db in (demo_store.db, reader.db):
        with pytest.raises(Locked):
            db.execute("SELECT 1")
    with pytest.raises(Locked):
        demo_store.reconnect()
    with pytest.raises(WrongPassphrase):
        demo_store.resume("niet het goede wachtwoord")
    assert demo_store.locked
    demo_store.resume(PASSPHRASE)
    assert not demo_store.locked and not reader.locked
    assert families.count("") == count
    assert reader.db.execute("SELECT count(*) FROM families").fetchone()[0] == count
    reader.close()


def test_a_passphrase_change_rekeys_the_open_second_connections(store):
    from desktop_app.store import rekey

    reader = store.reconnect()
    new = "een nieuw lang wachtwoord 2026"
    rekey.change_passphrase(store, PASSPHRASE, new)
    assert reader.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    assert reader.key is store.key and store.check_passphrase(new)
    reader.close()


def test_session_lock_refuses_operations_until_unlocked(demo_store):
    session = Session(demo_store)
    fid = session.households.repo.db.execute("SELECT min(id) FROM families").fetchone()[0]
    seen = []
    session.changes.subscribe(seen.append)
    session.lock()
    assert session.locked
    with pytest.raises(Locked):
        session.households.update_family(fid, "city", "Roermond")
    assert seen == []
    with pytest.raises(Locked):
        session.check_passphrase(PASSPHRASE)
    session.unlock(PASSPHRASE)
    session.households.update_family(fid, "city", "Roermond")
    assert session.households.get_family(fid).city == "Roermond" and seen
    session.close()


def test_close_while_locked_releases_the_folder(demo_store, data_dir):
    from desktop_app.store import open_store

    session = Session(demo_store)
    session.lock()
    session.close(backup=True)  # no key: no backup now, the next start writes it
    assert not list((data_dir / "backups").glob("auto-*.db"))
    open_store(demo_store.path, PASSPHRASE).close()  # the folder is free again


def test_the_gui_takes_the_environment_passphrase_only_for_the_probe(monkeypatch):
    from desktop_app.ui.app import environment_passphrase

    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    assert environment_passphrase(probing=False) is None
    import os

    assert "GEZINSPLAN_PASSPHRASE" not in os.environ  # not left for what the app starts
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    assert environment_passphrase(probing=True) == PASSPHRASE
    assert environment_passphrase(probing=True) is None
