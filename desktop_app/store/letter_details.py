"""provider_details(db, case_id, family): what each provider letter of a case says about its
provider beyond the decision's snapshot – the catalogue's AGB code and address, the
beschikkingnummers of the provider's running help in the case, and the children that help
is for (deployment_members). Read when the letters are made."""

from __future__ import annotations

from sqlite_utils import Database

from ..core.letter_data import ProviderDetails
from ..core.models import Family
from .catalog import Catalog
from .deployment_children import children_by_deployment
from .results import Results


def provider_details(db: Database, case_id: int, family: Family) -> dict[str, ProviderDetails]:
    """Provider name -> its details, for every provider in the catalogue or the case."""
    catalogue = {p.name: p for p in Catalog(db).providers()}
    links = children_by_deployment(db, case_id)
    numbers: dict[str, list[str]] = {}
    kids: dict[str, list[int]] = {}
    for dep in Results(db).deployments_for_case(case_id):
        if dep.status == "beëindigd" or not dep.provider_name:
            continue
        if dep.beschikkingnummer and dep.beschikkingnummer not in numbers.get(
                dep.provider_name, []):
            numbers.setdefault(dep.provider_name, []).append(dep.beschikkingnummer)
        for person_id in links.get(dep.id, []):
            if person_id not in kids.setdefault(dep.provider_name, []):
                kids[dep.provider_name].append(person_id)
    out = {}
    for name in set(catalogue) | set(numbers) | set(kids):
        p = catalogue.get(name)
        out[name] = ProviderDetails(
            name=name, agb=p.code if p else "",
            contact=p.contact if p else ProviderDetails(name).contact,
            beschikkingen=tuple(numbers.get(name, ())),
            # In the family's order of members.
            children=tuple(m for m in family.members if m.id in set(kids.get(name, ()))))
    return out
