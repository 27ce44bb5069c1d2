"""`gezinsplan-admin import-catalog`: a good file, and bad files with their exact
messages and nothing imported."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from desktop_app.admin import main
from desktop_app.core.catalog import parse_catalog_csv, read_catalog_csv

PASSPHRASE = "mestreng-kapelaan-vlaai"
HEADER = ("aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;"
          "regio;tarief;tariefjaar;indexatie")
GOOD = "\n".join([
    HEADER,
    "98000001;Jeugdhulp Roerdal;45A01;Ambulante jeugdhulp individueel;45;04;MLO;78,50;2026;2,5",
    "98000001;Jeugdhulp Roerdal;41D01;Dagbehandeling;41;16;beide;94,75;2026;3",
    "98000002;Stichting Gezinskracht Weert en Omstreken;45A01;Ambulante jeugdhulp individueel;"
    "45;04;MLW;1.075,00;2025;0",
]) + "\n"


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    assert main(["init"]) == 0
    capsys.readouterr()

    def run(content: bytes):
        path = tmp_path / "catalogus.csv"
        path.write_bytes(content)
        code = main(["import-catalog", str(path)])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def _counts():
    from desktop_app.paths import database_path
    from desktop_app.store import open_store

    with open_store(database_path(), PASSPHRASE) as store:
        return tuple(store.db[t].count for t in ("providers", "products", "contracts"))


def test_good_file(cli):
    code, out, err = cli(GOOD.encode("utf-8"))
    assert code == 0, err
    assert out.strip().splitlines() == [
        "Gelezen als UTF-8, gescheiden door ;.",
        "Catalogus ingelezen: 2 aanbieders, 2 producten, 4 nieuwe en 0 bijgewerkte contracten."]
    assert _counts() == (2, 2, 4)
    # importing again updates instead of duplicating
    code, out, _ = cli(GOOD.replace("78,50", "80,10").encode("utf-8"))
    assert code == 0 and "0 nieuwe en 4 bijgewerkte" in out
    from desktop_app.paths import database_path
    from desktop_app.store import open_store

    with open_store(database_path(), PASSPHRASE) as store:
        tariffs = {r["tariff_cents"] for r in store.db["contracts"].rows}
    assert tariffs == {8010, 9475, 107500}


def _bad(cli, content: bytes):
    code, out, err = cli(content)
    assert code == 7
    assert err.strip().endswith("Er is niets ingelezen.")
    assert _counts() == (0, 0, 0)
    return err.strip().splitlines()


def test_unknown_product_category(cli):
    lines = _bad(cli, GOOD.replace(";41;16;", ";61;16;").encode())
    assert lines[0] == ("Rij 3, kolom 'productcategorie': onbekende productcategorie '61' "
                        "(zie iJw-codelijst JZ020: 40 tot en met 55).")


def test_bad_tariff(cli):
    lines = _bad(cli, GOOD.replace("78,50", "78,5x").encode())
    assert lines[0] == ("Rij 2, kolom 'tarief': '78,5x' is geen bedrag "
                        "(schrijf bijvoorbeeld 78,50 of 1.234,50; geen spaties tussen de "
                        "cijfers).")
    lines = _bad(cli, GOOD.replace("78,50", "0,00").encode())
    assert lines[0] == "Rij 2, kolom 'tarief': '0,00': het tarief moet groter dan nul zijn."


def test_duplicate_code(cli):
    content = GOOD + ("98000001;Jeugdhulp Roerdal;45A01;Ambulante jeugdhulp individueel;45;04;"
                      "MLO;79,00;2026;2,5\n")
    lines = _bad(cli, content.encode())
    assert lines[0] == ("Rij 5, kolom 'product_code': dubbele code: aanbieder 98000001 met "
                        "product 45A01 in MLO staat ook in rij 2.")
    content = GOOD + "98000003;Buro X;45A01;Iets anders;45;04;MLO;70,00;2026;2\n"
    lines = _bad(cli, content.encode())
    assert lines[0] == ("Rij 5, kolom 'product_code': dubbele code: productcode 45A01 staat in "
                        "rij 2 met een andere naam, categorie of eenheid.")


def test_unreadable_encoding(cli):
    # Neither UTF-8 nor Windows-1252: 0x81 has no character in cp1252.
    content = GOOD.replace("Stichting Gezinskracht", "Stichting Gezinskracht Maaskë").encode(
        "cp1252").replace(b"\xeb", b"\x81")
    lines = _bad(cli, content)
    assert lines[0] == ("Rij 4, kolom 'aanbieder_naam': het bestand is geen UTF-8 of "
                        "Windows-1252 (onleesbaar teken, byte 0x81). Sla het op als 'CSV UTF-8' "
                        "en probeer opnieuw.")


def _excel(text: str, delimiter: str) -> str:
    """GOOD as Excel writes it with another list separator (fields with it quoted)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for line in text.splitlines():
        writer.writerow(line.split(";"))
    return out.getvalue()


NAMED = GOOD.replace("Stichting Gezinskracht", "Stichting Gezinskracht Maaskë & Zoë")


@pytest.mark.parametrize(("content", "read_as"), [
    (NAMED.encode("cp1252"), "Gelezen als Windows-1252, gescheiden door ;"),
    (_excel(NAMED, ",").encode("cp1252"), "Gelezen als Windows-1252, gescheiden door ,"),
    (b"\xef\xbb\xbf" + _excel(NAMED, ",").encode(), "Gelezen als UTF-8 met BOM, gescheiden door ,"),
    (b"\xef\xbb\xbf" + NAMED.encode(), "Gelezen als UTF-8 met BOM, gescheiden door ;"),
    (NAMED.encode(), "Gelezen als UTF-8, gescheiden door ;"),
])
def test_what_excel_writes_is_read_and_said(content, read_as):
    read = read_catalog_csv(content)
    assert read.errors == []
    assert read.read_as == read_as
    assert len(read.rows) == 3
    assert read.rows[2].provider_name == "Stichting Gezinskracht Maaskë & Zoë Weert en Omstreken"
    assert [r.tariff_cents for r in read.rows] == [7850, 9475, 107500]
    assert read.rows[0].indexation == Decimal("2.5")


def test_a_comma_file_with_point_decimals(cli):
    content = _excel(NAMED.replace("78,50", "78.50").replace("1.075,00", "1075.00"), ",")
    code, out, err = cli(content.encode("cp1252"))
    assert code == 0, err
    assert out.splitlines()[0] == "Gelezen als Windows-1252, gescheiden door ,."
    assert _counts() == (2, 2, 4)


def test_legacy_jz020_codes_are_taken_with_a_warning(cli):
    content = GOOD.replace(";41;16;", ";33;16;")
    read = read_catalog_csv(content.encode())
    assert read.errors == [] and read.rows[1].category == "33"
    assert [str(w) for w in read.warnings] == [
        "Rij 3, kolom 'productcategorie': productcategorie 33 is een oude code uit 2015 "
        "('(2015) Zonder verblijf: daghulp op locatie van de aanbieder'); overgenomen. "
        "Vervang ze door een code van 40 tot en met 55 als het contract wordt vernieuwd."]
    code, out, _ = cli(content.encode())
    assert code == 0 and "Let op: Rij 3, kolom 'productcategorie'" in out
    assert _counts() == (2, 2, 4)
    # codes just outside 31-38 are still refused
    for code_ in ("30", "39"):
        bad = read_catalog_csv(GOOD.replace(";41;16;", f";{code_};16;").encode())
        assert bad.rows == [] and len(bad.errors) == 1 and not bad.warnings


def test_several_errors_are_all_reported():
    content = GOOD.replace("98000002", "9800").replace(";MLO;78", ";MLZ;78").encode()
    rows, errors = parse_catalog_csv(content)
    assert rows == []
    assert [str(e) for e in errors] == [
        "Rij 2, kolom 'regio': onbekende regio 'MLZ' (kies MLO, MLW of beide).",
        "Rij 4, kolom 'aanbieder_code': '9800' is geen AGB-code (8 cijfers).",
    ]


def test_header_and_bom():
    rows, errors = parse_catalog_csv(("\ufeff" + GOOD).encode())  # Excel's 'CSV UTF-8' BOM
    assert not errors and len(rows) == 3
    rows, errors = parse_catalog_csv(b"code;naam\n1;x\n")
    assert str(errors[0]).startswith("Rij 1: de kopregel klopt niet; verwacht: aanbieder_code;")
