"""The evaluation store (through the session's operations): draft and resume, scale-down
with history and costs, endings set the outcome figures, the next date on the case comes
from the lifecycle rule."""

from datetime import date

import pytest

from desktop_app.core import evaluation as ev
from desktop_app.core.evaluation_dates import NextDateError
from desktop_app.core.validation import ValidationError

HELD = date(2026, 6, 30)


def _start(session, eval_case):
    evaluations = session.evaluations
    return evaluations, evaluations.start(eval_case["case_id"], today=HELD)


def test_draft_is_resumed_and_prefilled(session, eval_case):
    evaluations, eid = _start(session, eval_case)
    assert evaluations.start(eval_case["case_id"]) == eid  # resume, not a second draft
    e = evaluations.get(eid)
    assert {r: x.level for r, x in e.results.items()} == dict(zip(eval_case["results"], [-2, -1],
                                                                  strict=True))
    assert set(e.conclusions) == set(eval_case["deps"])
    # Proposed: the beschikking ends 31-12-2026, the policy's margin is 28 days.
    assert e.next_date == date(2026, 12, 3) == evaluations.proposal(eid).due
    evaluations.set_field(eid, "step", "help")
    assert evaluations.get(eid).step == "help"


def test_bad_input_is_refused_with_a_code(session, eval_case):
    evaluations, eid = _start(session, eval_case)
    for field, value, code in (("satisfaction", "11", "satisfaction"),
                               ("satisfaction", "acht", "satisfaction"),
                               ("next_date", "01-02-2027", "next_date_beschikking"),
                               ("next_date", "20-12-2026", "next_date_margin"),
                               ("next_date", "30-06-2026", "next_date_before"),
                               ("next_date", "31-02-2026", "date_invalid")):
        with pytest.raises(ValidationError) as exc:
            evaluations.set_field(eid, field, value)
        assert exc.value.code == code
    assert evaluations.get(eid).next_date == date(2026, 12, 3)  # nothing refused was stored
    with pytest.raises(ValidationError):
        evaluations.set_result(eid, eval_case["results"][0], "level", "3")


def test_scale_down_changes_volume_from_a_date_and_costs_follow(session, eval_case):
    from desktop_app.store.results import Results

    db, dep = eval_case["db"], eval_case["deps"][0]
    before = Results(db).get_deployment(dep)
    case_cost_before = db["cases"].get(eval_case["case_id"])["estimated_cost"]
    evaluations, eid = _start(session, eval_case)
    evaluations.set_conclusion(eid, dep, "conclusion", ev.SCALE_DOWN)
    evaluations.set_conclusion(eid, dep, "new_amount", "5")
    assert evaluations.problems(eid) == [(dep, "scale_down_more")]
    evaluations.set_conclusion(eid, dep, "new_amount", "2")
    evaluations.set_conclusion(eid, dep, "from_date", "01-07-2026")
    evaluations.set_conclusion(eid, dep, "why", "Het gaat beter; oma neemt de woensdag over.")
    preview = evaluations.saving(eid, dep).cents
    # 2 hours a week less from 1 July to 31 December 2026 (184 days) at the deployment's tariff
    tariff = before.cost.years[0].tariff_cents
    assert {y.tariff_cents for y in before.cost.years} == {tariff}  # one tariff year
    assert abs(preview - round(2 * 184 * tariff / 7)) <= 1  # rounded per estimate
    evaluations.finalize(eid)
    after = Results(db).get_deployment(dep)
    assert before.cost.cents - after.cost.cents == preview  # what the step showed
    assert after.volume.amount == 2
    assert [(h.from_date, h.old.amount, h.new.amount) for h in after.history] == [
        (date(2026, 7, 1), 4, 2)]
    assert after.cost.cents < before.cost.cents
    assert db["cases"].get(eval_case["case_id"])["estimated_cost"] < case_cost_before
    events = evaluations.deployment_events(dep)
    assert [(e["kind"], e["old_amount"], e["new_amount"], e["on_date"]) for e in events] == [
        ("afschalen", 4, 2, "2026-07-01")]


def test_ending_with_a_voortijdig_code_sets_uitval(session, eval_case):
    db = eval_case["db"]
    evaluations, eid = _start(session, eval_case)
    first, second = eval_case["deps"]
    for rid in eval_case["results"]:
        evaluations.set_result(eid, rid, "reached", "deels")
    evaluations.set_field(eid, "satisfaction", "6")
    evaluations.set_conclusion(eid, first, "conclusion", ev.END)
    assert (first, "end_reason") in evaluations.problems(eid)
    evaluations.set_conclusion(eid, first, "end_reason", "32")
    evaluations.set_conclusion(eid, second, "conclusion", ev.TO_VOORLIGGEND)
    assert (second, "service") in evaluations.problems(eid)
    evaluations.set_conclusion(eid, second, "service", "het wijkteam")
    evaluations.finalize(eid)
    case = db["cases"].get(eval_case["case_id"])
    assert case["outcome_uitval"] == 1
    assert case["outcome_end_reasons"] == "32,31"
    assert case["outcome_satisfaction"] == 6
    assert (case["outcome_goals_reached"], case["outcome_goals_total"]) == (1.0, 2)
    for dep in (first, second):
        row = db["deployments"].get(dep)
        assert row["status"] == "beëindigd" and row["end_date"] == HELD.isoformat()
    assert evaluations.deployment_events(second)[0]["service"] == "het wijkteam"
    with pytest.raises(ValidationError):  # a final evaluation never changes
        evaluations.set_field(eid, "goes_well", "later")


def test_planned_ending_is_no_uitval(session, eval_case):
    evaluations, eid = _start(session, eval_case)
    for dep in eval_case["deps"]:
        evaluations.set_conclusion(eid, dep, "conclusion", ev.END)
        evaluations.set_conclusion(eid, dep, "end_reason", "31")
    evaluations.finalize(eid)
    assert eval_case["db"]["cases"].get(eval_case["case_id"])["outcome_uitval"] == 0


def test_chosen_next_date_reaches_the_case_and_the_caseload_through_the_rule(session, eval_case):
    db = eval_case["db"]
    evaluations, eid = _start(session, eval_case)
    evaluations.set_next_date(eid, "15-11-2026")
    evaluations.finalize(eid)
    assert db["cases"].get(eval_case["case_id"])["next_evaluation"] == "2026-11-15"
    assert db["cases"].get(eval_case["case_id"])["next_evaluation_why"] == "chosen"
    assert db["families"].get(eval_case["family_id"])["next_evaluation"] == "2026-11-15"
    assert evaluations.start(eval_case["case_id"], today=date(2026, 11, 15)) != eid  # new draft


def test_the_store_no_longer_writes_the_case_next_evaluation(eval_case):
    """Only store.case_state writes cases.next_evaluation (in the session's operation)."""
    from desktop_app.store.evaluations import Evaluations

    db = eval_case["db"]
    db["cases"].update(eval_case["case_id"], {"next_evaluation": "2030-01-01"})
    repo = Evaluations(db)
    eid = repo.start(eval_case["case_id"], today=HELD)
    repo.set_field(eid, "next_date", "15-11-2026")
    repo.finalize(eid)
    assert db["cases"].get(eval_case["case_id"])["next_evaluation"] == "2030-01-01"


def test_a_proposal_follows_the_rule_when_help_ends_but_a_wish_stays(session, eval_case):
    evaluations, eid = _start(session, eval_case)
    first, second = eval_case["deps"]
    assert evaluations.get(eid).next_date == date(2026, 12, 3)
    for dep in (first, second):  # all help ends here: only the interval limits the date
        evaluations.set_conclusion(eid, dep, "conclusion", ev.END)
    assert evaluations.get(eid).next_date == date(2026, 12, 30) == evaluations.proposal(eid).due
    evaluations.set_next_date(eid, "01-10-2026")  # a wish of the family
    evaluations.set_conclusion(eid, first, "conclusion", ev.CONTINUE)
    assert evaluations.get(eid).next_date == date(2026, 10, 1)
    # Help that goes on again limits the date: the wish is still allowed, a later one not.
    with pytest.raises(NextDateError):
        evaluations.set_next_date(eid, "20-12-2026")
