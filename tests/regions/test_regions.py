"""Issue 16, regions right: every municipality in its region, and the migration that moves
Maasgouw cases stored under the old mapping (MLW) to MLO with what depends on the region."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.core.catalog import CatalogRow
from desktop_app.core.regions import MUNICIPALITIES, region_of
from desktop_app.session import Session
from desktop_app.store import open_store
from desktop_app.store.migrations import MIGRATIONS
from tests.conftest import PASSPHRASE
from tests.coordination.session_helpers import new_case

# DOMAIN.md: MLO = Roermond, Roerdalen, Echt-Susteren, Maasgouw; MLW = Weert, Nederweert, Leudal.
EXPECTED = {
    "Echt-Susteren": "MLO", "Leudal": "MLW", "Maasgouw": "MLO", "Nederweert": "MLW",
    "Roerdalen": "MLO", "Roermond": "MLO", "Weert": "MLW",
}


@pytest.mark.parametrize("municipality", sorted(EXPECTED))
def test_municipality_region(municipality):
    assert region_of(municipality) == EXPECTED[municipality]


def test_all_seven_and_no_other():
    assert len(MUNICIPALITIES) == 7
    assert set(MUNICIPALITIES) == set(EXPECTED)
    with pytest.raises(ValueError):
        region_of("Venlo")


@pytest.mark.parametrize("municipality", sorted(EXPECTED))
def test_new_case_gets_region(store, municipality):
    session = Session(store)
    _, case_id = new_case(session, date(2024, 4, 1), municipality=municipality)
    assert session.households.get_case(case_id).region == EXPECTED[municipality]


def _catalog(session) -> tuple[int, int, int]:
    """One product: provider A contracted in MLW only, provider B in MLO only."""
    rows = [CatalogRow(1, "01020001", "Jeugdhulp West", "45A01", "Ambulant 45", "45", "04",
                       ("MLW",), 6500, 2024, Decimal("0")),
            CatalogRow(2, "01020002", "Jeugdhulp Oost", "45A01", "Ambulant 45", "45", "04",
                       ("MLO",), 7000, 2024, Decimal("0"))]
    with session.operation("import_catalog", kinds=("catalog",)):
        session.results.catalog.import_rows(rows)
    catalog = session.results.catalog
    west = next(p.id for p in catalog.providers() if p.code == "01020001")
    east = next(p.id for p in catalog.providers() if p.code == "01020002")
    product = next(p.id for p in catalog.products() if p.code == "45A01")
    return west, east, product


def _deploy(session, case_id, provider_id, product_id, reason=""):
    from desktop_app.core.costs import Volume
    from desktop_app.core.results import Deployment

    with session.operation("add_deployment", kinds=("deployments",), case_id=case_id,
                           refresh=True):
        return session.results.repo.add_deployment(Deployment(
            case_id, provider_id=provider_id, product_id=product_id, start=date(2025, 1, 6),
            end=date(2025, 12, 31), status="toegewezen", contract_reason=reason,
            volume=Volume(2, "04", "2")))


def test_migration_moves_maasgouw_cases_to_mlo(store, data_dir):
    path = store.path
    session = Session(store)
    west, east, product = _catalog(session)
    _, maasgouw = new_case(session, date(2025, 1, 6), municipality="Maasgouw")
    _, weert = new_case(session, date(2025, 1, 6), municipality="Weert")
    db = store.db
    # Make the database as it was before m0900: the Maasgouw case in MLW, its deployments
    # checked against MLW contracts, its state computed under the previous rule.
    with db.atomic():
        db.execute("UPDATE cases SET region = 'MLW' WHERE id = ?", [maasgouw])
    dep_west = _deploy(session, maasgouw, west, product)  # contracted in MLW
    dep_east = _deploy(session, maasgouw, east, product, reason="Enige aanbieder met plek.")
    dep_weert = _deploy(session, weert, west, product)
    flags = dict(db.execute("SELECT id, contracted FROM deployments").fetchall())
    assert flags == {dep_west: 1, dep_east: 0, dep_weert: 1}
    before = session.households.case_details(maasgouw)
    assert before["review_group"] == "geen_richtlijn"  # MLW: no policy, nothing to review
    costs_before = dict(db.execute("SELECT id, estimated_cost FROM deployments").fetchall())
    assert costs_before[dep_west] and costs_before[dep_east] is None  # no MLW tariff for East
    with db.atomic():
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0900_maasgouw_mlo'")
        db.execute("UPDATE settings SET value = '3' WHERE key = 'lifecycle_rule'")
    assert [m.name for m in MIGRATIONS.pending(db)] == ["m0900_maasgouw_mlo"]
    store.close()

    # The store's own migration path, then a session open (which recomputes the case state).
    with open_store(path, PASSPHRASE) as reopened:
        assert MIGRATIONS.pending(reopened.db) == []
        after = Session(reopened)
        case = after.households.get_case(maasgouw)
        assert case.region == "MLO"
        assert after.households.get_case(weert).region == "MLW"
        # The MLO policy applies now: the running case is reviewed under it.
        details = after.households.case_details(maasgouw)
        assert details["review_group"] not in (None, "geen_richtlijn")
        assert after.households.case_details(weert)["review_group"] == "geen_richtlijn"
        deps = {d.id: d for d in after.results.repo.deployments_for_case(maasgouw)}
        assert deps[dep_west].contracted is False  # West's provider has no MLO contract
        assert deps[dep_east].contracted is True
        assert deps[dep_east].contract_reason == "Enige aanbieder met plek."  # kept as written
        assert after.results.repo.deployments_for_case(weert)[0].contracted is True
        # The estimate follows the region's tariff.
        costs = dict(reopened.db.execute("SELECT id, estimated_cost FROM deployments").fetchall())
        assert costs[dep_west] is None and costs[dep_east]  # now East has the (MLO) tariff
        assert costs[dep_weert] == costs_before[dep_weert]
        assert reopened.db.execute("SELECT value FROM settings WHERE key = 'lifecycle_rule'"
                                   ).fetchone()[0] != "3"
