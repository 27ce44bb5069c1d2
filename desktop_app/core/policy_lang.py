"""The English twins of a policy file's texts (forms/README.md): checked with
core/text_lang.py and put on the Policy, its levels, criteria and options."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .text_lang import Fail, check_twins

TEXTS = {
    ("policy",): frozenset({"name"}),
    ("levels",): frozenset({"label"}),
    ("criteria",): frozenset({"title", "question", "guidance"}),
    ("criteria", "options"): frozenset({"label", "reason"}),
}


def _en(raw: dict, key: str) -> str:
    return " ".join(str(raw.get(key + "_en", "")).split())


def with_english(policy: Any, raw: dict, fail: Fail) -> Any:
    """`policy` with the `_en` texts of `raw` (its parsed TOML); raises fail(...) on a
    missing or orphaned twin. Levels, criteria and options are matched by position."""
    check_twins(raw, TEXTS, fail)
    levels = tuple(replace(lv, label_en=_en(r, "label"))
                   for lv, r in zip(policy.levels, raw["levels"], strict=True))
    criteria = tuple(
        replace(c, title_en=_en(rc, "title"), question_en=_en(rc, "question"),
                guidance_en=_en(rc, "guidance"),
                options=tuple(replace(o, label_en=_en(ro, "label"), reason_en=_en(ro, "reason"))
                              for o, ro in zip(c.options, rc["options"], strict=True)))
        for c, rc in zip(policy.criteria, raw["criteria"], strict=True))
    return replace(policy, name_en=_en(raw["policy"], "name"), levels=levels, criteria=criteria)
