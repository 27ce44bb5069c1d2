"""Destruction that always completes (issue 15): the foreign-key order from the schema,
every family of a demo destroyed through the session with nothing left in any table, and
the journal that finishes an interrupted destruction at the next open or on a rerun."""

from __future__ import annotations

import time

import pytest

from desktop_app.session import Session
from desktop_app.store import backups, destruction, open_store
from desktop_app.store.demo import fill_demo
from desktop_app.store.retention import deletion_order
from tests.conftest import PASSPHRASE
from tests.destruction_requests import lawful

ID_COLUMNS = ("family_id", "case_id", "person_id")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")]


def _id_tables(db) -> dict[str, list[str]]:
    """table -> its family/case/person id columns (every table that has one)."""
    out = {}
    for table in _tables(db):
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({_q(table)})")]
        found = [c for c in cols if c in ID_COLUMNS]
        if found:
            out[table] = found
    return out


def _remnants(db, family_id: int, case_ids: set[int], person_ids: set[int]) -> dict[str, int]:
    """Rows still naming the family, one of its cases or persons, per table."""
    ids = {"family_id": {family_id}, "case_id": case_ids, "person_id": person_ids}
    left = {}
    for table, cols in _id_tables(db).items():
        for col in cols:
            if not ids[col]:
                continue
            marks = ",".join("?" * len(ids[col]))
            n = db.execute(f"SELECT count(*) FROM {_q(table)} WHERE {_q(col)} IN ({marks})",
                           sorted(ids[col])).fetchone()[0]
            if n:
                left[f"{table}.{col}"] = n
    for table, key in (("families", family_id),):
        if db.execute(f"SELECT count(*) FROM {table} WHERE id = ?", [key]).fetchone()[0]:
            left[table] = 1
    for table, keys in (("cases", case_ids), ("persons", person_ids)):
        if keys:
            marks = ",".join("?" * len(keys))
            n = db.execute(f"SELECT count(*) FROM {table} WHERE id IN ({marks})",
                           sorted(keys)).fetchone()[0]
            if n:
                left[table] = n
    return left


def _ids(db, family_id: int) -> tuple[set[int], set[int]]:
    cases = {r[0] for r in db.execute("SELECT id FROM cases WHERE family_id = ?", [family_id])}
    persons = {r[0] for r in db.execute("SELECT id FROM persons WHERE family_id = ?",
                                        [family_id])}
    return cases, persons


def test_deletion_order_puts_every_child_before_its_parent(demo_store):
    db = demo_store.db
    order = deletion_order(db)
    assert set(order) == set(_tables(db))
    edges = [(table, fk[2]) for table in _tables(db)
             for fk in db.execute(f"PRAGMA foreign_key_list({_q(table)})") if fk[2] != table]
    assert ("evaluation_conclusions", "evaluations") in edges and len(edges) > 20
    assert all(order.index(child) < order.index(parent) for child, parent in edges)


def _destroy_all(store, families_expected: int) -> tuple[int, dict]:
    """Destroy every family through the session (destruction + backups); returns how
    many succeeded and the remnants found (table -> rows), checked after each one."""
    session = Session(store)
    backups.auto_backup(store)  # a backup holding every family, purged each time too
    family_ids = [r[0] for r in store.db.execute("SELECT id FROM families ORDER BY id")]
    assert len(family_ids) == families_expected
    # The families the old hand order failed on: evaluations with conclusions.
    assert store.db.execute("SELECT count(*) FROM evaluation_conclusions").fetchone()[0] > 0
    destroyed, remnants = 0, {}
    for fid in family_ids:
        cases, persons = _ids(store.db, fid)
        session.safety.destroy_family(fid, lawful(session, fid))
        result = session.safety.purge_backups(fid)
        assert [c.outcome for c in result.copies] == ["purged"], result
        left = _remnants(store.db, fid, cases, persons)
        remnants.update({f"{fid}:{k}": v for k, v in left.items()})
        destroyed += 1
    assert session.safety.pending_destructions() == []
    # Nothing of any family left: every table that holds family data is empty.
    family_tables = [t for t in deletion_order(store.db)
                     if t in set(_id_tables(store.db)) | {"families", "evaluation_conclusions",
                                                          "evaluation_results",
                                                          "deployment_results",
                                                          "deployment_events",
                                                          "deployment_volume_changes"}]
    assert len(family_tables) > 15
    for table in family_tables:
        n = store.db.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()[0]
        if n:
            remnants[table] = n
    for info in backups.list_backups(backups.backup_folder(store)):
        with open_store(info.path, PASSPHRASE, migrate=False) as b:
            n = b.db.execute("SELECT count(*) FROM families").fetchone()[0]
            if n:
                remnants[info.path.name] = n
    assert session.safety.verify_audit().ok
    return destroyed, remnants


def test_every_family_of_the_demo_is_destroyed_without_remnants(demo_store):
    destroyed, remnants = _destroy_all(demo_store, 40)
    assert destroyed == 40 and remnants == {}


@pytest.mark.slow
def test_every_family_of_a_400_family_demo_is_destroyed(store, capsys):
    fill_demo(store, 400, seed=2026)
    started = time.perf_counter()
    destroyed, remnants = _destroy_all(store, 400)
    with capsys.disabled():
        print(f"\n400-family demo: {destroyed} destroyed, {len(remnants)} remnants, "
              f"{time.perf_counter() - started:.1f} s")
    assert destroyed == 400 and remnants == {}


# -- the journal ---------------------------------------------------------------------------
def _fid_with_conclusions(db) -> int:
    return db.execute(
        "SELECT c.family_id FROM evaluation_conclusions ec JOIN evaluations e "
        "ON e.id = ec.evaluation_id JOIN cases c ON c.id = e.case_id LIMIT 1").fetchone()[0]


def test_interrupted_backup_purge_is_completed_at_the_next_open(demo_store, monkeypatch):
    folder = backups.backup_folder(demo_store)
    for day in ("2026-11-30", "2026-12-01", "2026-12-02"):
        backups.backup_to(demo_store, folder / f"auto-{day}.db")
    (folder / "auto-2026-12-03.db.part").write_bytes(b"half a copy")
    session = Session(demo_store)
    fid = _fid_with_conclusions(demo_store.db)
    cases, persons = _ids(demo_store.db, fid)
    session.safety.destroy_family(fid, lawful(session, fid))

    real = destruction.purge_file
    calls = []

    def killed(path, *args):
        calls.append(path.name)
        if len(calls) == 2:
            raise KeyboardInterrupt("killed during the backup purge")
        return real(path, *args)

    monkeypatch.setattr(destruction, "purge_file", killed)
    with pytest.raises(KeyboardInterrupt):
        session.safety.purge_backups(fid)
    monkeypatch.setattr(destruction, "purge_file", real)
    assert session.safety.pending_destructions() == [fid]
    entry = destruction.pending(demo_store.db)[0]
    assert list(destruction.copies_done(demo_store.db, entry["id"]).values()) == ["purged"]
    path = demo_store.path
    demo_store.close()

    again = Session.open(path, PASSPHRASE)  # the journal completes it here
    try:
        assert again.safety.pending_destructions() == []
        assert _remnants(again.store.db, fid, cases, persons) == {}
        assert not list(folder.glob("*.part"))
        for info in backups.list_backups(folder):
            with open_store(info.path, PASSPHRASE, migrate=False) as b:
                assert _remnants(b.db, fid, cases, persons) == {}, info.path.name
                assert b.db.execute("SELECT count(*) FROM families").fetchone()[0] > 0
        handled = again.store.db.execute(
            "SELECT copy, outcome FROM destruction_copies WHERE journal_id = ? ORDER BY copy",
            [entry["id"]]).fetchall()
        assert [tuple(r) for r in handled] == [
            ("auto-2026-11-30.db", "purged"), ("auto-2026-12-01.db", "purged"),
            ("auto-2026-12-02.db", "purged"), ("auto-2026-12-03.db.part", "removed")]
        assert again.safety.verify_audit().ok
    finally:
        again.close()


def test_rows_deleted_later_when_the_deletion_itself_was_interrupted(demo_store):
    fid = _fid_with_conclusions(demo_store.db)
    cases, persons = _ids(demo_store.db, fid)
    destruction.record_pending(demo_store.db, fid, "ouders")  # killed right after step 1
    path = demo_store.path
    demo_store.close()
    again = Session.open(path, PASSPHRASE)
    try:
        assert again.safety.pending_destructions() == []
        assert _remnants(again.store.db, fid, cases, persons) == {}
    finally:
        again.close()


def test_a_backup_under_another_passphrase_is_reported_not_counted(demo_store):
    folder = backups.backup_folder(demo_store)
    backups.backup_to(demo_store, folder / "auto-2026-12-01.db")
    other = folder / "gezinsplan-oud.db"
    backups.backup_to(demo_store, other)
    with open_store(other, PASSPHRASE, migrate=False) as b:
        b.rekey("een heel ander wachtwoord")
    session = Session(demo_store)
    fid = _fid_with_conclusions(demo_store.db)
    session.safety.destroy_family(fid, lawful(session, fid))
    result = session.safety.purge_backups(fid)
    outcomes = {c.name: c.outcome for c in result.copies}
    assert outcomes == {"auto-2026-12-01.db": "purged", "gezinsplan-oud.db": "unreadable"}
    assert [c.name for c in result.not_done] == ["gezinsplan-oud.db"]
    assert "NIET" in result.not_done[0].label
    entry = session.safety.audit_entries(1)[0]
    assert entry["action"] == "destroy" and "1 niet bijgewerkt" in entry["detail"]


def test_cli_rerun_finishes_an_interrupted_destruction(demo_store, monkeypatch, capsys):
    from desktop_app.admin import main

    folder = backups.backup_folder(demo_store)
    backups.backup_to(demo_store, folder / "auto-2026-12-01.db")
    (folder / "gezinsplan-x.db.part").write_bytes(b"leftover")
    fid = _fid_with_conclusions(demo_store.db)
    session = Session(demo_store)
    session.safety.destroy_family(fid, lawful(session, fid))

    def failing(*_a):
        raise OSError("write error")

    real = destruction.purge_file
    monkeypatch.setattr(destruction, "purge_file", failing)
    result = session.safety.purge_backups(fid)
    assert {c.outcome for c in result.copies} == {"failed"} and len(result.copies) == 2
    assert session.safety.pending_destructions() == [fid]  # a failed copy keeps it pending
    demo_store.close()
    monkeypatch.setattr(destruction, "purge_file", real)
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    assert main(["destroy-family", str(fid), "--requester", "ouders", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "afgemaakt" in out and f"Gezin {fid} vernietigd" in out
    assert "auto-2026-12-01.db: gezin verwijderd" in out
    assert "gezinsplan-x.db.part: onvolledig bestand verwijderd" in out
    assert main(["destroy-family", str(fid), "--requester", "ouders", "--yes"]) == 4
    assert "al vernietigd" in capsys.readouterr().err
    with open_store(folder / "auto-2026-12-01.db", PASSPHRASE, migrate=False) as b:
        assert b.db.execute("SELECT count(*) FROM families WHERE id = ?", [fid]).fetchone()[0] == 0
