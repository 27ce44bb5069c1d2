"""Dutch by default, English from the shipped .qm; no string left untranslated."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resources_dir
from desktop_app.ui.i18n import install_translator


def test_english_translation_applies(qtbot, demo_store):
    from desktop_app.store.families import Families
    from desktop_app.ui.caseload import CaseloadView

    app = QApplication.instance()
    try:
        assert install_translator(app, "en")
        view = CaseloadView(Families(demo_store.db))
        qtbot.addWidget(view)
        assert view.model.headerData(0, Qt.Horizontal) == "Family"
        assert view.new_button.text() == "&New family"
    finally:
        install_translator(app, "nl")
    view = CaseloadView(Families(demo_store.db))
    qtbot.addWidget(view)
    assert view.model.headerData(0, Qt.Horizontal) == "Gezin"


def test_every_ui_string_has_an_english_translation(tmp_path):
    """Runs lupdate over the UI code into a scratch .ts merged with the shipped one:
    a new self.tr() text with neither a translation nor an entry in an
    resources/i18n/en*.tsv glossary fails here (then run resources/i18n/update.sh)."""
    from shutil import copy, which

    import PySide6

    lupdate = which("pyside6-lupdate") or str(
        __import__("pathlib").Path(PySide6.__file__).parent / "lupdate"
    )
    scratch = tmp_path / "check.ts"
    copy(resources_dir() / "i18n" / "gezinsplan_en.ts", scratch)
    root = resources_dir().parent
    sources = sorted(str(p.relative_to(root)) for p in (root / "desktop_app" / "ui").rglob("*.py"))
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(scratch)], cwd=root, check=True,
                   capture_output=True)
    import importlib.util

    spec = importlib.util.spec_from_file_location("fill_ts", resources_dir() / "i18n" / "fill_ts.py")
    fill_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fill_ts)
    glossary = fill_ts.load_glossary(sorted((resources_dir() / "i18n").glob("en*.tsv")))
    assert len(sources) > 20
    messages = list(ET.parse(scratch).iter("message"))
    assert len(messages) > 500  # lupdate found the UI's strings
    untranslated = [
        m.find("source").text
        for m in messages
        if not (m.find("translation").text or "").strip() and m.find("source").text not in glossary
    ]
    assert not untranslated, untranslated


def test_no_translation_wrappers_hide_texts_from_lupdate():
    """lupdate sees only self.tr("…") and QCoreApplication.translate("ctx", "…") with literal
    texts: a helper like `def tr(text): return translate("X", text)` makes every text passed
    through it stay Dutch in the English UI (it happened to the Beveiliging menu)."""
    import ast

    ui = resources_dir().parent / "desktop_app" / "ui"
    wrappers = []
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # A function named translate(context, text) is read by lupdate at its call sites
            # (and QTranslator.translate is Qt's own override).
            if isinstance(node, ast.FunctionDef) and node.name != "translate" and any(
                    isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate"
                    and len(call.args) >= 2 and not isinstance(call.args[1], ast.Constant)
                    for call in ast.walk(node)):
                wrappers.append(f"{path.relative_to(ui)}:{node.lineno} {node.name}")
    assert sorted(ui.rglob("*.py")), "no ui sources found"
    assert wrappers == [], wrappers


def test_every_audit_action_has_a_label_for_lupdate():
    from desktop_app.store.audit import ACTIONS
    from desktop_app.ui.safety.audit_view import _ACTION_FILTER_LABELS, _ACTION_LABELS

    assert set(_ACTION_LABELS) == set(_ACTION_FILTER_LABELS) == set(ACTIONS.values())
