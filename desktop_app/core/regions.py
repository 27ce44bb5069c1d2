"""The seven Midden-Limburg municipalities and their region (DOMAIN.md)."""

from __future__ import annotations

MLO = "MLO"  # Midden-Limburg Oost
MLW = "MLW"  # Midden-Limburg West

MUNICIPALITY_REGION: dict[str, str] = {
    "Roermond": MLO,
    "Roerdalen": MLO,
    "Echt-Susteren": MLO,
    "Weert": MLW,
    "Nederweert": MLW,
    "Leudal": MLW,
    "Maasgouw": MLW,
}

MUNICIPALITIES: tuple[str, ...] = tuple(sorted(MUNICIPALITY_REGION))
REGIONS: tuple[str, ...] = (MLO, MLW)


def region_of(municipality: str) -> str:
    try:
        return MUNICIPALITY_REGION[municipality]
    except KeyError:
        raise ValueError(f"unknown municipality: {municipality!r}") from None
