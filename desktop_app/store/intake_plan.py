"""Gathers the family's plan (core.plan.PlanData) from the database, so the PDF
code in reports/ stays free of SQL. Never includes BSNs, the safety note or the
consultant's own notes: the plan belongs to the family.

The date to look back together is the case's stored next evaluation (what
`store.case_state` computed with `core.lifecycle`), never the intake's own field: the
plan, the case page, the caseload and the letters show one date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlite_utils import Database

from ..core import lifecycle as lc
from ..core.consent import KINDS as CONSENT_KINDS
from ..core.consent import missing_lines
from ..core.form_intake import IntakeForm, intake_form
from ..core.intake import HOUSEHOLD
from ..core.plan import PlanConsent, PlanContact, PlanData, PlanDomain, PlanMember
from ..core.policy import Policy
from . import case_state
from .families import Families
from .intake import IntakeRepository


def _gather_results(db: Database, plan: PlanData) -> None:
    from .results import plan_results_data

    plan.extras["results"] = plan_results_data(db, plan.case_id)


def _gather_consultant(db: Database, plan: PlanData) -> None:
    from .consultant import ConsultantStore

    plan.extras["consultant"] = ConsultantStore(db).get()


def _gather_deployment_children(db: Database, plan: PlanData) -> None:
    from .deployment_children import children_by_deployment

    plan.extras["deployment_children"] = children_by_deployment(db, plan.case_id)


# The other features' parts of the plan, in order: fn(db, plan) fills plan.extras.
PLAN_GATHERERS: tuple[Callable[[Database, PlanData], None], ...] = (
    _gather_results, _gather_consultant, _gather_deployment_children)


def latest_case_id(db: Database, family_id: int) -> int | None:
    """The case the plan is about: the current one, as the caseload shows it."""
    cases = Families(db).cases_of(family_id)
    current = sorted(cases, key=lambda c: c.status == "afgesloten")
    return current[0].id if current else None


def stored_next_evaluation(db: Database, case_id: int, stored: date | None,
                           policies: list[Policy]) -> lc.NextEvaluation:
    """The stored next evaluation with the limit that decided it. The date is always the
    stored one; the reason comes from the rule when the rule gives that date (it does,
    unless the database was changed behind the session's back), else only its kind."""
    why = case_state.details(db, case_id).get("next_evaluation_why") or ""
    facts, _inputs, _family = case_state.gather(db, [case_id], policies)[case_id]
    computed = lc.next_evaluation(facts)
    if computed.due == stored and (computed.why == why or not why):
        return computed
    return lc.NextEvaluation(stored, why or ("base" if stored else "none_not_started"))


def plan_data(db: Database, case_id: int, *, form: IntakeForm | None = None,
              day: date | None = None, version: int | None = None,
              policies: list[Policy] | None = None) -> PlanData:
    """`policies`: the session's (for the margin before a beschikking ends); without
    them the shipped ones are read."""
    form = form or intake_form()
    day = day or date.today()
    policies = case_state.default_policies() if policies is None else policies
    families = Families(db)
    repo = IntakeRepository(db)
    case = families.get_case(case_id)
    family = families.get_family(case.family_id)
    intake = repo.get(case_id)
    members = family.members
    names = {m.id: m.first_name for m in members}
    plan = PlanData(
        family_name=family.family_name, case_id=case_id, case_number=case.case_number,
        consultant=case.consultant, day=day,
        version=version if version is not None else max(1, intake.plan_version),
        members=[PlanMember(m.full_name, m.role, m.age_on(day), m.gezag) for m in members],
        groups=[(g.key, g.label) for g in form.network_groups],
        ties=[(t.code, t.label) for t in form.ties],
        help_question=intake.help_question,
        regisseur_kind=intake.regisseur_kind, regisseur_name=intake.regisseur_name,
        regisseur_contact=intake.regisseur_contact, fgp=intake.fgp, fgp_date=intake.fgp_date,
        fgp_where=intake.fgp_where, evaluation_date=case.next_evaluation,
        next_evaluation=stored_next_evaluation(db, case_id, case.next_evaluation, policies),
    )
    plan.contacts = [
        PlanContact(c.name, c.group, form.group_label(c.group), c.relation, c.ties, c.formal,
                    c.phone, c.email)
        for c in repo.contacts(case_id)
    ]
    plan.member_questions = [(names[pid], text) for pid, text in sorted(repo.member_questions(case_id).items())
                             if pid in names]
    order = {(s.key, d.key): (i, j) for i, s in enumerate(form.sets) for j, d in enumerate(s.domains)}
    answers = [a for a in repo.domains(case_id) if (a.set_key, a.domain_key) in order
               and (a.person_id == HOUSEHOLD or a.person_id in names)]
    answers.sort(key=lambda a: (order[(a.set_key, a.domain_key)][0], a.person_id,
                                order[(a.set_key, a.domain_key)][1]))
    for a in answers:
        dset = form.set(a.set_key)
        domain = dset.domain(a.domain_key)
        # An old household-and-parents score (m1050) says so wherever it is listed.
        label = f"{domain.label} (oude score)" if dset.read_only else domain.label
        plan.domains.append(PlanDomain(a.set_key, dset.family_label, label,
                                       names.get(a.person_id, ""), a.good, a.worries, a.score,
                                       a.priority))
    for c in repo.consents(case_id):
        if c.withdrawn or c.person_id not in names:
            continue
        person = next(m for m in members if m.id == c.person_id)
        about = names.get(c.subject_id, "het hele gezin") if c.subject_id else "het hele gezin"
        what = f"{CONSENT_KINDS[c.kind].capitalize()}: {c.what}"  # the help, or sharing
        plan.consents.append(PlanConsent(person.full_name, about, what, c.with_whom, c.given_on,
                                         c.method))
    plan.missing_consents = missing_lines(repo.missing_consents(case_id, day))
    for gather in PLAN_GATHERERS:
        gather(db, plan)
    return plan


__all__ = ["PLAN_GATHERERS", "latest_case_id", "plan_data", "stored_next_evaluation"]
