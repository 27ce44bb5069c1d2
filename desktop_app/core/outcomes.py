"""The national outcome indicators for youth care, counted per traject (one deployed
product), as forms/outcomes.toml defines them (the sources are cited there):

1. uitval: of the trajecten that ended in the period, those ended with a JZ588 reason
   (the provider's) or a JZ002 reason (the CJG's) the form lists;
2. cliënttevredenheid: of the ended trajecten with an answer to the usefulness question
   (the latest final evaluation of the case held while the traject ran), those answered
   with a 'useful' value;
3.1 verder zonder hulp: of the ended trajecten, those after which no other traject of the
   family runs or starts within `follow_on_days`;
3.2 geen nieuwe start: of the trajecten ended at least `months` months before the
   reference day (only those can be judged), those with no new traject of the family
   starting more than `follow_on_days` and at most `months` months after the end;
3.4 doelrealisatie: over the ended trajecten, the results (linked to the traject, or else
   the case's) as answered at that same evaluation: reached counts 1, 'deels' half.

Plain data in, plain counts out: no SQL, no Qt."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import add_months
from .evaluation import goals_score


@dataclass(frozen=True)
class OutcomeRules:
    uitval_jz588: frozenset[str]
    uitval_jz002: frozenset[str]
    repeat_months: int = 6
    follow_on_days: int = 1
    useful: frozenset[int] = frozenset({4, 5})

    @classmethod
    def from_form(cls, form) -> OutcomeRules:
        """From core.form_outcomes.OutcomesForm."""
        return cls(frozenset(form.uitval.jz588), frozenset(form.uitval.jz002),
                   form.herhaald_beroep.months, form.herhaald_beroep.follow_on_days,
                   frozenset(form.tevredenheid.useful))


@dataclass(frozen=True)
class Traject:
    """One deployed product. `end` is its last day once it ended (None while it runs);
    `usefulness` and `reached` come from the latest final evaluation held while it ran."""

    id: int
    family_id: int
    start: date | None
    end: date | None = None
    end_reason: str = ""  # JZ588
    change_reason: str = ""  # JZ002, when the CJG ended it
    usefulness: int | None = None
    reached: tuple[str, ...] = ()
    municipality: str = ""
    category: str = ""
    until: date | None = None  # the last day as granted, while it runs


@dataclass(frozen=True)
class Share:
    """count of total (a share is count / total; None when total is 0)."""

    count: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.count / self.total if self.total else None


@dataclass(frozen=True)
class Indicators:
    ended: int
    uitval: Share
    useful: Share
    without_help: Share  # 3.1
    no_new_start: Share  # 3.2
    goals: tuple[float, int] = (0.0, 0)  # 3.4: reached (deels half), answered
    uitval_ids: tuple[int, ...] = field(default=(), compare=False)

    @property
    def goals_rate(self) -> float | None:
        reached, total = self.goals
        return reached / total if total else None


def is_uitval(t: Traject, rules: OutcomeRules) -> bool:
    """A JZ002 reason means the CJG ended it: its own list decides, not the JZ588 code the
    iJw table pairs with it."""
    if t.change_reason:
        return t.change_reason in rules.uitval_jz002
    return t.end_reason in rules.uitval_jz588


def case_uitval(endings: list[tuple[str, str]], rules: OutcomeRules) -> bool:
    """The case's yes/no (its outcome columns): a traject of it ended as uitval.
    `endings`: (JZ588 end reason, JZ002 change reason) per ended traject."""
    return any(is_uitval(Traject(0, 0, None, None, reason, change), rules)
               for reason, change in endings)


def ended_in(t: Traject, start: date, end: date) -> bool:
    return t.end is not None and start <= t.end <= end


def indicators(trajects: list[Traject], period: tuple[date, date], reference: date,
               rules: OutcomeRules, family_trajects: dict[int, list[Traject]] | None = None
               ) -> Indicators:
    """The indicators over the trajecten of `trajects` that ended in `period`.
    `family_trajects` (every traject of each family, any period or municipality) is what
    3.1 and 3.2 look at after an end; by default built from `trajects`. `reference` is the
    day the report is made: 3.2 only judges ends at least `repeat_months` before it."""
    start, end = period
    if family_trajects is None:
        family_trajects = by_family(trajects)
    ended = [t for t in trajects if ended_in(t, start, end)]
    uitval = [t.id for t in ended if is_uitval(t, rules)]
    answered = [t for t in ended if t.usefulness is not None]
    useful = sum(1 for t in answered if t.usefulness in rules.useful)
    without = sum(1 for t in ended if not _help_goes_on(t, family_trajects, rules))
    judged = [t for t in ended if add_months(t.end, rules.repeat_months) <= reference]
    no_new = sum(1 for t in judged if not _new_start(t, family_trajects, rules))
    reached = total = 0.0
    for t in ended:
        score, n = goals_score(list(t.reached))
        reached, total = reached + score, total + n
    return Indicators(len(ended), Share(len(uitval), len(ended)), Share(useful, len(answered)),
                      Share(without, len(ended)), Share(no_new, len(judged)),
                      (reached, int(total)), tuple(uitval))


def by_family(trajects: list[Traject]) -> dict[int, list[Traject]]:
    out: dict[int, list[Traject]] = defaultdict(list)
    for t in trajects:
        out[t.family_id].append(t)
    return out


def _help_goes_on(t: Traject, family: dict[int, list[Traject]], rules: OutcomeRules) -> bool:
    """Another traject of the family runs on, or starts, within follow_on_days after t."""
    horizon = t.end + timedelta(days=rules.follow_on_days)
    for other in family.get(t.family_id, ()):
        if other.id == t.id or other.start is None:
            continue
        last = other.end or other.until  # a traject not ended runs to its granted end
        if other.start <= horizon and (last is None or last > t.end):
            return True
    return False


def _new_start(t: Traject, family: dict[int, list[Traject]], rules: OutcomeRules) -> bool:
    """A traject of the family starts after the follow-on days and within repeat_months."""
    first = t.end + timedelta(days=rules.follow_on_days + 1)
    last = add_months(t.end, rules.repeat_months)
    return any(o.id != t.id and o.start is not None and first <= o.start <= last
               for o in family.get(t.family_id, ()))
