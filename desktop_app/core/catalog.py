"""The regional catalog: providers (zorgaanbieders), products and contracts, and
the validation of a catalog CSV file (pure: bytes in, rows or errors out).

CSV format (README 'Catalogus'): header row first, what Excel writes on Windows (UTF-8 with
or without BOM, or Windows-1252; ';' or ',' between the columns - detected, and the result
says which was read):
aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;
regio;tarief;tariefjaar;indexatie
One row per contract: this provider is contracted for this product in this region
(MLO, MLW or 'beide') at this tariff per eenheid in tariefjaar, indexed yearly by
indexatie percent. Optional columns after these give the provider's address and contact
(core.catalog_contact). Rows are numbered as in a spreadsheet: the header is row 1.

What is refused (a Dutch message per cell, nothing imported): digits other than ASCII 0-9
(superscripts, Arabic-Indic digits – Python's \\d and int() take them), a cell longer than
MAX_CELL characters or with control characters, a tariff written with spaces inside
('78 50' is not € 7.850,00), with an exponent ('1E+17') or above the bound for its unit
(MAX_TARIFF_CENTS: no contracted youth-care tariff comes near them; they stop a typo of
a few zeros and keep every amount far inside SQLite's 64-bit integers)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal

from .catalog_contact import CONTACT_COLUMNS, ProviderContact, header_problem, validate_contact
from .codelists import jz020, jz020_legacy, units
from .costs import Tariff, parse_decimal, parse_money
from .regions import MLO, MLW

COLUMNS = ("aanbieder_code", "aanbieder_naam", "product_code", "product_naam",
           "productcategorie", "eenheid", "regio", "tarief", "tariefjaar", "indexatie")
REGION_VALUES = {"MLO": (MLO,), "MLW": (MLW,), "BEIDE": (MLO, MLW)}
_AGB = re.compile(r"^[0-9]{8}$")
_PRODUCT = re.compile(r"^[0-9A-Z]{1,5}$")
_YEAR = re.compile(r"^[0-9]{4}$")
_CODE = re.compile(r"^[0-9]{1,2}$")
# '78,50', '1.234,50', '78.50', '€ 78', '78,50 €' – no exponent, no space between digits.
_MONEY = re.compile(r"^(?:€ *)?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]{1,2})?(?: *€)?$"
                    r"|^(?:€ *)?[0-9]+\.[0-9]{1,2}(?: *€)?$")
_PERCENT = re.compile(r"^[0-9]{1,2}(?:[.,][0-9]{1,2})? *%?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_INDEXATION = Decimal(25)
MAX_CELL = 200  # characters in one cell (a name); the csv module's own limit is 131,072
# The highest tariff per eenheid (WJ756 code) the import takes, in cents. Real tariffs in
# the region are far below: an hour of specialist youth care costs about € 100-200, a day
# and night in closed youth care (JeugdzorgPlus) about € 1.000; an output product (82) is
# a whole trajectory.
MAX_TARIFF_CENTS = {
    "01": 50_00,  # minuut: € 50 (€ 3.000 per uur)
    "04": 2_500_00,  # uur: € 2.500
    "16": 10_000_00,  # dagdeel (4 uur): € 10.000
    "14": 25_000_00,  # etmaal: € 25.000
    "82": 500_000_00,  # stuks (output), a trajectory: € 500.000
    "83": 100_00,  # euro's: the price of one euro of budget, normally € 1
    "84": 50_000_00,  # stuks (inspanning): € 50.000
}
MAX_TARIFF_OTHER = 500_000_00


@dataclass
class Provider:
    code: str  # AGB code, 8 digits
    name: str
    id: int | None = None
    contact: ProviderContact = field(default_factory=ProviderContact)


@dataclass
class Product:
    code: str  # the region's own product code (iJw: max. 5 characters)
    name: str
    category: str  # JZ020
    unit: str  # eenheid the product is measured in
    id: int | None = None


@dataclass
class Contract:
    provider_id: int
    product_id: int
    region: str
    tariff_cents: int
    tariff_year: int
    indexation: Decimal
    id: int | None = None

    def tariff(self, unit: str) -> Tariff:
        return Tariff(self.tariff_cents, unit, self.tariff_year, self.indexation)


@dataclass
class CatalogRow:
    row: int
    provider_code: str
    provider_name: str
    product_code: str
    product_name: str
    category: str
    unit: str
    regions: tuple[str, ...]
    tariff_cents: int
    tariff_year: int
    indexation: Decimal
    contact: ProviderContact | None = None  # None: the file has no contact columns


@dataclass
class CatalogError:
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"Rij {self.row}" + (f", kolom '{self.column}'" if self.column else "")
        return f"{where}: {self.reason}"


ENCODINGS = {"utf-8-sig": "UTF-8 met BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252"}
DELIMITERS = (";", ",")


@dataclass
class CatalogRead:
    """A catalogue CSV as read: the rows, or every error (then import nothing); how it was
    read; warnings that do not stop the import (legacy JZ020 codes)."""

    rows: list[CatalogRow]
    errors: list[CatalogError]
    encoding: str = ""  # a key of ENCODINGS
    delimiter: str = ""
    warnings: list[CatalogError] = field(default_factory=list)

    @property
    def read_as(self) -> str:
        """'Gelezen als Windows-1252, gescheiden door ;' (empty when nothing was read)."""
        if not self.encoding:
            return ""
        return f"Gelezen als {ENCODINGS[self.encoding]}, gescheiden door {self.delimiter}"


def _delimiter(data: bytes) -> str:
    """';' or ',' from the header line (ASCII in every encoding we read)."""
    header = data.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("latin-1")
    try:
        found = csv.Sniffer().sniff(header, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = ""
    if found not in DELIMITERS:
        found = "," if header.count(",") > header.count(";") else ";"
    return found


def _decode(data: bytes, delimiter: str) -> tuple[str | None, str, CatalogError | None]:
    """The text and the codec: a BOM says UTF-8; else UTF-8 if it decodes, else
    Windows-1252 (Excel's 'CSV (gescheiden door lijstscheidingsteken)')."""
    if data.startswith(b"\xef\xbb\xbf"):
        codecs = ("utf-8-sig",)
    else:
        codecs = ("utf-8", "cp1252")
    for codec in codecs:
        try:
            return data.decode(codec), codec, None
        except UnicodeDecodeError as exc:
            failed = exc
    before = data[: failed.start]
    row = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column_index = before[line_start:].count(delimiter.encode())
    column = COLUMNS[column_index] if column_index < len(COLUMNS) else ""
    byte = data[failed.start]
    return None, "", CatalogError(
        row, column,
        f"het bestand is geen UTF-8 of Windows-1252 (onleesbaar teken, byte 0x{byte:02X}). "
        "Sla het op als 'CSV UTF-8' en probeer opnieuw.")


def parse_catalog_csv(data: bytes) -> tuple[list[CatalogRow], list[CatalogError]]:
    """All rows, or all errors found (then no row should be imported)."""
    read = read_catalog_csv(data)
    return read.rows, read.errors


def read_catalog_csv(data: bytes) -> CatalogRead:
    """The file read as Excel may have written it; see CatalogRead."""
    delimiter = _delimiter(data)
    text, codec, error = _decode(data, delimiter)
    if error:
        return CatalogRead([], [error])
    rows, errors, warnings = _parse(text, delimiter)
    return CatalogRead(rows, errors, codec, delimiter, warnings)


def _parse(text: str, delimiter: str):
    warnings: list[CatalogError] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    errors: list[CatalogError] = []
    header = next(_rows(reader, errors, start=1), (0, None))[1]
    if errors:
        return [], errors, warnings
    if header is None:
        return [], [CatalogError(1, "", "het bestand is leeg.")], warnings
    header = [h.strip().lower() for h in header]
    if tuple(header[:len(COLUMNS)]) != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        reason = ("de kopregel klopt niet; verwacht: " + ";".join(COLUMNS)
                  + (f" (ontbreekt: {', '.join(missing)})" if missing else ""))
        return [], [CatalogError(1, "", reason)], warnings
    if header_problem(header, COLUMNS):
        return [], [CatalogError(1, "", header_problem(header, COLUMNS))], warnings
    rows: list[CatalogRow] = []
    seen_contract: dict[tuple[str, str, str], int] = {}
    seen_product: dict[str, tuple[int, tuple[str, str, str]]] = {}
    seen_provider: dict[str, tuple[int, str]] = {}
    seen_contact: dict[str, tuple[int, ProviderContact]] = {}
    for number, cells in _rows(reader, errors):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            errors.append(CatalogError(number, "", f"verwacht {len(header)} kolommen "
                                                   f"gescheiden door '{delimiter}', "
                                                   f"gevonden {len(cells)}."))
            continue
        cell = dict(zip(header, (c.strip() for c in cells), strict=True))
        row, row_errors = validate_row(number, cell, warnings)
        row_errors += _contact(number, cell, row, seen_contact)
        if row_errors:
            errors += row_errors
            continue
        for region in row.regions:
            key = (row.provider_code, row.product_code, region)
            if key in seen_contract:
                errors.append(CatalogError(number, "product_code", (
                    f"dubbele code: aanbieder {row.provider_code} met product {row.product_code} "
                    f"in {region} staat ook in rij {seen_contract[key]}.")))
            else:
                seen_contract[key] = number
        product = (row.product_name, row.category, row.unit)
        first = seen_product.setdefault(row.product_code, (number, product))
        if first[1] != product:
            errors.append(CatalogError(number, "product_code", (
                f"dubbele code: productcode {row.product_code} staat in rij {first[0]} "
                "met een andere naam, categorie of eenheid.")))
        first_provider = seen_provider.setdefault(row.provider_code, (number, row.provider_name))
        if first_provider[1] != row.provider_name:
            errors.append(CatalogError(number, "aanbieder_code", (
                f"dubbele code: aanbieder {row.provider_code} staat in rij {first_provider[0]} "
                "met een andere naam.")))
        rows.append(row)
    if not rows and not errors:
        errors.append(CatalogError(2, "", "het bestand bevat geen contracten."))
    return ([] if errors else rows), errors, ([] if errors else warnings)


def _contact(number: int, cell: dict[str, str], row: CatalogRow | None,
             seen: dict[str, tuple[int, ProviderContact]]) -> list[CatalogError]:
    """The row's provider address and contact onto `row`; a provider on several rows has
    one address: a row with another (non-empty) one is an error naming the first row."""
    found: list = []
    contact = validate_contact(number, cell, found)
    errors = [CatalogError(*e) for e in found]
    if row is None or errors or contact is None:
        return errors
    row.contact = contact
    if not contact.empty:
        first = seen.setdefault(row.provider_code, (number, contact))
        if first[1] != contact:
            column = next(c for c in CONTACT_COLUMNS if c in cell)
            errors.append(CatalogError(number, column, (
                f"aanbieder {row.provider_code} staat in rij {first[0]} met een ander adres "
                "of andere contactgegevens.")))
    return errors


def _rows(reader, errors: list[CatalogError], start: int = 2):
    """(row number, cells) of each row; a row the csv module cannot read (a cell over its
    131,072-character limit) ends the reading with an error for that row."""
    number = start
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            errors.append(CatalogError(number, "", (
                f"deze rij kan niet worden gelezen: een cel is langer dan {MAX_CELL} tekens "
                "of een aanhalingsteken wordt niet gesloten.")))
            return
        yield number, cells
        number += 1


def _tariff(cell: dict[str, str], unit: str, bad) -> int:
    """The tariff in cents, or 0 after reporting why it is refused."""
    text = cell["tarief"]
    try:
        if not _MONEY.match(text):
            raise ValueError("format")
        cents = parse_money(text)
    except ValueError:
        bad("tarief", f"'{text}' is geen bedrag (schrijf bijvoorbeeld 78,50 of 1.234,50; "
                      "geen spaties tussen de cijfers).")
        return 0
    if cents <= 0:
        bad("tarief", f"'{text}': het tarief moet groter dan nul zijn.")
        return 0
    limit = MAX_TARIFF_CENTS.get(unit, MAX_TARIFF_OTHER)
    if cents > limit:
        euros = f"{limit // 100:,}".replace(",", ".")
        bad("tarief", f"'{text}' is te hoog: voor deze eenheid hoogstens € {euros},00. "
                      "Kijk of er geen nullen te veel staan.")
        return 0
    return cents


def _ascii_code(text: str) -> str:
    """'5' -> '05' for a one- or two-digit ASCII code; anything else unchanged."""
    return text.zfill(2) if _CODE.match(text) else text


def validate_row(number: int, cell: dict[str, str], warnings: list[CatalogError] | None = None
                 ) -> tuple[CatalogRow | None, list[CatalogError]]:
    """The row, or its errors; a legacy JZ020 code (31-38, 2015) is taken with a warning
    appended to `warnings`."""
    errors: list[CatalogError] = []

    def bad(column: str, reason: str) -> None:
        errors.append(CatalogError(number, column, reason))

    for column in COLUMNS:
        value = cell[column]
        if len(value) > MAX_CELL:
            bad(column, f"te lang ({len(value)} tekens; hoogstens {MAX_CELL}).")
        elif _CONTROL.search(value):
            bad(column, "bevat een onzichtbaar stuurteken (bijvoorbeeld een tab of nul-teken); "
                        "haal het weg.")
    if errors:
        return None, errors
    if not _AGB.match(cell["aanbieder_code"]):
        bad("aanbieder_code", f"'{cell['aanbieder_code']}' is geen AGB-code (8 cijfers).")
    if not cell["aanbieder_naam"]:
        bad("aanbieder_naam", "de naam van de aanbieder ontbreekt.")
    product_code = cell["product_code"].upper()
    if not _PRODUCT.match(product_code):
        bad("product_code", f"'{cell['product_code']}' is geen productcode "
                            "(1 tot 5 letters of cijfers).")
    if not cell["product_naam"]:
        bad("product_naam", "de naam van het product ontbreekt.")
    category = _ascii_code(cell["productcategorie"])
    if category in jz020_legacy():
        if warnings is not None:
            warnings.append(CatalogError(number, "productcategorie", (
                f"productcategorie {category} is een oude code uit 2015 "
                f"('{jz020_legacy()[category]}'); overgenomen. Vervang ze door een code van "
                "40 tot en met 55 als het contract wordt vernieuwd.")))
    elif category not in jz020():
        bad("productcategorie", f"onbekende productcategorie '{cell['productcategorie']}' "
                                "(zie iJw-codelijst JZ020: 40 tot en met 55).")
    unit = _ascii_code(cell["eenheid"])
    if unit not in units():
        bad("eenheid", f"onbekende eenheid '{cell['eenheid']}' "
                       f"(kies uit: {', '.join(units())}).")
    regions = REGION_VALUES.get(cell["regio"].upper())
    if regions is None:
        bad("regio", f"onbekende regio '{cell['regio']}' (kies MLO, MLW of beide).")
    tariff = _tariff(cell, unit, bad)
    year = 0
    if not (_YEAR.match(cell["tariefjaar"]) and 2000 <= int(cell["tariefjaar"]) <= 2100):
        bad("tariefjaar", f"'{cell['tariefjaar']}' is geen jaartal (bijvoorbeeld 2026).")
    else:
        year = int(cell["tariefjaar"])
    indexation = Decimal(0)
    try:
        if cell["indexatie"] and not _PERCENT.match(cell["indexatie"]):
            raise ValueError("format")
        indexation = parse_decimal(cell["indexatie"] or "0")
        if not (0 <= indexation <= MAX_INDEXATION) or indexation.as_tuple().exponent < -2:
            raise ValueError
    except ValueError:
        bad("indexatie", f"'{cell['indexatie']}' is geen percentage tussen 0 en 25 "
                         "(bijvoorbeeld 2,5).")
    if errors:
        return None, errors
    return CatalogRow(number, cell["aanbieder_code"], " ".join(cell["aanbieder_naam"].split()),
                      product_code, " ".join(cell["product_naam"].split()), category, unit,
                      regions, tariff, year, indexation), []
