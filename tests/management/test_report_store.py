"""Issue 16 item 4: the management report's figures against a hand count on a small
hand-made caseload (tests/management/handmade.py), and what may leave the CJG."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.disclosure import SUPPRESSED, public_table
from desktop_app.session.management import gather
from tests.management import handmade


@pytest.fixture
def data(store):
    handmade.build(store.db)
    return gather(store.db, handmade.START, handmade.END, today=handmade.TODAY)


def _fig(data, name):
    return next(f for f in data.figures if f.municipality == name)


def test_cases_and_coordination_by_hand(data):
    assert data.municipalities == ("Roermond", "Weert")
    r = _fig(data, "Roermond")
    assert (r.new, r.running, r.closed) == (2, 3, 1)  # R2, R3 new; R1, R2, R6 open on 31-3
    assert (r.decided, r.coordinated) == (3, 2)  # R1, R2, R6 (R4 closed before the period)
    assert r.levels == {"standaard": 1, "geen": 1, "intensief": 1}
    assert r.overdue == 2  # R1 (1-2) and R6 (1-3) before 31-3; R2 due in July
    w = _fig(data, "Weert")
    assert (w.new, w.running, w.closed, w.decided, w.overdue) == (1, 1, 1, 0, 0)
    total = data.total()
    assert total.municipality == ""
    assert (total.new, total.running, total.closed, total.decided, total.coordinated) == (
        3, 4, 2, 3, 2)
    assert data.levels == ("geen", "standaard", "intensief")


def test_deployments_costs_and_savings_by_hand(data):
    r = _fig(data, "Roermond")
    assert r.deployments == 5  # D1, D2, D3, D5, D6; D4's beschikking ended in 2025
    assert r.categories == {"45": 3, "41": 1, "54": 1}
    assert (r.cost_cents, r.cost_unknown) == (200000, 1)  # D3 has no estimate
    # D2: 40 euro a week less from 15 March to 31 December = 292 days = 292/7 weeks
    assert (r.scale_downs, r.saved_cents, r.saved_unknown) == (1, 166857, 0)
    total = data.total()
    assert total.categories == {"45": 4, "41": 1, "54": 1}
    assert (total.cost_cents, total.saved_cents) == (270000, 166857)
    assert data.categories == {"41": "Dagbehandeling", "45": "Jeugdhulp ambulant",
                               "54": "Jeugd-ggz"}


def test_outcomes_by_hand(data):
    o = _fig(data, "Roermond").outcomes
    assert o.ended == 4  # D1, D3, D5, D6
    assert (o.uitval.count, o.uitval.total) == (2, 4)  # D1 (32), D6 (33); not D3 (34), D5 (JZ002)
    assert (o.useful.count, o.useful.total) == (2, 3)  # D1 5, D3 2, D5 4; the draft not read
    assert (o.without_help.count, o.without_help.total) == (4, 4)  # D2 starts 5 weeks later
    assert (o.no_new_start.count, o.no_new_start.total) == (3, 4)  # D1 is followed by D2
    assert o.goals == (1.5, 2)  # D1: its own result r1 'ja'; D3: r3 'deels'
    t = data.total().outcomes
    assert (t.ended, t.uitval.count, t.no_new_start.count, t.no_new_start.total) == (5, 2, 4, 5)


def test_one_municipality_has_no_total_column(store):
    handmade.build(store.db)
    data = gather(store.db, handmade.START, handmade.END, "Weert", today=handmade.TODAY)
    assert data.municipalities == ("Weert",) and len(data.figures) == 1
    assert public_table(data).columns == ("Weert",)


def test_small_counts_are_suppressed_in_the_public_table(data):
    table = public_table(data)
    assert table.columns == ("Roermond", "Weert", "Alle gemeenten")
    rows = {key: cells for _section, key, _label, cells in table.rows}
    assert rows["new"] == (SUPPRESSED, SUPPRESSED, SUPPRESSED)  # 2, 1, 3
    assert rows["decided"] == (SUPPRESSED, "0", SUPPRESSED)
    assert rows["uitval"][0] == SUPPRESSED and rows["uitval"][1] == SUPPRESSED
    # Roermond's 5 is hidden too: with the total 6 it would give Weert's 1 away (rule 4)
    assert rows["deployments"] == (SUPPRESSED, SUPPRESSED, "6")
    # money only with 5 known estimates behind it: Roermond 4 (D3 unknown), Weert 1, all 5
    assert rows["cost"] == (SUPPRESSED, SUPPRESSED, "€ 2.700,00")
    shown = [c for cells in rows.values() for c in cells]
    assert shown and not any(c in ("1", "2", "3", "4") for c in shown)


def test_period_must_not_end_before_it_starts(store):
    with pytest.raises(ValueError):
        gather(store.db, date(2026, 3, 1), date(2026, 2, 1))
