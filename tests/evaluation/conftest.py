"""A case of our own: two results, two deployments in a contracted catalog."""

from datetime import date

import pytest

START = date(2026, 1, 5)


@pytest.fixture
def eval_case(store):
    from desktop_app.core.costs import Volume
    from desktop_app.core.models import Case, Family, Person
    from desktop_app.core.results import Deployment, Result
    from desktop_app.store.demo_results import ensure_demo_catalog
    from desktop_app.store.families import Families
    from desktop_app.store.results import Results

    db = store.db
    families = Families(db)
    fid = families.add_family(Family(family_name="Ëlbers-Hüskens", municipality="Roermond",
                                     members=[Person(family_id=0, role="jeugdige", first_name="Zoë", last_name="",
                                                     birth_date=date(2014, 3, 2))]))
    cid = families.add_case(Case(family_id=fid, case_number="", municipality="Roermond",
                                 region="MLO", status="actief", start_date=START))
    with db.atomic():
        providers, products, _ = ensure_demo_catalog(db)
    res = Results(db)
    r1 = res.add_result(Result(case_id=cid, family_words="Zoë gaat wéér naar school, ook op "
                               "maandag.", formulation="Zoë gaat vijf dagen per week naar school.",
                               start_level=-2, weight=2,
                               levels={-2: "niet", -1: "soms", 0: "elke dag", 1: "ook huiswerk",
                                       2: "ook een club"}))
    r2 = res.add_result(Result(case_id=cid, family_words="Minder ruzie bij het ontbijt, café-"
                               "bezoek op zaterdag blijft", start_level=-1))
    deps = []
    for code in ("45A01", "45A02"):
        deps.append(res.add_deployment(Deployment(
            case_id=cid, provider_id=providers["99000101"] if "99000101" in providers
            else next(iter(providers.values())), product_id=products[code],
            volume=Volume(4, "04", "2"), start=START, end=date(2026, 12, 31), status="gestart",
            contract_reason="Vertrouwensband met de hulpverlener; wisselen zet de hulp terug.")))
    return {"db": db, "case_id": cid, "family_id": fid, "results": [r1, r2], "deps": deps}
