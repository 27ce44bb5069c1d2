"""The arrows of DESIGN.md point one way: ui -> (core, store, reports), store -> core,
reports -> core; core imports none of them. Qt stays in ui/. The headless admin CLI
must run without Qt too."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")

# layer -> forbidden import prefixes (absolute module names)
RULES: dict[str, tuple[str, ...]] = {
    "core": QT + ("sqlite_utils", "sqlcipher3", "pysqlite3", "sqlite3", "reportlab",
                  "desktop_app.store", "desktop_app.ui", "desktop_app.reports",
                  "desktop_app.admin"),
    "store": QT + ("reportlab", "desktop_app.ui", "desktop_app.reports", "desktop_app.admin"),
    "reports": QT + ("sqlite_utils", "sqlcipher3", "sqlite3", "desktop_app.store",
                     "desktop_app.ui", "desktop_app.admin"),
    "admin": QT + ("desktop_app.ui",),
    # The session is the application layer: Qt-free, SQL stays in the store.
    "session": QT + ("sqlite_utils", "sqlcipher3", "pysqlite3", "sqlite3", "desktop_app.ui",
                     "desktop_app.admin"),
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """Absolute names of everything `source` imports (relative imports resolved).
    `from . import x` yields both the package and package.x."""
    tree = ast.parse(source)
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts)
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module":
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(
                    node.args[0].value, str):
                found.append((node.lineno, node.args[0].value))
    return found


def _forbidden(name: str, prefixes: tuple[str, ...]) -> str | None:
    for prefix in prefixes:
        if name == prefix or name.startswith(prefix + "."):
            return prefix
    return None


def violations(layer: str) -> list[str]:
    root = PACKAGE / layer
    problems = []
    for path in sorted(root.rglob("*.py")):
        module = _module_name(path)
        source = path.read_text(encoding="utf-8")
        for line, name in imported_modules(source, module, path.name == "__init__.py"):
            bad = _forbidden(name, RULES[layer])
            if bad:
                problems.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    return problems


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports(layer):
    # Every layer of DESIGN.md exists now: a missing or empty one must not pass unread.
    assert len(list((PACKAGE / layer).rglob("*.py"))) >= 3, layer
    assert violations(layer) == []


def test_checker_catches_violations():
    src = (
        "import PySide6.QtCore\n"
        "from ..store import connection\n"
        "from .. import ui\n"
        "from desktop_app.reports.plan import build\n"
        "import sqlite3 as s\n"
        "from . import validation\n"
    )
    names = [n for _, n in imported_modules(src, "desktop_app.core.fake")]
    bad = sorted({_forbidden(n, RULES["core"]) for n in names} - {None})
    assert bad == ["PySide6", "desktop_app.reports", "desktop_app.store", "desktop_app.ui",
                   "sqlite3"]
    assert "desktop_app.core.validation" in names
    # Relative imports inside a package's __init__ resolve against the package itself.
    names = [n for _, n in imported_modules("from .connection import Store\n",
                                            "desktop_app.store", is_package=True)]
    assert "desktop_app.store.connection" in names


def test_core_imports_only_the_standard_library_stdnum_and_dateutil():
    # python-stdnum (BSN, postcode) and python-dateutil (core/dates.py: the one add_months).
    allowed_third_party = {"stdnum", "dateutil"}
    stdlib = set(sys.stdlib_module_names)
    paths = sorted((PACKAGE / "core").rglob("*.py"))
    assert len(paths) > 10
    for path in paths:
        module = _module_name(path)
        for line, name in imported_modules(path.read_text(encoding="utf-8"), module,
                                           path.name == "__init__.py"):
            top = name.split(".")[0]
            assert top in stdlib | allowed_third_party | {"desktop_app", "__future__"}, (
                f"{path.name}:{line} imports {name}")


def test_admin_cli_runs_without_qt():
    code = (
        "import sys\n"
        "from desktop_app.admin import build_parser\n"
        "build_parser()\n"
        "import desktop_app.store.demo, desktop_app.core.demo\n"
        f"loaded = [m for m in sys.modules if m.split('.')[0] in {QT!r}]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
