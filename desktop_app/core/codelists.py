"""The iJw code lists shipped in resources/codelists (iStandaarden Jeugdwet 3.2).

Each file is `code;omschrijving`, UTF-8. Loaded once; a missing or broken file is a
packaging error, reported with the file name and line."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from ..paths import resources_dir

FILES = {
    "jz020": "jz020_productcategorie.csv",
    "jz020_2015": "jz020_legacy_2015.csv",  # 31-38, withdrawn; old contracts carry them
    "jz588": "jz588_reden_beeindiging.csv",
    "eenheid": "eenheid.csv",
    "frequentie": "frequentie.csv",
    "verwijzer": "verwijzer.csv",
}

# Codes the cost model relies on (eenheid and frequentie lists).
UNIT_MINUTE, UNIT_HOUR, UNIT_DAY_NIGHT, UNIT_DAYPART = "01", "04", "14", "16"
UNIT_OUTPUT, UNIT_EURO, UNIT_EFFORT = "82", "83", "84"
FREQ_DAY, FREQ_WEEK, FREQ_MONTH, FREQ_TOTAL = "1", "2", "4", "6"


class CodeListError(RuntimeError):
    pass


def load(path: Path) -> dict[str, str]:
    codes: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        header = next(reader, None)
        if header != ["code", "omschrijving"]:
            raise CodeListError(f"{path.name}: kopregel moet 'code;omschrijving' zijn")
        for line, row in enumerate(reader, start=2):
            if len(row) != 2 or not row[0].strip() or not row[1].strip():
                raise CodeListError(f"{path.name} regel {line}: verwacht 'code;omschrijving'")
            codes[row[0].strip()] = row[1].strip()
    return codes


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
