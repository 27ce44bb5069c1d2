"""Run the whole benchmark suite and write tests/benchmarks/results.md.

    PYTHONPATH=$PWD python -m tests.benchmarks [--families 10000 100000] [--runs 5]

Demo databases are generated once per size and schema into
$GEZINSPLAN_BENCH_DIR (default ~/.cache/gezinsplan-bench) and reused.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

from . import pdfs, startup
from .common import demo_database, median, pct, run_json

HERE = Path(__file__).resolve().parent


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _f(ms: float) -> str:
    return f"{ms:,.1f} ms"


def _ok(good: bool) -> str:
    return "met" if good else "**missed**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--families", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per program")
    parser.add_argument("--out", default=str(HERE / "results.md"))
    args = parser.parse_args(argv)

    sizes = sorted(args.families)
    results: dict[int, dict] = {}
    for n in sizes:
        print(f"{n:,} families", flush=True)
        folder, meta = demo_database(n)
        print("  start-up …", flush=True)
        start = startup.measure(folder, runs=args.runs)
        print("  GUI session …", flush=True)
        gui = run_json("gui_session", [], folder)
        results[n] = {"folder": folder, "meta": meta, "start": start, "gui": gui}
    print("PDFs …", flush=True)
    base = pdfs.base_document()
    reports = pdfs.report_rows(results[sizes[0]]["folder"])

    lines = _table(sizes, results, base, reports)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    print(f"\nwritten: {args.out}")
    return 0


def _table(sizes, results, base, reports) -> list[str]:
    head = "| measure | budget | " + " | ".join(f"{n:,} families" for n in sizes) + " |"
    lines = [
        "# Gezinsplan benchmarks",
        "",
        f"{time.strftime('%Y-%m-%d %H:%M')} · Python {platform.python_version()} · "
        f"{platform.machine()} · Qt offscreen · `python -m tests.benchmarks`",
        "",
        head,
        "|" + " --- |" * (2 + len(sizes)),
    ]

    def row(label, budget, cells):
        lines.append(f"| {label} | {budget} | " + " | ".join(cells) + " |")

    def per(fn):
        return [fn(results[n]) for n in sizes]

    def search_budget(n):
        return 16 if n <= 10_000 else 50

    row("start: bare PySide6 QMainWindow (floor)", "–", per(lambda r: _ms(r["start"]["bare"])))
    row("start: app to caseload painted", "–", per(lambda r: _ms(r["start"]["app"])))
    row("key derivation (SQLCipher PBKDF2)", "apart", per(lambda r: _ms(r["start"]["kdf"])))
    row("start without key derivation ÷ bare", "≤ 2×", per(lambda r: (
        f"{(r['start']['app'] - r['start']['kdf']) / r['start']['bare']:.2f}× "
        f"({_ok((r['start']['app'] - r['start']['kdf']) <= 2 * r['start']['bare'])})")))
    row("search per keystroke p50", "–", per(lambda r: _f(pct(r["gui"]["search_ms"], 50))))
    cells = []
    for n in sizes:
        p95 = pct(results[n]["gui"]["search_ms"], 95)
        cells.append(f"{_f(p95)} ({_ok(p95 <= search_budget(n))} ≤ {search_budget(n)} ms)")
    row("search per keystroke p95", "≤ 16 ms @10k, ≤ 50 ms @100k", cells)
    row("· the same, without repainting the table", "–", per(lambda r: (
        f"p50 {_f(pct(r['gui']['search_handled_ms'], 50))}, p95 {_f(pct(r['gui']['search_handled_ms'], 95))}")))
    row("· floor: repaint of a bare QTableView, same size", "–", per(lambda r: _f(median(r["gui"]["bare_table_repaint_ms"]))))
    for kind in ("naam", "voornaam", "bsn", "postcode", "casusnummer"):
        row(f"· p95 typing a {kind}", "–", per(lambda r, k=kind: _f(pct(r["gui"]["search_by_kind_ms"].get(k, []), 95))))
    row("scroll: next page of 200 rows p95", "–", per(lambda r: _f(pct(r["gui"]["scroll_page_ms"], 95))))
    row("open a family page p95", "≤ 100 ms", per(lambda r: (
        f"{_f(pct(r['gui']['family_open_ms'], 95))} ({_ok(pct(r['gui']['family_open_ms'], 95) <= 100)})")))
    row("switch tabs p95", "–", per(lambda r: _f(pct(r["gui"]["tab_switch_ms"], 95))))
    row("back to the caseload p95", "–", per(lambda r: _f(pct(r["gui"]["back_to_caseload_ms"], 95))))
    for field in ("person.phone", "person.last_name", "family.street"):
        row(f"autosave p95 ({field})", "≤ 10 ms", per(lambda r, f=field: (
            f"{_f(pct(r['gui']['autosave_ms'][f], 95))} ({_ok(pct(r['gui']['autosave_ms'][f], 95) <= 10)})")))
    row("peak RSS (GUI, after searching and scrolling)", "≤ 250 MB @100k", per(lambda r: (
        f"{r['gui']['rss_peak_mb']:.0f} MB" + (f" ({_ok(r['gui']['rss_peak_mb'] <= 250)})"
                                               if r['meta']['families'] >= 100_000 else ""))))
    row("demo generation (`gezinsplan-admin demo`)", "–", per(lambda r: (
        f"{r['meta']['per_second']:,.0f} families/s ({r['meta']['seconds']:.0f} s, {r['meta']['generated']})")))
    lines += ["", "## PDFs", "", "| document | in-process (first / warm) | whole process | LibreOffice | ratio |",
              "| --- | --- | --- | --- | --- |"]
    lo = base["libreoffice"]
    lo_cell = f"{_ms(lo['process'])} ({lo['pages']} p.)" if lo else "soffice not installed: skipped"
    ratio = (f"LibreOffice ÷ in-process {lo['process'] / base['warm']:.0f}×, "
             f"÷ whole process {lo['process'] / base['process']:.1f}×") if lo else "–"
    lines.append(f"| reports/base.write_pdf, {base['pages']}-page plan-like document | "
                 f"{_ms(base['first'])} / {_ms(base['warm'])} | {_ms(base['process'])} | {lo_cell} | {ratio} |")
    for r in reports:
        if "skip" in r:
            lines.append(f"| {r['label']} | skipped: {r['skip']} | – | – | – |")
            continue
        proc = _ms(r["process"]) if isinstance(r["process"], float) else f"skipped: {r['process']}"
        budget = ""
        if r["label"].startswith("evaluation"):
            budget = f" ({_ok(r['warm'] <= 0.150)} ≤ 150 ms)"
        ratio = f"LibreOffice ÷ in-process {lo['process'] / r['warm']:.0f}×" if lo else "–"
        lines.append(f"| {r['label']} (`{r['function']}`) | {_ms(r['first'])} / {_ms(r['warm'])}{budget} "
                     f"| {proc} | (same document not available as HTML) | {ratio} |")
    lines += ["", "Budgets (issue 8): start ≤ 2× bare PySide6 (key derivation apart); search p95 ≤ 16 ms "
              "at 10,000 and ≤ 50 ms at 100,000; family page ≤ 100 ms; evaluation report ≤ 150 ms "
              "in-process and ≥ 10× faster than LibreOffice; autosave p95 ≤ 10 ms; RSS ≤ 250 MB at "
              "100,000 families.", "",
              "Medians of " + ", ".join(f"{len(results[n]['start']['app_runs'])} starts" for n in sizes[:1])
              + f"; search over {len(results[sizes[0]]['gui']['search_ms'])} keystrokes per size.",
              f"Demo generation: `gezinsplan-admin demo --families N`; {median([results[n]['meta']['per_second'] for n in sizes]):,.0f} families/s median."]
    return lines


if __name__ == "__main__":
    sys.exit(main())
