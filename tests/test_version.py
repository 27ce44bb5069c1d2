"""One version, from pyproject.toml: in the About dialog and in every PDF's footer."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pypdf import PdfReader

from desktop_app import __version__

ROOT = Path(__file__).resolve().parent.parent


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_is_the_one_in_pyproject():
    assert __version__ == pyproject_version()


def test_the_plain_read_of_pyproject_agrees_with_tomllib():
    """The start reads the version without tomllib (issue 17); anything less plain than one
    `version = "…"` line in [project] is left to tomllib."""
    import desktop_app

    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert desktop_app._plain_project_version(text) == pyproject_version()
    cases = {
        '[project]\nname = "x"\nversion = "1.2.3"\n[tool.x]\nversion = "9"\n': "1.2.3",
        '[tool.x]\nversion = "9"\n[project]\nversion = "2.0"\n': "2.0",
        '[project.urls]\nversion = "9"\n[project]\nname = "x"\n': None,
        "[project]\nversion = '1.0'\n": None,  # a literal string: tomllib's
        '[project]\nversion = "1.0"  # note\n': None,
        '[project]\nversion = "1\\u00e9"\n': None,  # an escape: tomllib's
        '[project]\ndynamic = ["version"]\n': None,
    }
    for text, expected in cases.items():
        assert desktop_app._plain_project_version(text) == expected, text
        if expected is not None:
            assert tomllib.loads(text)["project"]["version"] == expected


def test_every_pdf_page_names_the_app_version(tmp_path):
    from desktop_app.reports.base import DocMeta, para, write_pdf

    out = write_pdf(tmp_path / "x.pdf", DocMeta("Plan familie Ëlbers"),
                    [para(f"Regel {i}") for i in range(150)])
    pages = PdfReader(out).pages
    assert len(pages) >= 2
    for page in pages:
        assert f"Gezinsplan {pyproject_version()}" in page.extract_text()
    assert PdfReader(out).metadata.creator == f"Gezinsplan {pyproject_version()}"


def test_about_dialog_shows_the_version(unlocked_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    help_menu = next(a.menu() for a in unlocked_window.menuBar().actions() if a.text() == "He&lp")
    next(a for a in help_menu.actions() if a.text() == "&Over Gezinsplan").trigger()
    assert shown and f"Gezinsplan {pyproject_version()}" in shown[0][1]
