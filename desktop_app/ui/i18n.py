"""Qt translations: Dutch is the source language, English ships as a .qm.

Qt's own dialogs (file dialog, message box buttons) use qtbase_<lang>.qm from the Qt
installation. Its Dutch file predates some Qt 6 source texts that gained a mnemonic
('&Look in:', 'Files of &type:'), so those stayed English; a fallback translator looks such a
text up without its '&' and puts the mnemonic back on the translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.messages import Message, render
from ..paths import resources_dir

_installed: list[QTranslator] = []
_language = ["nl"]  # the running translator's language; the one place screens ask


def language() -> str:
    """'nl' or 'en': pass it to the form objects' `in_lang(field, language())`."""
    return _language[0]


def in_ui_lang(message: Message | str) -> str:
    """A core message (core/messages.py) in the UI's language; plain text passes through."""
    return render(message, _language[0])


class MnemonicFallback(QTranslator):
    def __init__(self, base: QTranslator, parent=None):
        super().__init__(parent)
        self.base = base

    def isEmpty(self) -> bool:  # noqa: N802
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or "&" not in source:
            return None
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        found = self.base.translate(context, plain, disambiguation, n)
        if not found:
            return None
        # Give the translation a mnemonic on its first letter.
        return "&" + found if "&" not in found else found


def install_translator(app: QCoreApplication, language: str) -> bool:
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _language[0] = "en" if language == "en" else "nl"
    QLocale.setDefault(QLocale(QLocale.Dutch if language == "nl" else QLocale.English, QLocale.Netherlands))
    if language == "nl":
        qt = QTranslator(app)
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            # Installed last = asked first; it answers only what qtbase_nl lacks.
            fallback = MnemonicFallback(qt, app)
            app.installTranslator(fallback)
            app.installTranslator(qt)
            _installed.extend((fallback, qt))
        return True
    ours = QTranslator(app)
    ok = ours.load(str(resources_dir() / "i18n" / f"gezinsplan_{language}.qm"))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    return ok
