"""The one main window: a gate (create / unlock) in front of the workspace
(caseload, family pages and pages that features push)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from .. import APP_NAME, __version__
from ..settings import Settings
from ..store import Store, WrongPassphrase, create_store, open_store
from ..store.families import Families
from .autosave import flush_all
from .registry import MAIN_PAGES, CaseAction, load_features
from .tasks import run_task
from .unlock import DEMO_FAMILIES, CreateScreen, UnlockScreen

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    unlocked = Signal()
    language_changed = Signal(str)

    def __init__(self, db_path: Path, settings: Settings):
        super().__init__()
        load_features()
        self.db_path = Path(db_path)
        self.settings = settings
        self.store: Store | None = None
        self.families: Families | None = None
        self.caseload = None
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self.root = QStackedWidget()
        self.setCentralWidget(self.root)
        self.workspace = QStackedWidget()
        self.workspace.setObjectName("workspace")
        self.root.addWidget(self.workspace)
        self._build_menus()
        self.show_gate()

    # -- gate ----------------------------------------------------------------
    def show_gate(self) -> None:
        if self.db_path.exists():
            gate = UnlockScreen(self.db_path, locked=self.store is not None)
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
        if self.store is not None:  # a lock screen: compare, do not reopen
            if self.store.check_passphrase(passphrase):
                self._enter_workspace()
            else:
                self.gate.wrong_passphrase(str(WrongPassphrase()))
            return
        path = self.db_path

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WrongPassphrase):
                log.warning("unlock failed: wrong passphrase")
                self.gate.wrong_passphrase(str(exc))
            else:
                self.gate.set_busy(False)
                from .crash import show_error

                show_error(self, exc)

        run_task(self, lambda _p: open_store(path, passphrase), self._opened, failed)

    def _create(self, passphrase: str, demo: bool) -> None:
        path = self.db_path

        def work(progress):
            store = create_store(path, passphrase)
            if demo:
                from ..store.demo import fill_demo

                fill_demo(store, DEMO_FAMILIES, progress=progress)
            return store

        def failed(exc: BaseException) -> None:
            self.gate.set_busy(False)
            from .crash import show_error

            show_error(self, exc)

        label = self.tr("Demo-gezinnen worden aangemaakt…") if demo else None
        run_task(self, work, self._opened, failed, label=label)

    def _opened(self, store: Store) -> None:
        # The worker thread opened the connection; sqlcipher3 allows using it here
        # (check_same_thread=False) and from now on only the GUI thread does.
        self.store = store
        self.families = Families(store.db)
        log.info("database unlocked (key derivation %.2f s)", store.kdf_seconds)
        self._build_workspace()
        self._enter_workspace()

    def _enter_workspace(self) -> None:
        gate = self.gate
        self.root.setCurrentWidget(self.workspace)
        self.root.removeWidget(gate)
        gate.deleteLater()
        self._set_menus_enabled(True)
        if self.caseload is not None and self.workspace.currentWidget() is self.caseload:
            self.caseload.focus_search()
        self.unlocked.emit()

    def lock(self) -> None:
        """Hide every screen with data until the passphrase is given again;
        pages stay alive, so nothing typed is lost."""
        if self.store is None or self.root.currentWidget() is not self.workspace:
            return
        flush_all(self.workspace)
        self.show_gate()

    # -- workspace -----------------------------------------------------------
    def _build_workspace(self) -> None:
        from .caseload import CaseloadView

        self.caseload = CaseloadView(self.families)
        self.caseload.family_opened.connect(self.open_family)
        self.caseload.new_family_requested.connect(self.new_family)
        self.workspace.addWidget(self.caseload)

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
        if self.workspace.currentWidget() is self.caseload:
            self.caseload.refresh()
            self.caseload.table.setFocus()

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

        dialog = NewFamilyDialog(self.families, self.settings["consultant_name"], self)
        if dialog.exec() and dialog.family_id:
            self.caseload.refresh()
            self.open_family(dialog.family_id)

    def open_case_action(self, action: CaseAction, case_id: int) -> None:
        page = action.open(self, case_id)
        if page is not None:
            self.push_page(page)

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.data_actions: list[QAction] = []
        new = file_menu.addAction(self.tr("&Nieuw gezin"), QKeySequence.New, self.new_family)
        lock = file_menu.addAction(self.tr("&Vergrendelen"), QKeySequence("Ctrl+L"), self.lock)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Afsluiten"), QKeySequence.Quit, self.close)
        self.data_actions += [new, lock]
        go = bar.addMenu(self.tr("&Ga naar"))
        home = go.addAction(self.tr("&Caseload"), QKeySequence("Ctrl+1"), self.show_caseload)
        self.data_actions.append(home)
        for page in sorted(MAIN_PAGES.values(), key=lambda p: p.order):
            act = go.addAction(page.label(), lambda p=page: self.push_page(p.open(self)))
            if page.shortcut:
                act.setShortcut(QKeySequence(page.shortcut))
            self.data_actions.append(act)
        settings_menu = bar.addMenu(self.tr("&Instellingen"))
        lang_menu = settings_menu.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            act = lang_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(self.settings["language"] == code)
            act.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(act)
        help_menu = bar.addMenu(self.tr("&Help"))
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
        if self.store is not None:
            flush_all(self.workspace)
            self.store.close()
            self.store = None
        event.accept()
