"""Restore a backup from the GUI: pick one of the backups, it is checked, the
current database is kept aside, and the app reopens on the restored data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..autosave import flush_all
from ..tasks import run_task

if TYPE_CHECKING:
    from ..main_window import MainWindow


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB".replace(".", ",")


class RestoreDialog(QDialog):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kies de back-up die u wilt terugzetten. De huidige database wordt eerst apart "
            "gezet in de map backups; er gaat niets verloren. Wat na de back-up is ingevoerd, "
            "staat niet in de teruggezette gegevens."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backups = window.session.safety.backups()
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Gemaakt"), self.tr("Soort"), self.tr("Grootte")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, b in enumerate(self.backups):
            self.table.setItem(i, 0, QTableWidgetItem(b.made.strftime("%d-%m-%Y %H:%M")))
            self.table.setItem(i, 1, QTableWidgetItem(self.tr(b.kind)))
            size = QTableWidgetItem(_size(b.size))
            size.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.table.setItem(i, 2, size)
        self.table.resizeColumnsToContents()
        label = QLabel(self.tr("&Back-ups"))
        label.setBuddy(self.table)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Er zijn nog geen back-ups. Gezinsplan maakt er elke dag "
                                    "automatisch een bij het starten."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("&Terugzetten"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.ok.setEnabled(bool(self.table.selectionModel().selectedRows())))
        if self.backups:
            self.table.selectRow(0)
        self.restored = False

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def confirm(self, ask: bool = True) -> None:
        backup = self.selected()
        if backup is None:
            return
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Back-up terugzetten"),
                self.tr("De gegevens worden vervangen door de back-up van %1. Doorgaan?")
                .replace("%1", backup.made.strftime("%d-%m-%Y %H:%M")))
            if answer != QMessageBox.Yes:
                return
        self.buttons.setEnabled(False)
        restore_into_window(self.window_, backup.path, self._done, self._failed)

    def _done(self, kept) -> None:
        self.restored = True
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ..crash import show_error

        self.buttons.setEnabled(True)
        show_error(self, exc)


def restore_into_window(window: MainWindow, backup_path, on_done, on_error) -> None:
    """Close the pages, restore through the session (which closes its store, restores,
    reopens and audits the restore), then hand the reopened store to the window, which
    makes a new Session for it and builds the workspace again. After a failed restore
    the window reopens on the data that is there now. The process keeps its data-folder
    lock throughout (app start)."""
    safety = window.session.safety
    flush_all(window.workspace)
    counter = getattr(window, "counter", None)
    if counter is not None:  # its second connection must not hold the file being replaced
        counter.close()
    while window.workspace.count():
        page = window.workspace.widget(window.workspace.count() - 1)
        window.workspace.removeWidget(page)
        page.deleteLater()
    window.caseload = None

    def work(_progress):
        return safety.restore(backup_path, detail="gui")  # never raises for a failed restore

    def done(restored) -> None:
        window._forget_store()  # the old session's store is closed
        window.show_gate()  # _opened() leaves through the gate
        if restored.opened is not None:
            window._opened(restored.opened)  # a new Session, events and workspace
        if restored.error is None:
            on_done(restored.kept)
        else:
            on_error(restored.error)

    def failed(exc: BaseException) -> None:  # only if the session itself broke down
        window._forget_store()
        window.show_gate()
        on_error(exc)

    run_task(window, work, done, failed, label=window.tr("Back-up wordt teruggezet…"))
