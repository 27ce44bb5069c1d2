"""The one main window: a gate (create / unlock) in front of the workspace
(caseload, family pages and pages that features push)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from .. import APP_NAME, __version__
from ..session import DatabaseDamaged, UnreadableDatabase
from ..settings import Settings
from .autosave import flush_all
from .registry import MAIN_PAGES, WINDOW_HOOKS, CaseAction, load_features
from .start import build_caseload, build_workspace
from .tasks import run_task
from .unlock import CreateScreen, UnlockScreen

if TYPE_CHECKING:  # the session loads after the unlock screen has painted (issue 17)
    from ..session import Session

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    unlocked = Signal()
    unlock_failed = Signal()  # a wrong passphrase (audit trail)
    locked = Signal()  # the database is closed behind the lock screen
    about_to_close = Signal()  # the store is still open (closing backup)
    language_changed = Signal(str)

    def __init__(self, db_path: Path, settings: Settings):
        super().__init__()
        load_features()
        self.db_path = Path(db_path)
        self.settings = settings
        self.session: Session | None = None  # made at unlock
        self._caseload = None  # the caseload page, built at unlock or on first use (ui/start.py)
        self._caseload_placeholder = None  # its place while not built
        self.start_pages: list = []  # factories from window hooks: a page to start on, or None
        self.preloads: list = []  # steps window hooks deferred until after the gate's paint
        self._preloaded = False
        self.start_refused = False  # refuse_start: nothing opens
        self._checker = None  # the background integrity check while it runs
        self._check_again = False  # a lock interrupted it: run it again after unlocking
        self._focus_before_lock = None
        self.backup_at_close = False  # only for a store opened through the gate
        self.quiet_backups = None  # today's backup at quiet moments (ui/quiet_backups.py)
        self.setWindowTitle(APP_NAME)
        self.remember_geometry = True  # --screenshot windows leave the user's layout alone
        from .geometry import restore_window_geometry

        restore_window_geometry(self, settings)
        self.root = QStackedWidget()
        self.setCentralWidget(self.root)
        self.workspace = QStackedWidget()
        self.workspace.setObjectName("workspace")
        self.root.addWidget(self.workspace)
        self.workspace.currentChanged.connect(self._page_shown)
        self._build_menus()
        self.show_gate()
        for hook in WINDOW_HOOKS:
            hook(self)

    # -- gate ----------------------------------------------------------------
    def show_gate(self) -> None:
        if self.db_path.exists():
            gate = UnlockScreen(self.db_path, locked=self.session is not None)
            gate.unlock_requested.connect(self._unlock)
        else:
            gate = CreateScreen(self.db_path)
            gate.create_requested.connect(self._create)
        self.gate = gate
        self.root.addWidget(gate)
        self.root.setCurrentWidget(gate)
        self._set_menus_enabled(False)
        focus = gate.findChild(QWidget, "passphrase") or gate.findChild(QWidget, "newPassphrase")
        if focus:
            focus.setFocus()

    def _unlock(self, passphrase: str) -> None:
        from .gate_open import unlock

        unlock(self, passphrase)

    def preload(self) -> None:
        """Load what the unlock screen did not need (ui/gate_open.py), once."""
        from .gate_open import preload

        preload(self)

    def refuse_start(self) -> None:
        """A start that cannot go on (a broken form file, already said to the user): no
        database opens – an unlock under way stops before it – and the app ends with
        exit code 2."""
        self.start_refused = True
        self._set_menus_enabled(False)
        QApplication.exit(2)

    def _opened_by_gate(self, store) -> None:
        if store is None:  # the start was refused meanwhile (refuse_start)
            return
        # The passphrase is not kept: the session holds the key derived from it.
        self.backup_at_close = True
        if self.quiet_backups is None:
            from .quiet_backups import QuietBackups

            self.quiet_backups = QuietBackups(self)
        try:
            self._opened(store)
        except UnreadableDatabase:  # a damaged page met before the check ran
            log.error("database damaged: unreadable page while opening")
            self._refuse_damaged()
            return
        self._verify_in_background(self.session)

    def _verify_in_background(self, session: Session) -> None:
        check = session.integrity_check()  # a second connection: the GUI's stays free
        self._checker = check  # closing interrupts it, also before it has started

        def work(_progress):
            if getattr(self, "_closing", False):
                return []
            return check.run()  # and today's backup, only of a sound database

        def done(problems: list[str]) -> None:
            if self._checker is check:
                self._checker = None
            if problems and self.session is session and not check.stopped:
                log.error("integrity check failed with %d problem(s)", len(problems))
                self._refuse_damaged()

        def failed(exc: BaseException) -> None:
            if self._checker is check:
                self._checker = None
            # Not an interruption because the window closed or locked.
            if self.session is session and not check.stopped:
                log.error("integrity check failed: %s", type(exc).__name__)
                self._refuse_damaged()

        run_task(self, work, done, failed)

    def _refuse_damaged(self, passphrase: str | None = None) -> None:
        """Stop working on a damaged database: close it (nothing is deleted), clear the
        screens that showed it, and offer the last good backup (found with the passphrase
        just typed, or a copy of the open session's key)."""
        from PySide6.QtWidgets import QLabel

        from .safety.damaged import offer_restore

        if getattr(self, "counter", None) is not None:
            self.counter.close()
        secret = passphrase
        if secret is None and self.session is not None and not self.session.locked:
            secret = self.session.key_copy()
        if self.session is not None:
            self.events.detach()
            self.session.close()
        self.session = None
        while self.workspace.count():
            page = self.workspace.widget(0)
            self.workspace.removeWidget(page)
            page.deleteLater()
        self.caseload = None
        self._set_menus_enabled(False)
        exc = DatabaseDamaged()
        notice = QLabel(str(exc))
        notice.setObjectName("error")
        notice.setWordWrap(True)
        notice.setAlignment(Qt.AlignCenter)
        self.gate = notice  # a successful restore replaces it with the workspace
        self.root.addWidget(notice)
        self.root.setCurrentWidget(notice)
        from ..session.maintenance import last_good_backup

        exc.backup = last_good_backup(self.db_path, secret) if secret is not None else None
        offer_restore(self, exc, secret)

    def _create(self, passphrase: str, demo: bool) -> None:
        from .gate_open import create

        create(self, passphrase, demo)

    def _opened(self, store) -> None:
        # The worker thread opened the connection; sqlcipher3 allows using it here
        # (check_same_thread=False) and from now on only the GUI thread does.
        self.preload()  # done already after an unlock through the gate
        from ..session import Session
        from .session_bridge import Navigator, SessionEvents

        self.session = store if isinstance(store, Session) else Session(store)
        self.events = SessionEvents(self.session, self)
        self.events.changed.connect(self._on_change)
        self.nav = Navigator(self)
        log.info("database unlocked (key derivation %.2f s)", self.session.kdf_seconds)
        build_workspace(self)
        self._enter_workspace()

    def _on_change(self, change) -> None:
        """The caseload lists every family: refreshed when on screen (else on the way back)."""
        caseload = self._caseload  # not built yet: it reads the data when it is
        if caseload is not None and self.workspace.currentWidget() is caseload and \
                change.concerns(kinds=("family", "members", "case", "decision", "evaluation")):
            caseload.refresh()

    def _forget_store(self) -> None:
        """The session closed the store under the window (session.safety.restore): forget
        it, so the gate opens the file again instead of comparing a passphrase. Then
        `_opened(store)` makes the new Session."""
        self.session = None

    def _enter_workspace(self) -> None:
        gate = self.gate
        self.root.setCurrentWidget(self.workspace)
        self.root.removeWidget(gate)
        gate.deleteLater()
        self._set_menus_enabled(True)
        if self._caseload is not None and self.workspace.currentWidget() is self._caseload:
            self._caseload.focus_search()
        self.unlocked.emit()

    def lock(self) -> None:
        """Save what is pending, hide every screen and close the database, dropping its
        key (safety.locking); pages stay alive, so nothing typed is lost."""
        from .safety.locking import lock

        lock(self)

    # -- workspace -----------------------------------------------------------
    @property
    def caseload(self):
        """The caseload page (workspace index 0), built on first use after a start page."""
        if self._caseload is None and self._caseload_placeholder is not None:
            build_caseload(self)
        return self._caseload

    @caseload.setter
    def caseload(self, view) -> None:  # None: the workspace was cleared
        self._caseload, self._caseload_placeholder = view, None

    def _page_shown(self, _index: int) -> None:
        placeholder = self._caseload_placeholder
        if placeholder is not None and self.workspace.currentWidget() is placeholder:
            _ = self.caseload  # shown: build it in its place

    def push_page(self, page: QWidget) -> None:
        self.workspace.addWidget(page)
        self.workspace.setCurrentWidget(page)
        back = getattr(page, "back_requested", None)
        if back is not None:
            back.connect(lambda p=page: self.close_page(p))

    def close_page(self, page: QWidget) -> None:
        flush_all(page)
        self.workspace.removeWidget(page)
        page.deleteLater()
        if self._caseload is not None and self.workspace.currentWidget() is self._caseload:
            self._caseload.refresh()
            self._caseload.table.setFocus()

    def show_caseload(self) -> None:
        while self.workspace.count() > 1:
            self.close_page(self.workspace.widget(self.workspace.count() - 1))
        self.caseload.focus_search()

    def open_family(self, family_id: int):
        from .family_page import FamilyPage

        page = FamilyPage(self, family_id)
        self.push_page(page)
        page.tabs.setFocus()
        return page

    def new_family(self) -> None:
        from .member_dialog import NewFamilyDialog

        consultant = self.session.consultant.details().name or self.settings["consultant_name"]
        dialog = NewFamilyDialog(self.session.households, consultant, self)
        if dialog.exec() and dialog.family_id:
            self.caseload.refresh()
            self.open_family(dialog.family_id)

    def open_case_action_by_key(self, key: str, case_id: int) -> None:
        from .registry import CASE_ACTIONS

        self.open_case_action(CASE_ACTIONS[key], case_id)

    def open_case_action(self, action: CaseAction, case_id: int) -> None:
        page = action.open(self, case_id)
        if page is not None:
            self.push_page(page)

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.data_actions: list[QAction] = []
        new = file_menu.addAction(self.tr("&Nieuw gezin"), QKeySequence.New, self.new_family)
        lock = file_menu.addAction(self.tr("&Vergrendelen"), QKeySequence("Ctrl+L"), self.lock)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Afsluiten"), QKeySequence.Quit, self.close)
        self.data_actions += [new, lock]
        go = self.go_menu = bar.addMenu(self.tr("&Ga naar"))
        home = go.addAction(self.tr("&Caseload"), QKeySequence("Ctrl+1"), self.show_caseload)
        self.data_actions.append(home)
        for page in sorted(MAIN_PAGES.values(), key=lambda p: p.order):
            act = go.addAction(page.label(), lambda p=page: self.push_page(p.open(self)))
            if page.shortcut:
                act.setShortcut(QKeySequence(page.shortcut))
            self.data_actions.append(act)
        settings_menu = self.settings_menu = bar.addMenu(self.tr("I&nstellingen"))
        mine = settings_menu.addAction(self.tr("&Mijn gegevens…"), self.show_consultant_details)
        self.data_actions.append(mine)
        lang_menu = settings_menu.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            act = lang_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(self.settings["language"] == code)
            act.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(act)
        help_menu = bar.addMenu(self.tr("He&lp"))
        help_menu.addAction(self.tr("&Handleiding"), QKeySequence.HelpContents, self.show_manual)
        help_menu.addAction(self.tr("&Over Gezinsplan"), self.about)

    def _set_menus_enabled(self, enabled: bool) -> None:
        for act in self.data_actions:
            act.setEnabled(enabled)

    def _set_language(self, code: str) -> None:
        self.settings.set("language", code)
        QMessageBox.information(
            self, APP_NAME,
            self.tr("De nieuwe taal wordt gebruikt na het opnieuw starten van Gezinsplan."),
        )
        self.language_changed.emit(code)

    def show_consultant_details(self) -> None:
        """Instellingen › Mijn gegevens: the name and contact every letter is signed with."""
        from .consultant_dialog import open_consultant_dialog

        open_consultant_dialog(self, self.session)

    def show_manual(self) -> None:
        from .manual import show_manual

        show_manual(self)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("Over Gezinsplan"),
            self.tr("Gezinsplan %1\n\n1Gezin1Plan, coördinatie en opvolging voor het CJG Midden-Limburg.")
            .replace("%1", __version__),
        )

    # -- closing -------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """The window goes at once; what closing still has to do happens out of sight:
        background work is interrupted (not waited for), edits are saved, and today's
        backup is rewritten only when something is not in it yet (session.maintenance)."""
        self._closing = True
        if self.remember_geometry:
            from .geometry import save_window_geometry

            save_window_geometry(self, self.settings)
        self.hide()
        QApplication.instance().sync()  # the window system unmaps it now, not at exit
        checker = getattr(self, "_checker", None)
        if checker is not None:  # a background integrity check: stop it, do not wait for it
            checker.interrupt()
        if self.quiet_backups is not None:  # and a quiet moment's backup: the old one stays
            self.quiet_backups.interrupt()
        if getattr(self, "counter", None) is not None:
            self.counter.close()
        if self.session is not None:  # the backup banner's check of the newest backup
            self.session.safety.interrupt_backup_checks()
        # Background reads end before their connections and the app go (interrupted: soon).
        QThreadPool.globalInstance().waitForDone(10000)
        if self.session is not None:
            if not self.session.locked:  # locked: saved at the lock, nothing to write
                flush_all(self.workspace)
            self.about_to_close.emit()
            self.events.detach()
            self.session.close(backup=self.backup_at_close)
            self.session = None
        event.accept()
