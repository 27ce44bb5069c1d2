"""Issue 16: JZ002 (reden wijziging toewijzing) for the CJG's own endings and changes at an
evaluation, beside JZ588 (what providers report)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core import codelists
from desktop_app.core import evaluation as ev
from desktop_app.core.validation import ValidationError
from desktop_app.paths import resources_dir
from desktop_app.store.evaluation_report import gather

HELD = date(2026, 6, 30)


def test_the_list_names_its_source_and_pairs_with_jz588():
    text = (resources_dir() / "codelists" / "jz002_reden_wijziging.csv").read_text("utf-8")
    assert "informatiemodel.istandaarden.nl/informatiemodel/ijw/3.2/codelijsten/jz002" in text
    codes = codelists.jz002()
    assert codes["05"] == "Herbeoordeling verkorting toewijzing" and "01" not in codes
    assert len(codes) == 13
    pairs = codelists.jz002_jz588()
    assert pairs["06"] == "39" and pairs["09"] == "38" and pairs["13"] == ""
    mapped = {v for v in pairs.values() if v}
    assert mapped and mapped <= set(codelists.jz588())
    assert set(codes) & set(codelists.jz588()) == {"02"}  # two lists, not one


def test_cjg_ending_with_jz002_gets_the_paired_jz588(session, eval_case):
    db = eval_case["db"]
    evaluations = session.evaluations
    eid = evaluations.start(eval_case["case_id"], today=HELD)
    first, second = eval_case["deps"]
    with pytest.raises(ValidationError):
        evaluations.set_conclusion(eid, first, "change_reason", "34")  # a JZ588 code
    evaluations.set_conclusion(eid, first, "conclusion", ev.END)
    assert (first, "end_reason") in evaluations.problems(eid)
    evaluations.set_conclusion(eid, first, "change_reason", "13")  # 'Verwijderd': no JZ588
    assert (first, "end_reason") in evaluations.problems(eid)
    evaluations.set_conclusion(eid, first, "change_reason", "06")  # uitstroom ander domein
    assert (first, "end_reason") not in evaluations.problems(eid)
    evaluations.set_conclusion(eid, second, "conclusion", ev.SCALE_DOWN)
    evaluations.set_conclusion(eid, second, "new_amount", "1")
    evaluations.set_conclusion(eid, second, "change_reason", "05")
    assert evaluations.get(eid).conclusions[second].change_reason == "05"
    report = gather(db, eval_case["case_id"], eid)
    assert "De hulp stopt. Reden: uitstroom naar ander domein." in repr(report)
    evaluations.finalize(eid)
    row = db["deployments"].get(first)
    assert row["status"] == "beëindigd" and row["end_reason"] == "39"
    events = {d: evaluations.deployment_events(d) for d in (first, second)}
    assert [(e["kind"], e["change_reason"], e["end_reason"]) for e in events[first]] == [
        (ev.END, "06", "39")]
    assert [(e["kind"], e["change_reason"]) for e in events[second]] == [(ev.SCALE_DOWN, "05")]
