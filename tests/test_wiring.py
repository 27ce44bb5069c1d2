"""Wiring guards (DESIGN.md): no import cycles, modules under 400 lines, explicit
wiring (ordered tuples) instead of package scans, reports that take core
dataclasses. Everything is read from the source files with `ast`; nothing is
imported, so a broken module cannot hide a problem."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
MAX_LINES = 400

# Modules allowed over MAX_LINES, each with why. An entry that is no longer over the
# limit fails the test too, so the list only shrinks.
OVER_LIMIT: dict[str, str] = {}
# Modules allowed to find modules at run time (pkgutil, import_module with a computed name).
DISCOVERY = {
    # Migrations are found by file name on purpose: a new mNNNN_*.py is all a schema change needs.
    "desktop_app/store/migrations/__init__.py": "migrations",
}
# Names that mean 'a database' when a report function takes them.
DATABASE_PARAMETERS = {"db", "conn", "connection", "store", "database", "cursor"}


# -- the import graph ---------------------------------------------------------------
def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node, function bodies included, except `if TYPE_CHECKING:` blocks (those
    imports never run, so they cannot form a cycle at import time)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        yield node
        todo.extend(ast.iter_child_nodes(node))


def imports_of(source: str, module: str, is_package: bool, known: set[str]) -> dict[str, int]:
    """The modules among `known` that `source` imports -> first line. `from p import x`
    counts as importing p.x when that is a module, else p; relative imports resolved."""
    package = module if is_package else module.rpartition(".")[0]
    found: dict[str, int] = {}
    for node in _runtime_nodes(ast.parse(source)):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - (node.level - 1)])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                targets.append(sub if sub in known else target)
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant)):
            targets = [str(node.args[0].value)]
        for target in targets:
            if target in known and target != module:
                found.setdefault(target, node.lineno)
    return found


def import_graph(root: Path, package: str = "desktop_app") -> dict[str, dict[str, int]]:
    paths = {module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}
    known = set(paths)
    return {name: imports_of(path.read_text(encoding="utf-8"), name, path.name == "__init__.py",
                             known) for name, path in paths.items()}


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One cycle (a path that ends where it starts) per strongly connected component."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    found = []
    for component in components:
        start = min(component)
        path, seen = [start], {start}
        while True:  # walk inside the component until a module repeats
            step = min(w for w in graph[path[-1]] if w in component)
            if step in seen:
                found.append(path[path.index(step):] + [step])
                break
            path.append(step)
            seen.add(step)
    return found


def describe(cycle: list[str], graph: dict[str, dict[str, int]]) -> str:
    edges = zip(cycle[:-1], cycle[1:], strict=True)
    return "\n  ".join(f"{a} (line {graph[a][b]}) -> {b}" for a, b in edges)


def test_no_import_cycles():
    graph = import_graph(ROOT)
    assert len(graph) > 50 and sum(map(len, graph.values())) > 100  # the package was read
    found = cycles(graph)
    assert not found, "import cycles:\n  " + "\n\n  ".join(describe(c, graph) for c in found)


def test_cycle_checker_catches_function_level_and_relative_imports(tmp_path):
    pkg = tmp_path / "desktop_app"
    (pkg / "store").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "store" / "__init__.py").write_text("from .a import x\n")
    (pkg / "store" / "a.py").write_text("x = 1\ndef f():\n    from . import b\n")
    (pkg / "store" / "b.py").write_text("from typing import TYPE_CHECKING\n"
                                        "if TYPE_CHECKING:\n    from .c import C\n"
                                        "from desktop_app.store.a import x\n")
    (pkg / "store" / "c.py").write_text("from .b import y\n")
    graph = import_graph(tmp_path)
    assert graph["desktop_app.store.a"] == {"desktop_app.store.b": 3}
    assert "desktop_app.store.c" not in graph["desktop_app.store.b"]  # TYPE_CHECKING only
    assert cycles(graph) == [["desktop_app.store.a", "desktop_app.store.b",
                              "desktop_app.store.a"]]
    assert "desktop_app.store.a (line 3) -> desktop_app.store.b" in describe(
        cycles(graph)[0], graph)


# -- size ---------------------------------------------------------------------------
def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_modules_stay_under_400_lines():
    sizes = {_rel(p): len(p.read_text(encoding="utf-8").splitlines())
             for p in sorted(PACKAGE.rglob("*.py"))}
    assert len(sizes) > 50
    over = {name: n for name, n in sizes.items() if n > MAX_LINES and name not in OVER_LIMIT}
    assert not over, f"modules over {MAX_LINES} lines (split them): {over}"
    stale = [name for name in OVER_LIMIT if sizes.get(name, 0) <= MAX_LINES]
    assert not stale, f"no longer over {MAX_LINES} lines, remove from OVER_LIMIT: {stale}"


# -- explicit wiring -------------------------------------------------------------------
def discovery(source: str) -> list[tuple[int, str]]:
    """Lines that find modules at run time: pkgutil, or import_module/__import__ of a
    name that is not a literal."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [
                node.module or ""]
            if any(n == "pkgutil" or n.startswith("pkgutil.") for n in names):
                found.append((node.lineno, "pkgutil"))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and not (
                    node.args and isinstance(node.args[0], ast.Constant)):
                found.append((node.lineno, f"{name}() of a computed name"))
    return found


def test_wiring_is_explicit_no_package_scans():
    found = {}
    paths = sorted(PACKAGE.rglob("*.py"))
    assert len(paths) > 50
    for path in paths:
        hits = discovery(path.read_text(encoding="utf-8"))
        if hits and _rel(path) not in DISCOVERY:
            found[_rel(path)] = hits
    assert not found, f"use an explicit ordered tuple of modules instead: {found}"
    for name in DISCOVERY:  # the allow-list only holds files that still need it
        path = ROOT / name
        assert path.exists() and discovery(path.read_text(encoding="utf-8")), name


def test_discovery_checker():
    assert discovery("import pkgutil\n") == [(1, "pkgutil")]
    assert discovery("from pkgutil import iter_modules\n") == [(1, "pkgutil")]
    assert discovery("import importlib\nimportlib.import_module(f'a.{x}')\n") == [
        (2, "import_module() of a computed name")]
    assert discovery("import importlib\nimportlib.import_module('a.b')\n") == []


# -- reports --------------------------------------------------------------------------
def database_parameters(source: str) -> list[tuple[int, str, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                if arg.arg in DATABASE_PARAMETERS:
                    found.append((node.lineno, getattr(node, "name", "lambda"), arg.arg))
    return found


def test_reports_take_core_dataclasses_not_a_database():
    paths = sorted((PACKAGE / "reports").rglob("*.py"))
    assert len(paths) > 3
    found = {_rel(p): hits for p in paths
             if (hits := database_parameters(p.read_text(encoding="utf-8")))}
    assert not found, f"a report function takes a database; gather in the store instead: {found}"
    assert database_parameters("def write(db, case_id, out): pass\n") == [(1, "write", "db")]


@pytest.mark.parametrize("registry", ["REPORT_SOURCES", "load_demo_plugins", "demo_order"])
def test_import_time_registries_are_gone(registry):
    users = [_rel(p) for p in sorted(PACKAGE.rglob("*.py"))
             if registry in p.read_text(encoding="utf-8")]
    assert users == []
