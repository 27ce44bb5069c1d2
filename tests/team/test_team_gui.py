"""The team server's screens against a real PostgreSQL team server (issue 18): the
settings dialog's 'Verbinding testen' and 'Verbinden' in a worker, the status bar's line
and 'Nu synchroniseren', the automatic sync failing quietly, conflicts made for real by
two laptops and resolved on the conflicts page, and the hand-over case action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.ui.team.conflicts import ConflictsPage
from desktop_app.ui.team.handover import HandoverDialog
from desktop_app.ui.team.settings_dialog import TeamSettingsDialog

from .laptops import Laptop, server_setting

LONG_PHONE = "06-12345678 (werk, alleen na 17 uur; anders via de buurvrouw mevrouw Ümit: 0475-334455)"


@pytest.fixture
def window_on(qtbot, tmp_path, monkeypatch):
    """window_on(laptop): the main window unlocked on that laptop's session."""
    from desktop_app.settings import Settings
    from desktop_app.ui.main_window import MainWindow

    def make(laptop: Laptop):
        monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(laptop.folder))
        window = MainWindow(laptop.path, Settings.load(laptop.folder / "settings.json"))
        qtbot.addWidget(window)
        window.remember_geometry = False
        window.resize(1366, 768)
        window.show()
        window._opened(laptop.session)
        return window

    return make


def _fill(dialog: TeamSettingsDialog, team_server, user: str, password: str) -> None:
    setting = server_setting(team_server)
    dialog.host.setText(setting["host"])
    dialog.port.setText(str(setting["port"]))
    dialog.dbname.setText(setting["dbname"])
    dialog.ca_file.setText(setting["ca_file"])
    dialog.user.setText(user)
    dialog.password.setText(password)


def test_test_connection_with_a_wrong_password_shows_the_dutch_message_without_freezing(
        qtbot, laptops, window_on, team_server):
    anna = team_server.add_consultant("anna")
    window = window_on(laptops("a", anna))
    dialog = TeamSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, team_server, "anna", "niet het wachtwoord")
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as outcome:
        qtbot.mouseClick(dialog.test_button, Qt.LeftButton)
        # The click returned before the server answered: the test runs in a worker.
        assert dialog.busy and not dialog.test_button.isEnabled()
        assert dialog.result.text() == "Verbinding wordt getest…"
    assert outcome.args == [False]
    assert dialog.result.text() == (
        "De gebruikersnaam of het wachtwoord voor de teamserver klopt niet. Controleer ze, "
        "of vraag de beheerder om een nieuw wachtwoord.")
    assert dialog.result.property("state") == "error"
    assert dialog.password.text() == "niet het wachtwoord"  # nothing typed is lost
    assert dialog.test_button.isEnabled()
    assert not window.session.team.status().configured
    # The right password: the test works and still keeps nothing.
    dialog.password.setText(anna.password)
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as outcome:
        qtbot.mouseClick(dialog.test_button, Qt.LeftButton)
    assert outcome.args == [True]
    assert dialog.result.text() == "De verbinding werkt. U bent op de teamserver bekend als anna."
    assert not window.session.team.status().configured
    assert window.team_sync.widget is None


def test_connect_shows_the_setting_and_the_status_bar_then_a_sync_updates_the_counts(
        qtbot, laptops, window_on, team_server):
    anna = team_server.add_consultant("anna")
    laptop = laptops("a", anna, demo=True)
    window = window_on(laptop)
    sync = window.team_sync
    assert sync.widget is None and not sync.timer.isActive()
    dialog = TeamSettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, team_server, "anna", anna.password)
    with qtbot.waitSignal(dialog.connected, timeout=30_000):
        qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
        assert dialog.busy  # connecting runs in a worker
    status = window.session.team.status()
    assert status.configured and status.prefix == anna.prefix
    assert dialog.password.text() == ""  # kept encrypted in the database, not in the dialog
    assert "als anna." in dialog.current.text()
    assert f"voorvoegsel {anna.prefix}, bijvoorbeeld CJG-{anna.prefix}-" in dialog.current.text()
    # The status bar follows at once, with everything waiting for the first push.
    assert sync.widget is not None and sync.widget.isVisible()
    assert sync.timer.isActive()
    assert sync.sync_action.isVisible() and sync.conflicts_action.isVisible()
    assert status.pending > 100
    assert sync.widget.label.text() == (
        f"Teamserver: nog niet gesynchroniseerd · {status.pending} wijzigingen wachten")
    with qtbot.waitSignal(sync.synced, timeout=60_000):
        qtbot.mouseClick(sync.widget.sync, Qt.LeftButton)
        assert sync.running and not sync.widget.sync.isEnabled()
        assert sync.widget.label.text().startswith("Teamserver: bezig met synchroniseren…")
        assert sync.sync_now() is False  # never two at once
    qtbot.waitUntil(lambda: not sync.running)
    assert window.session.team.status().pending == 0
    line = sync.widget.label.text()
    assert line.startswith("Teamserver: gesynchroniseerd ") and "wacht" not in line
    # An edit waits for the next sync, and the line says so.
    fid = window.session.households.richest_family()
    window.session.households.update_family(fid, "phone", "0475-121212")
    qtbot.waitUntil(lambda: sync.widget.label.text().endswith("· 1 wijziging wacht"))
    # The menu's 'Nu synchroniseren' sends it.
    with qtbot.waitSignal(sync.synced, timeout=30_000):
        sync.sync_action.trigger()
    assert "wacht" not in sync.widget.label.text()
    # The dialog opened again shows the setting, not the password.
    again = TeamSettingsDialog(window.session, window)
    qtbot.addWidget(again)
    assert (again.host.text(), again.user.text(), again.password.text()) == (
        team_server.cluster.host, "anna", "")
    assert again.ca_file.text() == team_server.ca_file
    assert again.remove_copy.isChecked()
    again.remove_copy.setChecked(False)  # kept at once
    assert window.session.team.status().remove_after_handover is False


def test_an_automatic_sync_that_fails_says_so_quietly(qtbot, laptops, window_on, team_server,
                                                      monkeypatch):
    anna = team_server.add_consultant("anna")
    laptop = laptops("a", anna)
    laptop.connect()
    window = window_on(laptop)
    sync = window.team_sync
    assert sync.widget is not None and sync.timer.isActive()  # configured: it follows
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(a))
    team_server.cluster.stop()
    with qtbot.waitSignal(sync.failed, timeout=30_000) as failed:
        sync._tick()  # what the timer does
    assert boxes == []  # quietly: no message box for the automatic sync
    assert failed.args[0].startswith("De teamserver is niet bereikbaar.")
    assert sync.widget.label.text().startswith(
        "Teamserver: niet gelukt – De teamserver is niet bereikbaar.")
    assert sync.widget.label.toolTip() == failed.args[0]
    # Asked for by the consultant, the same failure is shown in a message box.
    with qtbot.waitSignal(sync.failed, timeout=30_000):
        qtbot.mouseClick(sync.widget.sync, Qt.LeftButton)
    assert len(boxes) == 1 and boxes[0][2] == failed.args[0]
    team_server.cluster.start()
    with qtbot.waitSignal(sync.synced, timeout=30_000):
        sync._tick()
    assert sync.widget.label.text().startswith("Teamserver: gesynchroniseerd ")


def _conflict_on_two_laptops(laptops, team_server):
    """Laptop a (demo) and b share anna's caseload; both change one member's phone and the
    family is called 'Çelik-van den Heuvel'. a syncs first: b's next sync finds the
    conflict. Returns (a, b, pid_b, before)."""
    anna = team_server.add_consultant("anna")
    a = laptops("a", anna, demo=True)
    a.connect()
    fid_a = a.session.households.richest_family()
    a.session.households.update_family(fid_a, "family_name", "Çelik-van den Heuvel")
    a.sync()
    b = laptops("b", anna)
    b.connect()
    b.sync()
    pid_a = a.session.households.members(fid_a)[0].id
    gid = a.db.execute("SELECT gid FROM sync_rows WHERE tbl = 'persons' AND key = ?",
                       [f"[{pid_a}]"]).fetchone()[0]
    pid_b = b.family_id(gid)
    before = a.session.households.get_person(pid_a).phone
    a.session.households.update_person(pid_a, "phone", LONG_PHONE)
    b.session.households.update_person(pid_b, "phone", "06-87654321 (moeder)")
    a.sync()
    return a, b, pid_b, before


def test_conflicts_from_a_sync_in_the_status_bar_are_resolved_on_the_page(
        qtbot, laptops, window_on, team_server, tmp_path):
    a, b, pid_b, before = _conflict_on_two_laptops(laptops, team_server)
    window = window_on(b)
    sync = window.team_sync
    assert sync.widget.label.text().endswith("· 1 wijziging wacht")
    assert not sync.widget.conflicts.isVisible()
    with qtbot.waitSignal(sync.synced, timeout=30_000):
        qtbot.mouseClick(sync.widget.sync, Qt.LeftButton)
    assert sync.widget.conflicts.isVisible()
    assert sync.widget.text().endswith("· 1 conflict – bekijken")
    qtbot.mouseClick(sync.widget.conflicts, Qt.LeftButton)
    page = window.workspace.currentWidget()
    assert isinstance(page, ConflictsPage)
    [conflict] = page.conflicts
    item = page.list.item(0).text()
    assert item.startswith(f"{conflict.case_number} · Çelik-van den Heuvel\nGezinslid: telefoon\n")
    assert page.sides["base"].toPlainText() == (before or "(leeg)")
    assert page.sides["mine"].toPlainText() == "06-87654321 (moeder)"
    assert page.sides["theirs"].toPlainText() == LONG_PHONE
    page.grab().save(str(tmp_path / "conflicts-page.png"))
    window.grab().save(str(tmp_path / "conflicts-window.png"))
    # Keep mine: the conflict goes, the page shows its empty state, the status bar follows.
    qtbot.mouseClick(page.keep_mine, Qt.LeftButton)
    assert page.list.count() == 0 and page.stack.currentWidget() is page.empty
    assert b.session.team.conflicts() == []
    assert b.session.households.get_person(pid_b).phone == "06-87654321 (moeder)"
    assert not sync.widget.conflicts.isVisible()
    qtbot.waitUntil(lambda: sync.widget.label.text().endswith("· 1 wijziging wacht"))
    with qtbot.waitSignal(sync.synced, timeout=30_000):
        sync.sync_now()
    a.sync()
    pid_a = [p.id for p in a.session.households.members(a.session.households.richest_family())
             if p.phone == "06-87654321 (moeder)"]
    assert pid_a  # the choice reached the other laptop through the server


def test_a_sync_from_elsewhere_refreshes_an_open_conflicts_page(qtbot, laptops, window_on,
                                                                 team_server):
    _a, b, _pid_b, _before = _conflict_on_two_laptops(laptops, team_server)
    window = window_on(b)
    window.team_sync.show_conflicts()
    page = window.workspace.currentWidget()
    assert page.stack.currentWidget() is page.empty
    with qtbot.waitSignal(window.team_sync.synced, timeout=30_000):
        window.team_sync.sync_now()
    assert page.list.count() == 1 and page.stack.currentWidget() is page.body
    qtbot.mouseClick(page.keep_theirs, Qt.LeftButton)
    assert page.list.count() == 0
    assert b.session.households.get_person(_pid_b).phone == LONG_PHONE


def test_handover_from_the_case_hands_the_family_to_the_colleague(qtbot, laptops, window_on,
                                                                  team_server):
    anna = team_server.add_consultant("anna")
    bart = team_server.add_consultant("bart")
    a = laptops("a", anna, demo=True)
    a.connect()
    a.sync()
    b = laptops("b", bart)
    b.connect()
    window = window_on(a)
    session = window.session
    case_id = session.intake.richest_case()
    case = session.households.get_case(case_id)
    page = window.open_family(case.family_id)
    page.cases.select_case(case_id)
    button = page.findChild(QPushButton, "caseAction_handover")
    assert button is not None and button.text() == "Overdragen aan collega…"
    qtbot.mouseClick(button, Qt.LeftButton)
    dialog = window.findChild(HandoverDialog)
    assert dialog is not None and dialog.isVisible()
    assert case.case_number in dialog.findChild(type(dialog.message), "handoverWhat").text()
    assert "van deze laptop verwijderd" in dialog.findChild(type(dialog.message),
                                                             "handoverAfter").text()
    # An unknown colleague: the server refuses, the dialog says so and stays.
    qtbot.keyClicks(dialog.colleague, "nobody")
    with qtbot.waitSignal(dialog.finished_handover, timeout=30_000) as outcome:
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)
        assert dialog.busy and not dialog.ok.isEnabled()
    assert outcome.args == [False]
    assert dialog.message.objectName() == "error"
    assert dialog.message.text() == ("Deze collega is geen consultant op de teamserver. "
                                     "Controleer de gebruikersnaam.")
    assert dialog.colleague.isEnabled() and dialog.colleague.text() == "nobody"
    assert session.households.get_case(case_id).family_id == case.family_id  # still here
    dialog.colleague.setText("bart")
    with qtbot.waitSignal(dialog.finished_handover, timeout=30_000) as outcome:
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert outcome.args == [True]
    assert dialog.message.text().startswith("Overgedragen aan bart.")
    # This laptop's copy is gone and its pages closed; the colleague's sync brings it.
    import shiboken6

    assert not shiboken6.isValid(page)  # the family page closed when the family left
    assert session.households.count(case.case_number) == 0
    b.sync()
    assert b.session.households.count(case.case_number) == 1
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert not dialog.isVisible()


def test_screens_in_english_for_the_eye(qtbot, laptops, window_on, team_server, tmp_path):
    """The dialog, the status bar and the conflicts page on a connected laptop in English,
    rendered for a person to look at (tmp_path); the texts are the English ones."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.i18n import install_translator

    _a, b, _pid, _before = _conflict_on_two_laptops(laptops, team_server)
    app = QApplication.instance()
    assert install_translator(app, "en")
    try:
        window = window_on(b)
        dialog = TeamSettingsDialog(window.session, window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.test_button.text() == "&Test connection"
        assert dialog.current.text().startswith("Connected to ")
        dialog.grab().save(str(tmp_path / "settings-en.png"))
        dialog.close()
        with qtbot.waitSignal(window.team_sync.synced, timeout=30_000):
            window.team_sync.sync_now()
        assert window.team_sync.widget.text().startswith("Team server: synchronised ")
        assert window.team_sync.widget.text().endswith("1 conflict – view")
        window.team_sync.show_conflicts()
        page = window.workspace.currentWidget()
        assert page.list.item(0).text().split("\n")[1] == "Family member: phone"
        assert page.keep_mine.text() == "&Keep my value"
        window.grab().save(str(tmp_path / "window-en.png"))
    finally:
        install_translator(app, "nl")
    assert (tmp_path / "window-en.png").stat().st_size > 5000
