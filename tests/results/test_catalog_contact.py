"""The providers' optional address and contact columns of the catalogue CSV (issue 14):
validated with Dutch messages naming the row and the column; a file without them still
reads, and keeps the addresses already stored."""

from __future__ import annotations

from desktop_app.core.catalog import read_catalog_csv
from desktop_app.core.catalog_contact import CONTACT_COLUMNS

BASE = ("aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;"
        "regio;tarief;tariefjaar;indexatie")
EXTRA = ";".join(CONTACT_COLUMNS)
ROW = "98000001;Jeugdhulp Roerdal;45A01;Ambulante jeugdhulp;45;04;MLO;78,50;2026;2,5"


def _read(text: str):
    return read_catalog_csv(text.encode("utf-8"))


def test_the_contact_columns_are_read_and_tidied():
    read = _read(f"{BASE};{EXTRA}\n{ROW};Maasboulevard  12;6041ab;Roermond;"
                 "0475-345 678;info@roerdal.example;Mw. Noëlle Geelen\n")
    assert not read.errors
    assert len(read.rows) == 1
    c = read.rows[0].contact
    assert (c.street, c.postcode, c.city, c.phone, c.email, c.contact) == (
        "Maasboulevard 12", "6041 AB", "Roermond", "0475-345 678", "info@roerdal.example",
        "Mw. Noëlle Geelen")
    assert c.postcode_city == "6041 AB Roermond"


def test_some_contact_columns_in_any_order():
    read = _read(f"{BASE};aanbieder_email;aanbieder_plaats\n{ROW};;Weert\n")
    assert not read.errors and read.rows[0].contact.city == "Weert"
    assert read.rows[0].contact.street == ""


def test_without_contact_columns_nothing_changes():
    read = _read(f"{BASE}\n{ROW}\n")
    assert not read.errors and read.rows[0].contact is None


def test_bad_values_name_row_and_column_in_dutch():
    read = _read(f"{BASE};{EXTRA}\n"
                 f"{ROW};Markt 1;60411AB;Roermond;12345;info@roerdal;\n")
    assert not read.rows
    got = sorted(str(e) for e in read.errors)
    assert got == sorted([
        "Rij 2, kolom 'aanbieder_postcode': '60411AB': Een postcode ziet eruit als 6041 AB.",
        "Rij 2, kolom 'aanbieder_telefoon': '12345': Een telefoonnummer heeft 10 tot 15 "
        "cijfers, bijvoorbeeld 0475 123 456 of +31 475 123 456.",
        "Rij 2, kolom 'aanbieder_email': 'info@roerdal': Een e-mailadres ziet eruit als "
        "naam@voorbeeld.nl.",
    ])


def test_unknown_or_double_columns_and_two_addresses_for_one_provider():
    read = _read(f"{BASE};aanbieder_fax\n{ROW};0475\n")
    assert [str(e) for e in read.errors] == [
        "Rij 1: onbekende kolom 'aanbieder_fax'; na de tien vaste kolommen mogen alleen: "
        + ";".join(CONTACT_COLUMNS)]
    read = _read(f"{BASE};aanbieder_plaats;aanbieder_plaats\n{ROW};Weert;Weert\n")
    assert [str(e) for e in read.errors] == [
        "Rij 1: de kolom 'aanbieder_plaats' staat er twee keer in."]
    other = ROW.replace("45A01", "45A02")
    read = _read(f"{BASE};aanbieder_plaats\n{ROW};Weert\n{other};Roermond\n{other[:-1]}3;\n")
    assert [str(e) for e in read.errors] == [
        "Rij 3, kolom 'aanbieder_plaats': aanbieder 98000001 staat in rij 2 met een ander "
        "adres of andere contactgegevens."]
