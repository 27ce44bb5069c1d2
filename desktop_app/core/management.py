"""The management report for a team leader and the municipality: per municipality and
period the cases (new, running, closed), coordination (share and level), evaluations
overdue, the deployed help per JZ020 category, its estimated cost and what scaling down
saved, and the outcome indicators (core.outcomes). Plain data in (what store.management
reads), figures out; core.disclosure makes the table that may leave the CJG.

Definitions (the period is [start, end], dates inclusive):
- new: the case started in the period; running: open on the period's last day (started on
  or before it, not closed before it); closed: its end date lies in the period.
- coordination: of the cases open at some day of the period with a coordination decision,
  those with coordination and follow-up by the CJG; per level the number of those cases.
- evaluation overdue: open on the reference day (the period's end, or today when that is
  earlier) with the case's next evaluation (store.case_state's date) before that day.
- deployed help: the trajecten running at some day of the period, per JZ020 category; their
  estimated cost is the stored estimate of core.costs.deployment_cost (the whole
  beschikking); 'scaling down' is every volume change to a lower amount from a day in the
  period, its saving core.costs.change_saving of that change (the difference it made).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .outcomes import Indicators, OutcomeRules, Traject, by_family, indicators

TOTAL = ""  # the municipality key of the all-municipalities column


@dataclass(frozen=True)
class CaseFacts:
    id: int
    family_id: int
    municipality: str
    start: date | None
    end: date | None = None  # closed on
    decided: bool = False
    coordination: bool = False
    level: str = ""  # the decision's level (geen, standaard, intensief)
    next_evaluation: date | None = None


@dataclass(frozen=True)
class CostFacts:
    """One traject's stored estimate (None: unknown)."""

    deployment_id: int
    cents: int | None


@dataclass(frozen=True)
class ScaleDown:
    deployment_id: int
    municipality: str
    from_date: date
    saved_cents: int | None  # None: could not be estimated


@dataclass
class Figures:
    municipality: str  # TOTAL for all
    new: int = 0
    running: int = 0
    closed: int = 0
    decided: int = 0
    coordinated: int = 0
    levels: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    deployments: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    cost_cents: int = 0
    cost_unknown: int = 0
    scale_downs: int = 0
    saved_cents: int = 0
    saved_unknown: int = 0
    outcomes: Indicators | None = None


@dataclass(frozen=True)
class ManagementData:
    start: date
    end: date
    made_on: date
    municipalities: tuple[str, ...]
    figures: tuple[Figures, ...]  # per municipality, in that order, then the total
    categories: dict[str, str]  # JZ020 code -> name, for the codes that occur
    levels: tuple[str, ...]  # level labels in order
    min_count: int = 5
    rules_version: str = ""

    @property
    def reference(self) -> date:
        return min(self.end, self.made_on)

    def total(self) -> Figures:
        return self.figures[-1]


def open_on(c: CaseFacts, day: date) -> bool:
    return c.start is not None and c.start <= day and (c.end is None or c.end >= day)


def open_in(c: CaseFacts, start: date, end: date) -> bool:
    return c.start is not None and c.start <= end and (c.end is None or c.end >= start)


def running_in(t: Traject, start: date, end: date) -> bool:
    last = t.end or t.until
    return t.start is not None and t.start <= end and (last is None or last >= start)


def figures_for(name: str, cases: list[CaseFacts], trajects: list[Traject],
                costs: dict[int, int | None], scale_downs: list[ScaleDown],
                period: tuple[date, date], reference: date, rules: OutcomeRules,
                family_trajects: dict[int, list[Traject]], made_on: date | None = None
                ) -> Figures:
    """`reference` is the day 'overdue' is judged on; 3.2 judges the ends at least its
    months before `made_on` (the day the report is made)."""
    start, end = period
    f = Figures(name)
    for c in cases:
        if c.start is not None and start <= c.start <= end:
            f.new += 1
        if open_on(c, end):
            f.running += 1
        if c.end is not None and start <= c.end <= end:
            f.closed += 1
        if open_in(c, start, end) and c.decided:
            f.decided += 1
            f.coordinated += int(c.coordination)
            if c.level:
                f.levels[c.level] = f.levels.get(c.level, 0) + 1
        if (open_on(c, reference) and c.next_evaluation is not None
                and c.next_evaluation < reference):
            f.overdue += 1
    running = [t for t in trajects if running_in(t, start, end)]
    f.deployments = len(running)
    f.categories = dict(Counter(t.category for t in running))
    for t in running:
        cents = costs.get(t.id)
        if cents is None:
            f.cost_unknown += 1
        else:
            f.cost_cents += cents
    for s in scale_downs:
        if start <= s.from_date <= end:
            f.scale_downs += 1
            if s.saved_cents is None:
                f.saved_unknown += 1
            else:
                f.saved_cents += s.saved_cents
    f.outcomes = indicators(trajects, period, made_on or reference, rules, family_trajects)
    return f


def build(start: date, end: date, made_on: date, cases: list[CaseFacts],
          trajects: list[Traject], costs: list[CostFacts], scale_downs: list[ScaleDown],
          rules: OutcomeRules, categories: dict[str, str], level_order: tuple[str, ...] = (),
          municipality: str | None = None, min_count: int = 5,
          rules_version: str = "") -> ManagementData:
    """The report over `cases` and `trajects` (every traject of those families, so 3.1
    and 3.2 see help that follows in any period); one column per municipality that has
    a case (or only `municipality`), then the total when there is more than one."""
    if end < start:
        raise ValueError("period ends before it starts")
    reference = min(end, made_on)
    family_trajects = by_family(trajects)
    cost_of = {c.deployment_id: c.cents for c in costs}
    names = sorted({c.municipality for c in cases}) if municipality is None else [municipality]
    per = []
    for name in names:
        per.append(figures_for(
            name, [c for c in cases if c.municipality == name],
            [t for t in trajects if t.municipality == name], cost_of,
            [s for s in scale_downs if s.municipality == name], (start, end), reference,
            rules, family_trajects, made_on))
    if len(per) != 1:  # the total beside several municipalities, or alone when none has cases
        chosen = set(names)
        per.append(figures_for(
            TOTAL, [c for c in cases if c.municipality in chosen],
            [t for t in trajects if t.municipality in chosen], cost_of,
            [s for s in scale_downs if s.municipality in chosen], (start, end), reference,
            rules, family_trajects, made_on))
    used = {code for f in per for code in f.categories}
    levels = [lv for lv in level_order if any(lv in f.levels for f in per)]
    levels += sorted({lv for f in per for lv in f.levels} - set(levels))
    return ManagementData(start, end, made_on, tuple(names), tuple(per),
                          {code: categories.get(code, code) for code in sorted(used)},
                          tuple(levels), min_count, rules_version)
