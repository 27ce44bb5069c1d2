"""PDF builds: in-process and as a whole process, next to LibreOffice.

What exists is measured: reports/base.write_pdf with a realistic multi-page
document (pdf_doc.py). The plan PDF and the evaluation report are picked up
automatically once their modules exist (REPORTS below): the first public
function named write_*/build_* is called with arguments matched by name, and
`gezinsplan-admin report <kind>` is found through the admin parser. Missing
pieces give a row that says so instead of a failure.
"""

from __future__ import annotations

import importlib
import inspect
import shutil
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

from .common import PASSPHRASE, PYTHON, ROOT, admin, bench_dir, env, median

# (label, module, admin report subcommand names to try)
REPORTS = [
    ("plan PDF", "desktop_app.reports.plan", ("plan", "gezinsplan")),
    ("evaluation report", "desktop_app.reports.evaluation", ("evaluation", "evaluatie")),
]


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def base_document(runs: int = 7) -> dict:
    from . import pdf_doc

    out = Path(tempfile.mkdtemp()) / "plan.pdf"
    started = time.perf_counter()
    pdf_doc.write(out)  # the first build pays for importing reportlab and the fonts
    first = time.perf_counter() - started
    warm = []
    for _ in range(runs):
        started = time.perf_counter()
        pdf_doc.write(out)
        warm.append(time.perf_counter() - started)
    process = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([PYTHON, "-m", "tests.benchmarks.pdf_doc", str(out)], env=env(), cwd=ROOT,
                       check=True, capture_output=True)
        process.append(time.perf_counter() - started)
    return {"first": first, "warm": median(warm), "process": median(process), "pages": _pages(out),
            "libreoffice": libreoffice(pdf_doc.html())}


def libreoffice(html: str, runs: int = 3) -> dict | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    work = Path(tempfile.mkdtemp())
    src = work / "plan.html"
    src.write_text(html, encoding="utf-8")
    profile = (bench_dir() / "lo-profile").as_uri()
    cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
           "pdf:writer_pdf_Export", "--outdir", str(work / "out"), str(src)]
    subprocess.run(cmd, capture_output=True, timeout=300)  # warm-up: creates the profile
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, capture_output=True, timeout=300, check=True)
        times.append(time.perf_counter() - started)
    return {"process": median(times), "pages": _pages(work / "out" / "plan.pdf")}


def _arguments(fn, store, case: dict, out: Path) -> dict | str:
    """Arguments for a report function, matched by parameter name; a str says why not."""
    from desktop_app.store.families import Families

    known = {
        "store": store, "db": store.db, "families": Families(store.db),
        "case_id": case["id"], "family_id": case["family_id"], "case_number": case["case_number"],
        "out": out, "path": out, "target": out, "out_path": out, "output": out, "dest": out,
        "day": date.today(), "today": date.today(),
    }
    args = {}
    for name, param in inspect.signature(fn).parameters.items():
        if name in known:
            args[name] = known[name]
        elif param.default is inspect.Parameter.empty and param.kind not in (
                param.VAR_POSITIONAL, param.VAR_KEYWORD):
            return f"parameter '{name}' of {fn.__name__}() unknown to the benchmark"
    return args


def report_rows(data_dir: Path) -> list[dict]:
    """One row per known report: in-process and whole-process timings, or why skipped."""
    from desktop_app.store import open_store
    # The evaluation report's data source registers itself from the store side
    # (reports may not import the store); the app imports it the same way.
    importlib.import_module("desktop_app.store.evaluation_report")

    rows = []
    for label, module_name, commands in REPORTS:
        row = {"label": label}
        rows.append(row)
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            row["skip"] = f"`{module_name}` does not exist yet"
            continue
        fns = [f for name, f in inspect.getmembers(module, inspect.isfunction)
               if f.__module__ == module_name and name.startswith(("write_", "build_"))]
        if not fns:
            row["skip"] = f"no write_*/build_* function in `{module_name}`"
            continue
        store = open_store(data_dir / "gezinsplan.db", PASSPHRASE, check=False)
        try:
            case = store.db.execute(
                "SELECT id, family_id, case_number FROM cases WHERE status = 'actief' "
                "ORDER BY id LIMIT 1").fetchone()
            case = {"id": case[0], "family_id": case[1], "case_number": case[2]}
            out = Path(tempfile.mkdtemp()) / "report.pdf"
            args = _arguments(fns[0], store, case, out)
            if isinstance(args, str):
                row["skip"] = args
                continue
            times = []
            try:
                for _ in range(6):
                    started = time.perf_counter()
                    result = fns[0](**args)
                    times.append(time.perf_counter() - started)
            except Exception as exc:  # noqa: BLE001 - a row, not a crash
                row["skip"] = f"{fns[0].__name__}() failed: {type(exc).__name__}"
                continue
            made = result if isinstance(result, Path) else out
            row.update(first=times[0], warm=median(times[1:]), function=fns[0].__name__,
                       pages=_pages(made) if Path(made).exists() else None)
        finally:
            store.close()
        row["process"] = _admin_report(data_dir, commands, case)
    return rows


def _admin_report(data_dir: Path, commands, case: dict) -> float | str:
    """Whole process through `gezinsplan-admin report <kind> ...`, arguments by dest name."""
    from desktop_app.admin import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    report = sub.choices.get("report")
    if report is None:
        return "no `gezinsplan-admin report` yet"
    kinds = next((a for a in report._actions if getattr(a, "choices", None)
                  and isinstance(a.choices, dict)), None)
    argv = ["report"]
    target = report
    if kinds is not None:
        kind = next((c for c in commands if c in kinds.choices), None)
        if kind is None:
            return f"no report kind among {sorted(kinds.choices)}"
        argv.append(kind)
        target = kinds.choices[kind]
    out = Path(tempfile.mkdtemp()) / "report.pdf"
    values = {"case": case["case_number"], "case_number": case["case_number"], "case_id": case["id"],
              "family": case["family_id"], "family_id": case["family_id"], "out": out,
              "output": out, "path": out}
    for action in target._actions:
        if action.dest in ("help", "data_dir") or not action.required and action.option_strings:
            continue
        if action.dest not in values:
            return f"argument '{action.dest}' unknown to the benchmark"
        value = str(values[action.dest])
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    if not any(str(out) == a for a in argv):
        argv += ["--out", str(out)]
    times = []
    for _ in range(3):
        started = time.perf_counter()
        result = admin(argv, data_dir)
        times.append(time.perf_counter() - started)
        if result.returncode != 0:
            return f"`gezinsplan-admin {' '.join(argv[:2])}` exit {result.returncode}"
    return median(times)
