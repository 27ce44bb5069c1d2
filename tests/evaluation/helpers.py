"""A case of our own for the evaluation tests: two results, two deployments in the demo
catalog (the first at 'Roerdal'), optionally a coordination decision."""

from __future__ import annotations

import json
from datetime import date

START = date(2026, 1, 5)
END = date(2026, 12, 31)


def build_case(db, start: date = START, ends: tuple[date, date] = (END, END),
               region: str = "MLO") -> dict:
    from desktop_app.core.costs import Volume
    from desktop_app.core.models import Case, Family, Person
    from desktop_app.core.results import Deployment, Result
    from desktop_app.store.demo_results import ensure_demo_catalog
    from desktop_app.store.families import Families
    from desktop_app.store.results import Results

    families = Families(db)
    fid = families.add_family(Family(family_name="Ëlbers-Hüskens", municipality="Roermond",
                                     members=[Person(family_id=0, role="jeugdige", first_name="Zoë",
                                                     last_name="", birth_date=date(2014, 3, 2))]))
    cid = families.add_case(Case(family_id=fid, case_number="", municipality="Roermond",
                                 region=region, status="actief", start_date=start))
    with db.atomic():
        providers, products, _ = ensure_demo_catalog(db)
    provider = providers.get("99000101") or next(iter(providers.values()))
    other = next(p for p in providers.values() if p != provider)
    db["providers"].update(provider, {"name": "Roerdal"})
    res = Results(db)
    r1 = res.add_result(Result(case_id=cid, family_words="Zoë gaat wéér naar school, ook op "
                               "maandag.", formulation="Zoë gaat vijf dagen per week naar school.",
                               start_level=-2, weight=2,
                               levels={-2: "niet", -1: "soms", 0: "elke dag", 1: "ook huiswerk",
                                       2: "ook een club"}))
    r2 = res.add_result(Result(case_id=cid, family_words="Minder ruzie bij het ontbijt, café-"
                               "bezoek op zaterdag blijft", start_level=-1))
    deps = []
    for code, who, end in (("45A01", provider, ends[0]), ("45A02", other, ends[1])):
        deps.append(res.add_deployment(Deployment(
            case_id=cid, provider_id=who, product_id=products[code],
            volume=Volume(4, "04", "2"), start=start, end=end, status="gestart",
            contract_reason="Vertrouwensband met de hulpverlener; wisselen zet de hulp terug.")))
    return {"db": db, "case_id": cid, "family_id": fid, "results": [r1, r2], "deps": deps}


def record_decision(db, case_id: int, decided_on: date, months: int | None,
                    coordination: bool = True) -> int:
    """A coordination decision as the coordination area stores it (only what the
    lifecycle reads)."""
    decision_id = db["coordination_decisions"].insert({
        "case_id": case_id, "decided_on": decided_on.isoformat(), "recorded_at": "2026-01-01",
        "policy_id": "test", "policy_version": "1", "policy_effective": "2021-04-01",
        "answers": json.dumps({}), "advice": json.dumps({}), "advice_level": "standaard",
        "level": "standaard" if coordination else "geen", "level_label": "Standaard",
        "coordination": int(coordination), "deviates": 0, "interval_months": months,
    }).last_pk
    db["cases"].update(case_id, {"decision_id": decision_id, "coordination": int(coordination)})
    return decision_id
