"""Running cases (seed 000) at the date edges: 31 March / 1 April / 30 June / 1 July 2021."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.policy import load_policy
from desktop_app.core.transition import (
    APRIL_REVIEW,
    AT_NEW_BESCHIKKING,
    NEW,
    OTHER_RUNNING,
    review,
)
from desktop_app.paths import forms_dir

POLICY = load_policy(forms_dir() / "coordination.toml")
EFF, T = POLICY.effective, POLICY.transition
RUNNING_SINCE = date(2020, 6, 1)


def judge(start, end=None, coordination=True, renewal=None, decisions=()):
    periods = [(RUNNING_SINCE if start < EFF else start, end)]
    if renewal:
        periods.append((renewal, date(2022, 6, 30)))
    return review(EFF, T, start, coordination, periods, list(decisions))


@pytest.mark.parametrize("start, group, due", [
    (date(2021, 3, 31), OTHER_RUNNING, None),  # running: not a new case
    (date(2021, 4, 1), NEW, date(2021, 4, 1)),  # the first day of the policy: new
])
def test_new_cases_start_on_1_april(start, group, due):
    # A beschikking ending mid-March 2022 is neither group of the transition when not coordinated.
    result = judge(start, date(2022, 3, 15), coordination=False)
    assert (result.group, result.due) == (group, due)


@pytest.mark.parametrize("end, group", [
    (date(2021, 3, 31), OTHER_RUNNING),  # ended before April: not 'running' on 1 April
    (date(2021, 4, 1), AT_NEW_BESCHIKKING),
    (date(2021, 6, 30), AT_NEW_BESCHIKKING),
    (date(2021, 7, 1), APRIL_REVIEW),  # 'na 1 juli' read as 'from 1 July': no gap
    (date(2021, 7, 2), APRIL_REVIEW),
])
def test_running_coordination_cases_by_end_of_beschikking(end, group):
    result = judge(RUNNING_SINCE, end)
    assert result.group == group
    if group == APRIL_REVIEW:
        assert result.due == date(2021, 4, 30)  # judged in April
    else:
        assert result.due is None  # waits for a new beschikking


def test_at_new_beschikking_the_decision_falls_due_and_is_then_done():
    waiting = judge(RUNNING_SINCE, date(2021, 5, 31))
    assert (waiting.group, waiting.due) == (AT_NEW_BESCHIKKING, None)
    renewed = judge(RUNNING_SINCE, date(2021, 5, 31), renewal=date(2021, 6, 1))
    assert (renewed.group, renewed.due, renewed.decided) == (AT_NEW_BESCHIKKING, date(2021, 6, 1), False)
    done = judge(RUNNING_SINCE, date(2021, 5, 31), renewal=date(2021, 6, 1), decisions=[date(2021, 6, 3)])
    assert (done.due, done.decided) == (None, True)
    # A decision taken before the new beschikking does not count for it.
    early = judge(RUNNING_SINCE, date(2021, 5, 31), renewal=date(2021, 6, 1), decisions=[date(2021, 4, 20)])
    assert early.due == date(2021, 6, 1)


def test_april_review_done_by_a_decision_in_april():
    assert judge(RUNNING_SINCE, date(2021, 12, 31), decisions=[date(2021, 4, 12)]).decided
    assert judge(RUNNING_SINCE, None).group == APRIL_REVIEW  # open-ended beschikking


def test_running_without_coordination_is_judged_at_a_new_beschikking():
    result = judge(RUNNING_SINCE, date(2021, 12, 31), coordination=False, renewal=date(2022, 1, 1))
    assert (result.group, result.due) == (OTHER_RUNNING, date(2022, 1, 1))


def test_unknown_coordination_counts_as_coordinated():
    # 'Op dit moment worden alle casussen ... opgevolgd en gecoördineerd' (seed 000).
    assert judge(RUNNING_SINCE, date(2021, 9, 1), coordination=None).group == APRIL_REVIEW


def test_new_case_done_after_any_decision():
    assert judge(date(2023, 2, 1), decisions=[date(2023, 2, 10)]).decided
