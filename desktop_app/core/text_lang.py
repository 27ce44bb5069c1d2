"""English twins of the shown texts in the form files (see forms/README.md).

Every shown Dutch text `x` has a twin `x_en` in the same table. `check_twins` walks the
parsed TOML (plain dicts and lists) and reports the first missing or orphaned twin through
the caller's `fail(path, message)`, so each loader keeps its own error type and line numbers.
`Bilingual.in_lang(field, lang)` is the one accessor screens use to pick the language."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

SUFFIX = "_en"
LANGUAGES = ("nl", "en")

# Texts per table, the table named by its keys without list indices: ("sets", "domains").
TextKeys = dict[tuple[str, ...], frozenset[str]]
Fail = Callable[[tuple, str], Exception]


def check_twins(data: dict, texts: TextKeys, fail: Fail, pending: Iterable[tuple[str, ...]] = ()) -> None:
    """Raise fail(...) for a shown text without `_en` twin, an `_en` key without its Dutch
    text, an empty twin, or a list twin of another length. Tables under a `pending` prefix
    may still lack twins (their English comes with another change); orphans are errors there too."""
    _walk(data, (), (), texts, fail, tuple(pending))


def _walk(value: Any, path: tuple, shape: tuple[str, ...], texts: TextKeys, fail: Fail,
          pending: tuple[tuple[str, ...], ...]) -> None:
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, dict):
                _walk(item, path + (i,), shape, texts, fail, pending)
        return
    if not isinstance(value, dict):
        return
    keys = texts.get(shape, frozenset())
    waived = any(shape[: len(p)] == p for p in pending)
    for key, item in value.items():
        if key.endswith(SUFFIX):
            base = key[: -len(SUFFIX)]
            if base not in keys:
                raise fail(path + (key,), f"'{key}' is geen Engelse tekst die de app kent.")
            if base not in value:
                raise fail(path + (key,), f"'{key}' heeft geen Nederlandse tekst '{base}' ernaast.")
            _same_shape(value[base], item, path + (key,), fail)
        elif key in keys and _shown(item) and key + SUFFIX not in value and not waived:
            raise fail(path + (key,), f"de Engelse tekst '{key}{SUFFIX}' ontbreekt.")
        elif isinstance(item, dict | list):
            _walk(item, path + (key,), shape + (key,), texts, fail, pending)


def _shown(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, list) and any(isinstance(v, str) and v.strip() for v in value)


def _same_shape(dutch: Any, english: Any, path: tuple, fail: Fail) -> None:
    if isinstance(dutch, list):
        if not isinstance(english, list) or len(english) != len(dutch):
            raise fail(path, f"moet een lijst met {len(dutch)} teksten zijn, net als de Nederlandse.")
        for i, (nl, en) in enumerate(zip(dutch, english, strict=True)):
            if not isinstance(en, str):
                raise fail(path + (i,), "moet tekst (tussen aanhalingstekens) zijn.")
            if isinstance(nl, str) and nl.strip() and not en.strip():
                raise fail(path + (i,), "mag niet leeg zijn.")
        return
    if not isinstance(english, str):
        raise fail(path, "moet tekst (tussen aanhalingstekens) zijn.")
    if isinstance(dutch, str) and dutch.strip() and not english.strip():
        raise fail(path, "mag niet leeg zijn.")


class Bilingual:
    """Mixin for form dataclasses that carry `x` and `x_en` fields."""

    def in_lang(self, field: str, lang: str = "nl") -> Any:
        dutch = getattr(self, field)
        if lang == "en":
            english = getattr(self, field + SUFFIX, None)
            if english:
                return english
        return dutch
