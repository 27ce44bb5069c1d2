"""The typed schema of `forms/intake.toml`: the life domains of the 1Gezin1Plan
intake (ZRM 2017 per adult, ZRM-Huishoudens with the 'kind(eren) in gezin'
supplement, ZRM-Jongeren for 12–17, and the read-only legacy household scores),
the self-reliance scale with our own short texts, the Krachtenwijzer labels and
the groups and tie codes of the network map. Who gets which set: core/zrm.py."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .forms import FieldProblem, load_form

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
class Level:
    score: int = field(metadata={"min": 1, "max": 5})
    label: str = field(metadata={"nonempty": True})
    text: str = field(metadata={"nonempty": True})


@dataclass
class Domain:
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
class DomainSet:
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
class Krachten:
    question: str = field(metadata={"nonempty": True})
    eigen: str = field(metadata={"nonempty": True})
    netwerk: str = field(metadata={"nonempty": True})
    hulp: str = field(metadata={"nonempty": True})


@dataclass
class NetworkGroup:
    key: str
    label: str = field(metadata={"nonempty": True})
    formal: bool = False  # the usual kind of tie in this group (a default for new contacts)

    def check(self) -> None:
        _key(self.key, ("key",))


@dataclass
class Tie:
    code: str
    label: str = field(metadata={"nonempty": True})

    def check(self) -> None:
        if not re.fullmatch(r"[A-Z]", self.code):
            raise FieldProblem(("code",), "moet één hoofdletter zijn, bijvoorbeeld P.")


@dataclass
class IntakeForm:
    title: str = field(metadata={"nonempty": True})
    version: int = field(metadata={"min": 1})
    scale: list[Level] = field(metadata={"min_items": 5, "max_items": 5})
    krachten: Krachten
    network_groups: list[NetworkGroup] = field(metadata={"min_items": 1})
    ties: list[Tie] = field(metadata={"min_items": 1})
    sets: list[DomainSet] = field(metadata={"min_items": 1})

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

    def level_text(self, domain: Domain, score: int) -> str:
        if domain.levels:
            return domain.levels[score - 1]
        return self.scale[score - 1].text

    def group_label(self, key: str) -> str:
        return next((g.label for g in self.network_groups if g.key == key), key)

    def tie_label(self, code: str) -> str:
        return next((t.label for t in self.ties if t.code == code), code)


def load(path: str | Path) -> IntakeForm:
    return load_form(path, IntakeForm)


@functools.cache
def _cached(path: str, mtime: float) -> IntakeForm:
    return load(path)


def intake_form(folder: str | Path | None = None) -> IntakeForm:
    """The intake form from `folder` (default: forms/), re-read when the file changes."""
    if folder is None:
        from ..paths import forms_dir

        folder = forms_dir()
    path = Path(folder) / FORM_FILE
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = 0.0
    return _cached(str(path), mtime)
