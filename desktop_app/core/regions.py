"""The seven Midden-Limburg municipalities and their region (DOMAIN.md).

Maasgouw is in Midden-Limburg Oost (Beleidsplan Jeugdhulp Midden-Limburg; the MER
partnership Maasgouw – Echt-Susteren – Roerdalen); West is Weert, Nederweert and Leudal
(sociaaldomeinmlw.nl). Migration m0900 moved the cases stored under the old mapping."""

from __future__ import annotations

MLO = "MLO"  # Midden-Limburg Oost
MLW = "MLW"  # Midden-Limburg West

MUNICIPALITY_REGION: dict[str, str] = {
    "Roermond": MLO,
    "Roerdalen": MLO,
    "Echt-Susteren": MLO,
    "Maasgouw": MLO,
    "Weert": MLW,
    "Nederweert": MLW,
    "Leudal": MLW,
}

MUNICIPALITIES: tuple[str, ...] = tuple(sorted(MUNICIPALITY_REGION))
REGIONS: tuple[str, ...] = (MLO, MLW)


def region_of(municipality: str) -> str:
    try:
        return MUNICIPALITY_REGION[municipality]
    except KeyError:
        raise ValueError(f"unknown municipality: {municipality!r}") from None
