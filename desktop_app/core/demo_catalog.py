"""A fictional regional catalog for demo databases: providers of Midden-Limburg-like
names (not real organisations), region product codes inside the iJw categories, and
contracts per region with tariffs and yearly indexation. AGB codes start with 99000,
which no real provider has."""

from __future__ import annotations

import functools
from decimal import Decimal

from .catalog import CatalogRow

# code, name
PROVIDERS: tuple[tuple[str, str], ...] = (
    ("99000101", "Jeugdhulp Maasland"),
    ("99000102", "Stichting Kwadrant Jeugd & Gezin Midden-Limburg"),
    ("99000103", "De Roerstroom ambulante gezinsbegeleiding"),
    ("99000104", "Zorgboerderij 't Weerterveld"),
    ("99000105", "Kinderpraktijk Zonnebloem"),
    ("99000106", "GGZ-jeugdpraktijk Het Kompas"),
    ("99000107", "Gezinshuis De Linde"),
    ("99000108", "Zorgvervoer Kessels"),
    ("99000109", "Praktijk voor Speltherapie Boschveld"),
    ("99000110", "Buro Sterk Thuis"),
    ("99000111", "Jeugdzorgcentrum Midden-Limburg voor Kinderen, Jongeren en Hun Ouders "
                 "(locatie Roermond-Oost en Echt-Susteren)"),
)

# code, name, JZ020 category, eenheid
PRODUCTS: tuple[tuple[str, str, str, str], ...] = (
    ("45A01", "Ambulante jeugdhulp individueel", "45", "04"),
    ("45A02", "Ambulante gezinsbegeleiding", "45", "04"),
    ("45A03", "Ambulante jeugdhulp op school of in de kinderopvang (OSK)", "45", "04"),
    ("45A10", "Ambulante begeleiding in een groep", "45", "16"),
    ("41D01", "Dagbehandeling", "41", "16"),
    ("40P01", "Persoonlijke verzorging", "40", "01"),
    ("42V01", "Vervoer naar dagbehandeling (per rit)", "42", "82"),
    ("43V01", "Verblijf in een gezinshuis inclusief behandeling", "43", "14"),
    ("44V01", "Logeeropvang (kortdurend verblijf)", "44", "14"),
    ("54G01", "Jeugd-ggz behandeling", "54", "01"),
    ("51B01", "Generalistische basis-ggz, traject middel", "51", "82"),
    ("50M01", "Maatwerkarrangement jeugd", "50", "83"),
)

BASE_TARIFFS: dict[str, int] = {  # cents per unit in 2025
    "45A01": 7850, "45A02": 7425, "45A03": 7140, "45A10": 3890, "41D01": 9475, "40P01": 92,
    "42V01": 1850, "43V01": 18560, "44V01": 12275, "54G01": 205, "51B01": 48500, "50M01": 100,
}

# provider -> (products, regions); tariff varies a little per provider.
OFFER: dict[str, tuple[tuple[str, ...], str]] = {
    "99000101": (("45A01", "45A02", "45A03", "45A10"), "beide"),
    "99000102": (("45A01", "45A02", "41D01", "43V01", "44V01", "50M01"), "beide"),
    "99000103": (("45A02", "45A01"), "MLO"),
    "99000104": (("45A10", "44V01", "41D01"), "MLW"),
    "99000105": (("45A01", "45A03"), "MLW"),
    "99000106": (("54G01", "51B01"), "beide"),
    "99000107": (("43V01",), "MLO"),
    "99000108": (("42V01",), "beide"),
    "99000109": (("45A01",), "MLO"),
    "99000110": (("45A02", "40P01", "45A03"), "MLW"),
    "99000111": (("54G01", "41D01", "45A01", "42V01"), "MLO"),
}
TARIFF_YEAR = 2025


def demo_rows() -> list[CatalogRow]:
    """The catalog as import rows (the same path a region's CSV takes)."""
    names = dict(PROVIDERS)
    products = {p[0]: p for p in PRODUCTS}
    rows = []
    for n, (provider, (codes, region)) in enumerate(OFFER.items()):
        for k, code in enumerate(codes):
            _, name, category, unit = products[code]
            spread = ((n * 7 + k * 3) % 9 - 4) / 100  # -4 % .. +4 %
            cents = BASE_TARIFFS[code] if unit == "83" else round(BASE_TARIFFS[code] * (1 + spread))
            indexation = Decimal(("2.6", "3.1", "2.85", "3.4")[n % 4])
            regions = ("MLO", "MLW") if region == "beide" else (region,)
            rows.append(CatalogRow(len(rows) + 2, provider, names[provider], code, name,
                                   category, unit, regions, cents, TARIFF_YEAR, indexation))
    return rows


@functools.cache
def providers_for(code: str, region: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(contracted in region, contracted only elsewhere) provider codes for a product."""
    index = contract_index()
    offered = sorted({p for (p, c, r) in index if c == code and r == region})
    others = sorted({p for (p, c, _r) in index if c == code} - set(offered))
    return tuple(offered), tuple(others)


@functools.cache
def contract_index() -> dict[tuple[str, str, str], CatalogRow]:
    return {(r.provider_code, r.product_code, region): r
            for r in demo_rows() for region in r.regions}
