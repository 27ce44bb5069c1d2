"""Consent age rules at the edges: the day before and the day of the 12th and the 16th
birthday, for consent to the help (12-15: youth and parents) and consent to share
information (from 12: the youth alone) – two kinds, one never covering the other."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop_app.core.consent import (
    BOTH,
    CONSENT_PARTS,
    HELP,
    PARENTS,
    SHARE,
    YOUTH,
    consent_gaps,
    consent_rule,
    missing_consents,
    missing_lines,
)
from desktop_app.core.intake import Consent
from desktop_app.core.models import Person

BIRTH = date(2010, 5, 17)


def _family(birth=BIRTH, second_parent_gezag=True):
    youth = Person(1, "jeugdige", "Zoë", "Peeters", birth_date=birth, id=10)
    mother = Person(1, "ouder", "Mariëlle", "Peeters", gezag=True, id=11)
    father = Person(1, "ouder", "Daniël", "Smeets", gezag=second_parent_gezag, id=12)
    return youth, mother, father


@pytest.mark.parametrize(("day", "rule"), [
    (date(2022, 5, 16), PARENTS),  # the day before the 12th birthday
    (date(2022, 5, 17), BOTH),     # the 12th birthday
    (date(2026, 5, 16), BOTH),     # the day before the 16th birthday
    (date(2026, 5, 17), YOUTH),    # the 16th birthday
    (date(2028, 5, 17), YOUTH),
])
def test_rule_at_the_birthday_edges(day, rule):
    assert consent_rule(BIRTH, day) == rule


def test_leap_day_birthday_counts_from_first_of_march():
    born = date(2012, 2, 29)
    assert consent_rule(born, date(2024, 2, 28)) == PARENTS
    assert consent_rule(born, date(2024, 2, 29)) == BOTH  # a leap year: the real birthday
    assert consent_rule(born, date(2028, 2, 28)) == BOTH
    assert consent_rule(born, date(2028, 2, 29)) == YOUTH


def test_unknown_birth_date_asks_for_both():
    assert consent_rule(None, date(2026, 1, 1)) == BOTH


def _missing(day, consents, kinds=(HELP,), **kw):
    youth, mother, father = _family(**kw)
    return [(m.subject.id, m.person.id if m.person else None, m.reason)
            for m in missing_consents([mother, father, youth], consents, day, kinds)]


def _consent(person_id, subject_id=None, given=date(2020, 1, 1), withdrawn=False, kind=HELP):
    return Consent(case_id=1, person_id=person_id, subject_id=subject_id, what="Het gezinsplan",
                   with_whom="school en huisarts", given_on=given, withdrawn=withdrawn,
                   kind=kind)


def test_missing_consents_at_the_12th_birthday():
    parents = [_consent(11), _consent(12)]
    assert _missing(date(2022, 5, 16), parents) == []
    # From the 12th birthday the youth must consent too.
    assert _missing(date(2022, 5, 17), parents) == [(10, 10, "youth")]
    assert _missing(date(2022, 5, 17), parents + [_consent(10)]) == []


def test_missing_consents_at_the_16th_birthday():
    youth_only = [_consent(10)]
    assert _missing(date(2026, 5, 16), youth_only) == [(10, 11, "parent"), (10, 12, "parent")]
    assert _missing(date(2026, 5, 17), youth_only) == []
    # Parents' consent alone is not enough from 16: the youth decides.
    assert _missing(date(2026, 5, 17), [_consent(11), _consent(12)]) == [(10, 10, "youth")]


def test_only_parents_with_gezag_count_and_withdrawn_or_future_consent_does_not():
    day = date(2021, 1, 1)
    assert _missing(day, [_consent(11)], second_parent_gezag=False) == []
    assert _missing(day, [_consent(11, withdrawn=True)], second_parent_gezag=False) == [(10, 11, "parent")]
    later = _consent(11, given=day + timedelta(days=1))
    assert _missing(day, [later], second_parent_gezag=False) == [(10, 11, "parent")]
    # Consent about another child does not cover this one.
    assert _missing(day, [_consent(11, subject_id=99)], second_parent_gezag=False) == [(10, 11, "parent")]


def test_no_one_with_gezag_is_reported():
    youth = Person(1, "jeugdige", "Noë", "Yilmaz", birth_date=date(2018, 1, 1), id=20)
    carer = Person(1, "verzorger", "Truus", "Yilmaz", gezag=False, id=21)
    missing = missing_consents([carer, youth], [], date(2024, 1, 1))
    assert [(m.reason, m.kind) for m in missing] == [("no_gezag", HELP), ("no_gezag", SHARE)]
    assert "voogd" in missing[0].text()


def test_an_incomplete_consent_is_a_draft_and_does_not_count():
    """What, with whom, given by whom, when and how: leave any out and it does not count."""
    complete = _consent(11)
    assert consent_gaps(complete) == ()
    assert _missing(date(2020, 6, 1), [complete, _consent(12)]) == []
    for part, empty in (("what", ""), ("with_whom", "  "), ("given_on", None), ("method", ""),
                        ("person_id", None)):
        draft = replace(complete, **{part: empty})
        assert consent_gaps(draft) == (part,)
        missing = _missing(date(2020, 6, 1), [draft, _consent(12)])
        assert missing == [(10, 11, "parent")], part
    # the four clicks of issue 19: defaults with an empty 'met wie'
    clicked = Consent(case_id=1, person_id=11, what="Informatie uit het gezinsplan",
                      with_whom="", given_on=date(2020, 1, 1), kind=SHARE)
    assert consent_gaps(clicked) == ("with_whom",)
    assert CONSENT_PARTS["with_whom"] == "met wie"


@pytest.mark.parametrize(("day", "help_rule", "share_rule"), [
    (date(2022, 5, 16), PARENTS, PARENTS),  # the day before the 12th birthday
    (date(2022, 5, 17), BOTH, YOUTH),       # the 12th birthday: sharing is the youth's alone
    (date(2026, 5, 16), BOTH, YOUTH),       # the day before the 16th birthday
    (date(2026, 5, 17), YOUTH, YOUTH),      # the 16th birthday
])
def test_help_and_share_rules_at_the_birthday_edges(day, help_rule, share_rule):
    assert consent_rule(BIRTH, day, HELP) == help_rule
    assert consent_rule(BIRTH, day, SHARE) == share_rule
    with pytest.raises(ValueError):
        consent_rule(BIRTH, day, "iets")


def test_sharing_from_12_needs_the_youth_alone():
    parents = [_consent(11, kind=SHARE), _consent(12, kind=SHARE)]
    share = (SHARE,)
    assert _missing(date(2022, 5, 16), parents, share) == []
    assert _missing(date(2022, 5, 17), parents, share) == [(10, 10, "youth")]
    # from 12 the youth's own consent to share is enough; the parents' are not asked
    assert _missing(date(2022, 5, 17), [_consent(10, kind=SHARE)], share) == []
    assert _missing(date(2022, 5, 16), [_consent(10, kind=SHARE)], share) == [
        (10, 11, "parent"), (10, 12, "parent")]


def test_one_kind_never_covers_the_other():
    day = date(2024, 1, 1)  # 13: help needs youth and parents, sharing the youth
    help_all = [_consent(p) for p in (10, 11, 12)]
    assert _missing(day, help_all, (HELP,)) == []
    assert _missing(day, help_all, (SHARE,)) == [(10, 10, "youth")]
    youth, mother, father = _family()
    missing = missing_consents([mother, father, youth], help_all, day)
    assert [(m.kind, m.reason) for m in missing] == [(SHARE, "youth")]
    assert "toestemming om informatie te delen" in missing[0].text()
    missing = missing_consents([mother, father, youth], [_consent(10, kind=SHARE)], day)
    assert [(m.kind, m.person.id) for m in missing] == [(HELP, 11), (HELP, 12), (HELP, 10)]
    assert "toestemming voor de hulp" in missing[0].text()
    nothing_yet = missing_consents([mother, father, youth], [], day)
    assert missing_lines(nothing_yet) == [  # Zoë is 13: the parents only to the help
        "Zoë: toestemming voor de hulp van Mariëlle Peeters (ouder met gezag) ontbreekt.",
        "Zoë: toestemming voor de hulp van Daniël Smeets (ouder met gezag) ontbreekt.",
        "Zoë: toestemming voor de hulp en om informatie te delen van Zoë Peeters zelf "
        "ontbreekt."]


def test_migration_m1025_keeps_every_consent_and_decides_its_kind():
    """Old records were asked as 'Wat mag gedeeld worden': sharing, unless 'what' names
    only the help itself."""
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.store.migrations import m1025_consent_kinds as m

    db = Database(sqlite3.connect(":memory:"))
    db.execute("CREATE TABLE consents (id INTEGER PRIMARY KEY, case_id INTEGER, person_id "
               "INTEGER, subject_id INTEGER, what TEXT, with_whom TEXT, given_on TEXT, "
               "method TEXT, withdrawn INTEGER DEFAULT 0)")
    whats = ["Informatie uit het gezinsplan", "De hulp uit het plan", "Jeugdhulp ambulant",
             "Gegevens over de hulp delen met school", "", None, "Behandeling bij de jeugd-ggz"]
    for i, what in enumerate(whats, 1):
        db.execute("INSERT INTO consents (id, case_id, person_id, what) VALUES (?, 1, 1, ?)",
                   [i, what])
    m.migrate(db)
    m.migrate(db)  # a second run changes nothing
    kinds = [r[0] for r in db.execute("SELECT kind FROM consents ORDER BY id").fetchall()]
    assert kinds == ["delen", "hulp", "hulp", "delen", "delen", "delen", "hulp"]
    assert db.execute("SELECT count(*) FROM consents").fetchone()[0] == len(whats)
