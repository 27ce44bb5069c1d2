"""The family's plan as PDF: read back with pypdf; Dutch characters intact; the date and
'pagina X van Y' on every page; sections can be added by later features; the admin command."""

from __future__ import annotations

import re
from datetime import date

from pypdf import PdfReader

from desktop_app.reports import plan as plan_report
from desktop_app.reports.base import format_day
from desktop_app.store.intake_plan import plan_data
from tests.intake_fixtures import make_large_family


def _text(path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_plan_pdf_of_a_large_family(store, tmp_path):
    case_id = make_large_family(store)
    day = date.today()  # the age rules for the missing consents count from today
    plan = plan_data(store.db, case_id, day=day, version=2)
    out = plan_report.write_plan_pdf(plan, tmp_path / plan_report.plan_file_name(plan))
    assert out.name == f"Gezinsplan Verheggen-Schoonbrood {day.isoformat()} v2.pdf"
    pages = _text(out)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert format_day(day) in page  # e.g. '3 juli 2026'
        assert f"pagina {n} van {len(pages)}" in page
        assert "versie 2" in page
    whole = _norm(" ".join(pages))
    # The family's own words, Dutch characters intact.
    assert "Chloë en Anaïs zijn vaak bang, Daniël trekt zich terug" in whole
    assert "één vaste persoon" in whole and "naïef" in whole and "café-werk" in whole
    for heading in ("Uw gezin", "Uw netwerk", "Wat gaat goed", "Waar u zich zorgen over maakt",
                    "Uw vraag", "Wie houdt het overzicht", "Wanneer kijken we samen terug", "Toestemming",
                    "Handtekeningen"):
        assert heading in whole
    assert "Mariëlle Anne-Sophie Janssen-van den Heuvel" in whole
    assert "Oma Truus Hüskens-Geraedts" in whole
    assert ("Anaïs: toestemming voor de hulp en om informatie te delen van Anaïs "
            "Verheggen-Schoonbrood zelf ontbreekt.") in whole
    assert "Toestemming voor de hulp: De hulp uit het gezinsplan" in whole
    # Never in the family's plan: BSN, the consultant's notes, the safety note.
    assert "999900006" not in whole and "GEHEIM" not in whole
    # Order of sections as listed.
    positions = [whole.index(h) for h in ("Uw gezin", "Wat gaat goed", "Uw vraag", "Wie houdt het overzicht",
                                          "Toestemming", "Handtekeningen")]
    assert positions == sorted(positions)


def test_empty_intake_still_gives_a_readable_plan(store, tmp_path):
    from desktop_app.core.models import Case, Family, Person
    from desktop_app.store.families import Families

    families = Families(store.db)
    fid = families.add_family(Family("Ëlbers", municipality="Weert",
                                     members=[Person(0, "jeugdige", "Noë", "Ëlbers")]))
    cid = families.add_case(Case(fid, "", "Weert", "MLW"))
    out = plan_report.write_plan_pdf(plan_data(store.db, cid), tmp_path / "leeg.pdf")
    whole = _norm(" ".join(_text(out)))
    assert "Uw vraag is nog niet opgeschreven." in whole
    assert "Er staan nog geen mensen op de netwerkkaart." in whole
    assert "Noë: er is geen ouder met gezag bekend." in whole


def test_sections_can_be_added_to_a_copy_of_the_list(store, tmp_path):
    def goal(plan, st):
        return [plan_report.markup("Ons eigen doel", "h1", st),
                plan_report.para(plan.extras.get("doel", ""), "body", st)]

    sections = plan_report.with_section_after("onze_vraag", "doel", goal)
    names = [n for n, _ in sections]
    assert names.index("doel") == names.index("onze_vraag") + 1
    assert "doel" not in [n for n, _ in plan_report.PLAN_SECTIONS]  # the shipped list is unchanged
    replaced = plan_report.with_section_after("onze_vraag", "terugkijken", goal)
    assert [n for n, _ in replaced] == [n for n, _ in plan_report.PLAN_SECTIONS]
    case_id = make_large_family(store)
    plan = plan_data(store.db, case_id)
    plan.extras["doel"] = "Elke avond om half negen rust in huis – dat is ons doel."
    out = plan_report.write_plan_pdf(plan, tmp_path / "p.pdf", sections=sections)
    whole = _norm(" ".join(_text(out)))
    assert whole.index("Uw vraag") < whole.index("Ons eigen doel") < whole.index("Wie houdt het overzicht")
    assert "rust in huis – dat is ons doel" in whole


def test_admin_report_plan(store, tmp_path, monkeypatch, capsys):
    from desktop_app.admin import main
    from tests.conftest import PASSPHRASE

    case_id = make_large_family(store)
    family_id = store.db.execute("SELECT family_id FROM cases WHERE id = ?", [case_id]).fetchone()[0]
    store.close()
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "plan.pdf"
    assert main(["report", "plan", "--family", str(family_id), "--out", str(out)]) == 0
    whole = _norm(" ".join(_text(out)))
    assert "Chloë en Anaïs" in whole
    # The same operation as the GUI: the date the case holds, recorded and audited once.
    from desktop_app.store import open_store

    again = open_store(store.path, PASSPHRASE)
    try:
        due = again.db.execute("SELECT next_evaluation FROM cases WHERE id = ?",
                               [case_id]).fetchone()[0]
        assert f"We kijken samen terug op {format_day(date.fromisoformat(due))}." in whole
        exports = again.db.execute("SELECT tbl, row_ref, fields, detail FROM audit_log "
                                   "WHERE action = 'export'").fetchall()
        assert exports == [("cases", str(case_id), "plan", "pdf")]
        version = again.db.execute("SELECT plan_version FROM intakes WHERE case_id = ?",
                                   [case_id]).fetchone()[0]
        assert version == 1
    finally:
        again.close()
    assert main(["report", "plan", "--family", "424242", "--out", str(out)]) == 4
    assert "geen gezin met ID 424242" in capsys.readouterr().err
    assert main(["report", "plan", "--family", str(family_id), "--out", str(tmp_path / "x.txt")]) == 7
    code = main(["--help"])
    assert code == 0 and "report" in capsys.readouterr().out


def test_the_reason_to_look_back_in_the_familys_words():
    from desktop_app.core import lifecycle as lc
    from desktop_app.core.plan import PlanData

    def plan(n, due):
        return PlanData("Peeters", 1, "C-1", "", date(2026, 12, 1), 1, evaluation_date=due,
                        next_evaluation=n)

    due = date(2027, 3, 1)
    interval = lc.NextEvaluation(due, "interval", lc.Limit("interval", due, months=3,
                                                          since=date(2026, 12, 1)))
    assert plan_report.look_back_reason(plan(interval, due)) == \
        "We kijken elke drie maanden samen terug."
    decided = lc.NextEvaluation(due, "interval", lc.Limit(
        "interval", due, months=3, since=date(2026, 12, 1), since_kind="decision"))
    # One sentence, one owner: the plan prints what the letters and the report print.
    from desktop_app.core.follow_up_words import follow_up_reason

    assert plan_report.look_back_reason(plan(decided, due)) == follow_up_reason(decided) == \
        "Dat is drie maanden na het besluit van 1 december 2026."
    six = lc.NextEvaluation(due, "interval", lc.Limit("interval", due, months=6))
    assert "één keer per half jaar" in plan_report.look_back_reason(plan(six, due))
    unnamed = lc.NextEvaluation(due, "beschikking",
                                lc.Limit("beschikking", due, since=date(2027, 3, 29)))
    assert plan_report.look_back_reason(plan(unnamed, due)) == \
        "Dat is op tijd voordat een deel van de hulp op 29 maart 2027 afloopt."
    assert "niet op" in plan_report.look_back_reason(
        plan(lc.NextEvaluation(None, "none_no_follow_up"), None))
    assert "afgesloten" in plan_report.look_back_reason(
        plan(lc.NextEvaluation(None, "none_closed"), None))
    assert plan_report.look_back_reason(plan(None, None)) == ""
