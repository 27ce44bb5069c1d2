"""Qt translations: Dutch is the source language, English ships as a .qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, language: str) -> bool:
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Dutch if language == "nl" else QLocale.English, QLocale.Netherlands))
    if language == "nl":
        # Qt's own dialogs (Yes/No, Cancel) in Dutch as well.
        qt = QTranslator(app)
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        return True
    ours = QTranslator(app)
    ok = ours.load(str(resources_dir() / "i18n" / f"gezinsplan_{language}.qm"))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    return ok
