"""The intake repository, its read model IntakeSummary, the plan data and the demo intakes."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.intake import NetworkContact
from desktop_app.core.network import layout_network, short_label
from desktop_app.core.validation import ValidationError
from desktop_app.store.families import Families
from desktop_app.store.intake import IntakeRepository
from desktop_app.store.intake_plan import latest_case_id, plan_data
from tests.intake_fixtures import LONG_QUESTION, make_large_family


def test_summary_of_a_full_intake(store):
    case_id = make_large_family(store)
    s = IntakeRepository(store.db).summary(case_id)
    assert s.help_question == LONG_QUESTION
    assert [w for w, _ in s.help_questions] == ["", "Daniël", "Chloë"]
    assert [(f.label, f.score, str(f.whose)) for f in s.low_domains] == [
        ("Hoe je je voelt", 1, "Chloë"), ("School en werk", 2, "Daniël"),
        ("Financiën", 2, "Mariëlle Anne-Sophie"), ("Met elkaar in huis", 2, "het gezin")]
    assert len(s.priorities) == 4 and s.scored_domains == 7
    fin = next(k for k in s.krachten if k.domain_key == "financien")
    assert (fin.eigen, fin.netwerk, fin.hulp) == pytest.approx((0.2, 0.1, 0.7))
    # Mean over domains of (eigen + netwerk) / total: (3+5+10+9+7+4+3)/10 / 7.
    assert s.own_strength_share == pytest.approx((0.3 + 0.5 + 1.0 + 0.9 + 0.7 + 0.4 + 0.3) / 7)
    assert (s.network_informal, s.network_formal) == (12, 7)
    assert not s.safety_concern and s.familiegroepsplan
    assert s.regisseur_kind == "familielid" and s.regisseur_name.startswith("Oma Truus")
    # Anaïs (12) still has to consent herself; Daniël (16) and Chloë (14) did.
    assert not s.consent_complete
    assert [str(m) for m in s.missing_consents] == [
        "Anaïs: toestemming voor de hulp en om informatie te delen van Anaïs "
        "Verheggen-Schoonbrood zelf ontbreekt."]


def test_the_repository_leaves_the_cases_next_evaluation_to_the_lifecycle(store):
    """The evaluation moment is the consultant's choice, stored on the intake; the case's
    next_evaluation column belongs to store.case_state (the session refreshes it)."""
    case_id = make_large_family(store)
    repo = IntakeRepository(store.db)
    before = Families(store.db).get_case(case_id).next_evaluation
    assert before is not None
    repo.set_field(case_id, "evaluation_date", "01-09-2031")
    assert repo.get(case_id).evaluation_date == date(2031, 9, 1)
    assert Families(store.db).get_case(case_id).next_evaluation == before
    with pytest.raises(ValidationError) as info:
        repo.set_field(case_id, "evaluation_date", "31-02-2031")
    assert info.value.code == "date_invalid"
    assert repo.get(case_id).evaluation_date == date(2031, 9, 1)  # nothing lost


def test_answers_and_contacts_round_trip(store):
    case_id = make_large_family(store)
    repo = IntakeRepository(store.db)
    adult = next(m.id for m in repo.family_members(case_id) if m.first_name.startswith("Mariëlle"))
    a = repo.domain(case_id, "zrm", "financien", adult)
    assert a.score == 2 and a.priority and "naïef" in a.worries
    assert repo.domain(case_id, "zrm", "financien").score is None  # the household has no adult ZRM
    repo.set_domain_field(case_id, "zrm", "financien", adult, "score", None)
    assert repo.domain(case_id, "zrm", "financien", adult).score is None
    new = repo.add_contact(NetworkContact(case_id, "buren", "  Buurman   Ëlbers ", ties="ep"))
    c = repo.get_contact(new)
    assert (c.name, c.ties) == ("Buurman Ëlbers", "PE")
    with pytest.raises(ValidationError):
        repo.update_contact(new, "name", "   ")
    repo.delete_contact(new)
    assert all(x.id != new for x in repo.contacts(case_id))


def test_step_is_stored_and_version_grows_only_after_changes(store):
    case_id = make_large_family(store)
    repo = IntakeRepository(store.db)
    repo.set_step(case_id, "domains:zrm:0")
    assert repo.get(case_id).step == "domains:zrm:0"
    first = repo.plan_version_for_export(case_id)
    assert repo.plan_version_for_export(case_id) == first  # asking records nothing
    repo.record_plan_export(case_id, first, "9000-01-01T00:00:00")
    assert repo.get(case_id).plan_version == first
    assert repo.plan_version_for_export(case_id) == first  # nothing changed since
    store.db.execute("UPDATE intakes SET updated_at = '9999-01-01' WHERE case_id = ?", [case_id])
    assert repo.plan_version_for_export(case_id) == first + 1


def test_plan_data_leaves_out_what_is_not_the_familys(store):
    case_id = make_large_family(store)
    family_id = Families(store.db).get_case(case_id).family_id
    assert latest_case_id(store.db, family_id) == case_id
    plan = plan_data(store.db, case_id)
    text = repr(plan)
    assert "999900006" not in text and "GEHEIM" not in text
    assert len(plan.members) == 9 and len(plan.contacts) == 19
    assert plan.worries[0].priority
    assert plan.fgp == "ja"
    # The date to look back is the case's stored next evaluation, with its reason.
    case = Families(store.db).get_case(case_id)
    assert plan.evaluation_date == case.next_evaluation is not None
    assert plan.next_evaluation.due == case.next_evaluation


def test_demo_intakes_are_deterministic_and_complete(store, tmp_path):
    from desktop_app.store import create_store
    from desktop_app.store.demo import fill_demo

    today = date(2026, 3, 1)
    fill_demo(store, 25, seed=5, today=today)
    other = create_store(tmp_path / "b.db", "een ander wachtwoord")
    fill_demo(other, 25, seed=5, today=today)
    q = "SELECT case_id, step, help_question, regisseur_name, evaluation_date FROM intakes ORDER BY case_id"
    assert store.db.execute(q).fetchall() == other.db.execute(q).fetchall()
    q = "SELECT case_id, set_key, domain_key, person_id, score, good FROM intake_domains ORDER BY 1, 2, 3, 4"
    assert store.db.execute(q).fetchall() == other.db.execute(q).fetchall()
    other.close()
    repo = IntakeRepository(store.db)
    done = [r[0] for r in store.db.execute("SELECT case_id FROM intakes WHERE step = 'done'")]
    assert done
    for case_id in done:
        s = repo.summary(case_id, day=today)
        assert s.help_question and s.regisseur_name and s.evaluation_date
        assert s.network_informal + s.network_formal >= 3
    # No intake for families that only just registered.
    rows = store.db.execute("SELECT count(*) FROM cases c JOIN intakes i ON i.case_id = c.id "
                            "WHERE c.status = 'aanmelding'").fetchone()
    assert rows[0] == 0


def test_network_layout_keeps_groups_in_their_sector():
    import math

    groups = ["a", "b", "c"]
    contacts = ["a"] * 12 + ["c"] * 2 + ["onbekend"]
    lay = layout_network(groups, contacts)
    assert len(lay.contacts) == 15
    sectors = {g.key: g for g in lay.groups}
    for p in lay.contacts:
        angle = math.atan2(p.x, -p.y) % (2 * math.pi)
        g = sectors[p.group]
        assert g.start - 1e-9 <= angle <= g.end + 1e-9
        assert 0.5 <= math.hypot(p.x, p.y) <= 0.85
    assert lay.contacts[-1].group == "c"  # unknown group goes to the last one
    assert sectors["b"].count == 0 and sectors["b"].end > sectors["b"].start
    assert short_label("Jeugdverpleegkundige GGD Limburg-Noord", 20).endswith("…")


def test_overlapping_names_are_nudged_apart():
    from desktop_app.core.network import resolve_overlaps

    boxes = [(0, 0, 100, 40), (10, 5, 80, 20), (20, 8, 80, 20), (300, 0, 80, 20)]
    centres = resolve_overlaps(boxes, gap=2, fixed=frozenset({0}))
    assert centres[0] == (0, 0) and centres[3] == (300, 0)
    placed = [(x, y, b[2], b[3]) for (x, y), b in zip(centres, boxes, strict=True)]
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            apart_x = abs(a[0] - b[0]) >= (a[2] + b[2]) / 2
            apart_y = abs(a[1] - b[1]) >= (a[3] + b[3]) / 2
            assert apart_x or apart_y
