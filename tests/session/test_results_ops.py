"""session.results: every change of the results area is one named operation – its writes and
audit entries in one transaction, one Change afterwards – and deployments are lifecycle
inputs: the first one makes the case 'actief', the earliest running beschikking's end (less
the policy margin) limits the next evaluation; a closed case refuses changes."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta

import pytest

from desktop_app.core.costs import Volume
from desktop_app.core.lifecycle import LifecycleError
from desktop_app.core.models import Case, Family, Person
from desktop_app.core.results import Action, Deployment, Result
from desktop_app.core.validation import ValidationError
from desktop_app.paths import forms_dir
from desktop_app.session import Session
from desktop_app.store.demo_results import ensure_demo_catalog


def _margin() -> int:
    with open(forms_dir() / "coordination.toml", "rb") as fh:
        return tomllib.load(fh)["follow_up"]["days_before_end"]


@pytest.fixture
def world(store):
    """A Roermond (MLO) family with a case whose intake is open, the demo catalogue, and
    every Change the session announces."""
    session = Session(store)
    with store.db.atomic():
        providers, products, _ = ensure_demo_catalog(store.db)
    fid = session.households.add_family(Family(
        family_name="Vossen", municipality="Roermond",
        members=[Person(0, "ouder", "Mariëlle", "Vossen", gezag=True),
                 Person(0, "jeugdige", "Zoë", "Vossen", birth_date=date(2014, 5, 1))]))
    cid = session.households.add_case(Case(family_id=fid, case_number="", municipality="Roermond",
                                           region="", status="aanmelding",
                                           start_date=date(2026, 10, 1)))
    with session.operation("open_intake", kinds=("intake",), family_id=fid, case_id=cid,
                           refresh=True):
        session.intake.repo.set_step(cid, "gezin")
    assert session.households.get_case(cid).status == "intake"
    changes = []
    session.changes.subscribe(changes.append)
    return session, fid, cid, providers, products, changes


def _audit(db, table: str, since: int) -> list[tuple]:
    return db.execute("SELECT action, tbl, row_ref, fields FROM audit_log WHERE id > ? AND tbl = ? "
                      "ORDER BY id", [since, table]).fetchall()


def _last_audit(db) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def _dep(cid, providers, products, start, end, provider="99000101", **kw) -> Deployment:
    return Deployment(case_id=cid, provider_id=providers[provider], product_id=products["45A01"],
                      volume=Volume(3, "04", "2"), start=start, end=end, **kw)


def test_first_deployment_makes_the_case_active_and_its_end_limits_the_evaluation(world):
    session, fid, cid, providers, products, changes = world
    db = session.store.db
    mark = _last_audit(db)
    start, end = date(2026, 11, 16), date(2027, 2, 28)
    did = session.results.add_deployment(_dep(cid, providers, products, start, end))

    case = session.households.get_case(cid)
    assert case.status == "actief"
    margin = _margin()
    assert margin > 0
    assert case.next_evaluation == end - timedelta(days=margin)  # earlier than 6 months
    assert case.next_evaluation < date(2027, 5, 16)
    nxt = session.households.next_evaluation(cid)
    assert (nxt.why, nxt.limit.since) == ("beschikking", end)
    # the cost estimate is stored in the same operation, on the case and in the caseload
    cost = session.results.get_deployment(did).cost
    assert cost.known and cost.cents > 0
    assert db["cases"].get(cid)["estimated_cost"] == cost.cents
    assert db["families"].get(fid)["estimated_cost"] == cost.cents
    assert db["families"].get(fid)["case_status"] == "actief"
    # one Change, with the kinds and ids; 'case' because the status moved
    [change] = changes
    assert change.operation == "add_deployment"
    assert change.kinds == {"deployments", "case"}
    assert change.case_ids == {cid} and change.family_ids == {fid}
    # the audit trail has the insert and the case's new state (names of fields, no values)
    inserts = [a for a in _audit(db, "deployments", mark) if a[0] == "insert"]
    assert [a[2] for a in inserts] == [str(did)]
    case_fields = " ".join(a[3] or "" for a in _audit(db, "cases", mark))
    assert "status" in case_fields and "next_evaluation" in case_fields


def test_the_earlier_of_two_beschikkingen_limits_and_ending_it_moves_the_date(world):
    session, fid, cid, providers, products, changes = world
    margin = _margin()
    late = session.results.add_deployment(
        _dep(cid, providers, products, date(2026, 11, 2), date(2027, 10, 31)))
    early_end = date(2027, 3, 31)
    early = session.results.add_deployment(
        _dep(cid, providers, products, date(2026, 11, 2), early_end, provider="99000103"))
    case = session.households.get_case(cid)
    assert case.next_evaluation == early_end - timedelta(days=margin)
    nxt = session.households.next_evaluation(cid)
    assert nxt.why == "beschikking" and nxt.limit.since == early_end
    assert nxt.limit.provider == session.results.get_deployment(early).provider_name
    assert len([lim for lim in nxt.limits if lim.kind == "beschikking"]) == 2

    # ending the earlier one (with its reason): the interval decides again
    changes.clear()
    last = session.results.end_deployment(early, "34", date(2027, 1, 15))
    assert last == date(2027, 1, 15)
    ended = session.results.get_deployment(early)
    assert (ended.status, ended.end_reason, ended.end) == ("beëindigd", "34", date(2027, 1, 15))
    after = session.households.get_case(cid)
    assert after.next_evaluation == date(2027, 5, 2)  # six months from the start of the help
    assert session.households.next_evaluation(cid).why == "interval"
    [change] = changes
    assert change.operation == "end_deployment" and {"deployments", "case"} <= change.kinds
    # the shorter beschikking costs less now
    assert session.results.get_deployment(late).cost.cents > ended.cost.cents
    with pytest.raises(ValidationError) as exc:
        session.results.end_deployment(late, "99", date(2027, 1, 15))
    assert exc.value.code == "end_reason"
    with pytest.raises(ValidationError) as exc:
        session.results.end_deployment(late, "34", date(2026, 10, 1))  # before its start
    assert exc.value.code == "from_date"


def test_a_failed_operation_writes_audits_and_announces_nothing(world):
    session, fid, cid, providers, products, changes = world
    db = session.store.db
    mark = _last_audit(db)
    # Kinderpraktijk Zonnebloem (99000105) has no contract for 45A01 in MLO: a reason is needed
    dep = _dep(cid, providers, products, date(2026, 11, 2), date(2027, 4, 30),
               provider="99000105")
    with pytest.raises(ValidationError) as exc:
        session.results.add_deployment(dep)
    assert exc.value.code == "contract_reason"
    assert db["deployments"].count == 0
    assert _last_audit(db) == mark  # no audit entry outside a committed operation
    assert changes == []
    assert session.households.get_case(cid).status == "intake"
    # with the reason: the warning is acknowledged and kept
    dep.contract_reason = "Vertrouwensband met de hulpverlener"
    did = session.results.add_deployment(dep)
    saved = session.results.get_deployment(did)
    assert saved.contracted is False and saved.contract_acknowledged_at
    # choosing a contracted provider later is its own operation, and clears the warning
    changes.clear()
    assert session.results.set_provider_product(did, providers["99000101"],
                                                products["45A01"]) is True
    assert [c.operation for c in changes] == ["set_provider_product"]
    changes.clear()
    session.results.set_provider_product(did, providers["99000105"], products["45A01"],
                                         "Het gezin kent deze hulpverlener")
    assert [c.operation for c in changes] == ["acknowledge_contract_warning"]
    assert session.results.get_deployment(did).contract_reason == "Het gezin kent deze hulpverlener"


def test_a_closed_case_refuses_changes_with_a_dutch_message(world):
    session, fid, cid, providers, products, changes = world
    db = session.store.db
    rid = session.results.add_result(Result(case_id=cid, family_words="Zoë naar school"))
    session.households.close_case(cid, "verhuisd", date(2026, 11, 20))
    changes.clear()
    mark = _last_audit(db)
    with pytest.raises(LifecycleError) as exc:
        session.results.add_deployment(_dep(cid, providers, products, date(2026, 11, 2),
                                            date(2027, 4, 30)))
    assert exc.value.code == "closed"
    from desktop_app.core.lifecycle import LIFECYCLE_MESSAGES

    assert LIFECYCLE_MESSAGES[exc.value.code] == ("Deze casus is afgesloten. Heropen de casus "
                                                  "om iets te veranderen.")
    for refused in (lambda: session.results.update_result(rid, "formulation", "x"),
                    lambda: session.results.add_action(Action(case_id=cid, what="bellen")),
                    lambda: session.results.remove_result(rid)):
        with pytest.raises(LifecycleError):
            refused()
    assert db["deployments"].count == 0 and db["actions"].count == 0
    assert session.results.get_result(rid).formulation == ""
    assert _last_audit(db) == mark and changes == []
    # reopened, it can change again
    session.households.reopen_case(cid)
    session.results.update_result(rid, "formulation", "Zoë gaat 5 dagen per week naar school")


def test_results_levels_order_and_actions_are_announced_as_results(world):
    session, fid, cid, providers, products, changes = world
    area = session.results
    first = area.add_result(Result(case_id=cid, family_words="Eerste"))
    second = area.add_result(Result(case_id=cid, family_words="Tweede"))
    third = area.add_result(Result(case_id=cid, family_words="Derde"))
    assert area.set_level(first, -2, "Zoë blijft thuis") == "Zoë blijft thuis"
    assert area.get_result(first).levels[-2] == "Zoë blijft thuis"
    assert area.move_result(third, -1) is True
    assert [r.id for r in area.results_for_case(cid)] == [first, third, second]
    assert area.move_result(first, -1) is False  # already first
    area.reorder_results(cid, [second, first, third])
    assert [r.id for r in area.results_for_case(cid)] == [second, first, third]
    with pytest.raises(ValidationError):
        area.reorder_results(cid, [second, first])  # not every result
    aid = area.add_action(Action(case_id=cid, what="Oma haalt Zoë op", who_kind="netwerk",
                                 result_id=first))
    area.update_action(aid, "status", "gedaan")
    area.remove_result(first)
    assert area.get_action(aid).result_id is None
    area.remove_action(aid)
    assert area.actions_for_case(cid) == []
    ops = [c.operation for c in changes]
    assert ops == ["add_result"] * 3 + ["update_result", "reorder_results", "reorder_results",
                                        "add_action", "update_action", "remove_result",
                                        "remove_action"]
    assert all(c.case_ids == {cid} and c.family_ids == {fid} for c in changes)
    assert all("results" in c.kinds and "case" not in c.kinds for c in changes)
    assert session.households.get_case(cid).status == "intake"  # results are no lifecycle input


def test_change_volume_keeps_the_history_and_refreshes_the_case(world):
    session, fid, cid, providers, products, changes = world
    area = session.results
    did = area.add_deployment(_dep(cid, providers, products, date(2026, 11, 2), date(2027, 4, 30)))
    before = area.get_deployment(did).cost.cents
    changes.clear()
    area.change_volume(did, "01-02-2027", Volume(1, "04", "2"), "Het gaat beter")
    dep = area.get_deployment(did)
    [history] = dep.history
    assert (history.from_date, history.old.amount, history.new.amount) == (
        date(2027, 2, 1), 3, 1)
    assert dep.cost.cents < before
    assert session.store.db["families"].get(fid)["estimated_cost"] == dep.cost.cents
    [change] = changes
    assert change.operation == "change_volume" and "deployments" in change.kinds
    assert change.case_ids == {cid}
    with pytest.raises(ValidationError):
        area.change_volume(did, "01-01-2026", Volume(1, "04", "2"), "te vroeg")
    area.remove_deployment(did)
    assert session.households.get_case(cid).status == "intake"  # no help any more


def test_the_saving_preview_is_what_the_scale_down_then_saves(world):
    """A scale-down in the middle of a beschikking: 60 hours in total from 2 November 2026
    to 30 April 2027 (180 days), to 30 hours from 1 February 2027 (89 days left).
    Provider 99000101's 45A01 tariff: € 75,36 in 2025 (demo: 4 % below € 78,50), +2,6 %
    a year: € 77,32 in 2026, € 79,33 in 2027. Saving 30 h x 89/180 x € 79,33 = € 1.176,73
    (the old preview priced 30 h over the 89 days alone: € 2.379,90)."""
    session, fid, cid, providers, products, changes = world
    area = session.results
    dep = _dep(cid, providers, products, date(2026, 11, 2), date(2027, 4, 30))
    dep.volume = Volume(60, "04", "6")
    did = area.add_deployment(dep)
    before = area.get_deployment(did).cost.cents
    assert before == 20 * 7732 + 40 * 7933  # 60 h x 60/180 at 2026's, 120/180 at 2027's
    preview = area.saving(did, "30", "01-02-2027")
    assert preview.cents == 117_673
    area.change_volume(did, "01-02-2027", Volume(30, "04", "6"), "Het gaat beter")
    after = area.get_deployment(did).cost.cents
    assert before - after == preview.cents
    # the costs tab's total and the caseload column show the same stored figure
    assert area.case_cost(cid).cents == after
    assert session.store.db["families"].get(fid)["estimated_cost"] == after
    with pytest.raises(ValidationError):  # the same date rule as recording the change
        area.saving(did, "30", "02-11-2026")


def test_catalog_import_names_the_cases_whose_cost_changed(world):
    from desktop_app.core.demo_catalog import demo_rows

    session, fid, cid, providers, products, changes = world
    area = session.results
    did = area.add_deployment(_dep(cid, providers, products, date(2026, 11, 2), date(2027, 4, 30)))
    other_fid = session.households.add_family(Family(family_name="Jansen", municipality="Weert"))
    other = session.households.add_case(Case(family_id=other_fid, case_number="",
                                             municipality="Weert", region="", status="aanmelding",
                                             start_date=date(2026, 10, 1)))
    area.add_result(Result(case_id=other, family_words="Niets ingezet"))
    before = area.get_deployment(did).cost.cents
    changes.clear()
    rows = demo_rows()
    for row in rows:
        row.tariff_cents += 250
    outcome = area.import_catalog(rows)
    assert outcome.summary.contracts_updated > 0 and outcome.cases == {cid}
    after = area.get_deployment(did).cost.cents
    assert after > before
    assert session.store.db["families"].get(fid)["estimated_cost"] == after
    [change] = changes
    assert change.operation == "import_catalog" and change.kinds == {"catalog"}
    assert change.case_ids == {cid} and change.family_ids == {fid}
    # the same tariffs again change no estimate: the change names no case
    changes.clear()
    assert area.import_catalog(rows).cases == frozenset()
    assert changes[0].case_ids == frozenset()
    # a bad file imports nothing and announces nothing
    changes.clear()
    bad = area.import_catalog_csv(b"code;naam\n")
    assert bad.summary is None and bad.errors and changes == []


def test_the_admin_command_runs_the_session_operation(tmp_path, monkeypatch, capsys):
    from desktop_app.admin import main
    from desktop_app.session.results import ResultsArea
    from tests.results.test_catalog_import import GOOD

    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", "mestreng-kapelaan-vlaai")
    assert main(["init"]) == 0
    calls = []
    real = ResultsArea.import_catalog

    def spy(self, rows):
        calls.append(len(rows))
        return real(self, rows)

    monkeypatch.setattr(ResultsArea, "import_catalog", spy)
    path = tmp_path / "catalogus.csv"
    path.write_text(GOOD, encoding="utf-8")
    capsys.readouterr()
    assert main(["import-catalog", str(path)]) == 0
    assert calls == [3]
    assert "4 nieuwe en 0 bijgewerkte contracten" in capsys.readouterr().out
