"""The management report of a 10,000-family demo: produced (PDF and CSV), read back, its
totals checked against plain counts, nothing personal in it. Slow (the demo takes ~25 s);
`pytest -m slow tests/management/test_management_10k.py -s` prints the timings."""

from __future__ import annotations

import csv
import time
from datetime import date

import pytest

from tests.management.test_exports import _found, _pdf_text, _personal

pytestmark = pytest.mark.slow


def test_management_report_of_10000_families(store, tmp_path):
    from desktop_app.session import Session
    from desktop_app.store.demo import fill_demo

    t0 = time.perf_counter()
    fill_demo(store, 10_000, seed=7)
    t_demo = time.perf_counter() - t0
    session = Session(store)
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    db = store.db
    t0 = time.perf_counter()
    data = session.management.report(start, end)
    t_read = time.perf_counter() - t0
    t0 = time.perf_counter()
    pdf = session.management.export(data, tmp_path / "10k.pdf")
    t_pdf = time.perf_counter() - t0
    csv_path = session.management.export(data, tmp_path / "10k.csv")
    # floor: one plain pass over the rows the report reads
    t0 = time.perf_counter()
    for table in ("cases", "deployments", "evaluations", "evaluation_results",
                  "deployment_events", "deployment_volume_changes"):
        db.execute(f"SELECT * FROM {table}").fetchall()
    t_floor = time.perf_counter() - t0
    print(f"\n10k demo {t_demo:.1f} s; report read {t_read:.2f} s (floor, plain read of its "
          f"tables {t_floor:.2f} s); PDF {t_pdf:.2f} s, {pdf.stat().st_size} bytes")

    total = data.total()
    assert total.new == db.execute("SELECT count(*) FROM cases WHERE start_date BETWEEN ? AND ?",
                                   [start.isoformat(), end.isoformat()]).fetchone()[0]
    assert total.closed == db.execute("SELECT count(*) FROM cases WHERE end_date BETWEEN ? AND ?",
                                      [start.isoformat(), end.isoformat()]).fetchone()[0]
    ended = db.execute("SELECT count(*) FROM deployments WHERE status = 'beëindigd' "
                       "AND end_date BETWEEN ? AND ?", [start.isoformat(), end.isoformat()]
                       ).fetchone()[0]
    uitval = db.execute("SELECT count(*) FROM deployments WHERE status = 'beëindigd' "
                        "AND end_reason IN ('32', '33') AND end_date BETWEEN ? AND ?",
                        [start.isoformat(), end.isoformat()]).fetchone()[0]
    assert total.outcomes.ended == ended > 100
    assert total.outcomes.uitval.count == uitval > 0
    assert total.outcomes.useful.total > 0 and total.outcomes.no_new_start.total > 0
    assert sum(f.new for f in data.figures[:-1]) == total.new
    assert sum(total.categories.values()) == total.deployments

    # read back: the CSV's totals column is the table's; the PDF names every section
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header = rows[1]
    assert header[-1] == "Alle gemeenten" and len(header) == 3 + len(data.figures)
    by_key = {r[1]: r for r in rows[2:]}
    assert by_key["new"][-1] == f"{total.new:,}".replace(",", ".")
    assert by_key["ended"][-1] == f"{ended:,}".replace(",", ".")
    text = _pdf_text(pdf)
    for heading in ("Casussen", "Coördinatie en opvolging", "Kosten en afschalen",
                    "Uitkomsten per traject", "Zo is geteld"):
        assert heading in text
    values = _personal(db)
    assert len(values) > 10_000
    assert _found(text, values) == []
    assert _found(csv_path.read_text("utf-8-sig"), values) == []
