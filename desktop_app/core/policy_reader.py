"""Reading a policy file with line numbers: tomllib keeps no positions, so
`key_lines` finds the line of every header and key, and `PolicyReader` gives typed
access to the parsed TOML, raising PolicyError that names file, line and field.
Used by core/policy.py (the schema and the rules)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

MIN_DATE, MAX_DATE = date(2000, 1, 1), date(2100, 12, 31)
MAX_INT = 1_000_000  # no count, weight or score in a policy comes near


def nesting_line(text: str, limit: int = 50) -> int | None:
    """The line where brackets/braces nest deeper than `limit` (outside strings), for a
    file too deeply nested to parse (tomllib raises RecursionError)."""
    depth, quote = 0, ""
    for number, line in enumerate(text.splitlines(), 1):
        for ch in line:
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "\"'":
                quote = ch
            elif ch == "#":
                break
            elif ch in "[{":
                depth += 1
                if depth > limit:
                    return number
            elif ch in "]}":
                depth = max(0, depth - 1)
    return None


class PolicyError(ValueError):
    """A policy file that cannot be used; str() is a Dutch message for the administrator."""

    def __init__(self, file: str | Path, line: int | None, field: str, message: str):
        super().__init__(message)
        self.file = str(file)
        self.line = line
        self.field = field
        self.message = message

    def __str__(self) -> str:
        where = f"{self.file}, regel {self.line}" if self.line else self.file
        if self.field:
            where += f", veld '{self.field}'"
        return f"{where}: {self.message}"


# -- where keys are -------------------------------------------------------------------
_HEADER_ARRAY = re.compile(r"^\[\[\s*(.+?)\s*\]\]")
_HEADER_TABLE = re.compile(r"^\[\s*(.+?)\s*\]")
_KEY = re.compile(r"""^((?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'))*)\s*=""")


def _split_key(text: str) -> list[str]:
    parts = re.findall(r"""[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'""", text)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


def key_lines(text: str) -> dict[tuple, int]:
    """Line number (1-based) of every table header and key, by path such as
    ('criteria', 2, 'options', 0, 'weight'). tomllib keeps no positions, so this
    re-reads the lines; it understands headers, dotted keys and multi-line strings,
    which is all a policy file needs."""
    lines: dict[tuple, int] = {}
    arrays: dict[tuple, int] = {}
    current: tuple = ()
    open_string: str | None = None

    def resolve(names: list[str]) -> tuple:
        path: tuple = ()
        for name in names:
            path += (name,)
            if path in arrays:
                path += (arrays[path] - 1,)
        return path

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if open_string:
            if open_string in line:
                open_string = None
            continue
        if not line or line.startswith("#"):
            continue
        m = _HEADER_ARRAY.match(line)
        if m:
            names = _split_key(m.group(1))
            path = resolve(names[:-1]) + (names[-1],)
            index = arrays.get(path, 0)
            arrays[path] = index + 1
            current = path + (index,)
            lines[current] = number
            continue
        m = _HEADER_TABLE.match(line)
        if m:
            current = resolve(_split_key(m.group(1)))
            lines[current] = number
            continue
        m = _KEY.match(line)
        if m:
            lines[current + tuple(_split_key(m.group(1)))] = number
            rest = line[m.end():].strip()
            for delim in ('"""', "'''"):
                if rest.startswith(delim) and rest.count(delim) == 1:
                    open_string = delim
    return lines


# -- reading --------------------------------------------------------------------------
class PolicyReader:
    """Typed access to the parsed TOML that reports the line of whatever is wrong."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = key_lines(text)
        self.names: dict[tuple, str] = {}  # path -> readable name, e.g. criteria 'hulpvraag'

    def line(self, path: tuple) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None

    def label(self, path: tuple) -> str:
        parts: list[str] = []
        for i, part in enumerate(path):
            if isinstance(part, int):
                name = self.names.get(path[: i + 1])
                parts[-1] += f" '{name}'" if name else f" nr. {part + 1}"
            else:
                parts.append(part)
        return " > ".join(parts)

    def fail(self, path: tuple, message: str) -> PolicyError:
        return PolicyError(self.path, self.line(path), self.label(path), message)

    def get(self, table: dict, path: tuple, key: str, kind: type | tuple, *, required: bool = True,
            default: Any = None, huge: bool = False) -> Any:
        """`huge`: leave the size of an int to the caller (bounded)."""
        if key not in table:
            if required:
                raise self.fail(path + (key,), f"'{key}' ontbreekt.")
            return default
        value = table[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        ok = isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds)
        if not ok:
            names = {str: "tekst", int: "geheel getal", float: "getal", bool: "true of false",
                     date: "datum (jjjj-mm-dd)", list: "lijst", dict: "tabel"}
            wanted = " of ".join(names.get(k, k.__name__) for k in kinds)
            raise self.fail(path + (key,), f"moet een {wanted} zijn.")
        if isinstance(value, str) and required and not value.strip():
            raise self.fail(path + (key,), f"'{key}' is leeg.")
        if isinstance(value, datetime):  # a subclass of date: '2021-04-01T10:00' is no date
            raise self.fail(path + (key,), "moet een datum zonder tijd zijn (jjjj-mm-dd).")
        if isinstance(value, date) and not MIN_DATE <= value <= MAX_DATE:
            raise self.fail(path + (key,), f"moet een datum tussen {MIN_DATE.year} en "
                                           f"{MAX_DATE.year} zijn.")
        if isinstance(value, float) and (value != value or abs(value) == float("inf")):
            raise self.fail(path + (key,), "moet een gewoon getal zijn (geen nan of inf).")
        if isinstance(value, int) and not huge and not isinstance(value, bool) \
                and abs(value) > MAX_INT:
            raise self.fail(path + (key,), f"is veel te groot (hoogstens {MAX_INT}).")
        return value

    def bounded(self, table: dict, path: tuple, key: str, low: int, high: int,
                **kwargs: Any) -> Any:
        """An int (or None when optional and absent) between low and high."""
        value = self.get(table, path, key, int, huge=True, **kwargs)
        if value is not None and not low <= value <= high:
            raise self.fail(path + (key,), f"moet tussen {low} en {high} liggen.")
        return value

    def table_list(self, table: dict, path: tuple, key: str) -> list[dict]:
        items = self.get(table, path, key, list)
        if not items:
            raise self.fail(path + (key,), f"'{key}' heeft minstens één item nodig.")
        if not all(isinstance(i, dict) for i in items):
            raise self.fail(path + (key,), f"schrijf '{key}' als [[{'.'.join(map(str, path + (key,)))}]].")
        return items
