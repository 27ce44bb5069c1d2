"""Automatic backups within a size budget (issue 17, store/backup_retention.py): a small
database keeps every day core.retention names; at scale the copies kept are the most needed
ones whose total stays within 3 × the database; the newest two always stay."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.core.retention import backups_to_keep
from desktop_app.store import backup_retention as br

GB = 1024 ** 3


def _days(n: int, last: date = date(2027, 3, 14)) -> list[date]:
    return [last - timedelta(days=i) for i in range(n)]


def test_a_small_database_keeps_every_day_of_the_rule():
    sizes = {d: 50 * 1024 ** 2 for d in _days(400)}
    kept = br.to_keep(sizes, 50 * 1024 ** 2)
    assert kept and kept == backups_to_keep(sizes)
    assert len(kept) == 7 + 12 - 1  # this month's newest is also a daily one


def test_at_100000_families_the_copies_stay_within_three_times_the_database():
    database = int(2.5 * GB)
    sizes = {d: database for d in _days(400)}
    kept = br.to_keep(sizes, database)
    newest = sorted(sizes, reverse=True)
    assert kept and sum(sizes[d] for d in kept) <= 3 * database
    assert {newest[0], newest[1]} <= kept  # today's and the day before
    assert date(2027, 2, 28) in kept  # the newest of last month


def test_the_newest_two_stay_even_over_the_budget():
    sizes = {d: 10 * GB for d in _days(5)}
    kept = br.to_keep(sizes, 1 * GB)
    assert kept == set(sorted(sizes, reverse=True)[:2])


def test_prune_removes_files_outside_the_budget_and_only_automatic_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(br, "FLOOR_BYTES", 0)
    database = tmp_path / "gezinsplan.db"
    database.write_bytes(b"x" * 1000)
    for day in _days(60):
        (tmp_path / f"auto-{day.isoformat()}.db").write_bytes(b"y" * 1000)
    (tmp_path / "voor-herstel-x.db").write_bytes(b"z" * 5000)
    removed = br.prune(tmp_path, database)
    autos = sorted(p.name for p in tmp_path.glob("auto-*.db"))
    assert removed and len(autos) == 3
    assert autos[-2:] == ["auto-2027-03-13.db", "auto-2027-03-14.db"]
    assert "auto-2027-02-28.db" in autos
    assert (tmp_path / "voor-herstel-x.db").exists()
