"""Run in a subprocess by tests/test_soak_typing.py: type KEYSTROKES key presses, Dutch
characters included, into the real intake wizard's help question and the family page's
street field, with autosave on, then close the window the normal way and exit.

Prints one JSON line: what was typed (the values the database must hold), how many keys were
pressed, how many autosaves reached the database in between, and the references to None
drift while typing (a leaking Qt binding aborts this process instead)."""

import json
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

WORDS = ("wij", "willen", "graag", "rust", "in", "huis", "ë", "financiële", "zorgen", "één",
         "café", "naïef", "geïnteresseerd", "Zoë", "ruzie", "over", "school", "coördinatie")


def _key(widget, ch: str) -> None:
    if ch.isascii() and ch.isalpha():
        QTest.keyClick(widget, ch)
    else:  # QTest only knows ASCII keys: the rest arrives as key events with text
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            widget.event(QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def _wait_for(condition, timeout_ms: int = 5000) -> None:
    """Let the event loop run (autosave's timer) until `condition` holds or time is up."""
    import time

    end = time.monotonic() + timeout_ms / 1000
    QTest.qWait(25)
    while not condition() and time.monotonic() < end:
        QTest.qWait(25)


def _sentence(i: int) -> str:
    return " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(6)) + ". "


def main() -> int:
    data = Path(sys.argv[1])
    passphrase = os.environ["GEZINSPLAN_PASSPHRASE"]
    keystrokes = int(sys.argv[2])
    from desktop_app.ui.app import _app

    app = _app([])
    from desktop_app.ui.i18n import install_translator

    install_translator(app, "nl")  # as the app starts: Qt's own Dutch plus the fallback
    from desktop_app.core.models import Case, Family, Person
    from desktop_app.settings import Settings
    from desktop_app.store import create_store
    from desktop_app.store.intake import IntakeRepository
    from desktop_app.ui import autosave
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.registry import CASE_ACTIONS

    autosave.DEBOUNCE_MS = 20  # the real timer path, only shorter so the soak saves often
    store = create_store(data / "gezinsplan.db", passphrase)
    today = date.today()
    window = MainWindow(store.path, Settings.load(data / "settings.json"))
    window.show()
    window._opened(store)
    members = [Person(0, "ouder", "Mariëlle", "Peeters", date(today.year - 38, 3, 1), gezag=True),
               Person(0, "jeugdige", "Zoë", "Peeters", date(today.year - 13, 5, 2))]
    fid = window.session.households.add_family(Family("Peeters", municipality="Roermond", members=members))
    cid = window.session.households.add_case(Case(fid, "", "Roermond", "MLO", status="intake", start_date=today))
    drift = {}  # per phase: references to None after warming up vs at its end
    pressed = saves = rounds = 0
    half = keystrokes // 2

    # 1. The intake's help question: one long text in the family's words.
    window.open_case_action(CASE_ACTIONS["intake"], cid)
    wizard = window.workspace.currentWidget()
    step = wizard.go_to("question")
    box = step.question
    box.setFocus()
    typed = ""
    i = 0
    repo = IntakeRepository(store.db)
    while pressed < half:
        for ch in _sentence(i):
            if pressed >= half:
                break
            _key(box, ch)
            typed += ch
            pressed += 1
        i += 1
        # The consultant pauses: autosave writes (on a busy machine it may take a while).
        expected_question = typed.strip()
        _wait_for(lambda: repo.get(cid).help_question == expected_question)  # noqa: B023
        rounds += 1
        if rounds == 5:
            start = sys.getrefcount(None)
        if repo.get(cid).help_question == expected_question:
            saves += 1
    question = typed.strip()
    drift["intake"] = sys.getrefcount(None) - start
    phase_start = rounds

    # 2. The family page: the street, retyped line after line (a field of at most 200).
    page = window.open_family(fid)
    from PySide6.QtWidgets import QLineEdit

    street = page.findChild(QLineEdit, "street")
    street.setFocus()
    last = ""
    while pressed < keystrokes:
        street.selectAll()
        line = _sentence(i).strip()[:60]
        i += 1
        for ch in line:
            if pressed >= keystrokes:
                break
            _key(street, ch)
            pressed += 1
        last = street.text()
        expected_street = " ".join(last.split())

        def stored():
            return window.session.households.get_family(fid).street == expected_street  # noqa: B023

        _wait_for(stored)
        rounds += 1
        if rounds == phase_start + 5:
            start = sys.getrefcount(None)
        if stored():
            saves += 1

    drift["family"] = sys.getrefcount(None) - start
    window.close()  # the normal way out: pending fields are flushed, the store closed
    app.processEvents()
    print(json.dumps({
        "keystrokes": pressed, "saves": saves, "rounds": rounds, "case_id": cid, "family_id": fid,
        "help_question": question, "street": " ".join(last.split()),
        "none_drift": drift,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
