"""Results, actions and deployments in the store: contract check with reason,
volume history, costs kept on the case and in the caseload summary."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.costs import Volume
from desktop_app.core.models import Case, Family, Person
from desktop_app.core.results import Action, Deployment, Result
from desktop_app.core.validation import ValidationError
from desktop_app.store.demo_results import ensure_demo_catalog
from desktop_app.store.families import Families
from desktop_app.store.results import Results, deployments_for_case, results_for_case


@pytest.fixture
def case(store):
    fams = Families(store.db)
    fam = Family(family_name="Vossen", municipality="Roermond",
                 members=[Person(0, "ouder", "Mariëlle", "Vossen", gezag=True),
                          Person(0, "jeugdige", "Zoë", "Vossen", birth_date=date(2014, 5, 1))])
    fid = fams.add_family(fam)
    cid = fams.add_case(Case(family_id=fid, case_number="", municipality="Roermond", region="",
                             status="actief", start_date=date(2026, 1, 5)))
    providers, products, _ = ensure_demo_catalog(store.db)
    return store, fid, cid, providers, products


def test_result_roundtrip_keeps_start_level_and_weight(case):
    store, fid, cid, *_ = case
    repo = Results(store.db)
    zoe = Families(store.db).members(fid)[-1].id
    rid = repo.add_result(Result(case_id=cid, family_words="Zoë gaat weer naar school",
                                 formulation="Zoë gaat binnen 3 maanden 5 dagen naar school",
                                 domains=["Scholing"], member_ids=[zoe], weight=2,
                                 start_level=-2, levels={-2: "thuis", 0: "5 dagen"}))
    [r] = results_for_case(store.db, cid)
    assert (r.id, r.start_level, r.weight, r.member_ids, r.domains) == (rid, -2, 2, [zoe],
                                                                        ["Scholing"])
    assert r.levels[-2] == "thuis" and r.levels[1] == ""
    for field, value, code in (("weight", "11", "weight"), ("start_level", "3", "gas_level"),
                               ("domains", ["Ruimtevaart"], "code"), ("member_ids", [999], "code")):
        with pytest.raises(ValidationError) as exc:
            repo.update_result(rid, field, value)
        assert exc.value.code == code
    assert repo.update_result(rid, "start_level", "+1") == 1
    aid = repo.add_action(Action(case_id=cid, what="Oma haalt Zoë op", who_kind="netwerk",
                                 who="Oma", due=date(2026, 2, 1), result_id=rid))
    repo.update_action(aid, "status", "gedaan")
    assert repo.actions_for_case(cid)[0].status == "gedaan"


def test_contract_check_requires_and_stores_a_reason(case):
    store, fid, cid, providers, products = case
    repo = Results(store.db)
    # Roermond is in MLO; Kinderpraktijk Zonnebloem is contracted for 45A01 in MLW only.
    uncontracted = providers["99000105"]
    product = products["45A01"]
    dep = Deployment(case_id=cid, provider_id=uncontracted, product_id=product,
                     volume=Volume(3, "04", "2"), start=date(2026, 2, 1), end=date(2026, 7, 31))
    with pytest.raises(ValidationError) as exc:
        repo.add_deployment(dep)
    assert exc.value.code == "contract_reason"
    assert store.db["deployments"].count == 0  # nothing half-saved
    dep.contract_reason = "Vertrouwensband met de hulpverlener"
    did = repo.add_deployment(dep)
    [saved] = deployments_for_case(store.db, cid)
    assert saved.id == did and saved.contracted is False
    assert saved.contract_reason == "Vertrouwensband met de hulpverlener"
    assert saved.contract_acknowledged_at
    assert saved.category == "45"
    assert saved.cost.problem == "no_tariff"
    # switching to a contracted provider clears the warning and gives a cost
    assert repo.set_provider_product(did, providers["99000101"], product) is True
    saved = repo.get_deployment(did)
    assert saved.contracted is True and saved.contract_reason == "" and saved.cost.known


def test_cost_on_case_and_caseload_and_history(case):
    store, fid, cid, providers, products = case
    repo = Results(store.db)
    did = repo.add_deployment(Deployment(
        case_id=cid, provider_id=providers["99000101"], product_id=products["45A01"],
        volume=Volume(4, "04", "2"), start=date(2026, 1, 1), end=date(2026, 6, 30)))
    dep = repo.get_deployment(did)
    assert dep.cost.known and dep.cost.cents > 0
    row = store.db["families"].get(fid)
    assert row["estimated_cost"] == dep.cost.cents == store.db["cases"].get(cid)["estimated_cost"]
    assert Families(store.db).page()[0]["estimated_cost"] == dep.cost.cents
    saving = repo.saving(did, "2", "01-04-2026")
    repo.change_volume(did, date(2026, 4, 1), Volume(2, "04", "2"), "Het gaat beter")
    after = repo.get_deployment(did)
    assert after.volume.amount == 2
    [change] = after.history
    assert (change.old.amount, change.new.amount, change.from_date, change.reason) == (
        4, 2, date(2026, 4, 1), "Het gaat beter")
    assert after.cost.cents == dep.cost.cents - saving.cents
    assert store.db["families"].get(fid)["estimated_cost"] == after.cost.cents
    with pytest.raises(ValidationError):
        repo.change_volume(did, date(2025, 4, 1), Volume(1, "04", "2"), "te vroeg")
    with pytest.raises(ValidationError):
        repo.update_deployment(did, "end_date", "01-12-2025")
    with pytest.raises(ValidationError):
        repo.update_deployment(did, "amount", "1,5")
    repo.update_deployment(did, "amount", "")
    assert repo.get_deployment(did).cost.problem == "no_volume"
    repo.delete_deployment(did)
    assert store.db["families"].get(fid)["estimated_cost"] is None


def test_demo_data_has_results_and_consistent_costs(demo_store):
    db = demo_store.db
    assert db["results"].count and db["actions"].count and db["deployments"].count
    assert db.execute("SELECT count(*) FROM deployment_volume_changes").fetchone()[0] >= 0
    # the demo writer's costs equal what the repository computes
    repo = Results(db)
    for (case_id,) in db.execute("SELECT DISTINCT case_id FROM deployments LIMIT 15").fetchall():
        stored = db["cases"].get(case_id)["estimated_cost"]
        assert repo.case_cost(case_id).cents == stored
    # and the caseload summary matches the repository's refresh
    before = list(db.query("SELECT id, estimated_cost FROM families ORDER BY id"))
    with db.atomic():
        for row in before:
            Families(db).refresh_summary(row["id"])
    assert list(db.query("SELECT id, estimated_cost FROM families ORDER BY id")) == before


def test_recompute_all_after_import_matches_per_case(demo_store):
    """The set-based recompute after a catalog import gives what the per-case path gives."""
    from desktop_app.core.demo_catalog import demo_rows
    from desktop_app.store.catalog import Catalog

    db = demo_store.db
    rows = demo_rows()
    for row in rows:
        row.tariff_cents += 111  # new tariffs
    Catalog(db).import_rows(rows)
    repo = Results(db)
    bulk = list(db.query("SELECT id, estimated_cost FROM cases ORDER BY id"))
    fams = list(db.query("SELECT id, estimated_cost FROM families ORDER BY id"))
    with db.atomic():
        for (case_id,) in db.execute("SELECT DISTINCT case_id FROM deployments").fetchall():
            repo._recompute_case(case_id)
    assert list(db.query("SELECT id, estimated_cost FROM cases ORDER BY id")) == bulk
    assert list(db.query("SELECT id, estimated_cost FROM families ORDER BY id")) == fams
    assert any(r["estimated_cost"] for r in fams)
