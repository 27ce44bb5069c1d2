"""Demo step: six-monthly evaluations of the fictional cases (pure; written by
store/demo_evaluation.py). Levels rise over time, scale-downs match the volume
changes the results step made, closed cases end their help with a JZ588 reason
(some 'voortijdig', some to the voorliggend veld). Own random stream per family
(step 'evaluation'), so earlier steps produce the same data as before."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import evaluation as ev
from .demo import DemoContext, DemoFamily

WORDS = (
    "Het gaat echt béter; de ochtenden zijn rustiger.",
    "Soms nog lastig, maar we praten er nu over.",
    "Opa en oma helpen mee, dat geeft rust.",
    "We zijn trots op wat we samen bereikt hebben.",
    "Nog niet waar we willen zijn; we blijven oefenen.",
    "Eén keer per week gaat het nog mis, vaker niet meer.",
)
GOES_WELL = (
    "Er is meer rust in huis en iedereen houdt zich aan de afspraken.",
    "De school en het gezin praten elke twee weken met elkaar.",
    "Moeder vraagt eerder om hulp aan haar zus en de buurvrouw.",
)
NEXT_STEPS = (
    "Moeder belt de mentor elke twee weken. De consulent vraagt het wijkteam om mee te kijken.",
    "Vader en moeder oefenen het ochtendritme verder. Opa haalt op woensdag op.",
    "Het gezin zoekt samen met de consulent een sportclub in het dorp.",
)
SATISFACTION_WORDS = ("Fijne hulpverlener, ze luistert goed.", "Het had sneller gemogen.",
                      "We voelen ons serieus genomen.", "")
WHY_DOWN = "Het gaat beter; het netwerk neemt een deel over."
SERVICES = ("het wijkteam", "schoolmaatschappelijk werk", "een opvoedcursus in het buurthuis")


@dataclass
class DemoEvaluation:
    held_on: date
    levels: list[tuple[int | None, str, str]]  # per result index: level, reached, words
    conclusions: dict[int, tuple[str, int | None, date | None, str, str, str]] = \
        field(default_factory=dict)  # deployment index -> conclusion, amount, from, service, reason, why
    satisfaction: int | None = None
    satisfaction_words: str = ""
    usefulness: int | None = None  # forms/outcomes.toml: 1 helemaal niet .. 5 heel nuttig
    goes_well: str = ""
    next_steps: str = ""


def _reached(level: int) -> str:
    return "ja" if level >= 0 else "deels" if level == -1 else "nee"


def step_evaluations(ctx: DemoContext, demo: DemoFamily) -> None:
    rng = ctx.rng(demo.index, "evaluation")
    # Its own stream, so adding the question left the rest of the demo as it was.
    useful_rng = ctx.rng(demo.index, "usefulness")
    out: dict[int, list[DemoEvaluation]] = {}
    for plan in demo.extras.get("results", []):
        case = demo.cases[plan.case_index]
        if case.status not in ("actief", "afgesloten") or not plan.deployments:
            continue
        limit = case.end_date or min(ctx.today, case.next_evaluation or ctx.today)
        days = []
        k = 1
        while len(days) < 5 and ev.add_months(case.start_date, 6 * k) < limit:
            days.append(ev.add_months(case.start_date, 6 * k))
            k += 1
        if case.status == "afgesloten" and case.end_date and (not days or days[-1] < case.end_date):
            days.append(case.end_date)
        levels = [r.start_level if r.start_level is not None else -2 for r, _ in plan.results]
        evals = []
        for day in days:
            levels = [min(2, lv + rng.choice((0, 1, 1, 1))) for lv in levels]
            evals.append(DemoEvaluation(
                held_on=day,
                levels=[(lv, _reached(lv), rng.choice(WORDS)) for lv in levels],
                satisfaction=rng.choice((6, 7, 7, 8, 8, 8, 9, 10)),
                satisfaction_words=rng.choice(SATISFACTION_WORDS),
                usefulness=useful_rng.choice((2, 3, 3, 4, 4, 4, 4, 5, 5, 5)),
                goes_well=rng.choice(GOES_WELL), next_steps=rng.choice(NEXT_STEPS)))
        for i, (dep, _prov, _prod, _res, changes) in enumerate(plan.deployments):
            for from_date, new, _reason in changes:  # the results step's scale-downs
                before = [e for e in evals if e.held_on < from_date and
                          dep.start <= e.held_on <= dep.end]
                if before:
                    before[-1].conclusions[i] = (ev.SCALE_DOWN, new.amount, from_date, "", "",
                                                 WHY_DOWN)
            if case.status == "afgesloten" and evals:
                roll = rng.random()
                if roll < 0.15:
                    c = (ev.END, None, None, "", rng.choice(sorted(ev.EARLY_END_CODES)),
                         "Het gezin wilde niet verder met deze hulp.")
                elif roll < 0.3:
                    c = (ev.TO_VOORLIGGEND, None, None, rng.choice(SERVICES), ev.PLANNED_END,
                         "De doelen zijn bijna bereikt; hulp dichtbij is genoeg.")
                else:
                    c = (ev.END, None, None, "", ev.PLANNED_END, "De doelen zijn bereikt.")
                evals[-1].conclusions[i] = c
        if evals:
            out[plan.case_index] = evals
    demo.extras["evaluations"] = out
