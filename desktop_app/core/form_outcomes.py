"""The typed schema of `forms/outcomes.toml`: which JZ588 (provider) and JZ002 (CJG)
reasons make a traject uitval, what 'kort daarna' means for herhaald beroep, the
usefulness question of the evaluation and the small-count threshold of reports that
leave the CJG. The file cites the sources it follows."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from . import codelists
from .forms import FieldProblem, cached_form, load_form
from .text_lang import Bilingual

FORM_FILE = "outcomes.toml"


@dataclass
class Uitval:
    jz588: list[str] = field(default_factory=list)
    jz002: list[str] = field(default_factory=list)

    def check(self) -> None:
        for key, known in (("jz588", codelists.jz588()), ("jz002", codelists.jz002())):
            for i, code in enumerate(getattr(self, key)):
                if code not in known:
                    raise FieldProblem((key, i), f"'{code}' staat niet in de iJw-lijst "
                                                 f"{key.upper()}.")


@dataclass
class Repeat:
    months: int = field(metadata={"min": 1, "max": 24})
    follow_on_days: int = field(default=1, metadata={"min": 0, "max": 31})


@dataclass
class Answer(Bilingual):
    value: int = field(metadata={"min": 1, "max": 10})
    label: str = field(metadata={"nonempty": True})
    label_en: str = ""  # the English twin (forms/README.md), shown in the English UI


@dataclass
class Satisfaction:
    question: str = field(metadata={"nonempty": True})
    useful: list[int] = field(metadata={"min_items": 1})
    answer: list[Answer] = field(metadata={"min_items": 2})

    def check(self) -> None:
        values = [a.value for a in self.answer]
        for i, value in enumerate(values):
            if value in values[:i]:
                raise FieldProblem(("answer", i, "value"), f"'{value}' komt twee keer voor.")
        for i, value in enumerate(self.useful):
            if value not in values:
                raise FieldProblem(("useful", i), f"'{value}' is geen van de antwoorden.")

    def label(self, value: int | None) -> str:
        return next((a.label for a in self.answer if a.value == value), "")


@dataclass
class Suppression:
    min_count: int = field(default=5, metadata={"min": 1, "max": 100})


@dataclass
class OutcomesForm:
    version: str = field(metadata={"nonempty": True})
    uitval: Uitval
    herhaald_beroep: Repeat
    tevredenheid: Satisfaction
    afscherming: Suppression = field(default_factory=Suppression)


def load(path: str | Path) -> OutcomesForm:
    return load_form(path, OutcomesForm)


@functools.cache
def _cached(path: str, mtime: float) -> OutcomesForm:
    return load(path)


def outcomes_form(folder: str | Path | None = None) -> OutcomesForm:
    """forms/outcomes.toml (or from `folder`), re-read when the file changes."""
    return cached_form(_cached, FORM_FILE, folder)
