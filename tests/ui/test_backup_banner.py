"""The backup banner on the Opvolging page (issue 15): the age of the last good backup,
a warning after 7 days or without one, a failed automatic backup shown."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.session.maintenance import BackupStatus
from desktop_app.store import backups

NOW = datetime(2026, 12, 2, 10, 30)


def _page(window, qtbot):
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    page = OpvolgingPage(window.session, window.nav)
    qtbot.addWidget(page)
    return page


def test_banner_reads_the_last_good_backup_in_the_background(unlocked_window, qtbot):
    backups.auto_backup(unlocked_window.session.store)
    page = _page(unlocked_window, qtbot)
    page.show()
    banner = page.backup_banner
    qtbot.waitUntil(lambda: banner.status is not None, timeout=10000)
    assert banner.status.last_good is not None and not banner.status.warn
    assert banner.text().startswith("Laatste goede back-up: vandaag om ")


def test_banner_texts_for_each_state(unlocked_window, qtbot):
    banner = _page(unlocked_window, qtbot).backup_banner
    cases = [
        (BackupStatus(NOW - timedelta(hours=2), None, None, NOW),
         "Laatste goede back-up: vandaag om 08:30.", False),
        (BackupStatus(NOW - timedelta(days=7), None, None, NOW),
         "Laatste goede back-up: 7 dagen geleden (25-11-2026).", False),
        (BackupStatus(NOW - timedelta(days=9), None, None, NOW),
         "Let op: de laatste goede back-up is 9 dagen oud (23-11-2026).", True),
        (BackupStatus(None, None, None, NOW), "Let op: er is geen goede back-up.", True),
        (BackupStatus(NOW - timedelta(days=1), NOW - timedelta(minutes=5), "disk_full", NOW),
         "De automatische back-up van 02-12-2026 10:25 is mislukt: de schijf is vol.", True),
    ]
    for status, text, warn in cases:
        banner.show_status(status)
        assert text in banner.text()
        assert ("Beveiliging › Back-up nu maken" in banner.text()) == warn
        assert ("fff4ce" in banner.styleSheet()) == warn


def test_failed_automatic_backup_is_noted_until_one_works(demo_store, monkeypatch):
    from desktop_app.session import Session
    from desktop_app.store import cipher
    from desktop_app.store.errors import DiskFull

    session = Session(demo_store)

    def full(*_a, **_k):
        raise DiskFull(demo_store.path.parent, needed=1000)

    monkeypatch.setattr(backups, "copy_verified", full)
    assert backups.auto_backup_quietly(demo_store, refresh=True) is None
    status = session.safety.backup_status()
    assert status.failed_at is not None and status.failure == "disk_full" and status.warn
    marker = demo_store.path.parent / backups.FAILED_MARKER
    assert marker.exists() and oct(marker.stat().st_mode & 0o777) == "0o600"
    backups._failures.clear()  # the next start: the note comes from the file
    assert session.safety.backup_status().failed_at is not None
    monkeypatch.setattr(backups, "copy_verified", cipher.copy_verified)
    assert backups.auto_backup_quietly(demo_store, refresh=True) is not None
    status = session.safety.backup_status()
    assert status.failed_at is None and status.age_days == 0 and not status.warn
    assert not marker.exists()


def test_a_read_interrupted_by_closing_is_not_a_warning(caplog):
    from desktop_app.session import CheckInterrupted, DiskFull
    from desktop_app.ui.evaluation.backup_banner import _not_read

    with caplog.at_level("WARNING"):
        _not_read(CheckInterrupted())
        assert caplog.records == []
        _not_read(DiskFull("vol"))
    assert [r.getMessage() for r in caplog.records] == ["backup status not read (DiskFull)"]
