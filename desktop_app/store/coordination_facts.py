"""gather_facts(db, case_id) -> CaseFacts: what the case already says, for the
coordination wizard and the letters.

Reads the intake (life-domain scores, help question, Krachtenwijzer shares,
network, safety, familiegroepsplan) through IntakeRepository, the deployed help
(product, JZ020 category, provider, beschikking period, volume) through Results,
and the last evaluation when the evaluation tables exist.
"""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from ..core import lifecycle as lc
from ..core.coordination import CaseFacts, Decision, Deployment, Provider


def _day(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _deployments(db: Database, case_id: int, facts: CaseFacts) -> None:
    from ..core.costs import format_volume
    from .results import Results

    providers: dict[str, Provider] = {}
    for dep in Results(db).deployments_for_case(case_id):
        if dep.status == "beëindigd":
            continue
        name = dep.provider_name or ""
        if name and name not in providers:
            providers[name] = Provider(name=name)
        facts.deployments.append(Deployment(
            product=dep.product_name or dep.product_code, category=dep.category, provider=name,
            start=dep.start, end=dep.end, volume=format_volume(dep.volume) if dep.volume else ""))
    facts.providers = sorted(providers.values(), key=lambda p: p.name.lower())
    starts = [d.start for d in facts.deployments if d.start]
    if starts:
        facts.help_start = min([facts.help_start, *starts]) if facts.help_start else min(starts)


def _intake(db: Database, case_id: int, facts: CaseFacts) -> None:
    from ..core.form_intake import intake_form
    from ..core.zrm import is_adult, self_reliance_scores
    from .intake import IntakeRepository

    repo = IntakeRepository(db)
    form = intake_form()
    summary = repo.summary(case_id, form=form)
    members = _members(db, case_id)
    names = {p.id: p.first_name for p in members}
    answers = repo.domains(case_id)
    day = repo.get(case_id).started_on or date.today()
    facts.self_reliance = self_reliance_scores(form, answers, {m.id for m in members if is_adult(m, day)})
    for answer in answers:
        if answer.score not in (1, 2, 3, 4, 5):
            continue
        dset = form.set(answer.set_key)
        domain = dset.domain(answer.domain_key) if dset else None
        label = domain.label if domain else answer.domain_key
        whose = names.get(answer.person_id)
        facts.domain_scores[f"{label} ({whose})" if whose else label] = int(answer.score)
    facts.help_question = summary.help_question or next(
        (text for _, text in summary.help_questions if text), "")
    facts.own_strength_share = summary.own_strength_share
    contacts = summary.network_informal + summary.network_formal
    facts.network_size = contacts if contacts or summary.scored_domains else None
    facts.safety_concerns = summary.safety_concern
    facts.family_plan = summary.familiegroepsplan


def _members(db: Database, case_id: int):
    from .families import Families

    families = Families(db)
    return families.members(families.get_case(case_id).family_id)


def _last_evaluation(db: Database, case_id: int) -> date | None:
    table = db["evaluations"]
    if not table.exists():
        return None
    column = next((c for c in ("held_on", "evaluation_date", "day") if c in table.columns_dict), None)
    if column is None:
        return None
    row = db.execute(f"SELECT max([{column}]) FROM evaluations WHERE case_id = ?", [case_id]).fetchone()
    return _day(row[0]) if row else None


def gather_facts(db: Database, case_id: int) -> CaseFacts:
    case = db["cases"].get(case_id)
    facts = CaseFacts(help_start=_day(case["start_date"]))
    _deployments(db, case_id, facts)
    _intake(db, case_id, facts)
    facts.last_evaluation = _last_evaluation(db, case_id)
    return facts


def running_deployments(db: Database, case_ids: list[int]) -> dict[int, list[Deployment]]:
    """The running deployments of many cases in one query (for the demo writer,
    where gather_facts per case would dominate the run time)."""
    from ..core.costs import Volume, format_volume

    found: dict[int, list[Deployment]] = {}
    if not case_ids:
        return found
    marks = ",".join("?" * len(case_ids))
    for r in db.query(
        "SELECT d.case_id, d.category, d.start_date, d.end_date, d.amount, d.unit, d.frequency, "
        "pv.name AS provider, pr.name AS product, pr.code AS code FROM deployments d "
        "LEFT JOIN providers pv ON pv.id = d.provider_id LEFT JOIN products pr ON pr.id = d.product_id "
        f"WHERE d.case_id IN ({marks}) AND d.status != 'beëindigd' "
        "ORDER BY d.case_id, d.start_date, d.id", case_ids,
    ):
        volume = Volume(r["amount"], r["unit"], r["frequency"])
        found.setdefault(r["case_id"], []).append(Deployment(
            product=r["product"] or r["code"] or "", category=r["category"] or "",
            provider=r["provider"] or "", start=_day(r["start_date"]), end=_day(r["end_date"]),
            volume=format_volume(volume) if volume else ""))
    return found


def follow_up_at_decision(decision: Decision, running: list[Deployment],
                          margin_days: int) -> date | None:
    """The next evaluation core.lifecycle gives right after `decision`, for a case whose
    running help is `running` and that has no evaluation yet (the demo writer's cases;
    the session computes it from the stored case instead)."""
    facts = lc.CaseFactsForLifecycle(
        deployments=len(running),
        running=tuple(lc.Beschikking(d.provider, d.start, d.end) for d in running),
        decided_on=decision.decided_on, coordination=decision.coordination,
        interval_months=decision.interval_months, margin_days=margin_days)
    return lc.next_evaluation(facts).due
