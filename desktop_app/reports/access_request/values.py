"""How one stored value reads for a parent: dates in words ('5 januari 2027'), money as
€ 2.586,36, yes/no, codes with their meaning, people by name, and the stored snapshots
(JSON) as labelled lines – never raw JSON or column names."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ...core import codelists
from ...core.dates import dutch_day
from .labels import CODES, KEY_LABELS, MONEY, PERSON_COLUMNS, TIES, YES_NO

EMPTY = "–"


def money(cents: int) -> str:
    return "€ " + f"{cents / 100:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def moment(value: str) -> str | None:
    """'2026-12-02' → '2 december 2026'; '2026-12-02T05:26:34' → '… om 05:26'; else None."""
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dutch_day(date.fromisoformat(value))
        except ValueError:
            return None
    if len(value) >= 16 and value[4] == "-" and value[10] in "T ":
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return None
        return f"{dutch_day(when.date())} om {when:%H:%M}"
    return None


class Reader:
    """Formats values with what the export knows: the family's people by id."""

    def __init__(self, data: dict, form=None):
        self.words = _words(form)
        self.people = {int(p["id"]): " ".join(x for x in (p.get("first_name"), p.get("last_name"))
                                              if x)
                       for p in data.get("tables", {}).get("persons", []) if p.get("id")}

    def value(self, key: str, value: Any) -> str:
        """One cell: text (lines separated by '\\n')."""
        if value is None or value == "" or value == []:
            return EMPTY
        if key in PERSON_COLUMNS:
            return self._people(value)
        if isinstance(value, str) and value[:1] in "[{":
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = None
            if isinstance(parsed, (list, dict)):
                return self.nested(key, parsed)
        if key in YES_NO and value in (0, 1, "0", "1", True, False):
            return "ja" if int(value) else "nee"
        if key in MONEY and isinstance(value, int):
            return money(value)
        if key in CODES and isinstance(value, str):
            return ", ".join(codelists.label(CODES[key], c.strip()) for c in value.split(",")
                             if c.strip()) or EMPTY
        if key in self.words and isinstance(value, str) and value in self.words[key]:
            return self.words[key][value]
        if key == "ties" and isinstance(value, str):
            return ", ".join(TIES.get(c, c) for c in value) or EMPTY
        if isinstance(value, float):
            return f"{value:g}".replace(".", ",")
        if isinstance(value, str):
            return moment(value) or value
        return str(value)

    def _people(self, value: Any) -> str:
        ids = value
        if isinstance(value, str):
            try:
                ids = json.loads(value) if value.startswith("[") else int(value)
            except ValueError:
                return value
        ids = ids if isinstance(ids, list) else [ids]
        names = [self.people.get(int(i), f"gezinslid {i}") for i in ids
                 if str(i).lstrip("-").isdigit() and int(i) > 0]
        return ", ".join(names) or EMPTY

    def nested(self, key: str, value: Any, depth: int = 0) -> str:
        """A stored snapshot as indented 'label: value' lines (four spaces a level)."""
        pad = "    " * depth
        if isinstance(value, dict):
            lines = []
            for k, v in value.items():
                if k == "criterion" and "title" in value:
                    continue  # the policy's code of what its title names
                label = SNAPSHOT_LABELS.get(k) or KEY_LABELS.get(k, k.replace("_", " "))
                if isinstance(v, (dict, list)) and v and not _flat(v):
                    lines.append(f"{pad}{label}:")
                    lines.append(self.nested(k, v, depth + 1))
                else:
                    lines.append(f"{pad}{label}: {self._scalar(k, v)}")
            return "\n".join(lines) or EMPTY
        if _flat(value):
            return pad + (", ".join(self._scalar(key, v) for v in value) or EMPTY)
        return "\n".join(f"{pad}• " + self.nested(key, v, depth + 1).lstrip() for v in value)

    def _scalar(self, key: str, v: Any) -> str:
        if key == "own_strength_share" and isinstance(v, (int, float)):
            return f"{round(v * 100)}%"
        if isinstance(v, list):
            return ", ".join(self._scalar(key, x) for x in v) or EMPTY
        if isinstance(v, bool):
            return "ja" if v else "nee"
        if isinstance(v, float):
            return f"{v:g}".replace(".", ",")
        return self.value(key, v)


# Inside a decision's snapshot some keys mean something else than the column of that name.
SNAPSHOT_LABELS = {"score": "punten", "weight": "punten", "text": "uitleg",
                   "option": "keuze", "level": "niveau", "title": "onderwerp"}
# Stored keys that mean something in words (besides the intake form's own labels).
WHY_WORDS = {"none_closed": "de casus is afgesloten", "none_not_started": "nog niet begonnen",
             "none_no_follow_up": "het CJG volgt niet op", "interval": "de vaste termijn",
             "beschikking": "een beschikking loopt af", "chosen": "een samen gekozen datum",
             "base": "de vaste termijn"}
STEP_WORDS = {"done": "klaar"}


def _words(form) -> dict[str, dict[str, str]]:
    """column -> stored key -> words: life domains, lists and network groups from the intake
    form, the evaluation's conclusions, the reason of the next evaluation."""
    from ...core.evaluation import CONCLUSION_LABELS

    words = {"next_evaluation_why": WHY_WORDS, "step": STEP_WORDS,
             "conclusion": dict(CONCLUSION_LABELS), "kind": dict(CONCLUSION_LABELS)}
    try:
        if form is None:
            from ...core.form_intake import intake_form

            form = intake_form()
    except Exception:  # a broken form file is reported at start; here the keys stay
        return words
    words["set_key"] = {s.key: s.label for s in form.sets}
    words["domain_key"] = {d.key: d.label for s in form.sets for d in s.domains}
    words["group_key"] = {g.key: g.label for g in form.network_groups}
    return words


def _flat(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value)
