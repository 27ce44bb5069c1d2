"""The team server's screens without a server (issue 18): the settings dialog's checks of
its input, the status line's wording, the empty conflicts page, keyboard and labels, and
that without a server nothing changes – no status bar, no timer, no psycopg. The tests
against a real server are in tests/team/test_team_gui.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from desktop_app.session.team import Conflict, TeamStatus
from desktop_app.ui.i18n import install_translator
from desktop_app.ui.team.conflicts import ConflictsPage, open_conflicts
from desktop_app.ui.team.settings_dialog import TeamSettingsDialog
from desktop_app.ui.team.status import TeamStatusWidget, status_line
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _status(**kw) -> TeamStatus:
    values = dict(configured=True, server={"host": "h", "port": 5432, "dbname": "g",
                                           "ca_file": ""}, user="anna", prefix="A",
                  last_sync=None, last_error=None, pending=0, conflicts=0,
                  remove_after_handover=True)
    values.update(kw)
    return TeamStatus(**values)


def test_status_line_says_when_what_waits_and_the_conflicts():
    from datetime import datetime

    at = datetime.now().replace(hour=14, minute=5, second=0).isoformat(timespec="seconds")
    assert status_line(_status(last_sync=at, pending=3, conflicts=1)) == (
        "Teamserver: gesynchroniseerd 14:05 · 3 wijzigingen wachten · 1 conflict")
    assert status_line(_status(last_sync="2024-07-03T09:30:00", pending=1, conflicts=2)) == (
        "Teamserver: gesynchroniseerd 03-07-2024 09:30 · 1 wijziging wacht · 2 conflicten")
    assert status_line(_status()) == "Teamserver: nog niet gesynchroniseerd"
    assert status_line(_status(pending=2), running=True) == (
        "Teamserver: bezig met synchroniseren… · 2 wijzigingen wachten")
    assert status_line(_status(), error="De teamserver is niet bereikbaar.") == (
        "Teamserver: niet gelukt – De teamserver is niet bereikbaar.")


def test_status_line_in_english(qtbot):
    app = QApplication.instance()
    try:
        assert install_translator(app, "en")
        assert status_line(_status(last_sync="2024-07-03T09:30:00", pending=3, conflicts=1)) == (
            "Team server: synchronised 03-07-2024 09:30 · 3 changes waiting · 1 conflict")
        widget = TeamStatusWidget()
        qtbot.addWidget(widget)
        widget.show_status(_status(conflicts=2), running=False, error=None)
        assert widget.sync.text() == "Sync now"
        assert widget.conflicts.text() == "2 conflicts – view"
    finally:
        install_translator(app, "nl")


def test_status_widget_shows_the_conflicts_as_a_button(qtbot):
    widget = TeamStatusWidget()
    qtbot.addWidget(widget)
    widget.show()
    widget.show_status(_status(pending=1, conflicts=1), running=False, error=None)
    assert widget.text() == ("Teamserver: nog niet gesynchroniseerd · 1 wijziging wacht · "
                             "1 conflict – bekijken")
    with qtbot.waitSignal(widget.conflicts_requested):
        qtbot.mouseClick(widget.conflicts, Qt.LeftButton)
    widget.show_status(_status(), running=True, error=None)
    assert not widget.conflicts.isVisible() and not widget.sync.isEnabled()


def test_settings_dialog_checks_the_input_beside_the_fields_and_keeps_it(qtbot, unlocked_window):
    dialog = TeamSettingsDialog(unlocked_window.session, unlocked_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.port.setText("54x2")
    dialog.user.setText("anna")
    dialog.password.setText("geheim wachtwoord")
    qtbot.mouseClick(dialog.test_button, Qt.LeftButton)
    errors = {name: label.text() for name, label in dialog.errors.items() if label.isVisible()}
    assert errors == {
        "teamHost": "Vul het adres van de teamserver in, bijvoorbeeld teamserver.cjg.nl.",
        "teamPort": "De poort is een getal van 1 tot en met 65535, meestal 5432.",
        "teamCaFile": "Kies het CA-certificaat van het CJG. Zonder dit bestand kan Gezinsplan "
                      "de server niet controleren.",
    }
    assert dialog.port.property("invalid") is True
    assert dialog.focusWidget() is dialog.host  # the first field to fix
    # Nothing typed is lost, and nothing went to a worker.
    assert (dialog.port.text(), dialog.user.text(), dialog.password.text()) == (
        "54x2", "anna", "geheim wachtwoord")
    assert not dialog.busy and not dialog.result.isVisible()
    assert dialog.password.echoMode() == QLineEdit.Password
    # Fixing a field takes its message away; a port out of range and a missing file have
    # their own words.
    qtbot.keyClicks(dialog.host, "team server")
    assert not dialog.errors["teamHost"].isVisible()
    dialog.port.setText("70000")
    dialog.ca_file.setText(str(Path(unlocked_window.db_path).parent / "geen-ca.pem"))
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    assert "spaties" in dialog.errors["teamHost"].text()
    assert dialog.errors["teamPort"].isVisible()
    assert dialog.errors["teamCaFile"].text() == ("Dit bestand bestaat niet. Kies het "
                                                  "CA-certificaat opnieuw.")
    assert not unlocked_window.session.team.status().configured


def test_settings_dialog_without_a_server_says_so(qtbot, unlocked_window):
    dialog = TeamSettingsDialog(unlocked_window.session, unlocked_window)
    qtbot.addWidget(dialog)
    assert "nog geen teamserver" in dialog.current.text()
    assert dialog.port.placeholderText() == "5432" and dialog.port.text() == ""
    assert dialog.remove_copy.isChecked()  # the default: the copy goes after a hand-over


def test_without_a_server_the_menus_hide_sync_and_conflicts_and_no_timer_runs(unlocked_window):
    window = unlocked_window
    sync = window.team_sync
    assert sync.widget is None and not sync.timer.isActive()
    assert not sync.sync_action.isVisible() and not sync.conflicts_action.isVisible()
    assert sync.sync_now() is False  # nothing set up: nothing starts
    texts = [a.text() for a in window.settings_menu.actions()]
    assert "Team&server…" in texts


def test_handover_is_no_case_action_without_a_server(qtbot, unlocked_window):
    window = unlocked_window
    case_id = window.session.intake.richest_case()
    page = window.open_family(window.session.households.get_case(case_id).family_id)
    page.cases.select_case(case_id)
    names = {b.objectName() for b in page.findChildren(QPushButton)}
    assert "caseAction_evaluation" in names and "caseAction_handover" not in names


def test_empty_conflicts_page(qtbot, unlocked_window):
    page = open_conflicts(unlocked_window)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text().startswith("Geen conflicten.")
    assert unlocked_window.workspace.currentWidget() is page
    assert open_conflicts(unlocked_window) is page  # once


def _conflict(i, **kw) -> Conflict:
    values = dict(id=i, table="persons", field="phone", kind="field", base="06-1",
                  mine="06-2 (moeder)", theirs="06-3 (werk)", found_at="2025-03-04T14:05:00",
                  family_id=None, family_name="Çelik-van den Heuvel",
                  case_number=f"CJG-A-2025-00000{i}")
    values.update(kw)
    return Conflict(**values)


def test_conflicts_page_shows_the_three_values_of_the_chosen_one(qtbot, unlocked_window):
    listing = [_conflict(1), _conflict(2, table="families", field="street", kind="gone",
                                       base="Kerkstraat", mine="Kerkstraat 1", theirs=None)]
    page = ConflictsPage(unlocked_window.session, unlocked_window.nav, listing=lambda: listing)
    qtbot.addWidget(page)
    assert page.list.count() == 2
    assert page.list.item(0).text() == ("CJG-A-2025-000001 · Çelik-van den Heuvel\n"
                                        "Gezinslid: telefoon\ngevonden 04-03-2025 14:05")
    assert [page.sides[s].toPlainText() for s in ("base", "mine", "theirs")] == [
        "06-1", "06-2 (moeder)", "06-3 (werk)"]
    assert all(b.isReadOnly() for b in page.sides.values())
    page.list.setCurrentRow(1)
    assert page.sides["theirs"].toPlainText() == "(verwijderd op de server)"
    assert page.what.text() == "Gezin: straat – Çelik-van den Heuvel (CJG-A-2025-000002)"
    listing.pop(0)
    page.refresh()  # the chosen one stays chosen
    assert page.current().id == 2


def test_team_screens_are_keyboard_reachable_and_labelled(qtbot, unlocked_window):
    from desktop_app.ui.team.handover import HandoverDialog

    window = unlocked_window
    case = window.session.households.get_case(window.session.intake.richest_case())
    page = ConflictsPage(window.session, window.nav, listing=lambda: [_conflict(1)])
    roots = [TeamSettingsDialog(window.session, window), page,
             HandoverDialog(window.session, case.case_number, "Çelik", window)]
    for root in roots:
        qtbot.addWidget(root)
        buttons = [b for b in root.findChildren(QAbstractButton)
                   if not b.objectName().startswith("qt_")]
        assert buttons
        assert all(b.text().strip() or b.accessibleName() for b in buttons), root
        assert all(b.focusPolicy() & Qt.TabFocus for b in buttons), root
        fields = [w for t in (QLineEdit, QPlainTextEdit) for w in root.findChildren(t)
                  if not w.objectName().startswith("qt_")]
        assert fields and all(w.focusPolicy() & Qt.TabFocus for w in fields), root
        buddies = {lbl.buddy() for lbl in root.findChildren(QLabel) if lbl.buddy() is not None}
        assert [w.objectName() for w in fields if w not in buddies] == [], root
        checks = [b for b in buttons if b.isCheckable()]
        assert all("&" in b.text() for b in checks)  # Alt+letter


def test_without_a_server_the_window_imports_no_psycopg_and_shows_no_status_bar(
        empty_template, tmp_path):
    """In a fresh process (other tests import psycopg): unlock, show every team screen's
    module, let the event loop run – psycopg, team_pg and team_sync stay unimported."""
    from tests.conftest import copy_database

    folder = tmp_path / "laptop"
    folder.mkdir()
    path = copy_database(empty_template, folder)
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["GEZINSPLAN_DATA_DIR"] = {str(folder)!r}
from PySide6.QtWidgets import QApplication, QStatusBar
app = QApplication([])
from desktop_app.session import Session
from desktop_app.settings import Settings
from desktop_app.ui.main_window import MainWindow
import desktop_app.ui.team.conflicts, desktop_app.ui.team.handover
import desktop_app.ui.team.settings_dialog, desktop_app.ui.team.status
window = MainWindow({str(path)!r}, Settings.load({str(folder / 'settings.json')!r}))
window.show()
window._opened(Session.open({str(path)!r}, {PASSPHRASE!r}))
for _ in range(5):
    app.processEvents()
assert window.findChild(QStatusBar) is None, "a status bar appeared"
assert not window.team_sync.timer.isActive()
bad = [m for m in ("psycopg", "desktop_app.store.team_pg", "desktop_app.store.team_sync",
                   "desktop_app.store.team_client") if m in sys.modules]
assert not bad, bad
window.close()
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
