"""How many automatic backups stay on the laptop's disk (issue 17): the days core.retention
keeps (7 daily + 12 monthly), within a size budget.

Every automatic backup is a full encrypted copy, so 19 of them are 19 × the database:
2.5 GB each at 100,000 families. The copies kept are ranked by what a restore needs most –
the newest, the newest of an earlier day, then the newest of each earlier month, then the
other days – and kept in that order while their total stays within BUDGET_FACTOR × the
database, or FLOOR_BYTES, whichever is larger. A small database keeps every copy the rule
names (19 × 50 MB is 1 GB); at scale only the first few fit: 3 × 2.5 GB at 100,000 families
keeps today's, the previous day's and last month's. The newest two are never removed
(a damaged newest copy always has one behind it). Only `auto-*` files are pruned."""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from ..core.retention import backups_to_keep

log = logging.getLogger(__name__)

BUDGET_FACTOR = 3
FLOOR_BYTES = 2 * 1024 ** 3
ALWAYS_KEPT = 2
_AUTO = re.compile(r"^auto-(\d{4}-\d{2}-\d{2})\.db$")


def automatic_backups(folder: Path) -> dict[date, Path]:
    days = {}
    for path in Path(folder).glob("auto-*.db"):
        m = _AUTO.match(path.name)
        if m:
            try:
                days[date.fromisoformat(m.group(1))] = path
            except ValueError:
                continue
    return days


def ranked(days: set[date]) -> list[date]:
    """The days to keep, most needed first: newest, the day before it, the newest of each
    earlier month (newest month first), then the remaining days (newest first)."""
    ordered = sorted(days, reverse=True)
    head = ordered[:ALWAYS_KEPT]
    monthly, seen = [], {(d.year, d.month) for d in head}
    for day in ordered[ALWAYS_KEPT:]:
        if (day.year, day.month) not in seen:
            seen.add((day.year, day.month))
            monthly.append(day)
    rest = [d for d in ordered[ALWAYS_KEPT:] if d not in monthly]
    return head + monthly + rest


def budget(database_bytes: int) -> int:
    return max(BUDGET_FACTOR * database_bytes, FLOOR_BYTES)


def to_keep(sizes: dict[date, int], database_bytes: int) -> set[date]:
    """The days whose copies stay, from {day: file size}."""
    allowed = budget(database_bytes)
    keep, total = set(), 0
    for i, day in enumerate(ranked(backups_to_keep(sizes))):
        if i >= ALWAYS_KEPT and total + sizes[day] > allowed:
            continue  # a smaller, older copy further down may still fit
        keep.add(day)
        total += sizes[day]
    return keep


def prune(folder: Path, database: Path) -> list[Path]:
    """Remove the automatic backups outside the rule and the budget; returns them."""
    days = automatic_backups(folder)
    sizes = {}
    for day, path in days.items():
        try:
            sizes[day] = path.stat().st_size
        except FileNotFoundError:
            continue
    try:
        database_bytes = Path(database).stat().st_size
    except FileNotFoundError:
        database_bytes = 0
    keep = to_keep(sizes, database_bytes)
    removed = []
    for day in sizes:
        if day not in keep:
            days[day].unlink(missing_ok=True)
            removed.append(days[day])
    if removed:
        log.info("removed %d automatic backup(s) outside the retention rule or size budget",
                 len(removed))
    return removed
