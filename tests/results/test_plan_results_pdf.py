"""The plan's results, actions and help sections, built into a real PDF through
reports/base.write_pdf and read back with pypdf."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from desktop_app.core.costs import Volume
from desktop_app.core.results import (
    Action,
    Deployment,
    PlanResultsData,
    Result,
    VolumeChange,
)
from desktop_app.reports.base import DocMeta, styles, write_pdf
from desktop_app.reports.plan_results import (
    SECTIONS,
    actions_section,
    help_section,
    results_section,
)


def _data(empty: bool = False) -> PlanResultsData:
    if empty:
        return PlanResultsData("CJG-2026-000001", "MLO", {}, [], [], [])
    result = Result(id=7, case_id=1, family_words="Zoë wil weer graag naar school",
                    formulation="Zoë gaat binnen drie maanden 5 dagen per week naar school.",
                    domains=["Scholing"], member_ids=[3], owner="Mariëlle",
                    target_date=date(2026, 7, 3), start_level=-2, weight=2,
                    levels={-2: "Zoë gaat niet naar school.", -1: "1 tot 2 dagen.",
                            0: "5 dagen per week.", 1: "5 dagen en huiswerk.",
                            2: "5 dagen, huiswerk en een club."})
    action = Action(case_id=1, what="Oma haalt Zoë op woensdag uit school", who_kind="netwerk",
                    who="Oma Geurts", due=date(2026, 2, 4), status="gepland", result_id=7)
    old, new = Volume(4, "04", "2"), Volume(2, "04", "2")
    dep = Deployment(
        case_id=1, provider_name="Jeugdzorgcentrum Midden-Limburg voor Kinderen, Jongeren en "
        "Hun Ouders (locatie Roermond-Oost en Echt-Susteren)",
        product_name="Ambulante jeugdhulp op school of in de kinderopvang (OSK)", category="45",
        volume=new, start=date(2026, 2, 1), end=date(2026, 7, 31),
        beschikkingnummer="2026-ROE-48213", location="school", status="gestart", result_ids=[7],
        history=[VolumeChange(1, date(2026, 4, 1), old, new, "Het gaat beter")])
    return PlanResultsData("CJG-2026-000001", "MLO", {3: "Zoë"}, [result], [action], [dep])


def _build(tmp_path, data) -> str:
    st = styles()
    story = [f for section in SECTIONS for f in section(data, st)]
    out = write_pdf(tmp_path / "plan.pdf", DocMeta("Gezinsplan Vossen", 1, date(2026, 3, 1)),
                    story)
    reader = PdfReader(str(out))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_sections_in_pdf(tmp_path):
    text = _build(tmp_path, _data())
    for expected in ("Wat we samen willen bereiken", "Resultaat 1: Zoë wil weer graag naar school",
                     "hier begonnen we", "+2 · veel beter dan het doel", "Scholing",
                     "3 juli 2026", "Wie doet wat, en wanneer", "Oma Geurts (netwerk)",
                     "4 februari 2026", "nog doen", "De hulp die u krijgt", "beschikking",
                     "2026-ROE-48213", "op school (OSK)", "2 uur per week",
                     "vanaf 1 april 2026: 2 uur per week (was 4 uur per week)",
                     "1 februari 2026 tot en met 31 juli 2026", "resultaat 1", "Echt-Susteren)"):
        assert expected in " ".join(text.split()), expected


def test_empty_sections(tmp_path):
    text = _build(tmp_path, _data(empty=True))
    assert "Er zijn nog geen resultaten vastgelegd." in text
    assert "Er zijn nog geen afspraken vastgelegd." in text
    assert "Er is (nog) geen hulp van een zorgaanbieder ingezet." in text


def test_builders_from_demo_store(tmp_path, demo_store):
    from desktop_app.store.results import plan_results_data

    case_id = demo_store.db.execute(
        "SELECT case_id FROM deployments GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    data = plan_results_data(demo_store.db, case_id)
    st = styles()
    story = results_section(data, st) + actions_section(data, st) + help_section(data, st)
    out = write_pdf(tmp_path / "demo.pdf", DocMeta("Gezinsplan"), story)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert data.deployments and data.results  # the busiest demo case has both
    for dep in data.deployments:
        assert dep.beschikkingnummer and dep.beschikkingnummer in text
    for result in data.results:
        assert result.levels[0][:20] in text
