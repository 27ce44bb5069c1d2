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


def resolve_overlaps(boxes: list[tuple[float, float, float, float]], gap: float = 4.0,
                     rounds: int = 60, fixed: frozenset[int] = frozenset()) -> list[tuple[float, float]]:
    """Centres (x, y) of boxes (x, y, width, height), nudged vertically until no two
    overlap (or `rounds` passes); boxes whose index is in `fixed` stay put. Drawing units: pixels on screen, points on paper.
    Vertical moves keep every name in its group's direction."""
    pts = [[x, y] for x, y, _, _ in boxes]
    for _ in range(rounds):
        moved = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                wi, hi = boxes[i][2], boxes[i][3]
                wj, hj = boxes[j][2], boxes[j][3]
                dx = pts[j][0] - pts[i][0]
                dy = pts[j][1] - pts[i][1]
                if abs(dx) >= (wi + wj) / 2 + gap:
                    continue
                need = (hi + hj) / 2 + gap - abs(dy)
                if need <= 0:
                    continue
                direction = 1.0 if dy > 0 or (dy == 0 and i < j) else -1.0
                share_i = 0.0 if i in fixed else (1.0 if j in fixed else 0.5)
                pts[i][1] -= direction * need * share_i
                pts[j][1] += direction * need * (1.0 - share_i)
                moved = True
        if not moved:
            break
    return [(x, y) for x, y in pts]
