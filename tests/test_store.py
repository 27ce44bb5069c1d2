"""The encrypted store: encryption at rest, passphrases, migrations, backups, damage."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.models import Case, Family, Person
from desktop_app.store import DatabaseDamaged, WrongPassphrase, create_store, open_store
from desktop_app.store.backups import backup_to, restore_backup
from desktop_app.store.errors import DatabaseMissing
from desktop_app.store.families import Families
from desktop_app.store.migrations import MIGRATIONS

PASSPHRASE = "zuurvlees-en-vlaai-2026"
# The passphrase path exactly as the app takes it: SQLCipher derives every key itself.
pytestmark = pytest.mark.real_kdf


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "gegevens"
    folder.mkdir()
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(data) -> Path:
    return data / "gezinsplan.db"


def _add_family(store, name="Hüskens", bsn="999900006") -> int:
    fam = Families(store.db)
    family = Family(family_name=name, street="Markt", house_number="1", postcode="6041 AB",
                    city="Roermond", municipality="Roermond")
    family.members = [Person(family_id=0, role="jeugdige", first_name="Zoë", last_name=name,
                             birth_date=date(2015, 7, 3), bsn=bsn)]
    family_id = fam.add_family(family)
    fam.add_case(Case(family_id=family_id, case_number="", municipality="Roermond", region="",
                      status="intake", start_date=date(2025, 1, 6)))
    return family_id


def _names(store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT family_name FROM families ORDER BY id")]


def _filled(db_path, families=1) -> None:
    with create_store(db_path, PASSPHRASE) as store:
        for i in range(families):
            _add_family(store, name=f"Gezin {i}", bsn=None)


# -- encryption at rest --------------------------------------------------------------
def test_plain_sqlite_cannot_read_the_file(db_path):
    _filled(db_path)
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3\x00")
    assert b"Gezin 0" not in raw and b"Roermond" not in raw
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_wrong_passphrase_refused_and_file_untouched(db_path):
    _filled(db_path)
    before = db_path.read_bytes()
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(WrongPassphrase) as info:
        open_store(db_path, "dit-is-het-niet-2026")
    assert "wachtwoord" in str(info.value).lower()
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings
    with open_store(db_path, PASSPHRASE) as store:
        assert _names(store) == ["Gezin 0"]


def test_missing_database(db_path):
    with pytest.raises(DatabaseMissing):
        open_store(db_path, PASSPHRASE)


def test_short_passphrase_refused(db_path):
    with pytest.raises(ValueError):
        create_store(db_path, "te-kort")
    assert not db_path.exists()


# -- migrations -----------------------------------------------------------------------
def test_migrations_from_empty_and_idempotent_reopen(db_path):
    with create_store(db_path, PASSPHRASE) as store:
        applied = store.schema_version()
        assert applied == [m.name for m in MIGRATIONS._migrations]
        assert MIGRATIONS.pending(store.db) == []
        assert {"families", "persons", "cases", "family_fts", "settings"} <= set(
            store.db.table_names())
    for _ in range(2):
        with open_store(db_path, PASSPHRASE) as store:
            assert store.schema_version() == applied
            assert MIGRATIONS.pending(store.db) == []
    assert not (db_path.parent / "backups").exists()  # nothing to migrate: no copy taken


# The backup taken before migrating an older database: tests/test_migration_dbs.py, on
# real databases of every released schema version.


def test_failing_migration_rolls_back(db_path, monkeypatch):
    _filled(db_path)
    monkeypatch.setattr(MIGRATIONS, "_migrations", list(MIGRATIONS._migrations))

    def m9998_broken(db):
        db["half_done"].create({"id": int}, pk="id")
        raise RuntimeError("boom")

    MIGRATIONS(name="m9998_broken")(m9998_broken)
    with pytest.raises(RuntimeError):
        open_store(db_path, PASSPHRASE)
    monkeypatch.setattr(MIGRATIONS, "_migrations",
                        [m for m in MIGRATIONS._migrations if m.name != "m9998_broken"])
    with open_store(db_path, PASSPHRASE) as store:
        assert "half_done" not in store.db.table_names()
        assert "m9998_broken" not in store.schema_version()
        assert _names(store) == ["Gezin 0"]


# -- backup and restore -------------------------------------------------------------
def test_backup_then_restore_round_trips(db_path, tmp_path):
    with create_store(db_path, PASSPHRASE) as store:
        first = _add_family(store, "Peeters", "999900006")
        target = backup_to(store, tmp_path / "out" / "kopie.db")
        snapshot = Families(store.db).get_family(first)
        _add_family(store, "Göbbels", "999900018")
        store.db.execute("UPDATE families SET street = 'Kerkstraat' WHERE id = ?", [first])
        assert _names(store) == ["Peeters", "Göbbels"]
    assert target.exists() and not target.with_name("kopie.db.part").exists()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(target).execute("SELECT * FROM sqlite_master").fetchall()

    restore_backup(target, db_path, PASSPHRASE)
    with open_store(db_path, PASSPHRASE) as store:
        assert _names(store) == ["Peeters"]
        assert Families(store.db).get_family(first) == snapshot
        assert Families(store.db).count("999900006") == 1
    aside = list((db_path.parent / "backups").glob("voor-herstel-*.db"))
    assert len(aside) == 1
    with open_store(aside[0], PASSPHRASE, migrate=False) as old:
        assert _names(old) == ["Peeters", "Göbbels"]


def test_restore_refuses_backup_with_other_passphrase(db_path, tmp_path):
    other = tmp_path / "ander.db"
    create_store(other, "een-heel-ander-wachtwoord").close()
    _filled(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        restore_backup(other, db_path, PASSPHRASE)
    assert db_path.read_bytes() == before


# -- damage --------------------------------------------------------------------------
def test_corrupted_page_gives_database_damaged(db_path, tmp_path):
    with create_store(db_path, PASSPHRASE) as store:
        with store.db.atomic():
            for i in range(120):
                _add_family(store, name=f"Gezin {i:03d} " + "x" * 150, bsn=None)
        page_size = int(store.conn.execute("PRAGMA page_size").fetchone()[0])
    size = db_path.stat().st_size
    pages = size // page_size
    assert pages >= 20, pages

    damaged = tmp_path / "beschadigd" / "gezinsplan.db"
    damaged.parent.mkdir()
    shutil.copy2(db_path, damaged)
    middle = (pages // 2) * page_size + 100  # inside a page, away from page 1's header
    with open(damaged, "r+b") as fh:
        fh.seek(middle)
        original = fh.read(64)
        fh.seek(middle)
        fh.write(bytes(b ^ 0xFF for b in original))

    with pytest.raises(DatabaseDamaged) as info:
        open_store(damaged, PASSPHRASE)
    assert "beschadigd" in str(info.value)
    # The original is unharmed.
    with open_store(db_path, PASSPHRASE) as store:
        assert store.integrity_check() == []


def test_the_apps_derived_key_is_sqlciphers_own(db_path, tmp_path):
    """The app derives the page key itself (store.cipher.derive) and hands SQLCipher only
    that key: it must be exactly the key SQLCipher derives from the passphrase, both ways –
    a database SQLCipher keyed with the passphrase (every database made before) opens,
    and one the app made opens with the passphrase in plain SQLCipher."""
    import sqlcipher3

    from desktop_app.store import cipher

    with create_store(db_path, PASSPHRASE) as store:
        _add_family(store)
        assert store.key.salt == cipher.file_salt(db_path)
    plain = sqlcipher3.connect(str(db_path))
    plain.execute(f"PRAGMA key = {cipher.quote(PASSPHRASE)}")
    assert [r[0] for r in plain.execute("SELECT family_name FROM families")] == ["Hüskens"]
    plain.close()

    old = tmp_path / "oud.db"
    made = sqlcipher3.connect(str(old))
    made.execute(f"PRAGMA key = {cipher.quote(PASSPHRASE)}")
    made.execute("CREATE TABLE t (x)")
    made.execute("INSERT INTO t VALUES (42)")
    made.commit()
    made.close()
    conn, key, _seconds = cipher.unlock(old, PASSPHRASE)
    assert conn.execute("SELECT x FROM t").fetchall() == [(42,)]
    conn.close()
    assert key.same_as(cipher.derive(PASSPHRASE, cipher.file_salt(old)))
    assert repr(key) == "Key(…)" and PASSPHRASE not in repr(key)
    with pytest.raises(WrongPassphrase):
        cipher.unlock(old, "dit-is-het-niet-2026")
    with pytest.raises(WrongPassphrase):  # a key of another file (another salt)
        cipher.unlock(old, cipher.derive(PASSPHRASE, b"\x01" * 16))
