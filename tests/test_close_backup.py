"""Closing rewrites today's backup only when something is not in it yet
(session.maintenance + store.backup_state); a backup is never lost by closing."""

from __future__ import annotations

from desktop_app.core.models import Family
from desktop_app.session import Session, maintenance
from desktop_app.store import backup_state, open_store
from desktop_app.store.backups import backup_folder
from tests.conftest import PASSPHRASE


def _today(store):
    return backup_state.todays_auto_backup(backup_folder(store))


def _families_in(path) -> int:
    copy = open_store(path, PASSPHRASE, check=False, migrate=False)
    try:
        return copy.db.execute("SELECT count(*) FROM families").fetchone()[0]
    finally:
        copy.close()


def test_start_backup_is_marked_and_close_skips_when_nothing_changed(store):
    session = Session(store)
    session.households.add_family(Family("Peeters", municipality="Roermond"))
    assert maintenance.IntegrityCheck(store).run() == []  # the start: check, then backup
    target = _today(store)
    assert target.exists() and maintenance.backup_up_to_date(store)
    session.safety.record_unlock()  # an unlock is an event, not a change to back up
    assert maintenance.backup_up_to_date(store)
    written = target.stat().st_mtime_ns
    path = store.path
    session.close(backup=True)
    assert target.stat().st_mtime_ns == written  # not copied again
    again = Session.open(path, PASSPHRASE)
    try:
        assert maintenance.backup_up_to_date(again.store)
    finally:
        again.close()


def test_a_change_after_the_backup_is_backed_up_at_close(store):
    session = Session(store)
    assert maintenance.IntegrityCheck(store).run() == []
    target = _today(store)
    assert _families_in(target) == 0
    session.households.add_family(Family("Jansen", municipality="Weert"))
    assert not maintenance.backup_up_to_date(store)
    session.close(backup=True)
    assert _families_in(target) == 1


def test_a_missing_or_replaced_backup_is_written_again(store):
    session = Session(store)
    assert maintenance.IntegrityCheck(store).run() == []
    target = _today(store)
    target.unlink()
    assert not maintenance.backup_up_to_date(store)
    session.close(backup=True)
    assert target.exists() and _families_in(target) == 0


def test_an_interrupted_check_starts_no_backup(store):
    check = maintenance.IntegrityCheck(store)
    check.interrupt()  # closing came first
    assert check.run() == []
    assert not _today(store).exists()
    assert not maintenance.backup_up_to_date(store)
