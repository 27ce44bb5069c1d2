"""Where the people of a network map (ecogram) go: the family in the centre, the
groups as sectors around it, each contact inside its group's sector. Pure
geometry in a unit square (centre 0,0; radius 1), so the screen (QPainter) and
the PDF (reportlab graphics) draw the very same picture."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class PlacedContact:
    index: int  # position in the contact list given
    x: float
    y: float
    group: str


@dataclass(frozen=True)
class PlacedGroup:
    key: str
    x: float  # label position
    y: float
    start: float  # sector, radians, clockwise from the top
    end: float
    count: int


@dataclass(frozen=True)
class NetworkLayout:
    contacts: list[PlacedContact]
    groups: list[PlacedGroup]


EMPTY_WEIGHT = 0.6  # an empty group still gets a small sector, so the map shows it can be filled
RINGS = {1: (0.68,), 2: (0.56, 0.82), 3: (0.48, 0.68, 0.88)}
MIN_ARC = 0.30  # minimal distance between two neighbours on a ring (unit radius)


def _point(angle: float, radius: float) -> tuple[float, float]:
    # Clockwise from 12 o'clock; y grows downwards, as on screen and page after flipping.
    return radius * math.sin(angle), -radius * math.cos(angle)


def layout_network(group_keys: list[str], contact_groups: list[str]) -> NetworkLayout:
    """Sectors proportional to the number of people per group; the people of one group
    spread over its sector, on up to three rings when one ring would be too crowded.
    Contacts of an unknown group are put into the last group."""
    keys = list(group_keys) or ["overig"]
    members: dict[str, list[int]] = {k: [] for k in keys}
    for i, group in enumerate(contact_groups):
        members[group if group in members else keys[-1]].append(i)
    weights = [max(EMPTY_WEIGHT, len(members[k])) for k in keys]
    total = sum(weights)
    placed: list[PlacedContact] = []
    groups: list[PlacedGroup] = []
    angle = 0.0
    for key, weight in zip(keys, weights, strict=True):
        span = 2 * math.pi * weight / total
        start, end = angle, angle + span
        people = members[key]
        per_ring = max(1, int(span * 0.6 / MIN_ARC))
        rings = min(3, -(-len(people) // per_ring)) if people else 1
        for n, index in enumerate(people):
            # Even positions inside the sector, away from its edges; neighbours alternate
            # between rings when one ring would be too crowded.
            a = start + span * (n + 0.5) / len(people)
            radius = RINGS[rings][n % rings]
            x, y = _point(a, radius)
            placed.append(PlacedContact(index, x, y, key))
        lx, ly = _point((start + end) / 2, 1.0)
        groups.append(PlacedGroup(key, lx, ly, start, end, len(people)))
        angle = end
    placed.sort(key=lambda p: p.index)
    return NetworkLayout(placed, groups)


def short_label(name: str, limit: int = 20) -> str:
    """Names on the map stay readable: long ones are cut with an ellipsis."""
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
