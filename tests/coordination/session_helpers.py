"""Cases, catalogue and deployed help made through the session, for the decision tests.

Deployments go through a named operation with refresh=True – what the results area's own
operation does – so the case state (status, next evaluation, review) follows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.core.catalog import CatalogRow
from desktop_app.core.models import Case, Family, Person
from desktop_app.core.results import Deployment

# key -> (AGB code, name, product code, JZ020 category)
PROVIDERS = {
    "ROE": ("01010001", "Roerdal", "45A01", "45"),
    "MAA": ("01010002", "Jeugd-ggz Maasland", "54A01", "54"),
    "ODI": ("01010003", "Behandelcentrum Sint-Odiliënberg", "44A01", "44"),
}


def add_catalog(session) -> None:
    rows = [CatalogRow(i, agb, name, product, f"Product {category}", category, "04",
                       ("MLO", "MLW"), 6500, 2021, Decimal("0"))
            for i, (agb, name, product, category) in enumerate(PROVIDERS.values(), 1)]
    with session.operation("import_catalog", kinds=("catalog",)):
        session.results.catalog.import_rows(rows)


def new_case(session, start: date, coordination: bool | None = None,
             municipality: str = "Roerdalen") -> tuple[int, int]:
    """(family_id, case_id) of a family with two parents and a youth."""
    family_id = session.households.add_family(Family(
        family_name="Ëlbers-van den Heuvel", municipality=municipality,
        street="Kapelaan Verheggenstraat", house_number="12A", postcode="6077 AB",
        city="Sint Odiliënberg",
        members=[Person(0, "ouder", "Mariëlle", "Ëlbers", gezag=True),
                 Person(0, "ouder", "Raphaël", "van den Heuvel", gezag=True),
                 Person(0, "jeugdige", "Zoë", "Ëlbers", birth_date=date(2014, 2, 3))]))
    case_id = session.households.add_case(Case(
        family_id, "", municipality, "", consultant="Noëlle Geelen", start_date=start,
        coordination=coordination))
    return family_id, case_id


def add_deployment(session, case_id: int, provider: str, start: date | None,
                   end: date | None, status: str = "toegewezen") -> int:
    catalog = session.results.catalog
    agb, _name, product, _category = PROVIDERS[provider]
    provider_id = next(p.id for p in catalog.providers() if p.code == agb)
    product_id = next(p.id for p in catalog.products() if p.code == product)
    with session.operation("add_deployment", kinds=("deployments",), case_id=case_id,
                           refresh=True):
        return session.results.repo.add_deployment(Deployment(
            case_id, provider_id=provider_id, product_id=product_id, start=start, end=end,
            status=status))


def answers_for(session, case_id: int, day: date) -> dict[str, str]:
    """The answers the case suggests, the first option where it says nothing."""
    from desktop_app.core.coordination import prefill_all

    policy = session.decisions.policy_for(case_id, day)
    suggested = prefill_all(policy, session.decisions.facts(case_id), day)
    return {k: v or policy.criterion(k).options[0].id for k, v in suggested.items()}


def decide(session, case_id: int, day: date, level: str, **kw):
    """Record `level` on `day` (with a motivation, in case it deviates from the advice)."""
    return session.decisions.record_decision(
        case_id, answers_for(session, case_id, day), level_id=level,
        motivation="Oma Noëlle woont naast het gezin en helpt elke dag mee.",
        consultant="Noëlle Geelen", decided_on=day, **kw)
