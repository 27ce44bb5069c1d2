"""`gezinsplan --screenshot OUT.png --show SCREEN`: render one screen offscreen.

Uses the real database when GEZINSPLAN_PASSPHRASE unlocks it; otherwise a
throw-away demo database in a temporary folder, so screenshots for the manual
never need real data."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from ..paths import ENV_PASSPHRASE, database_path
from .registry import SCREENS, Screen


def _family_with_most_to_show(window) -> int:
    return window.session.households.richest_family()


def _show_family(window):
    page = window.open_family(_family_with_most_to_show(window))
    page.tabs.setCurrentIndex(0)  # the household (a family page opens on its case file)
    return page


def _show_family_cases(window):
    page = _show_family(window)
    page.tabs.setCurrentIndex(1)
    return page


def _show_member_dialog(window):
    from .member_dialog import MemberDialog

    page = _show_family(window)
    dialog = MemberDialog(window.session.households, page.family_id, window)
    dialog.first_name.setText("Zoë")
    dialog.bsn.setText("12345678")
    dialog.birth_date.setText("31-02-2019")
    dialog.try_accept()
    return dialog


def _show_search(window):
    window.caseload.search.setText("jans")
    window.caseload.apply_filters()


BASE_SCREENS = (
    Screen("caseload", "de caseload met alle gezinnen", lambda w: None),
    Screen("search", "de caseload, gezocht op 'jans'", _show_search),
    Screen("family", "de gezinspagina: huishouden en gezinsleden", _show_family),
    Screen("family-cases", "de gezinspagina: casussen", _show_family_cases),
    Screen("member-dialog", "een gezinslid toevoegen, met foutmeldingen", _show_member_dialog),
)

GATE_SCREENS = {"unlock": "het ontgrendelscherm", "create": "de eerste start: wachtwoord kiezen of demo"}


def all_screens() -> dict[str, Screen]:
    """The window's own screens, then every feature's (ui/registry.py)."""
    from .registry import load_features

    load_features()
    return {**{s.name: s for s in BASE_SCREENS}, **SCREENS}


def screen_names() -> dict[str, str]:
    return {**GATE_SCREENS, **{s.name: s.description for s in all_screens().values()}}


def take_screenshot(args, settings) -> int:
    from ..session import Session
    from ..session.maintenance import fill_demo_database
    from .main_window import MainWindow

    names = screen_names()
    if args.show == "help":
        for name, description in names.items():
            print(f"{name:16} {description}")
        return 0
    if args.show not in names:
        print(f"Onbekend scherm '{args.show}'. Kies uit: {', '.join(names)}", file=sys.stderr)
        return 2
    width, _, height = args.size.partition("x")
    tmp = tempfile.TemporaryDirectory(prefix="gezinsplan-shot-")
    real = database_path()
    passphrase = os.environ.get(ENV_PASSPHRASE)
    use_real = bool(passphrase) and real.exists()
    if args.show == "create":
        db_path = Path(tmp.name) / "nieuw.db"
    elif use_real:
        db_path = real
    else:
        db_path = Path(tmp.name) / "demo.db"
        passphrase = secrets.token_urlsafe(16)
        fill_demo_database(db_path, passphrase, 60, seed=7)

    window = MainWindow(db_path, settings)
    window.remember_geometry = False
    window.resize(QSize(int(width), int(height)))
    window.show()
    target = window
    if args.show not in GATE_SCREENS:
        # The full integrity check reads every page (seconds at 10,000 families): a
        # screenshot only shows the screen, the app itself checks in the background.
        window._opened(Session.open(db_path, passphrase, check=False))
        result = all_screens()[args.show].build(window)
        if result is not None and result.isWindow():
            result.show()
            target = result
    for _ in range(5):
        QApplication.processEvents()
    ok = target.grab().save(str(args.screenshot))
    window.close()
    window.deleteLater()  # in-process callers (tests) take many screenshots in a row
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    tmp.cleanup()
    if not ok:
        print(f"Kon {args.screenshot} niet schrijven.", file=sys.stderr)
        return 1
    return 0
