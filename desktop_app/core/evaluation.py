"""The six-monthly evaluation with the family (seed 000: progress followed at least
every six months, asking whether results were reached and how far help can be
scaled down). Pure: the conclusions per deployed product, outcome
figures (national indicators: uitval, cliënttevredenheid, doelrealisatie) and the
GAS T-score series over the evaluations. No Qt, no SQL, no reportlab."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import add_months
from .gas import t_score

REACHED = ("ja", "deels", "nee")
REACHED_LABELS = {"ja": "bereikt", "deels": "deels bereikt", "nee": "nog niet bereikt"}
# Conclusion per deployed product.
CONTINUE, SCALE_DOWN, TO_VOORLIGGEND, SCALE_UP, END = (
    "voortzetten", "afschalen", "voorliggend", "opschalen", "beeindigen")
CONCLUSIONS = (CONTINUE, SCALE_DOWN, TO_VOORLIGGEND, SCALE_UP, END)
CONCLUSION_LABELS = {
    CONTINUE: "Voortzetten zoals het is",
    SCALE_DOWN: "Afschalen: minder inzet",
    TO_VOORLIGGEND: "Afschalen naar het voorliggend veld",
    SCALE_UP: "Opschalen: meer inzet",
    END: "Beëindigen",
}
# JZ588 'voortijdig' codes: help that stopped before its goals. Which of them count as
# uitval is forms/outcomes.toml's (core.outcomes), not this list's.
EARLY_END_CODES = frozenset({"32", "33", "34", "35"})
PLANNED_END = "31"  # Volgens plan beëindigd: the default when moving to the voorliggend veld
STEPS = ("results", "help", "satisfaction", "next", "done")
STATUSES = ("concept", "definitief")

EVALUATION_MESSAGES = {
    "next_date": "Kies een datum na de evaluatie en niet na het einde van de beschikking.",
    "satisfaction": "Kies een cijfer van 1 tot en met 10, of laat het leeg.",
    "usefulness": "Kies een van de antwoorden, of laat het leeg.",
    "end_reason": "Kies de reden van beëindigen (iJw-lijst).",
    "service": "Schrijf op naar welke hulp in het voorliggend veld het gezin gaat.",
    "new_amount": "Vul de nieuwe omvang in als een heel getal.",
    "scale_down_more": "Bij afschalen moet de nieuwe omvang lager zijn dan nu.",
    "scale_up_less": "Bij opschalen moet de nieuwe omvang hoger zijn dan nu.",
    "held_on": "Kies de datum van het gesprek (niet in de toekomst).",
    "final": "Deze evaluatie is al afgerond en kan niet meer veranderen.",
}


def month_bounds(today: date) -> tuple[date, date, date]:
    """(first of this month, first of next month, first of the month after)."""
    first = today.replace(day=1)
    nxt = add_months(first, 1)
    return first, nxt, add_months(first, 2)


def ending_horizon(today: date, weeks: int = 8) -> date:
    return today + timedelta(weeks=weeks)


# -- outcome figures --------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """The case's outcome figures (Outcome in zicht)."""

    uitval: bool | None  # None: no help ended yet
    end_reasons: tuple[str, ...]
    satisfaction: int | None
    goals_reached: float  # 'deels' counts half
    goals_total: int

    @property
    def doelrealisatie(self) -> float | None:
        """Share of results reached (partly reached counts half)."""
        return None if not self.goals_total else self.goals_reached / self.goals_total


def goals_score(reached: list[str]) -> tuple[float, int]:
    """(reached, total) counting 'deels' as half; unanswered results are not counted."""
    answered = [r for r in reached if r in REACHED]
    return sum(1.0 if r == "ja" else 0.5 if r == "deels" else 0.0 for r in answered), len(answered)


def outcome(end_reasons: list[str], satisfaction: int | None, reached: list[str],
            uitval: bool = False) -> Outcome:
    """`uitval`: whether a traject of the case ended as uitval (core.outcomes.case_uitval,
    the one rule); no figure while no help ended."""
    score, total = goals_score(reached)
    reasons = tuple(r for r in end_reasons if r)
    return Outcome(
        uitval=None if not reasons else bool(uitval),
        end_reasons=reasons, satisfaction=satisfaction,
        goals_reached=score, goals_total=total)


# -- progress -------------------------------------------------------------------------
@dataclass
class ResultLevel:
    result_id: int
    level: int | None = None
    reached: str = ""
    words: str = ""


@dataclass
class EvaluationPoint:
    """One evaluation as the progress charts and the report see it."""

    id: int
    held_on: date
    levels: dict[int, int | None] = field(default_factory=dict)  # result id -> level
    reached: dict[int, str] = field(default_factory=dict)
    satisfaction: int | None = None


def t_series(points: list[EvaluationPoint], weights: dict[int, int],
             start_levels: dict[int, int | None] | None = None,
             start_day: date | None = None) -> list[tuple[date, float]]:
    """GAS T-score per evaluation (the start levels first, when known)."""
    series = []
    rows = list(points)
    if start_levels and start_day and any(v is not None for v in start_levels.values()):
        rows.insert(0, EvaluationPoint(0, start_day, dict(start_levels)))
    for p in rows:
        ids = [rid for rid in weights if p.levels.get(rid) is not None]
        score = t_score([p.levels[rid] for rid in ids], [weights[rid] for rid in ids])
        if score is not None:
            series.append((p.held_on, round(score, 1)))
    return series


def doelrealisatie_series(points: list[EvaluationPoint]) -> list[tuple[date, float]]:
    """Share of results reached per evaluation (0..1), deels counting half."""
    out = []
    for p in points:
        score, total = goals_score(list(p.reached.values()))
        if total:
            out.append((p.held_on, score / total))
    return out


# -- the evaluation as stored ---------------------------------------------------------
@dataclass
class Conclusion:
    deployment_id: int
    conclusion: str = CONTINUE
    new_amount: int | None = None
    from_date: date | None = None
    service: str = ""  # which service in the voorliggend veld
    end_reason: str = ""  # JZ588
    why: str = ""
    change_reason: str = ""  # JZ002: why the CJG itself ends or changes the help


@dataclass
class Evaluation:
    id: int
    case_id: int
    held_on: date
    status: str = "concept"
    step: str = ""
    satisfaction: int | None = None
    satisfaction_words: str = ""
    goes_well: str = ""
    next_steps: str = ""
    next_date: date | None = None
    professional_notes: str = ""
    consultant: str = ""
    usefulness: int | None = None  # 'Hoe nuttig was de hulp?' (forms/outcomes.toml)
    results: dict[int, ResultLevel] = field(default_factory=dict)
    conclusions: dict[int, Conclusion] = field(default_factory=dict)

    @property
    def final(self) -> bool:
        return self.status == "definitief"


@dataclass
class ReportHelp:
    """One deployed product as the report tells it."""

    product: str
    provider: str
    volume: str
    period: str  # as granted: start t/m the granted end
    conclusion: str
    detail: str
    why: str
    ended: str = ""  # when and why it stopped, empty while it runs


@dataclass
class ReportResult:
    title: str  # the family's words
    formulation: str
    levels_text: dict[int, str]
    start_level: int | None
    level: int | None
    reached: str
    words: str
    history: list[tuple[date, int | None]]  # level per evaluation up to this one


@dataclass
class EvaluationReportData:
    family_name: str
    case_number: str
    consultant: str
    held_on: date
    number: int  # 1st, 2nd... evaluation of the case
    draft: bool
    results: list[ReportResult]
    help: list[ReportHelp]
    goes_well: str
    next_steps: str
    satisfaction: int | None
    satisfaction_words: str
    next_date: date | None
    beschikking_end: date | None
    t_scores: list[tuple[date, float]]
    doelrealisatie: float | None
    professional_notes: str = ""
    uitval: bool | None = None


def _register_messages() -> None:
    from . import validation

    for code, text in EVALUATION_MESSAGES.items():
        validation.MESSAGES.setdefault(code, text)


_register_messages()
