"""Fill empty <translation> entries of a .ts file from TSV glossaries
(Dutch<TAB>English per line): en.tsv for the foundation, en-<feature>.tsv for
each feature, so parallel work never edits one file. Entries already translated
are left alone, so Qt Linguist edits win.
Usage: python fill_ts.py gezinsplan_en.ts en.tsv [en-feature.tsv ...]"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def load_glossary(paths) -> dict[str, str]:
    glossary: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                nl, _, en = line.rstrip("\n").partition("\t")
                glossary[nl.replace("\\n", "\n")] = en.replace("\\n", "\n")
    return glossary


def main(ts_path: str, *tsv_paths: str) -> int:
    glossary = load_glossary(tsv_paths)
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        # lupdate marks guesses copied from another context as unfinished;
        # the glossary settles them.
        if translation.text and translation.get("type") != "unfinished":
            continue
        if source in glossary:
            translation.text = glossary[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
