"""Issue 14 item 7 through the session: the consultant's own details (one settings row, a
named operation with its audit entry and a 'settings' change), the providers' address from
the catalogue CSV, and the children a deployment is for – all read back from the letters."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.core.validation import ValidationError
from desktop_app.session import Session
from tests.coordination.session_helpers import add_catalog, add_deployment, decide, new_case

DAY = date(2026, 10, 5)
HEADER = ("aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;"
          "regio;tarief;tariefjaar;indexatie")
CONTACT = ";aanbieder_straat;aanbieder_postcode;aanbieder_plaats;aanbieder_telefoon;" \
          "aanbieder_email;aanbieder_contactpersoon"


@pytest.fixture
def session(store):
    s = Session(store)
    add_catalog(s)
    return s


def _text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_the_consultants_details_are_one_operation_each_and_refuse_bad_input(session):
    seen = []
    session.changes.subscribe(seen.append)
    assert not session.consultant.details().complete
    assert session.consultant.set_field("name", "  Noëlle   Geelen ") == "Noëlle Geelen"
    assert session.consultant.set_field("phone", "0475 - 123 456") == "0475 - 123 456"
    with pytest.raises(ValidationError) as bad:
        session.consultant.set_field("phone", "0475-12")
    assert bad.value.code == "phone" and str(bad.value).startswith("Een telefoonnummer heeft")
    with pytest.raises(ValidationError) as bad:
        session.consultant.set_field("email", "noelle@cjg")
    assert bad.value.code == "email"
    details = session.consultant.details()
    assert (details.name, details.phone, details.email) == ("Noëlle Geelen", "0475 - 123 456", "")
    assert details.complete
    assert [c.operation for c in seen] == ["set_consultant_details"] * 2
    assert all(c.kinds == frozenset({"settings"}) and not c.family_ids for c in seen)
    audited = [tuple(r) for r in session.store.db.execute(
        "SELECT action, tbl, fields FROM audit_log WHERE tbl = 'consultant_details'")]
    assert audited and audited[0][:2] == ("insert", "consultant_details")
    assert ("update", "consultant_details", "name,updated_at") in audited
    # Not family data: an access request never contains it.
    from desktop_app.store.export import links

    assert "consultant_details" not in links(session.store.db) or \
        not links(session.store.db)["consultant_details"]


def test_provider_letters_carry_the_catalogue_address_the_beschikking_and_only_their_child(
        session, tmp_path):
    family_id, case_id = new_case(session, date(2026, 10, 1))
    from desktop_app.core.models import Person

    session.households.add_person(Person(family_id, "jeugdige", "Noë", "Ëlbers",
                                         birth_date=date(2018, 6, 9)))
    roe = add_deployment(session, case_id, "ROE", date(2026, 10, 1), date(2027, 1, 31))
    add_deployment(session, case_id, "MAA", date(2026, 10, 1), date(2027, 9, 30))
    session.results.update_deployment(roe, "beschikkingnummer", "2026-ROE-0042")
    youths = {p.first_name: p.id for p in session.results.members(case_id)
              if p.role == "jeugdige"}
    session.results.set_deployment_children(roe, [youths["Zoë"]])
    assert session.results.deployment_children(roe) == [youths["Zoë"]]
    parent = next(p.id for p in session.results.members(case_id) if p.role == "ouder")
    with pytest.raises(ValidationError):  # only the family's youths
        session.results.set_deployment_children(roe, [parent])
    csv = (HEADER + CONTACT + "\n"
           "01010001;Roerdal;45A01;Product 45;45;04;beide;65,00;2021;0;Maasboulevard 12;"
           "6041ab;Roermond;0475 345 678;info@roerdal.example;Mw. A. Geelen\n")
    outcome = session.results.import_catalog_csv(csv.encode())
    assert outcome.summary is not None, outcome.errors
    session.consultant.set_field("name", "Noëlle Geelen")
    session.consultant.set_field("email", "n.geelen@cjg-ml.example")
    session.consultant.set_field("team", "CJG Roerdalen")
    decide(session, case_id, DAY, "standaard")
    files = session.decisions.make_letters(case_id, tmp_path / "brieven", day=DAY)
    texts = {f.name: _text(f) for f in files}
    roerdal = next(t for n, t in texts.items() if n.endswith("roerdal.pdf"))
    maasland = next(t for n, t in texts.items() if "maasland" in n)
    assert "t.a.v. Mw. A. Geelen Maasboulevard 12 6041 AB Roermond" in roerdal
    assert "Jeugdige(n) Zoë Ëlbers (03-02-2014)" in roerdal and "Noë Ëlbers" not in roerdal
    assert "Beschikkingnummer 2026-ROE-0042" in roerdal and "Uw AGB-code 01010001" in roerdal
    assert "Consulent CJG Noëlle Geelen" in roerdal
    # Maasland's help names no child: its letter names none.
    assert "Zoë Ëlbers" not in maasland and "Noë Ëlbers" not in maasland
    assert "Uw AGB-code 01010002" in maasland
    family = next(t for n, t in texts.items() if n.endswith("gezin.pdf"))
    assert "e-mail n.geelen@cjg-ml.example" in family and "CJG Roerdalen" in family
    assert "Mw. A. Geelen · 0475 345 678 · info@roerdal.example" in family
    # The plan names the same child with the help.
    plan = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(
        session.intake.export_plan(case_id, tmp_path / "plan")).pages)
    help_part = plan[plan.index("De hulp die u krijgt"):]
    assert "Zorgaanbieder Roerdal Voor wie Zoë" in help_part
    assert "Uw consulent van het CJG: Noëlle Geelen, CJG Roerdalen (e-mail " \
        "n.geelen@cjg-ml.example)" in plan
    # Removing the child removes the link (ON DELETE CASCADE), the help stays.
    session.households.delete_person(youths["Zoë"])
    assert session.results.deployment_children(roe) == []


def test_a_new_product_sets_the_unit_of_its_tariff(session):
    from desktop_app.core.results import Deployment

    _family, case_id = new_case(session, date(2026, 10, 1))
    dep = session.results.add_deployment(Deployment(case_id))
    product = next(p for p in session.results.products() if p.code == "45A01")
    session.results.update_deployment(dep, "unit", "01")
    provider = next(p.id for p in session.results.providers() if p.code == "01010001")
    session.results.set_provider_product(dep, provider, product.id)
    assert session.results.get_deployment(dep).volume.unit == product.unit == "04"


def test_an_older_database_migrates_with_its_rows_intact(tmp_path):
    """A database from before m1010–m1012 (no consultant details, no provider contact
    columns, no deployment children) gets them on opening, every provider kept."""
    from desktop_app.store import create_store, open_store

    path = tmp_path / "oud.db"
    with create_store(path, "mestreng-kapelaan-vlaai") as store:
        s = Session(store)
        add_catalog(s)
        before = [tuple(r) for r in store.db.execute("SELECT id, code, name FROM providers")]
        db = store.db
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                  "tbl_name IN ('providers', 'consultant_details', "
                                  "'deployment_members')").fetchall():
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute("DROP TABLE consultant_details")
        db.execute("DROP TABLE deployment_members")
        for column in ("street", "postcode", "city", "phone", "email", "contact"):
            db.execute(f"ALTER TABLE providers DROP COLUMN {column}")
        db.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m1010_consultant_details', "
                   "'m1011_provider_contact', 'm1012_deployment_children')")
    with open_store(path, "mestreng-kapelaan-vlaai") as store:
        s = Session(store)
        assert [tuple(r) for r in store.db.execute("SELECT id, code, name FROM providers")] \
            == before
        assert {p.contact.city for p in s.results.providers()} == {""}
        assert s.consultant.set_field("name", "Noëlle Geelen") == "Noëlle Geelen"
        assert store.db["deployment_members"].exists()
        # The new tables are audited like every other.
        assert store.db.execute("SELECT count(*) FROM audit_log WHERE tbl = "
                                "'consultant_details'").fetchone()[0] >= 1
