"""Birthdays ahead (issue 19): 30 days before a youth turns 12 or 16 the Opvolging page lists
the case ('toestemming opnieuw vragen'); on the day the parents' consent alone no longer
counts. Zoë Vossen (world fixture) is born 01-05-2014: 12 on 01-05-2026, 16 on 01-05-2030."""

from __future__ import annotations

from datetime import date

from desktop_app.core.intake import Consent
from desktop_app.store.opvolging import KINDS
from tests.session.test_results_ops import world  # noqa: F401  the fixture

TWELVE, SIXTEEN = date(2026, 5, 1), date(2030, 5, 1)


def _listed(session, today):
    count, rows = session.evaluations.due_lists(today)["consent_age"]
    assert count == len(rows)
    return [(r["case_id"], r["day"], r["what"], r["age"]) for r in rows]


def _ids(session, fid):
    return {p.first_name: p.id for p in session.households.get_family(fid).members}


def test_the_case_is_listed_from_30_days_before_the_12th_and_16th_birthday(world):  # noqa: F811
    session, fid, cid, *_ = world
    assert "consent_age" in KINDS
    assert _listed(session, date(2026, 3, 31)) == []  # 31 days before
    for today in (date(2026, 4, 1), date(2026, 4, 20), TWELVE):
        assert _listed(session, today) == [(cid, "2026-05-01", "Zoë", 12)], today
    assert _listed(session, date(2026, 5, 2)) == []  # the day after: the intake asks it
    assert _listed(session, date(2030, 4, 1)) == [(cid, "2030-05-01", "Zoë", 16)]


def test_her_own_complete_consent_takes_the_case_off_the_list(world):  # noqa: F811
    session, fid, cid, *_ = world
    ids = _ids(session, fid)
    today = date(2026, 4, 15)
    # the mother's consents covered Zoë until her 12th birthday, not on it
    for kind in ("hulp", "delen"):
        session.intake.add_consent(Consent(cid, ids["Mariëlle"], None, "Het gezinsplan",
                                           "school en huisarts", date(2026, 3, 1), "mondeling",
                                           kind=kind))
    assert session.intake.missing_consents(cid, date(2026, 4, 30)) == []
    on_the_day = session.intake.missing_consents(cid, TWELVE)
    # from 12: her own consent to the help (with her mother's) and to sharing (hers alone)
    assert [(m.subject.id, m.person.id, m.kind) for m in on_the_day] == [
        (ids["Zoë"], ids["Zoë"], "hulp"), (ids["Zoë"], ids["Zoë"], "delen")]
    # a draft of her own (no 'met wie') does not count: still listed
    draft = session.intake.add_consent(Consent(cid, ids["Zoë"], None, "Het gezinsplan", "",
                                               today, "mondeling", kind="hulp"))
    assert [row[0] for row in _listed(session, today)] == [cid]
    session.intake.update_consent(draft, "with_whom", "school")
    # her consent to the help alone is not enough: sharing is asked of her too
    assert [row[0] for row in _listed(session, today)] == [cid]
    share = session.intake.add_consent(Consent(cid, ids["Zoë"], None, "Informatie", "school",
                                               today, "mondeling", kind="delen"))
    assert _listed(session, today) == []
    assert session.intake.missing_consents(cid, TWELVE) == []
    session.intake.withdraw_consent(draft)
    assert [row[0] for row in _listed(session, today)] == [cid]
    # at 16 only the consent to the help is hers alone: her sharing consent stays enough
    session.intake.withdraw_consent(draft, False)
    assert _listed(session, date(2030, 4, 15)) == []
    session.intake.withdraw_consent(share)
    assert _listed(session, date(2030, 4, 15)) == []  # sharing: nothing new at 16
    session.intake.withdraw_consent(draft)
    assert [row[3] for row in _listed(session, date(2030, 4, 15))] == [16]
