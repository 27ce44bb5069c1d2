"""The iJw code lists shipped in resources/codelists (iStandaarden Jeugdwet 3.2).

Each file is `code;omschrijving` (a list may add columns, such as JZ002's `jz588`), UTF-8;
lines starting with '#' before the header name the source. Loaded once; a missing or broken
file is a packaging error, reported with the file name and line."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from ..paths import resources_dir

FILES = {
    "jz020": "jz020_productcategorie.csv",
    "jz020_2015": "jz020_legacy_2015.csv",  # 31-38, withdrawn; old contracts carry them
    "jz588": "jz588_reden_beeindiging.csv",
    "jz002": "jz002_reden_wijziging.csv",
    "eenheid": "eenheid.csv",
    "frequentie": "frequentie.csv",
    "verwijzer": "verwijzer.csv",
    "cod046": "cod046_geslacht.csv",
}

# Codes the cost model relies on (eenheid and frequentie lists).
UNIT_MINUTE, UNIT_HOUR, UNIT_DAY_NIGHT, UNIT_DAYPART = "01", "04", "14", "16"
UNIT_OUTPUT, UNIT_EURO, UNIT_EFFORT = "82", "83", "84"
FREQ_DAY, FREQ_WEEK, FREQ_MONTH, FREQ_TOTAL = "1", "2", "4", "6"


class CodeListError(RuntimeError):
    pass


def load_rows(path: Path) -> list[dict[str, str]]:
    """Every row as {column: value}; the first two columns are code and omschrijving."""
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, start=1) if not line.startswith("#")]
    reader = csv.reader([line for _n, line in lines], delimiter=";")
    header = next(reader, None)
    if not header or header[:2] != ["code", "omschrijving"]:
        raise CodeListError(f"{path.name}: kopregel moet 'code;omschrijving' zijn")
    for (line, _text), row in zip(lines[1:], reader, strict=True):
        if len(row) != len(header) or not row[0].strip() or not row[1].strip():
            raise CodeListError(f"{path.name} regel {line}: verwacht '{';'.join(header)}'")
        rows.append({k: v.strip() for k, v in zip(header, row, strict=True)})
    return rows


def load(path: Path) -> dict[str, str]:
    return {r["code"]: r["omschrijving"] for r in load_rows(path)}


@functools.cache
def codelist(name: str) -> dict[str, str]:
    """code -> Dutch description, in file order."""
    return load(resources_dir() / "codelists" / FILES[name])


def jz020() -> dict[str, str]:
    return codelist("jz020")


def jz020_legacy() -> dict[str, str]:
    """The JZ020 codes 31-38 of 2015: no longer valid, still on old contracts."""
    return codelist("jz020_2015")


def jz588() -> dict[str, str]:
    return codelist("jz588")


def jz002() -> dict[str, str]:
    """Reden wijziging toewijzing: why the CJG/municipality itself ends or changes help."""
    return codelist("jz002")


@functools.cache
def jz002_jz588() -> dict[str, str]:
    """JZ002 code -> the JZ588 reason the iJw table pairs with it ('' where it says nvt)."""
    return {r["code"]: r["jz588"] for r in
            load_rows(resources_dir() / "codelists" / FILES["jz002"])}


def cod046() -> dict[str, str]:
    """Geslacht of a client as JW301 carries it (0 onbekend, 1, 2, 9)."""
    return codelist("cod046")


GESLACHT_UNKNOWN = "0"


def units() -> dict[str, str]:
    return codelist("eenheid")


def frequencies() -> dict[str, str]:
    return codelist("frequentie")


def referrers() -> dict[str, str]:
    return codelist("verwijzer")


def label(name: str, code: str | None) -> str:
    """'45 Jeugdhulp ambulant'; an unknown code is shown as itself."""
    if not code:
        return ""
    text = codelist(name).get(code)
    if text is None and name == "jz020":
        text = jz020_legacy().get(code)
    return f"{code} {text}" if text else code
