"""The typed schema of `forms/intake.toml`: the life domains of the 1Gezin1Plan
intake (ZRM 2017 per adult, ZRM-Huishoudens with the 'kind(eren) in gezin'
supplement, ZRM-Jongeren for 12–17, and the read-only legacy household scores),
the self-reliance scale with our own short texts, the Krachtenwijzer labels and
the groups and tie codes of the network map. Who gets which set: core/zrm.py."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .forms import FieldProblem, FormError, LineIndex, cached_form, field_name, load_form
from .text_lang import Bilingual, check_twins

FORM_FILE = "intake.toml"
# adult: per adult (ZRM 2017); household: once (ZRM-Huishoudens); children: once, when the
# household has children (the supplement); youth: per youth in the age range (ZRM-Jongeren);
# legacy: read-only scores of an older form, its domains taken from `domains_from`.
APPLIES_TO = ("adult", "household", "children", "youth", "legacy")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def _unique(items, attr: str, name: str) -> None:
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        value = getattr(item, attr)
        if value in seen:
            raise FieldProblem((name, i, attr), f"'{value}' komt twee keer voor.")
        seen[value] = i


def _key(value: str, path: tuple) -> None:
    if not _KEY.match(value):
        raise FieldProblem(path, f"'{value}' is geen geldige sleutel: kleine letters, cijfers en _.")


@dataclass
class Level(Bilingual):
    score: int = field(metadata={"min": 1, "max": 5})
    label: str = field(metadata={"nonempty": True})
    text: str = field(metadata={"nonempty": True})
    label_en: str = ""
    text_en: str = ""


@dataclass
class Domain(Bilingual):
    key: str
    label: str = field(metadata={"nonempty": True})
    good: str = field(metadata={"nonempty": True})  # the question 'what goes well'
    worries: str = field(metadata={"nonempty": True})
    levels: list[str] = field(default_factory=list)  # five own short texts, score 1..5
    help: str = ""
    # English twins (the `<key>_en` scheme of the forms); empty = not translated yet.
    label_en: str = ""
    good_en: str = ""
    worries_en: str = ""
    levels_en: list[str] = field(default_factory=list)
    help_en: str = ""

    def check(self) -> None:
        _key(self.key, ("key",))
        for name in ("levels", "levels_en"):
            texts = getattr(self, name)
            if texts and len(texts) != 5:
                raise FieldProblem((name,), f"moet precies 5 teksten hebben (score 1 tot en met 5), "
                                            f"niet {len(texts)}.")
            for i, text in enumerate(texts):
                if not text.strip():
                    raise FieldProblem((name, i), "mag niet leeg zijn.")


@dataclass
class DomainSet(Bilingual):
    key: str
    label: str = field(metadata={"nonempty": True})
    applies_to: str = field(metadata={"choices": APPLIES_TO})
    family_label: str = field(metadata={"nonempty": True})  # in the plan, e.g. 'Ons gezin'
    domains: list[Domain] = field(default_factory=list)
    min_age: int = field(default=0, metadata={"min": 0, "max": 120})
    max_age: int = field(default=120, metadata={"min": 0, "max": 120})
    intro: str = ""
    domains_from: str = ""  # a legacy set reads the domains of this set
    label_en: str = ""
    family_label_en: str = ""
    intro_en: str = ""

    @property
    def read_only(self) -> bool:
        return self.applies_to == "legacy"

    def check(self) -> None:
        _key(self.key, ("key",))
        _unique(self.domains, "key", "domains")
        if self.min_age > self.max_age:
            raise FieldProblem(("max_age",), "moet minstens zo groot zijn als min_age.")
        if self.domains_from and self.domains:
            raise FieldProblem(("domains",), "een set met 'domains_from' heeft zelf geen domeinen.")
        if self.domains_from and not self.read_only:
            raise FieldProblem(("domains_from",), "mag alleen bij applies_to = \"legacy\".")
        if not self.domains_from and not self.domains:
            raise FieldProblem(("domains",), "moet minstens 1 domein hebben.")

    def domain(self, key: str) -> Domain | None:
        return next((d for d in self.domains if d.key == key), None)


@dataclass
class Krachten(Bilingual):
    question: str = field(metadata={"nonempty": True})
    eigen: str = field(metadata={"nonempty": True})
    netwerk: str = field(metadata={"nonempty": True})
    hulp: str = field(metadata={"nonempty": True})
    question_en: str = ""
    eigen_en: str = ""
    netwerk_en: str = ""
    hulp_en: str = ""


@dataclass
class NetworkGroup(Bilingual):
    key: str
    label: str = field(metadata={"nonempty": True})
    formal: bool = False  # the usual kind of tie in this group (a default for new contacts)
    label_en: str = ""

    def check(self) -> None:
        _key(self.key, ("key",))


@dataclass
class Tie(Bilingual):
    code: str
    label: str = field(metadata={"nonempty": True})
    label_en: str = ""

    def check(self) -> None:
        if not re.fullmatch(r"[A-Z]", self.code):
            raise FieldProblem(("code",), "moet één hoofdletter zijn, bijvoorbeeld P.")


@dataclass
class IntakeForm(Bilingual):
    title: str = field(metadata={"nonempty": True})
    version: int = field(metadata={"min": 1})
    scale: list[Level] = field(metadata={"min_items": 5, "max_items": 5})
    krachten: Krachten
    network_groups: list[NetworkGroup] = field(metadata={"min_items": 1})
    ties: list[Tie] = field(metadata={"min_items": 1})
    sets: list[DomainSet] = field(metadata={"min_items": 1})
    title_en: str = ""

    def check(self) -> None:
        for i, level in enumerate(self.scale):
            if level.score != i + 1:
                raise FieldProblem(("scale", i, "score"), f"moet {i + 1} zijn: de schaal loopt van 1 tot 5.")
        _unique(self.network_groups, "key", "network_groups")
        _unique(self.ties, "code", "ties")
        _unique(self.sets, "key", "sets")
        for i, dset in enumerate(self.sets):
            if dset.domains_from:
                source = self.set(dset.domains_from)
                if source is None or source.domains_from:
                    raise FieldProblem(("sets", i, "domains_from"),
                                       f"'{dset.domains_from}' is geen set met eigen domeinen.")
                dset.domains = list(source.domains)

    # -- look-ups ------------------------------------------------------------
    def set(self, key: str) -> DomainSet | None:
        return next((s for s in self.sets if s.key == key), None)

    def level_text(self, domain: Domain, score: int, lang: str = "nl") -> str:
        if domain.levels:
            return domain.in_lang("levels", lang)[score - 1]
        return self.scale[score - 1].in_lang("text", lang)

    def group_label(self, key: str, lang: str = "nl") -> str:
        return next((g.in_lang("label", lang) for g in self.network_groups if g.key == key), key)

    def tie_label(self, code: str, lang: str = "nl") -> str:
        return next((t.in_lang("label", lang) for t in self.ties if t.code == code), code)


# The shown texts per table (forms/README.md); each needs an `_en` twin.
TEXTS = {
    (): frozenset({"title"}),
    ("scale",): frozenset({"label", "text"}),
    ("krachten",): frozenset({"question", "eigen", "netwerk", "hulp"}),
    ("network_groups",): frozenset({"label"}),
    ("ties",): frozenset({"label"}),
    ("sets",): frozenset({"label", "family_label", "intro"}),
    ("sets", "domains"): frozenset({"label", "good", "worries", "levels", "help"}),
}
# The ZRM sets get their English with the ZRM rework (branch zrm); until then a set may lack
# twins (the UI shows its Dutch). Remove this once every set carries `_en` keys.
PENDING = (("sets",),)


def load(path: str | Path) -> IntakeForm:
    form = load_form(path, IntakeForm)
    text = Path(path).read_text(encoding="utf-8")
    index = LineIndex(text)

    def fail(where: tuple, message: str) -> FormError:
        return FormError(path, index.line_of(where), field_name(where), message)

    check_twins(tomllib.loads(text), TEXTS, fail, PENDING)
    return form


@functools.cache
def _cached(path: str, mtime: float) -> IntakeForm:
    return load(path)


def intake_form(folder: str | Path | None = None) -> IntakeForm:
    """The intake form from `folder` (default: forms/), re-read when the file changes."""
    return cached_form(_cached, FORM_FILE, folder)
