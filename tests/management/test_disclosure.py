"""The suppression rule of core.disclosure: small counts, shares, money and the totals
that would give a hidden cell away."""

from __future__ import annotations

from datetime import date

from desktop_app.core.disclosure import SUPPRESSED, count_cell, money_cell, public_table, share_cell
from desktop_app.core.management import Figures, ManagementData
from desktop_app.core.outcomes import Indicators, Share


def _outcomes(ended=0):
    empty = Share(0, 0)
    return Indicators(ended, empty, empty, empty, empty)


def _data(parts: list[dict]) -> ManagementData:
    figs = []
    for name, values in parts:
        figs.append(Figures(name, outcomes=_outcomes(), **values))
    return ManagementData(date(2026, 1, 1), date(2026, 6, 30), date(2026, 12, 1),
                          tuple(n for n, _ in parts[:-1]), tuple(figs),
                          {"45": "Jeugdhulp ambulant", "54": "Jeugd-ggz"}, ())


def test_cells():
    assert count_cell(0, 5).text == "0" and count_cell(4, 5).text == SUPPRESSED
    assert count_cell(5, 5).text == "5" and count_cell(1234, 5).text == "1.234"
    assert share_cell(Share(0, 0), 5).text == "–"
    assert share_cell(Share(3, 40), 5).text == SUPPRESSED  # 3 people
    assert share_cell(Share(37, 40), 5).text == SUPPRESSED  # 3 without it
    assert share_cell(Share(0, 40), 5).text == "0 van 40 (0 %)"
    assert share_cell(Share(12, 40), 5).text == "12 van 40 (30 %)"
    assert share_cell(Share(1200, 4000), 5).text == "1.200 van 4.000 (30 %)"
    assert money_cell(123456, 4, 5).text == SUPPRESSED
    assert money_cell(123456, 5, 5).text == "€ 1.234,56"


def test_a_total_never_gives_a_hidden_cell_away():
    data = _data([("A", {"new": 3}), ("B", {"new": 20}), ("C", {"new": 30}),
                  ("", {"new": 53})])
    rows = {key: cells for _s, key, _l, cells in public_table(data).rows}
    # A (3) hidden; with the total 53 and C's 30, B's 20 would give it away: the smallest
    # other (B) is hidden too
    assert rows["new"] == (SUPPRESSED, SUPPRESSED, "30", "53")


def test_two_hidden_cells_need_no_more():
    data = _data([("A", {"new": 3}), ("B", {"new": 2}), ("C", {"new": 30}),
                  ("", {"new": 35})])
    rows = {key: cells for _s, key, _l, cells in public_table(data).rows}
    assert rows["new"] == (SUPPRESSED, SUPPRESSED, "30", "35")


def test_category_parts_within_a_municipality():
    data = _data([("A", {"deployments": 40, "categories": {"45": 37, "54": 3}}),
                  ("B", {"deployments": 50, "categories": {"45": 40, "54": 10}}),
                  ("", {"deployments": 90, "categories": {"45": 77, "54": 13}})])
    rows = {key: cells for _s, key, _l, cells in public_table(data).rows}
    # A's 3 hidden -> A's 37 too (with A's 40 it would tell 3); the row rule then hides B's
    # 10 (one hidden in the row with the total shown) and B's 40 by the column rule
    assert rows["jz020_54"][0] == SUPPRESSED and rows["jz020_45"][0] == SUPPRESSED
    assert rows["deployments"] == ("40", "50", "90")
    for key in ("jz020_45", "jz020_54"):
        hidden = [c for c in rows[key][:-1] if c == SUPPRESSED]
        assert len(hidden) != 1, key
    for col in range(2):
        hidden = [rows[k][col] for k in ("jz020_45", "jz020_54") if rows[k][col] == SUPPRESSED]
        assert len(hidden) != 1
