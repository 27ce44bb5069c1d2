"""Today's backup at quiet moments (issue 17): the window's QuietBackups writes it on a
worker once nothing changed for a while, closing interrupts it without waiting, and the
old backup stays when it is interrupted."""

from __future__ import annotations

import time

from desktop_app.core.models import Family
from desktop_app.session import maintenance
from desktop_app.store import backup_state
from desktop_app.store.backups import backup_folder
from desktop_app.ui.main_window import MainWindow
from tests.conftest import window_through_gate


def _opened(qtbot, store, settings) -> MainWindow:
    return window_through_gate(qtbot, store, settings)


def test_a_quiet_moment_writes_the_backup_on_a_worker(qtbot, store, settings, monkeypatch):
    window = _opened(qtbot, store, settings)
    session = window.session
    today = backup_state.todays_auto_backup(backup_folder(session.store))
    assert today.exists() and maintenance.backup_up_to_date(session.store)
    window.quiet_backups.tick()
    assert not window.quiet_backups.running  # nothing missing: nothing to write
    session.households.add_family(Family("Geraedts", municipality="Maasgouw"))
    window.quiet_backups.tick()
    assert not window.quiet_backups.running  # the change is fresh
    monkeypatch.setattr(maintenance, "QUIET_AFTER_S", 0)
    monkeypatch.setattr(maintenance, "QUIET_GAP_S", 0)
    monkeypatch.setattr(maintenance, "QUIET_GAP_FACTOR", 0)
    window.quiet_backups.tick()
    assert window.quiet_backups.running
    qtbot.waitUntil(lambda: not window.quiet_backups.running, timeout=15000)
    assert maintenance.backup_up_to_date(session.store)
    window.close()


def test_closing_interrupts_a_quiet_backup_and_keeps_the_old_one(qtbot, store, settings,
                                                                 monkeypatch):
    from desktop_app.store import cipher

    window = _opened(qtbot, store, settings)
    session = window.session
    today = backup_state.todays_auto_backup(backup_folder(session.store))
    before = today.read_bytes()
    session.households.add_family(Family("Coenen", municipality="Roermond"))
    for name in ("QUIET_AFTER_S", "QUIET_GAP_S", "QUIET_GAP_FACTOR"):
        monkeypatch.setattr(maintenance, name, 0)
    monkeypatch.setattr(maintenance, "CLOSE_BUDGET_S", 0.0)  # as a large database
    checking = []
    real_verify = cipher.verify_backup

    def slow_check(path, secret, stop=None):  # on the worker: no Qt calls here
        checking.append(path)
        deadline = time.monotonic() + 15
        while not getattr(window, "_closing", False) and time.monotonic() < deadline:
            time.sleep(0.01)  # until closing has begun
        return real_verify(path, secret, stop)

    monkeypatch.setattr(cipher, "verify_backup", slow_check)
    window.quiet_backups.tick()
    qtbot.waitUntil(lambda: bool(checking), timeout=15000)
    window.close()
    # Not interrupted, the check would have passed and the new copy replaced the old one.
    assert today.read_bytes() == before
    assert not list(today.parent.glob("*.part"))
