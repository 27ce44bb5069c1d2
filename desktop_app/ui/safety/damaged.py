"""A start that finds the database damaged: say so plainly, offer the last good
backup, and never reset or delete anything (the damaged file is kept aside)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...store import audit
from ...store.backups import restore
from ...store.connection import open_store
from ..tasks import run_task

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Damaged", text)


def damaged_box(window: MainWindow, backup) -> QMessageBox:
    box = QMessageBox(window)
    box.setObjectName("damagedDialog")
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(tr("De database is beschadigd"))
    if backup is not None:
        box.setText(tr("De database kan niet goed gelezen worden. Er is niets gewist."))
        box.setInformativeText(
            tr("De laatste goede back-up is van %1 (%2). Wilt u die terugzetten? "
               "Wat daarna is ingevoerd, ontbreekt dan. De beschadigde database wordt "
               "bewaard in de map backups, zodat de beheerder er nog naar kan kijken.")
            .replace("%1", backup.made.strftime("%d-%m-%Y %H:%M")).replace("%2", backup.kind))
        box.addButton(tr("&Back-up terugzetten"), QMessageBox.AcceptRole)
        box.addButton(tr("&Niet nu"), QMessageBox.RejectRole)
    else:
        box.setText(tr("De database kan niet goed gelezen worden, en er is geen back-up die "
                       "met dit wachtwoord opent. Er is niets gewist of veranderd."))
        box.setInformativeText(tr("Neem contact op met de beheerder. Het bestand staat in: %1")
                               .replace("%1", str(window.db_path)))
        box.addButton(QMessageBox.Ok)
    return box


def offer_restore(window: MainWindow, exc, passphrase: str) -> None:
    backup = getattr(exc, "backup", None)
    log.error("database damaged at start; good backup %s", "found" if backup else "not found")
    box = damaged_box(window, backup)
    box.exec()
    if backup is None or box.buttonRole(box.clickedButton()) != QMessageBox.AcceptRole:
        return
    path = window.db_path

    def work(_progress):
        kept = restore(path, backup.path, passphrase)
        store = open_store(path, passphrase)
        audit.record(store.db, "restore", detail="beschadigd bij start")
        return store, kept

    def done(result) -> None:
        store, kept = result
        window.backup_at_close = True
        window._opened(store)
        QMessageBox.information(
            window, tr("Back-up teruggezet"),
            tr("De back-up is teruggezet. De beschadigde database staat apart: %1")
            .replace("%1", str(kept) if kept else "-"))

    def failed(err: BaseException) -> None:
        from ..crash import show_error

        show_error(window, err)

    run_task(window, work, done, failed, label=tr("Back-up wordt teruggezet…"))
