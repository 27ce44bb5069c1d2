"""What the evaluation report prints, gathered from the case: the results in the
family's words with their levels across the evaluations, the decisions about the
help, satisfaction, next steps and the next evaluation.

`gather(db, case_id, evaluation_id)` returns the core dataclass
`EvaluationReportData`; reports/evaluation.render_evaluation(data, out, ...) prints
it (reports take core dataclasses, never a database)."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from ..core import codelists
from ..core import evaluation as ev
from ..core.costs import Volume, format_volume
from ..core.evaluation import EvaluationReportData, ReportHelp, ReportResult
from .errors import NoEvaluation
from .evaluations import Evaluations
from .families import Families

__all__ = ["NoEvaluation", "gather"]


def _period(start: date | None, end: date | None) -> str:
    def f(d):
        return d.strftime("%d-%m-%Y") if d else "?"
    return f"{f(start)} t/m {f(end)}" if start or end else ""


def _ended(dep) -> str:
    """'Gestopt op 02-12-2026. Reden: ...' for ended help, else ''."""
    if dep.status != "beëindigd" or dep.end is None:
        return ""
    reason = codelists.jz588().get(dep.end_reason or "", "")
    text = f"Gestopt op {dep.end.strftime('%d-%m-%Y')}."
    return f"{text} Reden: {reason.lower()}." if reason else text


def _detail(c, dep, held_on: date) -> str:
    """What the decision means for the family, in plain words."""
    if c.conclusion in (ev.SCALE_DOWN, ev.SCALE_UP):
        new = format_volume(Volume(c.new_amount, dep.volume.unit, dep.volume.frequency))
        day = c.from_date or held_on
        return f"Van {format_volume(dep.volume)} naar {new}, vanaf {day.strftime('%d-%m-%Y')}."
    if c.conclusion == ev.TO_VOORLIGGEND:
        return f"De hulp stopt. Het gezin gaat verder met: {c.service}."
    if c.conclusion == ev.END:
        # The CJG's own reason (JZ002) first; else the iJw end reason (JZ588).
        reason = (codelists.jz002().get(c.change_reason or "", "")
                  or codelists.jz588().get(c.end_reason or "", ""))
        return f"De hulp stopt. Reden: {reason.lower()}." if reason else "De hulp stopt."
    return "De hulp gaat door zoals afgesproken."


def gather(db: Database, case_id: int, evaluation_id: int | None = None) -> EvaluationReportData:
    """The report data of `evaluation_id`, else of the case's latest final evaluation,
    else of its draft; NoEvaluation when there is none (or it is another case's)."""
    evals = Evaluations(db)
    if evaluation_id is None:
        evaluation_id = evals.latest_final_id(case_id) or evals.draft_id(case_id)
    if evaluation_id is None:
        raise NoEvaluation(case_id)
    e = evals.get(evaluation_id)
    if e.case_id != case_id:
        raise NoEvaluation(case_id)
    families = Families(db)
    case = families.get_case(case_id)
    family = families.get_family(case.family_id)
    points = evals.points(case_id, upto=e.id)
    results = evals.results.results_for_case(case_id)
    # A final evaluation describes the help as it was when it was held: the
    # conclusions were taken on the deployments as they stood then.
    deployments = {d.id: d for d in evals.results.deployments_for_case(case_id)}
    report_results = []
    for r in results:
        now_ = e.results.get(r.id)
        history = [(p.held_on, p.levels.get(r.id)) for p in points]
        if case.start_date and r.start_level is not None:  # the level at the start
            history.insert(0, (case.start_date, r.start_level))
        report_results.append(ReportResult(
            title=r.title, formulation=r.formulation, levels_text=dict(r.levels),
            start_level=r.start_level, level=now_.level if now_ else None,
            reached=now_.reached if now_ else "", words=now_.words if now_ else "",
            history=history))
    helps = []
    for dep_id, c in sorted(e.conclusions.items()):
        dep = deployments.get(dep_id)
        if dep is None:
            continue
        volume = dep.volume
        if e.final and c.conclusion in (ev.SCALE_DOWN, ev.SCALE_UP):
            old = next((h.old for h in dep.history if h.new.amount == c.new_amount), None)
            volume = old or volume
        shown = dep.__class__(**{**dep.__dict__, "volume": volume})
        helps.append(ReportHelp(
            product=dep.product_name or dep.product_code or "hulp",
            provider=dep.provider_name, volume=format_volume(volume),
            period=_period(dep.start, dep.granted_end or dep.end),
            conclusion=ev.CONCLUSION_LABELS[c.conclusion],
            detail=_detail(c, shown, e.held_on), why=c.why, ended=_ended(dep)))
    weights = {r.id: r.weight for r in results}
    starts = {r.id: r.start_level for r in results}
    score, total = ev.goals_score([x.reached for x in e.results.values()])
    uitval = None
    row = db.execute("SELECT outcome_uitval FROM cases WHERE id = ?", [case_id]).fetchone()
    if row and row[0] is not None:
        uitval = bool(row[0])
    return EvaluationReportData(
        family_name=family.family_name, case_number=case.case_number,
        consultant=e.consultant or case.consultant, held_on=e.held_on,
        number=len(points), draft=not e.final, results=report_results, help=helps,
        goes_well=e.goes_well, next_steps=e.next_steps, satisfaction=e.satisfaction,
        satisfaction_words=e.satisfaction_words, next_date=e.next_date,
        beschikking_end=evals.beschikking_end(e.id) if not e.final else None,
        t_scores=ev.t_series(points, weights, starts, case.start_date),
        doelrealisatie=score / total if total else None,
        professional_notes=e.professional_notes, uitval=uitval)
