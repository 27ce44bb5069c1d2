"""The UI reaches data only through the session (DESIGN.md): no `.db`, no `.store`, no SQL
and no store imports under desktop_app/ui/. The session is the one way in."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.test_layers import _module_name, imported_modules

UI = Path(__file__).resolve().parent.parent / "desktop_app" / "ui"
FORBIDDEN_ATTRIBUTES = {"db", "store", "conn", "execute", "executemany"}


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(UI.parent.parent)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f"{rel}:{node.lineno} uses .{node.attr}")
    module = _module_name(path)
    for line, name in imported_modules(path.read_text(encoding="utf-8"), module,
                                       path.name == "__init__.py"):
        if name.startswith("desktop_app.store") or name.split(".")[0] in (
                "sqlite3", "sqlite_utils", "sqlcipher3", "pysqlite3"):
            found.append(f"{rel}:{line} imports {name}")
    return found


def test_checker_sees_a_violation(tmp_path):
    fake = UI / "_probe_not_a_module.py"
    try:
        fake.write_text("from ..store.families import Families\n"
                        "def f(window):\n    return window.session.store.db.execute('x')\n")
        problems = _problems(fake)
    finally:
        fake.unlink()
    assert len(problems) >= 4, problems
    assert any("imports desktop_app.store" in p for p in problems), problems


def test_ui_reads_and_writes_only_through_the_session():
    problems = []
    paths = sorted(UI.rglob("*.py"))
    assert len(paths) > 20  # the ui package was read
    for path in paths:
        problems += _problems(path)
    assert problems == [], "\n".join(problems)
