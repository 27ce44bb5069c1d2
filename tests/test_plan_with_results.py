"""The family's plan carries the results, the agreements and the help (issues 3 + 4)."""

from __future__ import annotations

from pypdf import PdfReader

from desktop_app.reports.plan import PLAN_SECTIONS, write_plan_pdf
from desktop_app.store.intake_plan import plan_data
from desktop_app.store.results import results_for_case


def test_sections_sit_between_question_and_coordinator():
    names = [n for n, _ in PLAN_SECTIONS]
    assert names.index("onze_vraag") < names.index("resultaten") < names.index("afspraken") \
        < names.index("hulp") < names.index("wie_coordineert")


def test_plan_pdf_shows_results_actions_and_help(demo_store, tmp_path):
    db = demo_store.db
    row = db.execute(
        "SELECT r.case_id FROM results r JOIN deployments d ON d.case_id = r.case_id "
        "JOIN actions a ON a.case_id = r.case_id LIMIT 1"
    ).fetchone()
    assert row, "the demo data should have a case with results, actions and deployments"
    case_id = row[0]
    plan = plan_data(db, case_id)
    out = write_plan_pdf(plan, tmp_path / "plan.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    first = results_for_case(db, case_id)[0]
    assert " ".join(first.family_words.split())[:40] in text
    for heading in ("Wat we samen willen bereiken", "Wie doet wat, en wanneer", "De hulp die u krijgt"):
        assert heading in text
