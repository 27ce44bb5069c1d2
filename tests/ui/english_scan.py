"""Walk a widget tree for its visible texts and find Dutch words in them (for the English
UI test). Family data (names, streets, municipalities, catalogue products and providers)
is removed first: `data_strings` lists what the demo holds, and words in it never count."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Common Dutch UI words that are no English words. Not: 'in', 'is', 'op', 'week', 'per',
# 'kind' (English too), proper nouns, or CJG / ZRM / JZ020 codes.
DUTCH_WORDS = frozenset("""
de het een van en niet nog geen wel ook maar voor met naar bij uit als dan dat deze die dit
zijn wordt worden kan kies opslaan annuleren sluiten verwijderen toevoegen nieuw nieuwe
toestemming gezin gezinnen gezinslid casus casussen evaluatie evaluaties jeugdige ouder
ouders hulp beschikking besluit besluiten weken maand maanden dagdeel uur uren
voortgang ontbreekt ontbreken opvolging coördinatie richtlijn leefgebied leefgebieden
aanbieder aanbieders gemeente datum geboortedatum adres woonplaats straat huisnummer
doel doelen afspraak afspraken bijlage bijlagen stap volgende vorige terug klaar opnieuw
zoeken gevonden alle alles welke waar wat wie hoe waarom jaar jaren sinds tot vanaf
tijdlijn gesprek verslag brief brieven kinderen huishouden casusnummer
""".split())

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible widget text under root: labels, buttons, group box
    titles, tabs, combo items, placeholders, table/list headers and cells."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        if isinstance(w, QLabel | QAbstractButton):
            out.append((name, w.text()))
        if isinstance(w, QGroupBox):
            out.append((name, w.title()))
        if isinstance(w, QTabWidget):
            out += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QComboBox):
            out += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, QListWidget):
            out += [(f"{name} item", w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) \
                and w.model() is not None:
            model = w.model()
            out += [(f"{name} header", str(model.headerData(c, Qt.Horizontal) or ""))
                    for c in range(model.columnCount())]
            for r in range(min(model.rowCount(), 30)):
                for c in range(model.columnCount()):
                    out.append((f"{name} cell", str(model.data(model.index(r, c)) or "")))
    return [(where, text) for where, text in out if text and text.strip()]


def plain(text: str) -> str:
    """Without rich-text tags, entities and mnemonics."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"&[a-z]+;|&#\d+;", " ", text)
    return re.sub(r"&(?=\w)", "", text.replace("&&", "\0")).replace("\0", "&")


def data_pattern(data: list[str]) -> re.Pattern:
    """One regex for all family-data strings; a demo template's '{youth}' matches a name."""
    parts = []
    for item in sorted(set(data), key=len, reverse=True):
        pieces = re.split(r"\{\w*\}", item)
        words = _WORD.findall(" ".join(pieces))
        if sum(map(len, pieces)) < 3 or all(w.lower() in DUTCH_WORDS for w in words):
            continue  # a bare placeholder or a word like 'van' would hide everything
        parts.append(r".+?".join(re.escape(p) for p in pieces))
    return re.compile("|".join(parts))


def dutch_words(text: str, data: re.Pattern) -> list[str]:
    """The Dutch words of `text` once every family-data string is removed."""
    text = data.sub(" ", plain(text))
    return [w for w in _WORD.findall(text) if w.lower() in DUTCH_WORDS]


def find_dutch(root: QWidget, data: re.Pattern) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        words = dutch_words(text, data)
        if words:
            found.append(f"{where}: {text!r} -> {sorted(set(words))}")
    return found


def demo_strings() -> list[str]:
    """Every text the demo generators put into a family or case (names, streets, places,
    products, providers, help questions, notes), longest first so parts don't split them."""
    import dataclasses

    from desktop_app.core import (
        demo,
        demo_catalog,
        demo_coordination,
        demo_data,
        demo_evaluation,
        demo_intake,
        demo_results,
        regions,
    )

    found: set[str] = set()

    def collect(value, depth=0):
        if depth > 6:
            return
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            collect(dataclasses.astuple(value), depth + 1)
        elif isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                collect(k, depth + 1)
                collect(v, depth + 1)
        elif isinstance(value, tuple | list | set | frozenset):
            for v in value:
                collect(v, depth + 1)

    for module in (demo, demo_catalog, demo_coordination, demo_data, demo_evaluation, demo_intake,
                   demo_results, regions):
        for name, value in vars(module).items():
            if name.isupper():
                collect(value)
    return sorted((s for s in found if len(s) > 2), key=len, reverse=True)
