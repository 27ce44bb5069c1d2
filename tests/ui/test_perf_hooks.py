"""Start-up work moved off the GUI thread (issue 8) keeps its promises: a damaged
database is still refused, a background count still arrives, and the start-up
probe of the benchmark reports and quits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from desktop_app.store import create_store
from desktop_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE, window_through_gate

ROOT = Path(__file__).resolve().parents[2]


def _damaged_copy(store, tmp_path) -> Path:
    from desktop_app.store.demo import fill_demo

    fill_demo(store, 300, seed=4)
    page_size = int(store.conn.execute("PRAGMA page_size").fetchone()[0])
    store.close()
    pages = store.path.stat().st_size // page_size
    damaged = tmp_path / "beschadigd" / "gezinsplan.db"
    damaged.parent.mkdir()
    shutil.copy2(store.path, damaged)
    with open(damaged, "r+b") as fh:
        for page in (pages // 3, pages // 2, 2 * pages // 3):  # inside pages, not page 1
            fh.seek(page * page_size + 100)
            original = fh.read(64)
            fh.seek(page * page_size + 100)
            fh.write(bytes(b ^ 0xFF for b in original))
    return damaged


def test_damaged_database_is_refused_after_unlock(qtbot, store, settings, tmp_path, monkeypatch):
    damaged = _damaged_copy(store, tmp_path)
    before = damaged.read_bytes()
    offers = []  # the restore offer is a modal dialog: record it instead of showing it
    monkeypatch.setattr("desktop_app.ui.safety.damaged.offer_restore",
                        lambda window, exc, passphrase: offers.append(exc))
    window = MainWindow(damaged, settings)
    qtbot.addWidget(window)
    window.show()
    window._unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: bool(offers), timeout=30000)
    assert "beschadigd" in str(offers[0])
    assert window.session is None
    notice = window.root.currentWidget()
    assert isinstance(notice, QLabel) and "beschadigd" in notice.text()
    assert window.data_actions and not any(a.isEnabled() for a in window.data_actions)
    window.close()
    assert damaged.read_bytes()[:4096] == before[:4096]  # nothing rewritten


def test_intact_database_stays_open_after_background_check(qtbot, demo_store, settings):
    window = window_through_gate(qtbot, demo_store, settings)
    qtbot.wait(50)
    assert window.session is not None and window.root.currentWidget() is window.workspace
    window.close()


def test_background_count_arrives(qtbot, store, settings):
    from desktop_app.store.demo import fill_demo
    from desktop_app.ui.caseload import PAGE, BackgroundCounter, CaseloadView

    fill_demo(store, PAGE + 30, seed=2)
    from desktop_app.session import Session

    session = Session(store)
    families = session.households
    view = CaseloadView(families, counter=BackgroundCounter(families.reader, None))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.total_exact, timeout=15000)
    assert view.model.total == PAGE + 30
    assert view.count_label.text() == f"{PAGE + 30} gezinnen"
    view.search.setText("cjg")
    view.apply_filters()
    assert not view.model.total_exact and "of meer" in view.count_label.text()
    qtbot.waitUntil(lambda: view.model.total_exact, timeout=15000)
    assert view.model.total == families.count("cjg")
    view.model.counter.close()


def test_startup_probe_reports_and_quits(data_dir):
    create_store(data_dir / "gezinsplan.db", PASSPHRASE).close()
    env = dict(os.environ, GEZINSPLAN_PASSPHRASE=PASSPHRASE, GEZINSPLAN_EXIT_AFTER_FIRST_PAINT="1",
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "desktop_app"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    line = [x for x in result.stdout.splitlines() if x.startswith("GEZINSPLAN_FIRST_PAINT")]
    assert line, result.stdout
    fields = dict(part.split("=", 1) for part in line[0].split()[1:])
    assert fields["rows"] == "0" and float(fields["kdf"]) > 0


def _probe_lines(data_dir, **extra) -> list[str]:
    env = dict(os.environ, GEZINSPLAN_PASSPHRASE=PASSPHRASE, GEZINSPLAN_EXIT_AFTER_FIRST_PAINT="1",
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), GEZINSPLAN_DATA_DIR=str(data_dir),
               **extra)
    result = subprocess.run([sys.executable, "-m", "desktop_app"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.splitlines()


def test_startup_probe_reports_the_start_page_then_closing(demo_store, data_dir):
    """A database with families starts on Opvolging: the probe reports that page's paint
    (not the caseload's, which is replaced before it is seen), then the closing clock."""
    demo_store.close()
    lines = _probe_lines(data_dir)
    shown = [x for x in lines if x.startswith("GEZINSPLAN_FIRST_PAINT")]
    closing = [x for x in lines if x.startswith("GEZINSPLAN_CLOSING")]
    assert len(shown) == 1 and len(closing) == 1, lines
    fields = dict(part.split("=", 1) for part in shown[0].split()[1:])
    assert fields["page"] == "opvolgingPage"
    assert fields["guards"] == "1"  # the wheel guard, installed behind the unlock screen
    assert float(closing[0].split("clock=")[1]) >= float(fields["clock"])
    # The unlock screen painted first; the key was derived after it (issue 17).
    assert float(fields["after_gate"]) >= float(fields["kdf"]) > 0


def test_the_quit_benchmarks_probe_waits_for_the_backup_then_closes_after_a_change(
        demo_store, data_dir):
    """The warm-up waits for the start's check and its backup; 'quit after a change' makes
    a change the backup misses (issue 17), then closes."""
    from desktop_app.session import maintenance
    from desktop_app.store import open_store

    demo_store.close()
    _probe_lines(data_dir, GEZINSPLAN_PROBE_WAIT_FOR_CHECK="1")
    store = open_store(data_dir / "gezinsplan.db", PASSPHRASE)
    try:
        assert maintenance.backup_up_to_date(store)
    finally:
        store.close()
    lines = _probe_lines(data_dir, GEZINSPLAN_PROBE_CHANGE="1")
    assert any(x.startswith("GEZINSPLAN_CLOSING") for x in lines), lines
    store = open_store(data_dir / "gezinsplan.db", PASSPHRASE)
    try:
        team = store.db.execute("SELECT team FROM consultant_details WHERE id = 1").fetchone()
        assert team is not None and team[0].startswith("Meetteam"), team
        # A small database: closing copied it (the copy takes far less than the budget).
        assert maintenance.backup_up_to_date(store)
    finally:
        store.close()


def test_the_unlock_screen_needs_neither_the_session_nor_the_store():
    """What the window imports to paint the unlock screen: no session areas, no store
    connection, no sqlite-utils, no QtNetwork (the single-instance server), no tomllib
    (the version) – they load after its first paint (issue 17), while the passphrase is
    typed or derived."""
    code = ("import sys, desktop_app.ui.app, desktop_app.ui.main_window, desktop_app.ui.safety.single\n"
            "from desktop_app.ui.registry import load_features\n"
            "load_features()\n"
            "heavy = ('sqlite_utils', 'desktop_app.session._session', 'desktop_app.store.connection',\n"
            "         'desktop_app.store.audit', 'reportlab', 'PySide6.QtNetwork', 'tomllib')\n"
            "print([m for m in heavy if m in sys.modules])\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]", result.stdout


def test_a_damaged_salt_is_not_mistaken_for_a_wrong_passphrase_at_the_gate(
        qtbot, store, settings, monkeypatch):
    """The gate derives the key from the file's own salt before anything else loads
    (issue 17); with the salt damaged that key opens nothing, so the passphrase itself
    tells a damaged file (the backup opens) from a wrong passphrase."""
    from desktop_app.store import backups
    from desktop_app.ui.safety import damaged

    backups.auto_backup(store)
    path = store.path
    store.close()
    with open(path, "r+b") as fh:
        fh.write(b"\x00" * 16)  # the salt
    offered = []
    monkeypatch.setattr(damaged, "offer_restore",
                        lambda window, exc, secret: offered.append((type(exc).__name__, exc.backup)))
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    window.gate.passphrase.setText(PASSPHRASE)
    window.gate.unlock_button.click()
    qtbot.waitUntil(lambda: bool(offered), timeout=15000)
    assert offered[0][0] == "DatabaseDamaged" and offered[0][1] is not None
    window.close()
