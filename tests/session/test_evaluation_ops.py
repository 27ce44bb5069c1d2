"""session.evaluations: every change a named operation (one transaction with its audit
entries, one Change after the commit), finalising recomputes the case by core.lifecycle,
the report is written first and audited once, and the Opvolging lists read the stored
state."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.core import evaluation as ev
from desktop_app.core.dates import add_months
from tests.evaluation.helpers import build_case, record_decision

HELD = date(2026, 11, 20)
ROERDAL_END = date(2027, 1, 31)
MARGIN = 28  # forms/coordination.toml: days_before_end


@pytest.fixture
def spine(store):
    """A case with a three-monthly decision, Roerdal's beschikking ending 31-01-2027 and
    other help running until 30-09-2027; a session on it, collecting its changes."""
    from desktop_app.session import Session

    c = build_case(store.db, ends=(ROERDAL_END, date(2027, 9, 30)))
    record_decision(store.db, c["case_id"], date(2026, 1, 10), 3)
    session = Session(store)
    c["session"] = session
    c["changes"] = []
    session.changes.subscribe(c["changes"].append)
    return c


def _audit(db) -> list[tuple]:
    return list(db.execute("SELECT id, action, tbl, row_ref, fields, detail FROM audit_log "
                           "ORDER BY id"))


def _pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages))


def _scale_down_other(evaluations, eid, dep):
    evaluations.set_conclusion(eid, dep, "conclusion", ev.SCALE_DOWN)
    evaluations.set_conclusion(eid, dep, "new_amount", "2")
    evaluations.set_conclusion(eid, dep, "from_date", "01-12-2026")
    evaluations.set_conclusion(eid, dep, "why", "Het gaat beter; oma helpt op woensdag.")


def test_finalise_scales_down_from_its_date_recomputes_the_next_evaluation_and_the_report_agrees(
        spine, tmp_path):
    from desktop_app.store.results import Results

    session, db, cid = spine["session"], spine["db"], spine["case_id"]
    roerdal, other = spine["deps"]
    evaluations = session.evaluations
    eid = evaluations.start(cid, today=HELD)
    _scale_down_other(evaluations, eid, other)
    spine["changes"].clear()
    evaluations.finalize(eid)

    # The deployment's volume changes from the chosen date, through the results code.
    dep = Results(db).get_deployment(other)
    assert dep.volume.amount == 2
    assert [(h.from_date, h.old.amount, h.new.amount) for h in dep.history] == [
        (date(2026, 12, 1), 4, 2)]
    # The next evaluation, recomputed by the rule: never past the 3-monthly interval from
    # this evaluation, nor past Roerdal's end less the margin.
    case = session.households.get_case(cid)
    assert case.next_evaluation is not None
    assert case.next_evaluation <= add_months(HELD, 3)
    assert case.next_evaluation <= ROERDAL_END - timedelta(days=MARGIN)
    assert case.next_evaluation == date(2027, 1, 3)
    why = session.households.next_evaluation(cid)
    assert (why.due, why.why, why.limit.provider) == (date(2027, 1, 3), "beschikking", "Roerdal")
    assert evaluations.get(eid).final
    # One change, after the commit, with the kinds and ids.
    assert [(c.operation, c.kinds, c.case_ids, c.family_ids) for c in spine["changes"]] == [
        ("finalize_evaluation", frozenset({"evaluation", "deployments", "case"}),
         frozenset({cid}), frozenset({spine["family_id"]}))]
    # The report, read back, tells the family that same date.
    out = evaluations.export_report(cid, tmp_path / "verslag.pdf")
    assert "De volgende keer dat we samen kijken: 3 januari 2027." in _pdf_text(out)


def test_ended_help_no_longer_limits_the_date_and_the_interval_restarts(spine, tmp_path):
    session, cid = spine["session"], spine["case_id"]
    roerdal, other = spine["deps"]
    evaluations = session.evaluations
    assert session.households.get_case(cid).next_evaluation == date(2026, 4, 10)  # before
    eid = evaluations.start(cid, today=HELD)
    assert evaluations.get(eid).next_date == date(2027, 1, 3)  # proposed: Roerdal's end
    evaluations.set_conclusion(eid, roerdal, "conclusion", ev.END)
    evaluations.set_conclusion(eid, roerdal, "end_reason", "31")
    _scale_down_other(evaluations, eid, other)
    assert evaluations.get(eid).next_date == date(2027, 2, 20)  # the proposal followed
    evaluations.finalize(eid)
    case = session.households.get_case(cid)
    assert case.next_evaluation == add_months(HELD, 3) == date(2027, 2, 20)
    assert session.households.next_evaluation(cid).why == "interval"
    assert session.households.case_details(cid)["next_evaluation_why"] == "interval"
    out = evaluations.export_report(cid, tmp_path / "verslag.pdf")
    assert "De volgende keer dat we samen kijken: 20 februari 2027." in _pdf_text(out)


def test_finalise_is_one_transaction_with_its_audit_entries(spine, monkeypatch):
    from desktop_app.store import case_state

    session, db, cid = spine["session"], spine["db"], spine["case_id"]
    evaluations = session.evaluations
    eid = evaluations.start(cid, today=HELD)
    _scale_down_other(evaluations, eid, spine["deps"][1])
    before = _audit(db)
    volume = db["deployments"].get(spine["deps"][1])["amount"]

    def broken(*_a, **_k):
        raise RuntimeError("the rule failed")

    monkeypatch.setattr(case_state, "refresh", broken)
    spine["changes"].clear()
    with pytest.raises(RuntimeError):
        evaluations.finalize(eid)
    assert _audit(db) == before  # nothing recorded …
    assert db["deployments"].get(spine["deps"][1])["amount"] == volume  # … nothing applied
    assert not evaluations.get(eid).final
    assert spine["changes"] == []  # and nothing announced
    monkeypatch.undo()

    evaluations.finalize(eid)
    new = _audit(db)[len(before):]
    assert new, "finalising wrote no audit entries"
    tables = {row[2] for row in new}
    assert {"evaluations", "deployments", "cases"} <= tables


def test_draft_saves_are_operations_without_a_refresh(spine):
    session, cid = spine["session"], spine["case_id"]
    evaluations = session.evaluations
    eid = evaluations.start(cid, today=HELD)
    due = session.households.get_case(cid).next_evaluation
    spine["changes"].clear()
    evaluations.set_field(eid, "goes_well", "De ochtenden zijn rustig.")
    evaluations.set_result(eid, spine["results"][0], "level", "1")
    evaluations.set_conclusion(eid, spine["deps"][0], "conclusion", ev.SCALE_UP)
    evaluations.set_next_date(eid, "15-12-2026")
    assert [c.operation for c in spine["changes"]] == [
        "save_evaluation", "save_evaluation_result", "save_evaluation_conclusion",
        "save_evaluation"]
    assert all(c.kinds == frozenset({"evaluation"}) and c.case_ids == frozenset({cid})
               for c in spine["changes"])
    assert session.households.get_case(cid).next_evaluation == due  # a draft is no input


def test_the_report_is_written_first_then_audited_once(spine, tmp_path):
    session, db, cid = spine["session"], spine["db"], spine["case_id"]
    evaluations = session.evaluations
    eid = evaluations.start(cid, today=HELD)
    evaluations.finalize(eid)
    spine["changes"].clear()
    before = len(_audit(db))
    blocked = tmp_path / "een-bestand"
    blocked.write_text("geen map")
    with pytest.raises(OSError):
        evaluations.export_report(cid, blocked / "verslag.pdf")
    assert len(_audit(db)) == before and spine["changes"] == []  # no file: no entry
    out = evaluations.export_report(cid, folder=tmp_path, professional=True)
    assert out.exists() and out.parent == tmp_path and out.suffix == ".pdf"
    exports = [row for row in _audit(db)[before:] if row[1] == "export"]
    assert [row[2:] for row in exports] == [
        ("cases", str(cid), "evaluation,professional", "pdf")]
    # once: besides it only the rows of the list of documents made (casextras)
    others = [row[1:3] for row in _audit(db)[before:] if row[1] != "export"]
    assert others == [("insert", "documents"), ("insert", "document_content")]
    assert [c.operation for c in spine["changes"]] == ["export_evaluation_report"]
    assert spine["changes"][0].kinds == frozenset({"documents"})
    assert not list(tmp_path.glob("*.tmp*"))  # the temp file was moved into place


def test_a_closed_case_refuses_evaluations_but_exports(spine, tmp_path):
    from desktop_app.core.lifecycle import LifecycleError

    session, cid = spine["session"], spine["case_id"]
    evaluations = session.evaluations
    eid = evaluations.start(cid, today=HELD)
    session.households.close_case(cid, "doelen_bereikt", on=date(2026, 11, 25))
    for attempt in (lambda: evaluations.set_field(eid, "goes_well", "x"),
                    lambda: evaluations.set_conclusion(eid, spine["deps"][0], "conclusion",
                                                       ev.END),
                    lambda: evaluations.finalize(eid)):
        with pytest.raises(LifecycleError) as exc:
            attempt()
        assert exc.value.code == "closed"
    with pytest.raises(LifecycleError):
        evaluations.discard(eid)
    with pytest.raises(LifecycleError):  # not even resuming the draft
        evaluations.start(cid)
    assert evaluations.export_report(cid, tmp_path / "x.pdf").exists()  # a draft's report


def test_no_evaluation_no_report(spine, tmp_path):
    from desktop_app.session.evaluations import NoEvaluation

    before = len(_audit(spine["db"]))
    with pytest.raises(NoEvaluation):
        spine["session"].evaluations.export_report(spine["case_id"], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists() and len(_audit(spine["db"])) == before


def test_opvolging_lists_read_the_stored_next_evaluation(store):
    """Due 31-05-2027 (Roerdal's end 28-06-2027 less 28 days): 'deze maand' on that day,
    'te laat' the day after and still on 15-06-2027, 'volgende maand' in April."""
    from desktop_app.session import Session

    c = build_case(store.db, start=date(2026, 12, 15), ends=(date(2027, 6, 28),
                                                             date(2027, 12, 31)))
    session = Session(store)
    cid = c["case_id"]
    assert session.households.get_case(cid).next_evaluation == date(2027, 5, 31)

    def lists_on(day):
        lists = session.evaluations.due_lists(day)
        return {kind for kind, (_n, rows) in lists.items()
                if cid in [r["case_id"] for r in rows]}

    # (No coordination decision yet: the case is also 'te beoordelen'.)
    assert lists_on(date(2027, 4, 15)) == {"next_month", "to_review"}
    assert lists_on(date(2027, 5, 31)) == {"this_month", "ending", "to_review"}
    assert lists_on(date(2027, 6, 1)) == {"overdue", "ending", "to_review"}
    assert lists_on(date(2027, 6, 15)) == {"overdue", "ending", "to_review"}
    counts = {kind: n for kind, (n, _rows) in session.evaluations.due_lists(date(2027, 6, 1)).items()}
    assert counts["overdue"] == 1 and counts["this_month"] == 0
    # A closed case is in no list.
    session.households.close_case(cid, "verhuisd", on=date(2026, 12, 20))
    assert lists_on(date(2027, 6, 1)) == set()


def test_due_reader_reads_on_its_own_connection(spine):
    session = spine["session"]
    reader = session.evaluations.due_reader()
    try:
        lists = reader.load(date(2026, 4, 10))
        assert lists == session.evaluations.due_lists(date(2026, 4, 10))
        assert lists["this_month"][0] == 1
    finally:
        reader.close()
    assert reader.load(date(2026, 4, 10)) is None
