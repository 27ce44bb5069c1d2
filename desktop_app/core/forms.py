"""A generic loader for the TOML form files in `forms/`.

A region edits these files without touching code, so a mistake must be reported
precisely: `FormError(file, line, field, message)` names the file, the line and
the field in Dutch. tomllib reports no line numbers for valid TOML, so
`LineIndex` finds them by scanning the text for table headers and keys.

A schema is a tree of dataclasses. Supported field types: str, int, float, bool,
list[X], dict[str, X] and nested dataclasses. A field without a default is
required. Field metadata may add rules: `choices`, `min`, `max`, `min_items`,
`max_items`, `nonempty` (str). A schema class may define `check(self)` for rules
across fields; it raises `FieldProblem(relative_path, message)`.

Each form module `desktop_app/core/form_*.py` exposes `FORM_FILE` (a file name in
forms/) and `load(path)`; core/form_files.py lists them and its `check_forms(folder)`
loads them all, so the app can refuse to start on a broken file.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

from ..input_files import InputFileError, read_input_file
from .policy_reader import nesting_line as _nesting_line

T = TypeVar("T")
MAX_FORM_BYTES = 2 * 1024 * 1024
MAX_NUMBER = 1_000_000  # a number in a form without its own max
PathT = tuple[str | int, ...]


class FormError(Exception):
    def __init__(self, file: str | Path, line: int, field: str, message: str):
        super().__init__(message)
        self.file = str(file)
        self.line = line
        self.field = field
        self.message = message

    def __str__(self) -> str:
        where = f"{self.file}, regel {self.line}"
        if self.field:
            where += f", veld '{self.field}'"
        return f"Fout in formulierbestand {where}: {self.message}"


class FieldProblem(Exception):
    """Raised by a schema's check(): path relative to the checked object."""

    def __init__(self, path: PathT, message: str):
        super().__init__(message)
        self.path = tuple(path)
        self.message = message


# -- line numbers ----------------------------------------------------------------
_KEY = r'(?:[A-Za-z0-9_\-]+|"[^"]*"|\'[^\']*\')'
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_KEY}(?:\s*\.\s*{_KEY})*)\s*\]\]?")
_ASSIGN = re.compile(rf"^\s*({_KEY}(?:\s*\.\s*{_KEY})*)\s*=")


def _split_key(text: str) -> list[str]:
    parts = re.findall(_KEY, text)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


class LineIndex:
    """Maps a data path like ('set', 0, 'domain', 3, 'label') to its line (1-based)."""

    def __init__(self, text: str):
        self.lines: dict[PathT, int] = {}
        aot: dict[PathT, int] = {}  # array-of-tables path -> number of elements so far
        current: PathT = ()
        in_multiline: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            stripped = line.split("#", 1)[0] if '"' not in line and "'" not in line else line
            header = _HEADER.match(stripped)
            if header:
                parts = _split_key(header.group(2))
                resolved: PathT = ()
                for i, part in enumerate(parts):
                    resolved += (part,)
                    if i < len(parts) - 1 and resolved in aot:
                        resolved += (aot[resolved] - 1,)
                if header.group(1) == "[[":
                    index = aot.get(resolved, 0)
                    aot[resolved] = index + 1
                    self.lines.setdefault(resolved, number)
                    resolved += (index,)
                self.lines[resolved] = number
                current = resolved
                continue
            assign = _ASSIGN.match(stripped)
            if assign:
                path = current + tuple(_split_key(assign.group(1)))
                self.lines.setdefault(path, number)
                rest = stripped[assign.end():]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_multiline = quote

    def line_of(self, path: PathT) -> int:
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1


def field_name(path: PathT) -> str:
    """('set', 0, 'domain', 3, 'label') -> 'set[1].domain[4].label' (counting from 1)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + part
    return out


# -- validation ------------------------------------------------------------------------
_TYPE_NAMES = {str: "tekst (tussen aanhalingstekens)", int: "een geheel getal", float: "een getal",
               bool: "true of false"}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "een getal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een tabel"
    return type(value).__name__


class _Validator:
    def __init__(self, file: str, index: LineIndex):
        self.file = file
        self.index = index

    def fail(self, path: PathT, message: str) -> FormError:
        return FormError(self.file, self.index.line_of(path), field_name(path), message)

    def convert(self, value: Any, hint: Any, path: PathT, meta: dict | None = None) -> Any:
        meta = meta or {}
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(hint) if a is not type(None)]
            return self.convert(value, options[0], path, meta)
        if dataclasses.is_dataclass(hint):
            return self.dataclass(value, hint, path)
        if origin is list:
            if not isinstance(value, list):
                raise self.fail(path, f"moet een lijst zijn, maar is {_describe(value)}.")
            if "min_items" in meta and len(value) < meta["min_items"]:
                raise self.fail(path, f"moet minstens {meta['min_items']} onderdelen hebben.")
            if "max_items" in meta and len(value) > meta["max_items"]:
                raise self.fail(path, f"mag hoogstens {meta['max_items']} onderdelen hebben.")
            (item,) = typing.get_args(hint)
            return [self.convert(v, item, path + (i,)) for i, v in enumerate(value)]
        if origin is dict:
            if not isinstance(value, dict):
                raise self.fail(path, f"moet een tabel zijn, maar is {_describe(value)}.")
            _, item = typing.get_args(hint)
            return {k: self.convert(v, item, path + (k,)) for k, v in value.items()}
        return self.scalar(value, hint, path, meta)

    def scalar(self, value: Any, hint: Any, path: PathT, meta: dict) -> Any:
        ok = {
            str: isinstance(value, str),
            bool: isinstance(value, bool),
            int: isinstance(value, int) and not isinstance(value, bool),
            float: isinstance(value, int | float) and not isinstance(value, bool),
        }.get(hint)
        if ok is None:  # pragma: no cover - a schema error, not a form error
            raise TypeError(f"unsupported schema type {hint!r}")
        if not ok:
            raise self.fail(path, f"moet {_TYPE_NAMES[hint]} zijn, maar is {_describe(value)}.")
        if hint is float and (value != value or value in (float("inf"), float("-inf"))):
            raise self.fail(path, "moet een gewoon getal zijn (geen nan of inf).")
        if hint in (int, float) and "max" not in meta and abs(value) > MAX_NUMBER:
            raise self.fail(path, f"is veel te groot (hoogstens {MAX_NUMBER}).")
        if hint is str and meta.get("nonempty") and not value.strip():
            raise self.fail(path, "mag niet leeg zijn.")
        if "choices" in meta and value not in meta["choices"]:
            choices = ", ".join(str(c) for c in meta["choices"])
            raise self.fail(path, f"'{value}' is geen geldige waarde; kies uit: {choices}.")
        if "min" in meta and value < meta["min"]:
            raise self.fail(path, f"moet minstens {meta['min']} zijn.")
        if "max" in meta and value > meta["max"]:
            raise self.fail(path, f"mag hoogstens {meta['max']} zijn.")
        return float(value) if hint is float else value

    def dataclass(self, value: Any, cls: type, path: PathT) -> Any:
        if not isinstance(value, dict):
            raise self.fail(path, f"moet een tabel zijn, maar is {_describe(value)}.")
        hints = _hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
        for key in value:
            if key not in fields:
                known = ", ".join(fields)
                raise self.fail(path + (key,), f"onbekend veld (bekende velden: {known}).")
        kwargs = {}
        for name, f in fields.items():
            if name not in value:
                required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                if required:
                    raise self.fail(path + (name,), "dit verplichte veld ontbreekt.")
                continue
            kwargs[name] = self.convert(value[name], hints[name], path + (name,), dict(f.metadata))
        obj = cls(**kwargs)
        check = getattr(obj, "check", None)
        if callable(check):
            try:
                check()
            except FieldProblem as problem:
                raise self.fail(path + problem.path, problem.message) from None
        return obj


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def parse_form(text: str, schema: type[T], file: str | Path = "<tekst>") -> T:
    """Parse and validate TOML text against a dataclass schema."""
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise FormError(file, _nesting_line(text) or 1, "", "lijsten of tabellen staan te diep "
                        "in elkaar (meer dan 50 niveaus).") from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(m.group(1)) if m else 1
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        column = f", kolom {m.group(2)}" if m else ""
        raise FormError(file, line, "", f"geen geldige TOML{column} ({detail}).") from None
    return _Validator(str(file), LineIndex(text)).dataclass(data, schema, ())


def load_form(path: str | Path, schema: type[T]) -> T:
    path = Path(path)
    try:
        data = read_input_file(path, MAX_FORM_BYTES)  # a FIFO or device is refused
    except InputFileError as exc:
        raise FormError(path, 0, "", "het bestand ontbreekt." if exc.missing else str(exc)
                        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FormError(path, line, "", "het bestand is geen UTF-8-tekst.") from None
    return parse_form(text, schema, path)


def cached_form(cached, file_name: str, folder: str | Path | None = None):
    """`cached(path, mtime)` – a functools.cache'd loader – for forms/<file_name> (or in
    `folder`): read once, read again when the file changes."""
    if folder is None:
        from ..paths import forms_dir

        folder = forms_dir()
    path = Path(folder) / file_name
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = 0.0
    return cached(str(path), mtime)
