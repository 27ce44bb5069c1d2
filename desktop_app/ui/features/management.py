"""The management report for a team leader and the municipality (issue 16): a main page in
'Ga naar' (Ctrl+9) and its screenshot screens. The page gets the session and the
navigator, never the store."""

from __future__ import annotations

from . import Feature, MainPage, Screen


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate, imported late; called by this name so lupdate reads it."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def open_management(window):
    from ..management.page import ManagementPage

    return ManagementPage(window.session, window.nav)


def _show(window):
    """For --screenshot: the page once its figures are read (they come from a worker)."""
    from PySide6.QtCore import QEventLoop, QTimer

    page = open_management(window)
    window.push_page(page)
    if page.data is None:
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
    return page


FEATURE = Feature(
    main_pages=(MainPage("management", lambda: translate("management", "&Managementrapportage"),
                         open_management, shortcut="Ctrl+9", order=80),),
    screens=(Screen("management", "managementrapportage: cijfers per gemeente en periode",
                    _show),),
)
