"""The coordination policy as data: `forms/coordination.toml` (and any
`forms/coordination-*.toml` beside it), read with tomllib and checked against a
typed schema. A broken file raises PolicyError naming file, line and field.

Self-contained on purpose: the intake's generic form loader (core/forms.py) was
written in parallel. Everything file-specific sits in `PolicyReader` and `key_lines`
(core/policy_reader.py), so switching to the shared loader later touches only those.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..input_files import InputFileError, read_input_file
from .policy_lang import with_english
from .policy_reader import PolicyError, PolicyReader, key_lines, nesting_line
from .text_lang import Bilingual

SOURCES = ("product_categories", "product_count", "domains_1_2", "help_question", "mean_score",
           "own_strength")
CLEAR_VALUES = ("ja", "nee", "onbekend")
# Bounds that keep a mistyped number from reaching date arithmetic or the database.
MAX_FORM_BYTES = 2 * 1024 * 1024
MAX_INTERVAL = 24  # months between evaluations (coordination itself needs 1-6)
MAX_DAYS_BEFORE_END = 365  # evaluate at most a year before a beschikking ends
MAX_WEIGHT = 100
MAX_FROM = 1000  # a lower bound on a count (products, domains) or a mean ZRM score
__all__ = [
    "CLEAR_VALUES", "SOURCES", "Criterion", "Level", "Option", "Policy", "PolicyError",
    "Transition", "key_lines", "load_policies", "load_policy", "policy_files", "policy_regions",
    "select_policy",
]


@dataclass(frozen=True)
class Option(Bilingual):
    id: str
    label: str
    weight: int
    reason: str
    minimum: str | None = None
    categories: tuple[str, ...] = ()
    from_: float | None = None
    acute: bool = False
    clear: str | None = None
    label_en: str = ""
    reason_en: str = ""


@dataclass(frozen=True)
class Criterion(Bilingual):
    id: str
    title: str
    question: str
    guidance: str
    source: str
    options: tuple[Option, ...]
    title_en: str = ""
    question_en: str = ""
    guidance_en: str = ""

    def option(self, option_id: str) -> Option:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        raise KeyError(option_id)


@dataclass(frozen=True)
class Level(Bilingual):
    id: str
    label: str
    coordination: bool
    from_score: int
    interval_months: int | None = None
    label_en: str = ""


@dataclass(frozen=True)
class Transition:
    new_beschikking_ends_from: date
    new_beschikking_ends_until: date
    april_review_ends_from: date
    april_review_due: date


@dataclass(frozen=True)
class Policy(Bilingual):
    id: str
    version: str
    name: str
    regions: tuple[str, ...]
    effective: date
    source: str
    levels: tuple[Level, ...]
    criteria: tuple[Criterion, ...]
    days_before_end: int = 28
    transition: Transition | None = None
    path: str = field(default="", compare=False)
    digest: str = ""
    # False for the path of a region without a policy file (core/coordination_free.py):
    # the same questions, no points, no computed advice.
    advises: bool = True
    name_en: str = ""

    def level(self, level_id: str) -> Level:
        for lvl in self.levels:
            if lvl.id == level_id:
                return lvl
        raise KeyError(level_id)

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def rank(self, level_id: str) -> int:
        return [lvl.id for lvl in self.levels].index(level_id)

    def applies_to(self, region: str) -> bool:
        return not self.regions or region in self.regions


def _text(value: str) -> str:
    return " ".join(value.split())


def _option(r: PolicyReader, raw: dict, path: tuple, source: str, levels: set[str]) -> Option:
    r.names[path] = raw.get("id") if isinstance(raw.get("id"), str) else None
    minimum = r.get(raw, path, "minimum", str, required=False)
    if minimum is not None and minimum not in levels:
        raise r.fail(path + ("minimum",), f"onbekend niveau '{minimum}'; kies uit {', '.join(sorted(levels))}.")
    categories = r.get(raw, path, "categories", list, required=False, default=[])
    if not all(isinstance(c, str) and c.isascii() and c.isdigit() for c in categories):
        raise r.fail(path + ("categories",), "schrijf JZ020-codes als tekst, bijvoorbeeld [\"45\"].")
    clear = r.get(raw, path, "clear", str, required=False)
    if clear is not None and clear not in CLEAR_VALUES:
        raise r.fail(path + ("clear",), f"kies uit {', '.join(CLEAR_VALUES)}.")
    from_ = r.get(raw, path, "from", (int, float), required=False)
    if from_ is not None and not 0 <= from_ <= MAX_FROM:
        raise r.fail(path + ("from",), f"moet tussen 0 en {MAX_FROM} liggen.")
    prefill_keys = {"product_categories": "categories", "help_question": "clear",
                    "domains_1_2": "from"}.get(source, "from")
    used = [k for k in ("categories", "clear", "from", "acute") if k in raw]
    for key in used:
        if key != prefill_keys and not (source == "domains_1_2" and key == "acute"):
            raise r.fail(path + (key,), f"'{key}' past niet bij source = \"{source}\".")
    return Option(
        id=r.get(raw, path, "id", str),
        label=_text(r.get(raw, path, "label", str)),
        weight=r.bounded(raw, path, "weight", -MAX_WEIGHT, MAX_WEIGHT),
        reason=_text(r.get(raw, path, "reason", str)),
        minimum=minimum,
        categories=tuple(categories),
        from_=None if from_ is None else float(from_),
        acute=r.get(raw, path, "acute", bool, required=False, default=False),
        clear=clear,
    )


def _criterion(r: PolicyReader, raw: dict, path: tuple, levels: set[str]) -> Criterion:
    r.names[path] = raw.get("id") if isinstance(raw.get("id"), str) else None
    source = r.get(raw, path, "source", str)
    if source not in SOURCES:
        raise r.fail(path + ("source",), f"onbekende bron '{source}'; kies uit {', '.join(SOURCES)}.")
    options = [_option(r, o, path + ("options", i), source, levels)
               for i, o in enumerate(r.table_list(raw, path, "options"))]
    _unique(r, [o.id for o in options], path + ("options",))
    return Criterion(
        id=r.get(raw, path, "id", str),
        title=_text(r.get(raw, path, "title", str)),
        question=_text(r.get(raw, path, "question", str)),
        guidance=_text(r.get(raw, path, "guidance", str)),
        source=source,
        options=tuple(options),
    )


def _unique(r: PolicyReader, ids: list[str], path: tuple) -> None:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            raise r.fail(path + (i, "id"), f"id '{item}' komt twee keer voor.")
        seen.add(item)


def load_policy(path: str | Path) -> Policy:
    path = Path(path)
    try:
        data = read_input_file(path, MAX_FORM_BYTES)  # a FIFO or device is refused
    except InputFileError as exc:
        raise PolicyError(path, None, "", f"kan het bestand niet lezen ({exc}).") from None
    try:
        text = data.decode("utf-8")
        raw = tomllib.loads(text)
    except UnicodeDecodeError:
        raise PolicyError(path, None, "", "het bestand is geen UTF-8-tekst.") from None
    except RecursionError:
        raise PolicyError(path, nesting_line(text), "", "lijsten of tabellen staan te diep in "
                          "elkaar (meer dan 50 niveaus); dat is geen richtlijn.") from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        detail = re.sub(r"\s*\(at line.*\)$", "", str(exc))
        raise PolicyError(path, int(m.group(1)) if m else None, "",
                          f"geen geldige TOML ({detail}).") from None
    r = PolicyReader(path, text)
    head = r.get(raw, (), "policy", dict)
    p = ("policy",)
    regions = r.get(head, p, "regions", list, required=False, default=[])
    if not all(isinstance(x, str) for x in regions):
        raise r.fail(p + ("regions",), "een lijst van regio's als tekst, bijvoorbeeld [\"MLO\"].")

    levels = []
    for i, lv in enumerate(r.table_list(raw, (), "levels")):
        lp = ("levels", i)
        r.names[lp] = lv.get("id") if isinstance(lv.get("id"), str) else None
        interval = r.bounded(lv, lp, "interval_months", 1, MAX_INTERVAL, required=False)
        coordination = r.get(lv, lp, "coordination", bool)
        if coordination and (interval is None or interval < 1 or interval > 6):
            raise r.fail(lp + ("interval_months",),
                         "bij coördinatie hoort een opvolging van 1 tot en met 6 maanden "
                         "(minimaal halfjaarlijks).")
        levels.append(Level(r.get(lv, lp, "id", str), _text(r.get(lv, lp, "label", str)),
                            coordination, r.bounded(lv, lp, "from_score", -MAX_WEIGHT * 100,
                                                        MAX_WEIGHT * 100), interval))
    _unique(r, [lv.id for lv in levels], ("levels",))
    for i in range(1, len(levels)):
        if levels[i].from_score <= levels[i - 1].from_score:
            raise r.fail(("levels", i, "from_score"), "de niveaus moeten oplopen in from_score.")
    if levels[0].coordination:
        raise r.fail(("levels", 0, "coordination"), "het eerste niveau is 'geen coördinatie'.")
    level_ids = {lv.id for lv in levels}

    criteria = [_criterion(r, c, ("criteria", i), level_ids)
                for i, c in enumerate(r.table_list(raw, (), "criteria"))]
    _unique(r, [c.id for c in criteria], ("criteria",))

    follow = r.get(raw, (), "follow_up", dict, required=False, default={})
    days = r.bounded(follow, ("follow_up",), "days_before_end", 0, MAX_DAYS_BEFORE_END,
                     required=False, default=28)
    transition = None
    if "transition" in raw:
        t = r.get(raw, (), "transition", dict)
        tp = ("transition",)
        transition = Transition(*(r.get(t, tp, k, date) for k in (
            "new_beschikking_ends_from", "new_beschikking_ends_until", "april_review_ends_from",
            "april_review_due")))
    effective = r.get(head, p, "effective", date)
    if type(effective) is not date:
        raise r.fail(p + ("effective",), "moet een datum zonder tijd zijn (jjjj-mm-dd).")
    policy = Policy(
        id=r.get(head, p, "id", str),
        version=str(r.get(head, p, "version", (str, int))),
        name=_text(r.get(head, p, "name", str)),
        regions=tuple(regions),
        effective=effective,
        source=_text(r.get(head, p, "source", str, required=False, default="")),
        levels=tuple(levels),
        criteria=tuple(criteria),
        days_before_end=days,
        transition=transition,
        path=str(path),
        digest=hashlib.sha256(data).hexdigest()[:12],
    )
    return with_english(policy, raw, r.fail)


def policy_files(folder: str | Path) -> list[Path]:
    folder = Path(folder)
    return sorted([*folder.glob("coordination.toml"), *folder.glob("coordination-*.toml")])


def load_policies(folder: str | Path) -> list[Policy]:
    """Every policy in the forms folder, oldest first. Two policies for one region with
    the same effective date would make the choice ambiguous: refused."""
    files = policy_files(folder)
    if not files:
        raise PolicyError(Path(folder) / "coordination.toml", None, "",
                          "er is geen richtlijn voor coördinatie en opvolging.")
    policies = sorted((load_policy(f) for f in files), key=lambda p: (p.effective, p.path))
    for i, a in enumerate(policies):
        for b in policies[i + 1:]:
            overlap = set(a.regions) & set(b.regions) if a.regions and b.regions else True
            if a.effective == b.effective and overlap:
                raise PolicyError(b.path, key_lines(Path(b.path).read_text("utf-8")).get(
                    ("policy", "effective")), "policy > effective",
                    f"gaat op dezelfde dag in als {Path(a.path).name}; kies een andere datum.")
    return policies


def select_policy(policies: list[Policy], region: str, day: date) -> Policy | None:
    """The policy in force for a decision on `day`: the latest effective on or before it."""
    fitting = [p for p in policies if p.applies_to(region) and p.effective <= day]
    return max(fitting, key=lambda p: p.effective) if fitting else None


def policy_regions(policies: list[Policy], all_regions: tuple[str, ...] = ("MLO", "MLW")) -> tuple[str, ...]:
    """Regions where some policy file applies (a policy without regions applies everywhere);
    the decision path without a policy does not count."""
    found: set[str] = set()
    for p in policies:
        if not p.advises:
            continue
        found |= set(p.regions or all_regions)
    return tuple(sorted(found))
