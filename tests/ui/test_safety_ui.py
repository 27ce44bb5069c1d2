"""Data safety in the window: lock (Ctrl+L and idle), unsaved input survives,
dialogs covered, unlock audit, audit view, passphrase change, restore, a damaged
start, export dialog, privacy tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop_app.store import audit
from desktop_app.store.families import Families
from tests.conftest import PASSPHRASE, type_text
from tests.destruction_requests import lawful


def _family_page(window):
    fid = window.session.store.db.execute("SELECT id FROM families ORDER BY id LIMIT 1").fetchone()[0]
    return fid, window.open_family(fid)


def test_ctrl_l_locks_and_unsaved_input_survives(qtbot, unlocked_window):
    window = unlocked_window
    fid, page = _family_page(window)
    city = page.findChild(QLineEdit, "city")
    city.clear()
    type_text(qtbot, city, "Thorn-Wessem ë")
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    assert window.root.currentWidget() is window.gate
    assert not window.workspace.isVisible()
    assert window.session.locked  # the database is closed (tests/ui/test_lock.py)
    gate = window.gate
    gate.passphrase.setText("verkeerd wachtwoord")
    gate.unlock_button.click()
    qtbot.waitUntil(lambda: gate.failures == 1, timeout=15000)
    qtbot.waitUntil(lambda: gate.passphrase.isEnabled())
    gate.passphrase.setText(PASSPHRASE)
    gate.unlock_button.click()
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=15000)
    assert window.workspace.currentWidget() is page and city.text() == "Thorn-Wessem ë"
    # The typed text was saved at the lock.
    assert Families(window.session.store.db).get_family(fid).city == "Thorn-Wessem ë"
    # The failure while locked (database closed) is recorded with the unlock.
    assert [e["action"] for e in audit.entries(window.session.store.db, 2)] == [
        "unlock", "unlock_failed"]


# The idle lock with an open dialog: tests/ui/test_lock.py.


def test_audit_view_verifies_and_shows_tampering(qtbot, unlocked_window):
    from desktop_app.ui.safety.audit_view import AuditView

    window = unlocked_window
    view = AuditView(window.session, window.nav)
    window.push_page(view)
    assert view.model.rowCount() > 0 and view.verify().ok
    assert "In orde" in view.result.text()
    window.session.store.db.execute("UPDATE audit_log SET who = 'iemand anders' WHERE id = 5")
    assert not view.verify().ok and "regel 5" in view.result.text()
    every = len(view.model.rows)
    view.filter.setCurrentIndex(view.filter.findData("unlock"))
    rows = view.model.rows
    assert rows and len(rows) < every  # the unlock of this window is there, and only such
    assert all(r["action"] == "unlock" for r in rows)


def test_change_passphrase_dialog(qtbot, unlocked_window, monkeypatch):
    from desktop_app.ui.safety.passphrase_dialog import PassphraseDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = unlocked_window
    dialog = PassphraseDialog(window)
    qtbot.addWidget(dialog)
    dialog.old.setText("fout")
    dialog.try_accept()
    assert "klopt niet" in dialog.error.text()
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("kort")
    dialog.try_accept()
    assert "minstens" in dialog.error.text()
    new = "een heel nieuwe zin 2026"
    dialog.new.setText(new)
    dialog.repeat.setText(new + "x")
    dialog.try_accept()
    assert "niet gelijk" in dialog.error.text()
    dialog.repeat.setText(new)
    dialog.try_accept()
    qtbot.waitUntil(lambda: dialog.done_backups is not None, timeout=20000)
    assert window.session.store.check_passphrase(new)
    from desktop_app.store.backups import verify_backup

    verify_backup(window.session.store.path, new)


def test_restore_dialog_brings_back_older_data(qtbot, unlocked_window, monkeypatch):
    from desktop_app.store.backups import auto_backup, list_backups
    from desktop_app.ui.safety.restore_dialog import RestoreDialog

    window = unlocked_window
    fid, page = _family_page(window)
    auto_backup(window.session.store)
    name_before = window.session.households.get_family(fid).family_name
    window.session.households.update_family(fid, "family_name", "Gewijzigd-na-backup")
    old_session, old_events = window.session, window.events
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.ok.isEnabled()
    dialog.confirm(ask=False)
    qtbot.waitUntil(lambda: dialog.restored, timeout=20000)
    assert window.session.households.get_family(fid).family_name == name_before
    assert window.caseload is not None and window.root.currentWidget() is window.workspace
    kinds = [b.kind for b in list_backups(window.db_path.parent / "backups")]
    assert "vervangen bij herstel" in kinds
    assert [e["action"] for e in window.session.safety.audit_entries(2)] == ["unlock", "restore"]
    # The window made a new Session (and events) on the restored file; screens follow it.
    assert window.session is not old_session and window.events is not old_events
    assert window.session.households.get_family(fid).family_name == name_before
    window.session.safety.destroy_family(fid, lawful(window.session, fid))
    assert fid not in [r["id"] for r in window.caseload.model.rows]


def test_damaged_start_offers_backup_and_keeps_damaged_file(qtbot, demo_store, settings,
                                                            monkeypatch):
    from desktop_app.store.backups import auto_backup, list_backups
    from desktop_app.ui.main_window import MainWindow

    auto_backup(demo_store)
    path = demo_store.path
    demo_store.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xff" * 8192)
    shown = []

    def accept(box):
        shown.append(box.text())
        box.buttons()[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    window._unlock(PASSPHRASE)
    # The damage is found by the integrity check that runs after the caseload shows;
    # then the offer, then the restore re-opens the store.
    qtbot.waitUntil(lambda: bool(shown) and window.session is not None, timeout=30000)
    assert "beschadigd" in shown[0] or "niet goed gelezen" in shown[0]
    assert window.session.households.family_count() == 40
    assert any(b.kind == "vervangen bij herstel" for b in list_backups(path.parent / "backups"))


def test_export_dialog_validates(qtbot, settings, tmp_path):
    from desktop_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(None, settings, "Test")
    qtbot.addWidget(dialog)
    dialog.folder.setText("")
    dialog.try_accept()
    assert dialog.choice is None and dialog.error.text() == "Kies een map."
    afile = tmp_path / "bestand.txt"
    afile.write_text("x")
    dialog.folder.setText(str(afile))
    dialog.try_accept()
    assert "geen map" in dialog.error.text()
    dialog.folder.setText(str(tmp_path / "uit"))
    dialog.password.setText("kort")
    dialog.try_accept()
    assert "minstens" in dialog.error.text()
    dialog.password.setText("lang genoeg")
    dialog.repeat.setText("lang genoeg")
    dialog.try_accept()
    assert dialog.choice.password == "lang genoeg" and settings["export_dir"] == str(tmp_path / "uit")
    dialog2 = ExportDialog(None, settings, "Test")
    qtbot.addWidget(dialog2)
    dialog2.protect.setChecked(False)
    dialog2.try_accept()
    assert dialog2.choice.password is None


def test_privacy_tab_exports_and_destroys(qtbot, unlocked_window, tmp_path, monkeypatch):
    from desktop_app.ui.export_dialog import ExportChoice
    from desktop_app.ui.safety import privacy

    window = unlocked_window
    fid, page = _family_page(window)
    tab = next(page.tabs.widget(i) for i in range(page.tabs.count())
               if page.tabs.tabText(i) == "Privacy")
    monkeypatch.setattr(privacy, "ask_export",
                        lambda *a, **k: ExportChoice(tmp_path / "inzage", "wachtwoord1"))
    tab.export_button.click()
    qtbot.waitUntil(lambda: "Geschreven" in tab.status.text(), timeout=20000)
    assert len(list((tmp_path / "inzage").glob("*.pdf"))) == 1
    assert audit.entries(window.session.store.db, 1)[0]["action"] == "access_request"

    # The tab opens the dialog without a nested event loop, parented to the window: the
    # tab itself goes with its page when the family is destroyed.
    tab.destroy_button.click()
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.parent() is window
    dialog.try_accept()
    assert "Kies wie" in dialog.error.text()
    assert not dialog.options["termijn"].isEnabled()
    needed = window.session.safety.needed_requesters(fid)
    assert needed and "Bij een verzoek moeten vragen" in dialog.needed.text()
    for code in needed:
        dialog.options[code].setChecked(True)
    dialog.try_accept()  # the 7.3.9 lid 2 check is not recorded yet
    assert "lid 2" in dialog.error.text() and window.session.households.count() == 40
    dialog.interest_no.setChecked(True)
    dialog.motivation.setPlainText("Geen ander heeft belang; schriftelijk verzoek ontvangen.")
    dialog.word.setText("vernietigen")
    dialog.try_accept()
    assert "hoofdletters" in dialog.error.text() and window.session.households.count() == 40
    dialog.word.setText("VERNIETIGEN")
    dialog.try_accept()
    # The destruction's change closed the family page at once and showed the caseload.
    import shiboken6

    assert not shiboken6.isValid(page) and not shiboken6.isValid(tab)
    assert window.workspace.currentWidget() is window.caseload
    assert fid not in [r["id"] for r in window.caseload.model.rows]
    qtbot.waitUntil(lambda: dialog.backups_changed is not None, timeout=20000)
    assert window.session.households.count() == 39
    assert audit.entries(window.session.store.db, 1)[0]["action"] == "destroy"


def test_second_start_is_refused(qtbot, data_dir):
    import subprocess
    import sys
    from pathlib import Path

    from desktop_app.ui.safety.single import claim

    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from desktop_app.store import instance; "
         f"instance.acquire(r'{data_dir}'); print('ok', flush=True); time.sleep(30)"],
        cwd=root, stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(root), "PATH": ""})
    try:
        assert holder.stdout.readline().strip() == "ok"
        assert claim(data_dir) is False
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    QApplication.processEvents()
