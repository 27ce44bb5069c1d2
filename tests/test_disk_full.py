"""Honest errors for a full disk (issue 15): 'De schijf is vol…', never 'Het wachtwoord
klopt niet' or 'beschadigd'; a backup leaves no half copy; an autosaved field stays
pending and is saved when there is room. The full disk is real SQLite (SQLITE_FULL
through PRAGMA max_page_count) or a write raising OSError(ENOSPC)."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop_app.core.models import Family
from desktop_app.session import DiskFull, Session
from desktop_app.store import backups, cipher
from desktop_app.store.errors import is_disk_full
from tests.conftest import PASSPHRASE


def _fill_up(store) -> None:
    """The database may not grow by one more page: the next big write is SQLITE_FULL."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def _room(store) -> None:
    store.db.execute("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_during_an_operation_is_disk_full_and_nothing_is_half_written(store):
    session = Session(store)
    before = session.households.family_count()
    _fill_up(store)
    with pytest.raises(DiskFull) as caught:
        for i in range(2000):  # real SQLITE_FULL once the free pages are used up
            session.households.new_family(Family(f"Peeters{i}", street="Kerkstraat " * 10,
                                                 municipality="Roermond"))
    made = session.households.family_count() - before
    assert 0 <= made < 2000
    text = str(caught.value)
    assert text.startswith("De schijf is vol") and "wachtwoord" not in text
    assert "De database is beschadigd" not in text
    assert is_disk_full(caught.value.__cause__)
    assert store.integrity_check() == []
    _room(store)  # room again: the same operation succeeds
    session.households.new_family(Family("Peeters", municipality="Roermond"))
    assert session.households.family_count() == before + made + 1


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_part_file(store, monkeypatch):
    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(cipher, "create_private_file", full)
    target = backups.backup_folder(store) / "gezinsplan-vol.db"
    with pytest.raises(DiskFull) as caught:
        backups.backup_to(store, target)
    assert caught.value.needed and caught.value.needed > 0
    assert "MB nodig" in str(caught.value)
    assert not target.exists() and list(target.parent.glob("*.part")) == []
    assert backups.auto_backup_quietly(store) is None  # at start/close: logged, not fatal


def test_cli_backup_on_a_full_disk(store, monkeypatch, capsys):
    from desktop_app.admin import main

    store.close()
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(cipher, "create_private_file", full)
    assert main(["backup"]) == 8
    message = capsys.readouterr().err
    assert "De schijf is vol" in message
    assert "wachtwoord klopt niet" not in message and "De database is beschadigd" not in message


def test_autosave_on_a_full_disk_stays_pending_and_saves_when_there_is_room(
        qtbot, store, monkeypatch):
    import sqlcipher3

    from desktop_app.ui import autosave
    from desktop_app.ui.autosave import FieldSaver, SaveIndicator

    session = Session(store)
    fid = session.households.new_family(Family("Peeters", municipality="Roermond"))
    repo = session.households.repo
    real = repo.update_family
    disk = {"full": True}

    def update(*args):
        if disk["full"]:
            raise sqlcipher3.OperationalError("database or disk is full")
        return real(*args)

    monkeypatch.setattr(repo, "update_family", update)
    edit, indicator, error = QLineEdit(), SaveIndicator(), QLabel()
    qtbot.addWidget(edit)
    saver = FieldSaver(edit, lambda v: session.households.update_family(fid, "street", v),
                       indicator, error)
    edit.setText("Kloosterstraat")
    edit.textEdited.emit(edit.text())
    assert saver.flush() is False
    assert indicator.text().startswith("De schijf is vol")
    assert saver._dirty and saver._timer.isActive()
    assert saver._timer.interval() == autosave.RETRY_MS
    assert session.households.get_family(fid).street == ""
    disk["full"] = False
    # Committed when there is room, 'Opgeslagen' once the writer thread made it durable.
    qtbot.waitUntil(lambda: saver.durable, timeout=autosave.RETRY_MS + 3000)
    assert indicator.text().startswith("✓ Opgeslagen")
    assert session.households.get_family(fid).street == "Kloosterstraat"
    assert edit.text() == "Kloosterstraat"
