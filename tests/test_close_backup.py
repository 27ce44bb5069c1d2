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


# -- issue 17: closing never waits long for a copy; quiet moments write it --------------------
def test_a_large_database_closes_without_copying_and_the_next_start_writes_it(store, monkeypatch):
    session = Session(store)
    assert maintenance.IntegrityCheck(store).run() == []
    target = _today(store)
    written = target.stat().st_mtime_ns
    session.households.add_family(Family("Jansen", municipality="Weert"))
    # As a database whose copy takes longer than closing may wait (100,000 families: 50 s).
    monkeypatch.setattr(maintenance, "CLOSE_BUDGET_S", 0.0)
    path = store.path
    session.close(backup=True)
    assert target.stat().st_mtime_ns == written and _families_in(target) == 0
    again = Session.open(path, PASSPHRASE)
    try:
        assert not maintenance.backup_up_to_date(again.store)  # the change is not in it yet
        assert maintenance.IntegrityCheck(again.store).run() == []  # the next start's check
        assert maintenance.backup_up_to_date(again.store)
        assert _families_in(target) == 1  # (opening the copy touches it: checked last)
    finally:
        again.close()


def test_the_close_budget_is_judged_on_the_last_copys_rate(store):
    assert maintenance.IntegrityCheck(store).run() == []  # a small database: timed
    size = store.path.stat().st_size
    assert backup_state.estimated_seconds(store.db, size) < maintenance.CLOSE_BUDGET_S
    assert maintenance.backup_fits_in_close(store)
    backup_state.record(store.db, _today(store), backup_state.last_change_id(store.db),
                        seconds=60.0)  # as if the copy took a minute
    assert backup_state.estimated_seconds(store.db, size) > 50
    assert not maintenance.backup_fits_in_close(store)


def test_a_quiet_backup_is_due_after_a_quiet_while_and_not_too_often(store):
    from datetime import datetime, timedelta

    session = Session(store)
    assert maintenance.IntegrityCheck(store).run() == []
    now = datetime.now()
    assert not maintenance.quiet_backup_due(store, now + timedelta(hours=1))  # holds all
    session.households.add_family(Family("Smeets", municipality="Echt-Susteren"))
    assert not maintenance.quiet_backup_due(store, now)  # the change is still fresh
    quiet = timedelta(seconds=maintenance.QUIET_AFTER_S + 1)
    assert not maintenance.quiet_backup_due(store, now + quiet)  # a backup a minute ago
    later = timedelta(seconds=maintenance.QUIET_GAP_S + 1)
    assert maintenance.quiet_backup_due(store, now + later)
    _today(store).unlink()  # none today: due as soon as it is quiet
    assert maintenance.quiet_backup_due(store, now + quiet)
    assert session.quiet_backup() is None  # now: the change is fresh


def test_a_quiet_backup_writes_what_the_backup_misses(store):
    session = Session(store)
    assert maintenance.IntegrityCheck(store).run() == []
    session.households.add_family(Family("Willems", municipality="Leudal"))
    written = maintenance.QuietBackup(store).run()
    assert written == _today(store) and maintenance.backup_up_to_date(store)
    assert maintenance.QuietBackup(store).run() is None  # nothing missing: no copy
    assert _families_in(written) == 1


def test_an_interrupted_copy_keeps_the_old_backup_and_is_no_failure(store, monkeypatch):
    import pytest

    from desktop_app.store import backups, cipher
    from desktop_app.store.errors import CheckInterrupted

    session = Session(store)
    assert maintenance.IntegrityCheck(store).run() == []
    target = _today(store)
    before = target.read_bytes()
    session.households.add_family(Family("Hermans", municipality="Roerdalen"))
    job = maintenance.QuietBackup(store)
    real_verify = cipher.verify_backup

    def closing_during_the_check(path, secret, stop=None):
        job.interrupt()  # the window closes while the copy is being checked
        return real_verify(path, secret, stop)

    monkeypatch.setattr(cipher, "verify_backup", closing_during_the_check)
    with pytest.raises(CheckInterrupted):
        job.run()
    assert job.stopped
    assert target.read_bytes() == before
    assert not list(target.parent.glob("*.part"))
    assert backups.last_failure(store.path) is None  # the banner warns of nothing
    assert not maintenance.backup_up_to_date(store)  # the next quiet moment writes it
