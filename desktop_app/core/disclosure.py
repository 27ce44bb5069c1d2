"""The management report as the table that may leave the CJG: rows of figures, one column
per municipality (and the total), every cell already text, small counts suppressed.

The rule (forms/outcomes.toml sets the threshold, 5):
1. A count of 1 to 4 shows as '< 5'. 0 shows as 0: it is about nobody.
2. A share 'a van b (p %)' shows only when b is at least 5 and neither a nor b - a is 1 to 4
   (either would tell about fewer than 5 people); else '< 5'.
3. An amount of money shows only when the trajecten behind it number at least 5.
4. Totals that would give a suppressed cell away: when, in a row, exactly one municipality's
   cell is suppressed while the total shows, the smallest other shown cell of that row is
   suppressed too; when, in a column, exactly one part of a group (the JZ020 categories, the
   coordination levels) is suppressed while the group's total row shows, the smallest other
   part is suppressed too. Repeated until nothing changes. A group with only one part left
   to hide suppresses its total instead.
Nothing personal is in the table: municipality names, category names, level labels and
numbers only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .costs import format_euro
from .management import TOTAL, Figures, ManagementData
from .outcomes import Share

SUPPRESSED = "< 5"
_SHARE = re.compile(r"([\d.,]+) van ([\d.]+) \((\d+ %)\)")


@dataclass
class Cell:
    text: str
    size: int = 0  # what the secondary suppression compares (the count behind the cell)
    hidden: bool = False
    part: bool = True  # False for cells that are nobody's part (a zero)

    def hide(self, label: str) -> None:
        self.hidden, self.text = True, label


@dataclass
class Row:
    key: str
    label: str
    section: str
    cells: list[Cell] = field(default_factory=list)
    group: str = ""  # rows of one group in a column add up to the row keyed group


@dataclass(frozen=True)
class PublicTable:
    columns: tuple[str, ...]  # municipality names, 'Alle gemeenten' last when there
    rows: tuple[tuple[str, str, str, tuple[str, ...]], ...]  # (section, key, label, cells)
    has_total: bool
    min_count: int


def _n(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _percent(rate: float) -> str:
    return f"{rate * 100:.0f} %".replace(".", ",")


def count_cell(n: int, minimum: int) -> Cell:
    cell = Cell(_n(n), n, part=n > 0)
    if 0 < n < minimum:
        cell.hide(SUPPRESSED)
    return cell


def share_cell(s: Share, minimum: int) -> Cell:
    if s.total == 0:
        return Cell("–", 0, part=False)
    cell = Cell(f"{_n(s.count)} van {_n(s.total)} ({_percent(s.rate)})", s.total)
    if s.total < minimum or 0 < s.count < minimum or 0 < s.total - s.count < minimum:
        cell.hide(SUPPRESSED)
    return cell


def goals_cell(reached: float, total: int, trajects: int, minimum: int) -> Cell:
    if total == 0:
        return Cell("–", 0, part=False)
    whole, half = divmod(round(reached * 2), 2)
    text = _n(whole) + (",5" if half else "")
    cell = Cell(f"{text} van {_n(total)} ({_percent(reached / total)})", total)
    if total < minimum or trajects < minimum:
        cell.hide(SUPPRESSED)
    return cell


def money_cell(cents: int, behind: int, minimum: int) -> Cell:
    cell = Cell(format_euro(cents), behind, part=behind > 0)
    if 0 < behind < minimum:
        cell.hide(SUPPRESSED)
    return cell


def compact(text: str) -> str:
    """'8 van 125 (6 %)' -> '6 % (8/125)': the share first, narrow enough for a column
    (the PDF's tables and the page; the CSV keeps the long form)."""
    match = _SHARE.fullmatch(text)
    return f"{match[3]} ({match[1]}/{match[2]})" if match else text


def _rows(data: ManagementData) -> list[Row]:
    m = data.min_count
    figs = data.figures
    rows: list[Row] = []

    def add(key, label, section, make, group=""):
        rows.append(Row(key, label, section, [make(f) for f in figs], group))

    cases, coord, help_, out = "Casussen", "Coördinatie en opvolging", "Inzet", "Uitkomsten"
    add("new", "Nieuwe casussen", cases, lambda f: count_cell(f.new, m))
    add("running", "Lopende casussen (op de laatste dag)", cases, lambda f: count_cell(f.running, m))
    add("closed", "Afgesloten casussen", cases, lambda f: count_cell(f.closed, m))
    add("overdue", f"Evaluatie te laat (op {data.reference:%d-%m-%Y})", cases,
        lambda f: count_cell(f.overdue, m))
    add("decided", "Casussen met een besluit over coördinatie", coord,
        lambda f: count_cell(f.decided, m))
    add("coordinated", "Met coördinatie en opvolging door het CJG", coord,
        lambda f: share_cell(Share(f.coordinated, f.decided), m))
    for i, level in enumerate(data.levels):
        add(f"level_{i + 1}", f"Niveau: {level}", coord,  # the decision's level key
            lambda f, lv=level: count_cell(f.levels.get(lv, 0), m), group="decided")
    add("deployments", "Inzet in de periode (trajecten)", help_,
        lambda f: count_cell(f.deployments, m))
    for code, name in data.categories.items():
        add(f"jz020_{code}", f"{code} {name}", help_,
            lambda f, c=code: count_cell(f.categories.get(c, 0), m), group="deployments")
    add("cost", "Geschatte kosten van die inzet (hele beschikking)", help_,
        lambda f: money_cell(f.cost_cents, f.deployments - f.cost_unknown, m))
    add("cost_unknown", "Kosten niet te schatten (trajecten)", help_,
        lambda f: count_cell(f.cost_unknown, m))
    add("scale_downs", "Afgeschaald in de periode (keer)", help_,
        lambda f: count_cell(f.scale_downs, m))
    add("saved", "Bespaard door afschalen", help_,
        lambda f: money_cell(f.saved_cents, f.scale_downs - f.saved_unknown, m))
    add("ended", "Trajecten beëindigd in de periode", out,
        lambda f: count_cell(f.outcomes.ended, m))
    add("uitval", "1. Uitval (voortijdig, eenzijdig beëindigd)", out,
        lambda f: share_cell(f.outcomes.uitval, m))
    add("useful", "2. Tevreden over het nut van de hulp", out,
        lambda f: share_cell(f.outcomes.useful, m))
    add("without_help", "3.1 Verder zonder hulp", out,
        lambda f: share_cell(f.outcomes.without_help, m))
    add("no_new_start", "3.2 Geen nieuwe start kort daarna", out,
        lambda f: share_cell(f.outcomes.no_new_start, m))
    add("goals", "3.4 Doelen bereikt (deels telt half)", out,
        lambda f: goals_cell(*f.outcomes.goals, f.outcomes.ended, m))
    return rows


def _hide_one_more(cells: list[Cell]) -> bool:
    """Exactly one hidden part: hide the smallest shown part too. True when it changed."""
    hidden = [c for c in cells if c.hidden]
    if len(hidden) != 1:
        return False
    shown = [c for c in cells if not c.hidden and c.part]
    if not shown:
        return False
    min(shown, key=lambda c: c.size).hide(SUPPRESSED)
    return True


def _secondary(rows: list[Row], has_total: bool) -> None:
    by_key = {r.key: r for r in rows}
    changed = True
    while changed:
        changed = False
        if has_total:
            for r in rows:
                if not r.cells[-1].hidden and _hide_one_more(r.cells[:-1]):
                    changed = True
        for col in range(len(rows[0].cells) if rows else 0):
            for group in {r.group for r in rows if r.group}:
                total = by_key[group].cells[col]
                parts = [r.cells[col] for r in rows if r.group == group]
                if total.hidden or len([p for p in parts if p.hidden]) != 1:
                    continue
                if not _hide_one_more(parts):
                    total.hide(SUPPRESSED)
                changed = True


def public_table(data: ManagementData) -> PublicTable:
    rows = _rows(data)
    has_total = len(data.figures) > 1  # with no case at all only the (empty) total
    _secondary(rows, has_total)
    columns = tuple(f.municipality or "Alle gemeenten" for f in data.figures)
    return PublicTable(columns, tuple((r.section, r.key, r.label,
                                       tuple(c.text for c in r.cells)) for r in rows),
                       has_total, data.min_count)


def chart_values(data: ManagementData, table: PublicTable, key: str
                 ) -> list[tuple[str, float | None, str]]:
    """Per municipality (no total) what a chart shows: (name, value or None where the
    table suppresses it, the table's text). Shares as rates, counts as numbers."""
    row = next(r for r in table.rows if r[1] == key)
    out = []
    for f, text in zip(data.figures, row[3], strict=True):
        if f.municipality == TOTAL:
            continue
        value = None if text in (SUPPRESSED, "–") else _value(f, key)
        shown = text.rsplit("(", 1)[-1].rstrip(")") if "(" in text else text
        out.append((f.municipality, value, shown))
    return out


def _value(f: Figures, key: str) -> float | None:
    o = f.outcomes
    shares = {"uitval": o.uitval, "useful": o.useful, "without_help": o.without_help,
              "no_new_start": o.no_new_start}
    if key in shares:
        return shares[key].rate
    if key == "goals":
        return o.goals_rate
    if key == "coordinated":
        return f.coordinated / f.decided if f.decided else None
    return float(getattr(f, key))
