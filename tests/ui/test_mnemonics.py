"""Alt+letter in the main window's menus (issue 19): unique within every menu level, and
the menu bar's letters not taken by the family page's tabs, the catalogue page or the
gate screens (Alt+I was both 'Instellingen' and 'CSV inlezen…', Alt+H both 'Help' and
the 'Huishouden' tab)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (as QKeySequence.mnemonic reads it), lower case."""
    key = QKeySequence.mnemonic(text).toString()
    return key.split("+")[-1].lower() if key else None


def _levels(window) -> list[tuple[str, list[str]]]:
    """(name, texts) of the menu bar and of every menu and submenu under it."""
    levels = [("menubar", [a.text() for a in window.menuBar().actions()])]
    todo = [(a.text(), a.menu()) for a in window.menuBar().actions() if a.menu()]
    while todo:
        name, menu = todo.pop()
        actions = [a for a in menu.actions() if not a.isSeparator()]
        levels.append((name, [a.text() for a in actions]))
        todo += [(f"{name} › {a.text()}", a.menu()) for a in actions
                 if isinstance(a.menu(), QMenu)]
    return levels


def test_every_menu_level_has_unique_mnemonics(unlocked_window):
    levels = _levels(unlocked_window)
    assert len(levels) >= 6  # the menu bar, Bestand, Ga naar, Instellingen › Taal, Help, …
    for name, texts in levels:
        assert texts, name
        letters = [mnemonic(t) for t in texts if mnemonic(t)]
        double = [k for k, n in Counter(letters).items() if n > 1]
        assert not double, f"{name}: Alt+{double} used twice in {texts}"
    bar = dict(_levels(unlocked_window))["menubar"]
    assert all(mnemonic(t) for t in bar), bar  # every menu title reachable with Alt


def _page_letters(widget) -> dict[str, str]:
    out = {}
    texts = [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [lbl.text() for lbl in widget.findChildren(QLabel) if lbl.buddy() is not None]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        if mnemonic(text):
            out[mnemonic(text)] = text
    return out


def _tab_letters(page) -> dict[str, str]:
    tabs = page.tabs
    return {mnemonic(tabs.tabText(i)): tabs.tabText(i) for i in range(tabs.count())
            if mnemonic(tabs.tabText(i))}


def test_menu_bar_letters_are_free_on_the_pages_beneath(qtbot, unlocked_window):
    window = unlocked_window
    bar = {mnemonic(a.text()): a.text() for a in window.menuBar().actions()}
    fid = window.session.households.richest_family()
    family = _tab_letters(window.open_family(fid))
    assert family, "the family page has no tabs with Alt+letters: the walk is wrong"
    from desktop_app.ui.registry import MAIN_PAGES

    catalog = MAIN_PAGES["catalog"].open(window)
    window.push_page(catalog)
    shown = {"het tabblad van het gezin": family, "de catalogus": _page_letters(catalog)}
    assert shown["de catalogus"]
    for where, letters in shown.items():
        clash = {k: (bar[k], letters[k]) for k in set(bar) & set(letters)}
        assert not clash, f"Alt+letter of the menu bar also on {where}: {clash}"


def test_menu_bar_letters_are_free_on_the_gate(qtbot, store, settings):
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.unlock import CreateScreen

    path = store.path
    store.close()
    for db in (path, path.with_name("nieuw.db")):
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        bar = {mnemonic(a.text()) for a in window.menuBar().actions()}
        letters = _page_letters(window.gate)
        assert letters and (isinstance(window.gate, CreateScreen) == (db != path))
        assert not bar & set(letters), (bar & set(letters), letters)
