"""Issue 16 item 3: the outcome indicators per traject, checked against hand counts."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.form_outcomes import outcomes_form
from desktop_app.core.forms import FormError
from desktop_app.core.outcomes import OutcomeRules, Traject, indicators, is_uitval
from desktop_app.paths import forms_dir

RULES = OutcomeRules.from_form(outcomes_form(forms_dir()))
PERIOD = (date(2026, 1, 1), date(2026, 3, 31))
TODAY = date(2026, 12, 1)


def t(id, family, start, end=None, reason="", change="", useful=None, reached=()):
    return Traject(id, family, start, end, reason, change, useful, tuple(reached))


def test_the_form_names_its_sources_and_counts_only_one_sided_endings():
    text = (forms_dir() / "outcomes.toml").read_text("utf-8")
    assert "nji.nl/monitoring/outcome-indicatoren" in text
    assert "Aan het werk met Outcome in Zicht" in text and "Geen nieuwe start jeugdhulp" in text
    assert RULES.uitval_jz588 == {"32", "33"}
    assert "34" not in RULES.uitval_jz588 and "35" not in RULES.uitval_jz588
    assert RULES.uitval_jz002 == frozenset()
    assert RULES.repeat_months == 6 and RULES.follow_on_days == 1 and RULES.useful == {4, 5}


@pytest.mark.parametrize("reason, change, expected", [
    ("32", "", True), ("33", "", True), ("34", "", False), ("35", "", False),
    ("31", "", False), ("36", "05", False), ("35", "07", False),
])
def test_uitval_per_reason(reason, change, expected):
    assert is_uitval(t(1, 1, date(2026, 1, 1), date(2026, 2, 1), reason, change), RULES) is expected


def test_a_jz002_reason_is_judged_by_the_jz002_list_not_its_paired_jz588():
    rules = OutcomeRules(frozenset({"32", "33"}), frozenset({"12"}))
    # 12 'Geïnitieerd door de aanbieder' pairs with JZ588 37; only the JZ002 list decides.
    assert is_uitval(t(1, 1, date(2026, 1, 1), date(2026, 2, 1), "37", "12"), rules)
    assert not is_uitval(t(2, 1, date(2026, 1, 1), date(2026, 2, 1), "32", "05"), rules)


def test_hand_counted_indicators():
    s = date(2025, 6, 1)
    trajects = [
        # family 1: ended 15 Jan by the client (uitval); a new one starts 1 Mar (within 6 m.)
        t(1, 1, s, date(2026, 1, 15), "32", useful=5, reached=("ja", "nee")),
        t(2, 1, date(2026, 3, 1), None),
        # family 2: ended 10 Feb in agreement (no uitval); help that follows on the next day
        t(3, 2, s, date(2026, 2, 10), "34", useful=2, reached=("deels",)),
        t(4, 2, date(2026, 2, 11), date(2026, 5, 1), "31"),
        # family 3: ended 20 Mar by outside circumstances; nothing after it
        t(5, 3, s, date(2026, 3, 20), "35", useful=4, reached=("ja", "ja")),
        # family 4: ended 5 Jan by the provider; a new start 6 months + 1 day later (late)
        t(6, 4, s, date(2026, 1, 5), "33"),
        t(7, 4, date(2026, 7, 6), None),
        # family 5: ended 31 Mar, planned; its other help runs on (not 'without help')
        t(8, 5, s, date(2026, 3, 31), "31", useful=3, reached=("nee",)),
        t(9, 5, s, None),
        # outside the period: ended in December, or still running
        t(10, 6, s, date(2025, 12, 31), "32"),
        t(11, 6, s, None),
    ]
    out = indicators(trajects, PERIOD, TODAY, RULES)
    assert out.ended == 5  # trajects 1, 3, 5, 6, 8
    assert (out.uitval.count, out.uitval.total) == (2, 5)  # 1 (32) and 6 (33)
    assert set(out.uitval_ids) == {1, 6}
    assert (out.useful.count, out.useful.total) == (2, 4)  # 5 and 4 of answers 5, 2, 4, 3
    # 3.1: 1 ok (new start a month later is not 'the day after'), 3 no (follows on),
    # 5 ok, 6 ok, 8 no (9 runs on)
    assert (out.without_help.count, out.without_help.total) == (3, 5)
    # 3.2 (all ended >= 6 months before 1 Dec): 1 new start (1 Mar); 3 follows on directly
    # (no new start); 5 none; 6 starts 6 months + 1 day later (outside); 8 none
    assert (out.no_new_start.count, out.no_new_start.total) == (4, 5)
    # 3.4: ja+nee (1 of 2), deels (0.5 of 1), ja+ja (2 of 2), nee (0 of 1) -> 3.5 of 6
    assert out.goals == (3.5, 6)
    assert out.goals_rate == pytest.approx(3.5 / 6)


def test_herhaald_beroep_judges_only_ends_long_enough_ago():
    trajects = [t(1, 1, date(2025, 1, 1), date(2026, 2, 1), "31"),
                t(2, 2, date(2025, 1, 1), date(2026, 3, 31), "31")]
    out = indicators(trajects, PERIOD, date(2026, 8, 1), RULES)
    assert (out.no_new_start.count, out.no_new_start.total) == (1, 1)  # 1 Feb + 6 m. <= 1 Aug
    assert indicators(trajects, PERIOD, date(2026, 9, 30), RULES).no_new_start.total == 2


def test_herhaald_beroep_looks_at_help_of_the_family_in_any_municipality():
    ended = t(1, 7, date(2025, 1, 1), date(2026, 1, 31), "31")
    elsewhere = Traject(2, 7, date(2026, 4, 1), municipality="Weert")
    out = indicators([ended], PERIOD, TODAY, RULES, {7: [ended, elsewhere]})
    assert (out.no_new_start.count, out.no_new_start.total) == (0, 1)


def test_no_ended_traject_gives_empty_shares():
    out = indicators([t(1, 1, date(2026, 1, 1))], PERIOD, TODAY, RULES)
    assert out.ended == 0 and out.uitval.rate is None and out.goals_rate is None


def test_a_broken_outcomes_file_names_file_line_and_field(tmp_path):
    text = (forms_dir() / "outcomes.toml").read_text("utf-8").replace(
        'jz588 = ["32", "33"]', 'jz588 = ["32", "99"]')
    (tmp_path / "outcomes.toml").write_text(text, "utf-8")
    from desktop_app.core import form_outcomes

    with pytest.raises(FormError) as info:
        form_outcomes.load(tmp_path / "outcomes.toml")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("jz588"))
    assert info.value.line == line and "99" in info.value.message
    assert "uitval.jz588" in info.value.field
