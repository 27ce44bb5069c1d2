"""A start that finds the database damaged: say so plainly, offer the last good
backup, and never reset or delete anything (the damaged file is kept aside)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...session.safety import restore_file
from ..tasks import run_task

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)




def damaged_box(window: MainWindow, backup) -> QMessageBox:
    box = QMessageBox(window)
    box.setObjectName("damagedDialog")
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(QCoreApplication.translate("Damaged", "De database is beschadigd"))
    if backup is not None:
        box.setText(QCoreApplication.translate("Damaged", "De database kan niet goed gelezen worden. Er is niets gewist."))
        box.setInformativeText(
            QCoreApplication.translate("Damaged", "De laatste goede back-up is van %1 (%2). Wilt u die terugzetten? "
               "Wat daarna is ingevoerd, ontbreekt dan. De beschadigde database wordt "
               "bewaard in de map backups, zodat de beheerder er nog naar kan kijken.")
            .replace("%1", backup.made.strftime("%d-%m-%Y %H:%M")).replace("%2", backup.kind))
        box.addButton(QCoreApplication.translate("Damaged", "&Back-up terugzetten"), QMessageBox.AcceptRole)
        box.addButton(QCoreApplication.translate("Damaged", "&Niet nu"), QMessageBox.RejectRole)
    else:
        box.setText(QCoreApplication.translate("Damaged", "De database kan niet goed gelezen worden, en er is geen back-up die "
                       "met dit wachtwoord opent. Er is niets gewist of veranderd."))
        box.setInformativeText(QCoreApplication.translate("Damaged", "Neem contact op met de beheerder. Het bestand staat in: %1")
                               .replace("%1", str(window.db_path)))
        box.addButton(QMessageBox.Ok)
    return box


def offer_restore(window: MainWindow, exc, passphrase) -> None:  # a passphrase or a Key
    backup = getattr(exc, "backup", None)
    log.error("database damaged at start; good backup %s", "found" if backup else "not found")
    box = damaged_box(window, backup)
    box.exec()
    if backup is None or box.buttonRole(box.clickedButton()) != QMessageBox.AcceptRole:
        return
    path = window.db_path

    def work(_progress):
        # No session is open: restored, reopened and the restore audited in one step.
        return restore_file(path, backup.path, passphrase, detail="beschadigd bij start")

    def done(restored) -> None:
        window.backup_at_close = True
        window._opened(restored.opened)  # the window makes the new Session
        QMessageBox.information(
            window, QCoreApplication.translate("Damaged", "Back-up teruggezet"),
            QCoreApplication.translate("Damaged", "De back-up is teruggezet. De beschadigde database staat apart: %1")
            .replace("%1", str(restored.kept) if restored.kept else "-"))

    def failed(err: BaseException) -> None:
        from ..crash import show_error

        show_error(window, err)

    run_task(window, work, done, failed, label=QCoreApplication.translate("Damaged", "Back-up wordt teruggezet…"))
