"""Data safety below the UI: audit trail, backups, passphrase change, damage,
one writer per folder, retention, destruction and access requests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.models import Case, Family, Person
from desktop_app.store import DatabaseDamaged, WrongPassphrase, audit, backups, open_store, rekey
from desktop_app.store.destruction import purge_copies
from desktop_app.store.export import collect, family_rows
from desktop_app.store.families import Families
from desktop_app.store.retention import destroy_family, due_families
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
# Passphrase change, damaged headers, wrong passphrases: SQLCipher derives every key itself.
pytestmark = pytest.mark.real_kdf
SECRET_NAME = "Zwartvleugeltje"
SECRET_BSN = "999990020"  # test BSN; planted to search for in raw bytes


def _family(store, name=SECRET_NAME, bsn=SECRET_BSN, ended: date | None = None) -> int:
    repo = Families(store.db)
    fam = Family(family_name=name, street="Kloosterstraat", postcode="6041 AB", city="Roermond",
                 municipality="Roermond")
    fam.members = [Person(0, "ouder", "Anouk", name, date(1985, 3, 1)),
                   Person(0, "jeugdige", "Zoë", name, date(2012, 5, 6), bsn=bsn)]
    fid = repo.add_family(fam)
    status = "afgesloten" if ended else "actief"
    repo.add_case(Case(fid, "", "Roermond", "", status, start_date=date(2001, 1, 1), end_date=ended))
    return fid


# -- audit ---------------------------------------------------------------------------
def test_audit_records_names_of_changed_fields_never_values(store):
    fid = _family(store)
    repo = Families(store.db)
    pid = repo.members(fid)[0].id
    repo.update_person(pid, "phone", "06-12345678")
    repo.delete_person(pid)
    rows = audit.entries(store.db, 100)
    persons = [r for r in rows if r["tbl"] == "persons" and r["row_ref"] == str(pid)]
    assert [r["action"] for r in persons] == ["delete", "update", "insert"]
    assert persons[1]["fields"].split(",")[0] == "phone"
    dump = " ".join(str(v) for r in store.db.query("SELECT * FROM audit_log") for v in r.values())
    for value in (SECRET_NAME, SECRET_BSN, "06-12345678", "Kloosterstraat"):
        assert value not in dump
    assert audit.verify(store.db).ok


def test_tables_added_later_get_triggers_but_fts_and_bookkeeping_do_not(store):
    store.db.execute("CREATE TABLE intake_notes (id INTEGER PRIMARY KEY, family_id INTEGER "
                     "REFERENCES families(id), text TEXT)")
    assert audit.install_triggers(store.db) == 3
    assert audit.install_triggers(store.db) == 0  # idempotent
    tables = audit.audited_tables(store.db)
    assert "intake_notes" in tables and "families" in tables
    assert not any(t.startswith("family_fts") or t.startswith("_sqlite") or t == "audit_log"
                   for t in tables)
    fid = _family(store)
    store.db.execute("INSERT INTO intake_notes (family_id, text) VALUES (?, 'geheim')", [fid])
    store.db.execute("UPDATE intake_notes SET text = 'anders'")
    last = audit.entries(store.db, 2, table="intake_notes")
    assert [(e["action"], e["fields"]) for e in last] == [("update", "text"),
                                                          ("insert", "id,family_id,text")]
    # Changing a table's columns regenerates its triggers on the next open.
    store.db.execute("ALTER TABLE intake_notes ADD COLUMN mood TEXT")
    assert audit.install_triggers(store.db) == 2  # insert and update list the columns


def test_audit_chain_detects_changed_removed_and_truncated_entries(store):
    _family(store)
    audit.record(store.db, "export", "families", 1, ["plan"], "pdf")
    n = audit.count(store.db)
    assert audit.verify(store.db).ok and audit.verify(store.db).entries == n
    copy = store.path.with_name("copy.db")
    backups.backup_to(store, copy)

    store.db.execute("UPDATE audit_log SET fields = 'x' WHERE id = 3")
    result = audit.verify(store.db)
    assert not result.ok and "regel 3" in result.problems[0]

    def fresh():
        for side in ("", "-wal", "-shm"):
            Path(str(store.path) + side).unlink(missing_ok=True)
        shutil.copy2(copy, store.path)
        return open_store(store.path, PASSPHRASE)

    store.close()
    s = fresh()
    s.db.execute("DELETE FROM audit_log WHERE id = 4")
    assert any("ontbreken" in p for p in audit.verify(s.db).problems)
    s.close()
    s = fresh()
    s.db.execute("DELETE FROM audit_log WHERE id = ?", [n])
    assert any("verwijderd" in p for p in audit.verify(s.db).problems)
    s.close()


# -- backups --------------------------------------------------------------------------
def test_auto_backup_daily_verified_and_pruned(store):
    first = backups.auto_backup(store, today=date(2026, 3, 1))
    assert first and first.exists()
    assert backups.auto_backup(store, today=date(2026, 3, 1)) is None  # at most daily
    folder = first.parent
    for day in range(1, 32):
        shutil.copy2(first, folder / f"auto-2025-{(day % 12) + 1:02d}-{day % 27 + 1:02d}.db")
    (folder / "voor-migratie-x.db").write_bytes(first.read_bytes())
    backups.prune(folder)
    autos = sorted(p.name for p in folder.glob("auto-*.db"))
    assert len(autos) <= 7 + 12 and "auto-2026-03-01.db" in autos
    assert (folder / "voor-migratie-x.db").exists()  # only automatic backups are pruned


def test_restore_round_trip_and_damaged_database_offers_last_good_backup(store):
    fid = _family(store)
    backups.auto_backup(store)
    Families(store.db).update_family(fid, "city", "Weert")
    path = store.path
    store.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # damage a page in the middle
        fh.seek(size // 2)
        fh.write(b"\xff" * 4096)
    with pytest.raises(DatabaseDamaged) as info:
        backups.open_or_diagnose(path, PASSPHRASE)
    good = info.value.backup
    assert good is not None and good.kind == "automatisch"
    kept = backups.restore(path, good.path, PASSPHRASE)
    assert kept is not None and kept.exists()  # the damaged file is kept aside
    with open_store(path, PASSPHRASE) as s:
        assert Families(s.db).get_family(fid).city == "Roermond"
        assert audit.verify(s.db).ok


def test_damaged_first_page_is_not_mistaken_for_a_wrong_passphrase(store):
    backups.auto_backup(store)
    path = store.path
    store.close()
    with open(path, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\x00" * 400)
    with pytest.raises(DatabaseDamaged):
        backups.open_or_diagnose(path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        backups.open_or_diagnose(path, "een ander wachtwoord")


def test_change_passphrase_backs_up_first_and_reencrypts_backups(store):
    fid = _family(store)
    backups.auto_backup(store)
    new = "nieuwe zin voor de laptop"
    with pytest.raises(WrongPassphrase):
        rekey.change_passphrase(store, "fout wachtwoord", new)
    assert rekey.change_passphrase(store, PASSPHRASE, new) == 2  # auto + voor-wachtwoord
    path = store.path
    store.close()
    with pytest.raises(WrongPassphrase):
        open_store(path, PASSPHRASE)
    with open_store(path, new) as s:
        assert Families(s.db).get_family(fid).family_name == SECRET_NAME
        assert audit.entries(s.db, 1)[0]["action"] == "rekey"
    for info in backups.list_backups(path.parent / "backups"):
        backups.verify_backup(info.path, new)


# -- one writer --------------------------------------------------------------------------
def test_second_process_cannot_open_the_same_folder(store, data_dir):
    code = (
        "import sys\n"
        "from desktop_app.store import open_store\n"
        "from desktop_app.store.instance import AlreadyRunning\n"
        f"try:\n    open_store(r'{store.path}', {PASSPHRASE!r})\n"
        "except AlreadyRunning as e:\n    print(e); sys.exit(7)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert run.returncode == 7 and "al geopend" in run.stdout
    store.close()
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert run.returncode == 0, run.stderr


# -- retention and destruction --------------------------------------------------------------
def test_retention_flags_closed_cases_twenty_years_after_help_ended(store):
    old = _family(store, "Oud", "999990032", ended=date(2004, 2, 29))
    _family(store, "Recent", "999990044", ended=date(2020, 1, 1))
    _family(store, "Open", "999990056")
    assert [d["family_id"] for d in due_families(store.db, date(2024, 2, 29))] == [old]
    assert due_families(store.db, date(2024, 2, 28)) == []


def test_retention_date_rules():
    from desktop_app.core.retention import (
        backups_to_keep,
        may_request_destruction,
        retention_until,
    )

    assert retention_until(date(2004, 2, 29)) == date(2024, 2, 29)
    assert retention_until(date(2005, 2, 28)) == date(2025, 2, 28)
    from desktop_app.core.retention import add_years

    assert add_years(date(2004, 2, 29), 1) == date(2005, 2, 28)
    assert retention_until(date(2012, 2, 29)) == date(2032, 2, 29)
    assert may_request_destruction("ouders", [])
    assert not may_request_destruction("jeugdige", [11, None])
    assert may_request_destruction("jeugdige", [11, 12])
    from datetime import timedelta

    days = [date(2025, 1, 1) + timedelta(days=i) for i in range(500)]
    keep = backups_to_keep(days)
    newest = max(days)
    assert {d for d in days if (newest - d).days < 7} <= keep
    months = {(d.year, d.month) for d in keep}
    assert len(months) == 12 and len(keep) <= 7 + 12


def test_destroy_removes_family_everywhere_including_backups(store):
    store.db.execute("CREATE TABLE intake_notes (id INTEGER PRIMARY KEY, case_id INTEGER, text TEXT)")
    audit.install_triggers(store.db)
    fid = _family(store)
    other = _family(store, "Bakker", "999990068")
    case_id = Families(store.db).cases_of(fid)[0].id
    store.db.execute("INSERT INTO intake_notes (case_id, text) VALUES (?, 'notitie')", [case_id])
    assert set(family_rows(store.db, fid)) == {"families", "persons", "cases", "intake_notes"}
    backups.auto_backup(store)
    counts = destroy_family(store.db, fid, "ouders")
    assert counts == {"families": 1, "persons": 2, "cases": 1, "intake_notes": 1}
    assert Families(store.db).count(SECRET_NAME) == 0 and Families(store.db).count("Bakker") == 1
    assert store.db.execute("SELECT count(*) FROM intake_notes").fetchone()[0] == 0
    entry = audit.entries(store.db, 1)[0]
    assert entry["action"] == "destroy" and SECRET_NAME not in str(entry)
    copies = purge_copies(store.path.parent / "backups", PASSPHRASE, fid, "ouders")
    assert [c.outcome for c in copies] == ["purged"]
    for info in backups.list_backups(store.path.parent / "backups"):
        with open_store(info.path, PASSPHRASE, migrate=False) as b:
            assert b.db.execute("SELECT count(*) FROM families WHERE id = ?", [fid]).fetchone()[0] == 0
            assert Families(b.db).count(SECRET_NAME) == 0
    assert Families(store.db).get_family(other).family_name == "Bakker"
    assert audit.verify(store.db).ok


# -- access request ------------------------------------------------------------------------
def test_access_request_holds_everything_and_reads_back(store, tmp_path):
    from pypdf import PdfReader

    from desktop_app.reports.access_request import export_files

    fid = _family(store)
    data = collect(store.db, fid)
    assert {t: len(r) for t, r in data["tables"].items()} == {"families": 1, "persons": 2, "cases": 1}
    assert data["audit"] and all(e["tbl"] in data["tables"] for e in data["audit"])
    files = export_files(data, tmp_path / "uit")
    assert [f.suffix for f in files] == [".json", ".pdf"]
    assert SECRET_BSN in files[0].read_text(encoding="utf-8")
    text = "".join(p.extract_text() for p in PdfReader(files[1]).pages)
    assert SECRET_NAME in text and "Zoë" in text and "Gezinsleden (2)" in text
    protected = export_files(data, tmp_path / "beveiligd", "geheim-123")
    assert len(protected) == 1
    reader = PdfReader(protected[0])
    assert reader.is_encrypted and reader.decrypt("geheim-123")
    assert SECRET_BSN in "".join(p.extract_text() for p in reader.pages)  # JSON appendix


def test_nothing_readable_without_the_passphrase(store, data_dir, tmp_path):
    """The database, its WAL, the backups, settings, logs and a protected export
    hold neither the name, the BSN nor the street in readable form."""
    from desktop_app.logsetup import setup_logging
    from desktop_app.reports.access_request import export_files

    setup_logging()
    fid = _family(store)
    Families(store.db).update_family(fid, "street", "Kloosterstraat")
    backups.auto_backup(store)
    backups.backup_to(store, data_dir / "backups" / "gezinsplan-handmatig.db")
    out = tmp_path / "export"
    export_files(collect(store.db, fid), out, "geheim-123")
    store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    files = [p for p in [*data_dir.rglob("*"), *out.rglob("*")] if p.is_file()]
    assert any(p.suffix == ".db" for p in files) and any(p.suffix == ".pdf" for p in files)
    needles = [s.encode(enc) for s in (SECRET_NAME, SECRET_BSN, "Kloosterstraat")
               for enc in ("utf-8", "utf-16-le")]
    for path in files:
        raw = path.read_bytes()
        assert not any(n in raw for n in needles), path.name
        if path.suffix == ".db":
            assert not raw.startswith(b"SQLite format 3")


def test_destroy_a_full_demo_family_reaches_every_feature_table(demo_store):
    """Intake, results, deployments and (immutable) coordination decisions all go."""
    db = demo_store.db
    fid = db.execute(
        "SELECT c.family_id FROM coordination_decisions d JOIN cases c ON c.id = d.case_id "
        "JOIN deployments p ON p.case_id = c.id JOIN intake_domains i ON i.case_id = c.id LIMIT 1"
    ).fetchone()[0]
    case_ids = [r[0] for r in db.execute("SELECT id FROM cases WHERE family_id = ?", [fid])]
    tables = family_rows(db, fid)
    assert {"coordination_decisions", "deployments", "intake_domains", "results"} <= set(tables)
    destroy_family(db, fid, "jeugdige")
    marks = ",".join("?" * len(case_ids))
    for table in db.table_names():
        columns = db[table].columns_dict
        if "case_id" in columns:
            left = db.execute(f"SELECT count(*) FROM [{table}] WHERE case_id IN ({marks})", case_ids)
            assert left.fetchone()[0] == 0, table
        if "family_id" in columns:
            assert db.execute(f"SELECT count(*) FROM [{table}] WHERE family_id = ?", [fid]).fetchone()[0] == 0
    # The guard against deleting decisions is back in place for everyone else.
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError):
        db.execute("DELETE FROM coordination_decisions WHERE id = (SELECT min(id) FROM coordination_decisions)")
    assert audit.verify(db).ok
