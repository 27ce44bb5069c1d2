"""The evaluation store: draft and resume, scale-down with history and costs,
endings set the outcome figures, the next date on the case and the caseload."""

from datetime import date

import pytest

from desktop_app.core import evaluation as ev
from desktop_app.core.validation import ValidationError
from desktop_app.store.evaluations import Evaluations

HELD = date(2026, 6, 30)


def _start(eval_case) -> tuple[Evaluations, int]:
    repo = Evaluations(eval_case["db"])
    eid = repo.start(eval_case["case_id"], today=HELD)
    return repo, eid


def test_draft_is_resumed_and_prefilled(eval_case):
    repo, eid = _start(eval_case)
    assert repo.start(eval_case["case_id"]) == eid  # resume, not a second draft
    e = repo.get(eid)
    assert {r: x.level for r, x in e.results.items()} == dict(zip(eval_case["results"], [-2, -1],
                                                                  strict=True))
    assert set(e.conclusions) == set(eval_case["deps"])
    assert e.next_date == date(2026, 12, 30)  # six months, before the beschikking ends
    repo.set_field(eid, "step", "help")
    assert repo.get(eid).step == "help"


def test_bad_input_is_refused_with_a_code(eval_case):
    repo, eid = _start(eval_case)
    for field, value, code in (("satisfaction", "11", "satisfaction"),
                               ("satisfaction", "acht", "satisfaction"),
                               ("next_date", "01-02-2027", "next_date"),
                               ("next_date", "31-02-2026", "date_invalid")):
        with pytest.raises(ValidationError) as exc:
            repo.set_field(eid, field, value)
        assert exc.value.code == code
    with pytest.raises(ValidationError):
        repo.set_result(eid, eval_case["results"][0], "level", "3")


def test_scale_down_changes_volume_from_a_date_and_costs_follow(eval_case):
    from desktop_app.store.results import Results

    db, dep = eval_case["db"], eval_case["deps"][0]
    before = Results(db).get_deployment(dep)
    case_cost_before = db["cases"].get(eval_case["case_id"])["estimated_cost"]
    repo, eid = _start(eval_case)
    repo.set_conclusion(eid, dep, "conclusion", ev.SCALE_DOWN)
    repo.set_conclusion(eid, dep, "new_amount", "5")
    assert repo.problems(eid) == [(dep, "scale_down_more")]
    repo.set_conclusion(eid, dep, "new_amount", "2")
    repo.set_conclusion(eid, dep, "from_date", "01-07-2026")
    repo.set_conclusion(eid, dep, "why", "Het gaat beter; oma neemt de woensdag over.")
    repo.finalize(eid)
    after = Results(db).get_deployment(dep)
    assert after.volume.amount == 2
    assert [(h.from_date, h.old.amount, h.new.amount) for h in after.history] == [
        (date(2026, 7, 1), 4, 2)]
    assert after.cost.cents < before.cost.cents
    assert db["cases"].get(eval_case["case_id"])["estimated_cost"] < case_cost_before
    events = repo.deployment_events(dep)
    assert [(e["kind"], e["old_amount"], e["new_amount"], e["on_date"]) for e in events] == [
        ("afschalen", 4, 2, "2026-07-01")]


def test_ending_with_a_voortijdig_code_sets_uitval(eval_case):
    db = eval_case["db"]
    repo, eid = _start(eval_case)
    first, second = eval_case["deps"]
    for rid in eval_case["results"]:
        repo.set_result(eid, rid, "reached", "deels")
    repo.set_field(eid, "satisfaction", "6")
    repo.set_conclusion(eid, first, "conclusion", ev.END)
    assert (first, "end_reason") in repo.problems(eid)
    repo.set_conclusion(eid, first, "end_reason", "32")
    repo.set_conclusion(eid, second, "conclusion", ev.TO_VOORLIGGEND)
    assert (second, "service") in repo.problems(eid)
    repo.set_conclusion(eid, second, "service", "het wijkteam")
    repo.finalize(eid)
    case = db["cases"].get(eval_case["case_id"])
    assert case["outcome_uitval"] == 1
    assert case["outcome_end_reasons"] == "32,31"
    assert case["outcome_satisfaction"] == 6
    assert (case["outcome_goals_reached"], case["outcome_goals_total"]) == (1.0, 2)
    for dep in (first, second):
        row = db["deployments"].get(dep)
        assert row["status"] == "beëindigd" and row["end_date"] == HELD.isoformat()
    assert repo.deployment_events(second)[0]["service"] == "het wijkteam"
    with pytest.raises(ValidationError):  # a final evaluation never changes
        repo.set_field(eid, "goes_well", "later")


def test_planned_ending_is_no_uitval(eval_case):
    repo, eid = _start(eval_case)
    for dep in eval_case["deps"]:
        repo.set_conclusion(eid, dep, "conclusion", ev.END)
        repo.set_conclusion(eid, dep, "end_reason", "31")
    repo.finalize(eid)
    assert eval_case["db"]["cases"].get(eval_case["case_id"])["outcome_uitval"] == 0


def test_next_date_goes_to_the_case_and_the_caseload(eval_case):
    db = eval_case["db"]
    repo, eid = _start(eval_case)
    repo.set_field(eid, "next_date", "15-11-2026")
    repo.finalize(eid)
    assert db["cases"].get(eval_case["case_id"])["next_evaluation"] == "2026-11-15"
    assert db["families"].get(eval_case["family_id"])["next_evaluation"] == "2026-11-15"
    assert repo.start(eval_case["case_id"], today=date(2026, 11, 15)) != eid  # a new draft
