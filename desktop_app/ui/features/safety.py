"""Data safety in the window (issue 7): auto-lock, the 'Beveiliging' menu
(change passphrase, restore, backup now, auto-lock minutes), the audit view,
the retention list, the privacy tab on a family, and the audit entries for
unlocks and failed unlocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from . import FamilyTab, Feature, MainPage, Screen

# What this feature adds, collected in order and handed over as FEATURE (at the end).
_main_pages: list = []
_screens: list = []
_family_tabs: list = []
_window_hooks: list = []




# -- audit of unlocks ----------------------------------------------------------------
def _on_unlock_failed(window) -> None:
    if window.session is not None and not window.session.locked:  # the database is open
        if not window.session.safety.read_only():  # read-only: nothing can be recorded
            window.session.safety.record_failed_unlock()
    else:  # before the first unlock, or locked (the database is closed): kept beside the
        # database until the next unlock
        from ...session import safety as safety_session

        safety_session.note_failed_unlock(window.db_path)


def _on_unlocked(window) -> None:
    if window.session is None:
        return
    if window.session.safety.read_only():
        _show_read_only(window)  # nothing can be recorded: no unlock entry either
        return
    window.session.safety.record_unlock()


def _show_read_only(window) -> None:
    """A read-only data folder (issue 15): said once, and kept in the status bar."""
    from PySide6.QtWidgets import QLabel

    if window.findChild(QLabel, "readOnlyNotice") is not None:
        return
    notice = QLabel(QCoreApplication.translate(
        "Safety", "Alleen-lezen: de gegevensmap is alleen-lezen. U kunt alles bekijken, maar "
                  "wijzigingen worden niet opgeslagen."))
    notice.setObjectName("readOnlyNotice")
    notice.setAccessibleName(QCoreApplication.translate("Safety", "Alleen-lezen"))
    notice.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 4px; }")
    window.statusBar().addPermanentWidget(notice, 1)


# -- menu actions --------------------------------------------------------------------
def change_passphrase(window):
    from ..safety.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(window)
    dialog.exec()
    return dialog


def restore_backup(window):
    from ..safety.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window)
    dialog.exec()
    return dialog


def backup_now(window) -> None:
    from ..tasks import run_task

    safety = window.session.safety

    def done(path) -> None:
        QMessageBox.information(window, QCoreApplication.translate("Safety", "Back-up"),
                                QCoreApplication.translate("Safety", "Back-up gemaakt en gecontroleerd: %1").replace("%1", str(path)))

    def failed(exc: BaseException) -> None:
        from ..crash import show_error

        show_error(window, exc)

    run_task(window, lambda _p: safety.backup_now(refresh=True), done, failed,
             label=QCoreApplication.translate("Safety", "Back-up wordt gemaakt…"))


def set_auto_lock(window) -> None:
    minutes, ok = QInputDialog.getInt(
        window, QCoreApplication.translate("Safety", "Automatisch vergrendelen"),
        QCoreApplication.translate("Safety", "Vergrendelen na zoveel minuten zonder gebruik (0 = nooit):"),
        window.settings["auto_lock_minutes"], 0, 120)
    if ok:
        window.settings.set("auto_lock_minutes", minutes)
        window.idle_lock.set_minutes(minutes)


def install(window) -> None:
    from ..safety.destroyed import DestroyWatcher
    from ..safety.idle import IdleLock

    def set_actor() -> None:  # before anything is written: preload precedes every unlock
        from ...session import safety as safety_session

        safety_session.set_actor(window.settings["consultant_name"])

    def watch_activity() -> None:
        # Behind the unlock screen, not before its first paint: its application-wide
        # event filter made that paint ~20 ms slower (issue 17). Nothing is open before.
        window.idle_lock = IdleLock(window)

    window.preloads.append(set_actor)
    window.preloads.append(watch_activity)
    window.destroy_watcher = DestroyWatcher(window)
    window.unlocked.connect(lambda: _on_unlocked(window))
    window.unlock_failed.connect(lambda: _on_unlock_failed(window))
    menu = window.menuBar().addMenu(QCoreApplication.translate("Safety", "Be&veiliging"))
    for text, slot, key in (
        (QCoreApplication.translate("Safety", "&Wachtwoord wijzigen…"), change_passphrase, ""),
        (QCoreApplication.translate("Safety", "Back-up &nu maken"), backup_now, ""),
        (QCoreApplication.translate("Safety", "Back-up &terugzetten…"), restore_backup, ""),
        (QCoreApplication.translate("Safety", "&Automatisch vergrendelen…"), set_auto_lock, ""),
    ):
        act = menu.addAction(text, lambda s=slot: s(window))
        if key:
            act.setShortcut(QKeySequence(key))
        act.setEnabled(window.session is not None)
        window.data_actions.append(act)


_window_hooks.append(install)


def _open_audit(window):
    from ..safety.audit_view import AuditView

    return AuditView(window.session, window.nav)


def _open_retention(window):
    from ..safety.privacy import RetentionView

    return RetentionView(window.session, window.nav)


def _privacy_tab(window, family_id):
    from ..safety.privacy import PrivacyTab

    return PrivacyTab(window.session, window.nav, family_id)


_main_pages.append(MainPage("audit", lambda: QCoreApplication.translate("Safety", "&Auditlogboek"), _open_audit, "Ctrl+Shift+A", 900))
_main_pages.append(MainPage("retention", lambda: QCoreApplication.translate("Safety", "&Bewaartermijn"), _open_retention, "", 910))
_family_tabs.append(FamilyTab("privacy", lambda: QCoreApplication.translate("Safety", "Privacy"), _privacy_tab, 900))


# -- screens ---------------------------------------------------------------------------
def _screen_audit(window):
    page = _open_audit(window)
    window.push_page(page)
    page.verify()
    return page


def _screen_passphrase(window):
    from ..safety.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(window)
    dialog.old.setText("x" * 14)
    dialog.new.setText("kort")
    dialog.repeat.setText("kort")
    dialog.show_error(QCoreApplication.translate("Safety", "Het nieuwe wachtwoord moet minstens %1 tekens hebben.").replace("%1", "12"))
    return dialog


def _screen_locked(window):
    window.lock()


def _screen_locked_dialog(window):
    from ..export_dialog import ExportDialog

    dialog = ExportDialog(window, window.settings, QCoreApplication.translate("Safety", "Inzage-export"))
    dialog.show()
    window.idle_lock.lock_now()
    return dialog


def _screen_restore(window):
    from ..safety.restore_dialog import RestoreDialog

    window.session.safety.backup_now(refresh=False)
    return RestoreDialog(window)


def _screen_export(window):
    from ..export_dialog import ExportDialog

    dialog = ExportDialog(window, window.settings, QCoreApplication.translate("Safety", "Inzage-export"))
    dialog.folder.setText(str(Path.home() / "Documenten" / "Inzage"))
    return dialog


def _screen_damaged(window):
    from ..safety.damaged import damaged_box

    window.session.safety.backup_now(refresh=False)
    return damaged_box(window, window.session.safety.backups()[0])


def _family(window) -> int:
    """A family with a youth of 12 or older (the destroy dialog offers all it can)."""
    session = window.session
    rows = session.households.repo.page(limit=200)
    allowed = [r["id"] for r in rows if session.safety.requesters(r["id"])["jeugdige"]]
    return (allowed or [r["id"] for r in rows])[0]


def _screen_destroy(window):
    from ..safety.privacy import DestroyDialog

    dialog = DestroyDialog(window.session, window, _family(window))
    dialog.options["jeugdige"].setChecked(True)
    dialog.word.setText("vernietig")
    dialog.try_accept()
    return dialog


def _screen_privacy(window):
    page = window.open_family(_family(window))
    for i in range(page.tabs.count()):
        if page.tabs.tabText(i) == QCoreApplication.translate("Safety", "Privacy"):
            page.tabs.setCurrentIndex(i)
    return page


_screens.append(Screen("audit", "het auditlogboek, met de controle van de hash-keten", _screen_audit))
_screens.append(Screen("change-passphrase", "wachtwoord wijzigen, met een foutmelding", _screen_passphrase))
_screens.append(Screen("locked", "vergrendeld (Ctrl+L of na de ingestelde tijd)", _screen_locked))
_screens.append(Screen("locked-dialog", "een open dialoog, afgedekt tijdens vergrendeling", _screen_locked_dialog))
_screens.append(Screen("restore", "een back-up terugzetten", _screen_restore))
_screens.append(Screen("export-dialog", "exporteren: map en optioneel wachtwoord", _screen_export))
_screens.append(Screen("damaged", "start met een beschadigde database: back-up aanbieden", _screen_damaged))
_screens.append(Screen("destroy-dialog", "een gezin vernietigen op verzoek", _screen_destroy))
_screens.append(Screen("privacy", "gezinspagina: inzage-export en vernietigen", _screen_privacy))
_screens.append(Screen("retention", "gezinnen met verstreken bewaartermijn",
                       lambda w: w.push_page(_open_retention(w))))

FEATURE = Feature(
    main_pages=tuple(_main_pages),
    screens=tuple(_screens),
    family_tabs=tuple(_family_tabs),
    window_hooks=tuple(_window_hooks),
)
