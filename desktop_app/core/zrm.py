"""Which Zelfredzaamheid-Matrix each person of a household gets, and the one
self-reliance figure per domain that the coordination decision reads.

The rules (ZRM 2017 per adult; ZRM-Huishoudens with the 'kind(eren) in gezin'
supplement; ZRM-Jongeren for 12–17 – sources named in forms/intake.toml), by age
on the day the intake started, so a youth turning 18 halfway keeps their matrix:
- every adult gets the adult ZRM: a member who is not a youth (ouder, verzorger,
  overig), and a youth of 18 or older;
- the household gets ZRM-Huishoudens once;
- the 'kinderen in gezin' supplement, once, when a youth is under 18 (or of
  unknown age) – it is about what the children get at home;
- each youth aged min_age..max_age of the youth set (12–17) gets ZRM-Jongeren;
- a legacy set (scores of the old one-for-the-household ZRM) only when the case
  has such scores; it is read-only.
Pure: no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .form_intake import DomainSet, IntakeForm
from .intake import HOUSEHOLD, DomainAnswer
from .models import Person, age_on

ADULT_AGE = 18


@dataclass(frozen=True)
class MatrixTarget:
    set_key: str
    person_id: int  # HOUSEHOLD (0) for the household sets
    first_name: str = ""  # '' for the household sets
    read_only: bool = False


def is_adult(member: Person, day: date) -> bool:
    if member.role != "jeugdige":
        return True
    return member.birth_date is not None and age_on(member.birth_date, day) >= ADULT_AGE


def in_age_range(member: Person, dset: DomainSet, day: date) -> bool:
    return member.birth_date is not None and dset.min_age <= age_on(member.birth_date, day) <= dset.max_age


def matrix_targets(form: IntakeForm, members: list[Person], day: date,
                   legacy_sets: set[str] | frozenset[str] = frozenset()) -> list[MatrixTarget]:
    """Every (set, person) to score, in the form's set order (old household scores right
    after the adults); within a set the members in the order given. `legacy_sets`: the legacy set keys the case has scores in."""
    adults = [m for m in members if is_adult(m, day)]
    youths = [m for m in members if m.role == "jeugdige" and not is_adult(m, day)]
    out: list[MatrixTarget] = []
    for s in form.sets:
        if s.applies_to == "adult":
            out += [MatrixTarget(s.key, m.id, m.first_name) for m in adults]
        elif s.applies_to == "household":
            out.append(MatrixTarget(s.key, HOUSEHOLD))
        elif s.applies_to == "children" and youths:
            out.append(MatrixTarget(s.key, HOUSEHOLD))
        elif s.applies_to == "youth":
            out += [MatrixTarget(s.key, m.id, m.first_name) for m in youths if in_age_range(m, s, day)]
        elif s.applies_to == "legacy" and s.key in legacy_sets:
            out.append(MatrixTarget(s.key, HOUSEHOLD, read_only=True))
    # The old household-and-parents scores right after the adults' own, to compare.
    rank = {"adult": 0, "legacy": 1}
    kinds = {s.key: s.applies_to for s in form.sets}
    return sorted(out, key=lambda t: rank.get(kinds[t.set_key], 2))


def self_reliance_scores(form: IntakeForm, answers: list[DomainAnswer],
                         adult_ids: set[int]) -> dict[str, int]:
    """One score per domain for the coordination criterion 'zelfredzaamheid' ('can the
    family arrange the help and the appointments itself?'):
    - adult ZRM domains: the LOWEST score among the adults – the household manages the
      help as well as its least self-reliant adult does in that domain (one parent in
      acute debt is not averaged away by the other);
    - household sets (ZRM-Huishoudens, the children supplement) and legacy household
      scores: as scored;
    - ZRM-Jongeren is left out: it is about the youth, not about who arranges the help.
    Keys are the domain labels, prefixed by the set label where two sets share one."""
    by_set = {s.key: s for s in form.sets}
    found: dict[tuple[str, str], int] = {}
    for a in answers:
        dset = by_set.get(a.set_key)
        if dset is None or a.score not in (1, 2, 3, 4, 5) or dset.domain(a.domain_key) is None:
            continue
        if dset.applies_to == "adult":
            if a.person_id not in adult_ids:
                continue
        elif dset.applies_to in ("household", "children", "legacy"):
            if a.person_id != HOUSEHOLD:
                continue
        else:
            continue
        key = (dset.key, a.domain_key)
        found[key] = min(found.get(key, 5), int(a.score))
    labels = [by_set[s].domain(d).label for s, d in found]
    out: dict[str, int] = {}
    for (s, d), score in found.items():
        label = by_set[s].domain(d).label
        out[f"{label} ({by_set[s].label})" if labels.count(label) > 1 else label] = score
    return out
