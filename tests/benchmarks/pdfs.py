"""PDF builds: in-process and as a whole process, next to LibreOffice.

Measured: reports/base.write_pdf with a realistic multi-page document
(pdf_doc.py), and each report of `_reports()` as the app makes it – the store
gathers the core dataclass, the report renders it – in-process and as a whole
`gezinsplan-admin report <kind>` process. A report that fails gives a row that
says so instead of a crash.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from .common import PASSPHRASE, PYTHON, ROOT, admin, bench_dir, env, median

# Cases to report on: an active case (plan), a case with a final evaluation (report).
ACTIVE_CASE = ("SELECT id, family_id, case_number FROM cases WHERE status = 'actief' "
               "ORDER BY id LIMIT 1")
EVALUATED_CASE = ("SELECT c.id, c.family_id, c.case_number FROM cases c WHERE EXISTS "
                  "(SELECT 1 FROM evaluations e WHERE e.case_id = c.id AND e.status = 'definitief') "
                  "ORDER BY c.id LIMIT 1")


def _reports() -> tuple:
    """(label, gather(db, case_id) -> core dataclass, render(data, out), SQL for the
    case, admin argv for that case), in the order of the results table."""
    from desktop_app.reports.evaluation import render_evaluation
    from desktop_app.reports.plan import write_plan_pdf
    from desktop_app.store.evaluation_report import gather
    from desktop_app.store.intake_plan import plan_data

    return (
        ("plan PDF", plan_data, write_plan_pdf, ACTIVE_CASE,
         lambda c: ["report", "plan", "--family", str(c["family_id"]), "--case", str(c["id"])]),
        ("evaluation report", gather, render_evaluation, EVALUATED_CASE,
         lambda c: ["report", "evaluation", "--case", c["case_number"]]),
    )


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


def report_rows(data_dir: Path) -> list[dict]:
    """One row per report: in-process and whole-process timings, or why skipped."""
    from desktop_app.store import open_store

    rows = []
    for label, gather, render, case_sql, argv in _reports():
        row = {"label": label, "function": f"{gather.__name__} + {render.__name__}"}
        rows.append(row)
        store = open_store(data_dir / "gezinsplan.db", PASSPHRASE, check=False)
        try:
            found = store.db.execute(case_sql).fetchone()
            if found is None:
                row["skip"] = "no case to report on in the benchmark database"
                continue
            case = {"id": found[0], "family_id": found[1], "case_number": found[2]}
            out = Path(tempfile.mkdtemp()) / "report.pdf"
            times = []
            try:
                for _ in range(6):
                    started = time.perf_counter()
                    render(gather(store.db, case["id"]), out)
                    times.append(time.perf_counter() - started)
            except Exception as exc:  # noqa: BLE001 - a row, not a crash
                row["skip"] = f"{row['function']} failed: {type(exc).__name__}"
                continue
            row.update(first=times[0], warm=median(times[1:]), pages=_pages(out))
        finally:
            store.close()
        row["process"] = _admin_report(data_dir, argv(case))
    return rows


def _admin_report(data_dir: Path, argv: list[str]) -> float | str:
    """Whole process: `gezinsplan-admin report <kind> ... --out FILE`, median of 3."""
    out = Path(tempfile.mkdtemp()) / "report.pdf"
    argv = [*argv, "--out", str(out)]
    times = []
    for _ in range(3):
        started = time.perf_counter()
        result = admin(argv, data_dir)
        times.append(time.perf_counter() - started)
        if result.returncode != 0:
            return f"`gezinsplan-admin {' '.join(argv[:2])}` exit {result.returncode}"
    return median(times)
