"""The consultant walk: one case from a new family to closing, in a real main window.

New family → members (three children, one aged 13) → case → intake with the help question
→ two results → help at three providers with two different beschikking ends → a
three-monthly coordination decision → letters (family + three providers) → the plan → an
appointment, an attachment and the plan printed to a PDF printer (read back) → an evaluation
that scales one product down → the evaluation report → the due-list on the day the next
evaluation falls due → closing the case. After every step the status, the next evaluation
and the review state must agree in the store, the case page, the caseload row, the
Opvolging page and – once they exist – the letters, the plan and the report."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from desktop_app.core import evaluation as ev
from desktop_app.core.catalog import CatalogRow
from desktop_app.core.dates import add_months
from desktop_app.core.models import Person
from desktop_app.core.results import Deployment, Result, Volume
from desktop_app.core.validation import format_date
from desktop_app.reports.base import format_day
from tests.conftest import type_text

TODAY = date.today()
ROERDAL_END = add_months(TODAY, 2)  # the first beschikking to end
LATER_END = add_months(TODAY, 9)  # Maasland and Het Kompas
MARGIN = 28  # forms/coordination.toml [follow_up] days_before_end
PROVIDERS = (("99000201", "Roerdal Jeugdhulp", "45A01", "45"),
             ("99000202", "Jeugd-ggz Maasland", "54G01", "54"),
             ("99000203", "Gezinshuis Het Kompas", "43V01", "43"))


def _pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(path).pages))


@pytest.fixture
def window(qtbot, store, settings):
    from desktop_app.session import Session
    from desktop_app.ui.main_window import MainWindow

    session = Session(store)
    session.results.import_catalog([
        CatalogRow(i, agb, name, code, f"Product {category}", category, "04", ("MLO", "MLW"),
                   7250, TODAY.year, Decimal("0"))
        for i, (agb, name, code, category) in enumerate(PROVIDERS, 1)])
    w = MainWindow(store.path, settings)
    w.remember_geometry = False
    qtbot.addWidget(w)
    w.show()
    w._opened(session)
    return w


class Walk:
    """What the walk checks after every step, in every place that shows the case."""

    def __init__(self, qtbot, window, tmp_path):
        self.qtbot, self.window, self.tmp = qtbot, window, tmp_path
        self.session = window.session
        self.family_id = self.case_id = None
        self.documents: dict[str, object] = {}

    def case(self):
        return self.session.households.get_case(self.case_id)

    def agree(self, step: str, status: str, due: date | None, review_due: date | None):
        s = self.session
        case = self.case()
        details = s.households.case_details(self.case_id)
        # 1. the store, and the rule's own answer
        assert case.status == status, step
        assert case.next_evaluation == due, (step, case.next_evaluation, due)
        assert s.households.next_evaluation(self.case_id).due == due, step
        stored_review = date.fromisoformat(details["review_due"]) if details["review_due"] else None
        assert stored_review == review_due, (step, details)
        # 2. the case page (the family page's cases tab), without reopening it
        panel = self.family_page.cases
        assert panel.current_case_id() == self.case_id
        from desktop_app.ui.messages import status_label

        assert panel.case_status.text().endswith(status_label(status)), step
        info = panel.case_info.text()
        assert f"Volgende evaluatie: {format_date(due) if due else '–'}" in info, (step, info)
        if review_due:
            assert format_date(review_due) in info, (step, info)
        # 3. the caseload row (kept on write in the family's summary columns)
        caseload = self.window.caseload
        caseload.search.setText("")
        caseload.apply_filters()
        row = next(r for r in caseload.model.rows if r["id"] == self.family_id)
        assert row["case_status"] == status, step
        assert row["next_evaluation"] == (due.isoformat() if due else None), (step, row)
        # 4. the Opvolging page on that day
        from desktop_app.ui.evaluation.opvolging import OpvolgingPage

        # Not registered with qtbot: deleted here (one page per step, not one per step
        # left listening), and qtbot's teardown must not close a deleted widget.
        page = OpvolgingPage(s, self.window.nav, today=TODAY)
        page.refresh()
        kinds = page.kinds_of(self.case_id)
        if status in ("intake", "actief") and due is not None and due < TODAY:
            assert "overdue" in kinds, (step, kinds)
        if review_due is not None and status in ("intake", "actief"):
            assert "to_review" in kinds, (step, kinds)
        if status == "afgesloten":
            assert kinds == [], (step, kinds)
        page.deleteLater()
        # 5. the documents made so far print the same date
        for name, path in self.documents.items():
            if due is not None and name in self.dated:
                assert format_day(due) in _pdf_text(path), (step, name)

    dated: set[str] = set()


def test_consultant_walk(qtbot, window, tmp_path, monkeypatch):
    from desktop_app.ui.member_dialog import MemberDialog, NewFamilyDialog

    walk = Walk(qtbot, window, tmp_path)
    s = window.session

    # -- new family (the dialog the consultant uses) ---------------------------------------
    dialog = NewFamilyDialog(s.households, "Noëlle Geelen", window)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.family_name, "Ëlbers-van den Heuvel")
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Roermond"))
    type_text(qtbot, dialog.street, "Kapelaan Verheggenstraat")
    type_text(qtbot, dialog.house_number, "12A")
    type_text(qtbot, dialog.postcode, "6041 AB")
    type_text(qtbot, dialog.city, "Roermond")
    dialog.try_accept()
    assert dialog.family_id
    walk.family_id = dialog.family_id
    page = window.open_family(walk.family_id)
    walk.family_page = page
    cases = s.households.cases_of(walk.family_id)
    assert len(cases) == 1
    walk.case_id = cases[0].id
    page.tabs.setCurrentIndex(1)
    # A new MLO case must be judged under the policy from its start.
    walk.agree("new family", "aanmelding", None, TODAY)

    # -- members: two parents and three children, one of them 13 ----------------------------
    births = {"Zoë": add_months(TODAY, -12 * 13 - 2), "Noë": add_months(TODAY, -12 * 9),
              "Daniël": add_months(TODAY, -12 * 4)}
    member = MemberDialog(s.households, walk.family_id, window)
    qtbot.addWidget(member)
    member.role.setCurrentIndex(member.role.findData("ouder"))
    type_text(qtbot, member.first_name, "Mariëlle")
    type_text(qtbot, member.last_name, "Ëlbers")
    type_text(qtbot, member.bsn, "999900006")
    member.gezag.setChecked(True)
    member.try_accept()
    assert member.person_id
    s.households.add_person(Person(walk.family_id, "ouder", "Raphaël", "van den Heuvel",
                                   gezag=True))
    for name, born in births.items():
        s.households.add_person(Person(walk.family_id, "jeugdige", name, "Ëlbers", born))
    members = s.households.members(walk.family_id)
    assert len(members) == 5
    assert [m.age_on(TODAY) for m in members if m.role == "jeugdige"].count(13) == 1
    assert page.member_list.count() == 5  # the page followed, not reopened
    walk.agree("members", "aanmelding", None, TODAY)

    # -- a home visit written in the journal (typed, autosaved, private at first) ------------
    from PySide6.QtCore import Qt

    panel = page.cases
    panel.file_tabs.setCurrentWidget(panel.journal)
    qtbot.mouseClick(panel.journal.add_button, Qt.LeftButton)
    editor = panel.journal.editor
    visit = editor.entry_id
    type_text(qtbot, editor.notes, "Huisbezoek: Zoë wil weer naar school; vader slaapt slecht.")
    qtbot.waitUntil(lambda: "vader slaapt" in s.casefile.get_entry(visit).notes, timeout=3000)
    panel.file_tabs.setCurrentWidget(panel.timeline)
    assert any("vader slaapt slecht" in t and "alleen voor de consulent" in t
               for t in panel.timeline.titles())
    from desktop_app.ui.intake.samen_kijken import SamenKijkenPage

    together = SamenKijkenPage(s, window.nav, walk.case_id)  # deleted below, so not qtbot's
    assert "slaapt slecht" not in together.all_text()
    panel.file_tabs.setCurrentWidget(panel.journal)
    editor.shareable.setFocus()
    qtbot.keyClick(editor.shareable, Qt.Key_Space)
    assert s.casefile.get_entry(visit).shareable
    assert "vader slaapt slecht" in together.all_text()
    together.deleteLater()
    panel.file_tabs.setCurrentWidget(panel.overview)

    # -- intake: the help question typed in the wizard --------------------------------------
    window.nav.open_case_action("intake", walk.case_id)
    wizard = window.workspace.currentWidget()
    step = wizard.go_to("question")
    type_text(qtbot, step.question, "Wij willen weer rust in huis en dat Zoë naar school gaat.")
    from desktop_app.ui.autosave import flush_all

    flush_all(wizard)
    assert s.intake.get(walk.case_id).help_question.startswith("Wij willen weer rust")
    window.close_page(wizard)
    # Six months from the start of the case until anything else says otherwise.
    walk.agree("intake", "intake", add_months(TODAY, 6), TODAY)

    # -- two results -------------------------------------------------------------------------
    zoe = next(m for m in members if m.first_name == "Zoë")
    r1 = s.results.add_result(Result(walk.case_id, family_words="Zoë gaat weer elke dag naar school",
                                     member_ids=[zoe.id], start_level=-1))
    r2 = s.results.add_result(Result(walk.case_id, family_words="Minder ruzie thuis", start_level=-2))
    assert [r.id for r in s.results.results_for_case(walk.case_id)] == [r1, r2]
    walk.agree("results", "intake", add_months(TODAY, 6), TODAY)

    # -- help at three providers, two different beschikking ends ------------------------------
    catalog = s.results
    providers = {p.code: p.id for p in catalog.providers()}
    products = {p.code: p.id for p in catalog.products()}
    deployments = {}
    for (agb, name, code, _cat), end in zip(PROVIDERS, (ROERDAL_END, LATER_END, LATER_END),
                                            strict=True):
        deployments[name] = s.results.add_deployment(Deployment(
            walk.case_id, provider_id=providers[agb], product_id=products[code],
            volume=Volume(4, "04", "2"), start=TODAY, end=end, status="toegewezen",
            result_ids=[r1]))
    first_due = ROERDAL_END - timedelta(days=MARGIN)
    reason = s.households.next_evaluation(walk.case_id)
    assert (reason.why, reason.limit.provider) == ("beschikking", "Roerdal Jeugdhulp")
    walk.agree("deployments", "actief", first_due, TODAY)
    assert "Roerdal Jeugdhulp" in walk.family_page.cases.case_info.text()

    # -- a three-monthly coordination decision -------------------------------------------------
    from desktop_app.core.coordination import prefill_all

    policy = s.decisions.policy_for(walk.case_id, TODAY)
    suggested = prefill_all(policy, s.decisions.facts(walk.case_id), TODAY)
    answers = {k: v or policy.criterion(k).options[0].id for k, v in suggested.items()}
    decision = s.decisions.record_decision(
        walk.case_id, answers, level_id="intensief", consultant="Noëlle Geelen",
        motivation="Drie aanbieders en een jongere die niet naar school gaat.", decided_on=TODAY)
    assert decision.interval_months == 3
    due = min(add_months(TODAY, 3), first_due)
    assert decision.follow_up_due == due
    walk.agree("decision", "actief", due, None)  # decided: nothing left to review
    assert format_date(s.casefile.next_step(walk.case_id).day) in \
        walk.family_page.cases.overview.next_step.text()
    assert "ja" in walk.family_page.cases.case_info.text()

    # -- letters: the family and each of the three providers ---------------------------------
    letters = s.decisions.make_letters(walk.case_id, tmp_path / "brieven")
    assert len(letters) == 4
    for i, path in enumerate(letters):
        walk.documents[f"letter{i}"] = path
        walk.dated.add(f"letter{i}")
    # -- the family's plan -------------------------------------------------------------------
    plan = s.intake.export_plan(walk.case_id, tmp_path / "plan")
    walk.documents["plan"] = plan
    walk.dated.add("plan")
    walk.agree("letters and plan", "actief", due, None)

    # -- an appointment, an attachment and the plan printed, on the case's own tab -----------
    from desktop_app.ui.autosave import flush_all as flush
    from tests.printing import assert_printed_like, page_count, pdf_printer

    page.tabs.setCurrentWidget(page.cases)
    page.cases.file_tabs.setCurrentWidget(page.extras)
    visits = page.extras.appointments
    appointment = visits.add()
    visits.fields["day"].clear()
    type_text(qtbot, visits.fields["day"], format_date(TODAY))
    type_text(qtbot, visits.fields["place"], "Thuis, Kapelaan Verheggenstraat 12A")
    type_text(qtbot, visits.fields["with_whom"], "Mariëlle en Zoë")
    flush(visits)
    stored = s.appointments.get(appointment)
    assert (stored.day, stored.place) == (TODAY, "Thuis, Kapelaan Verheggenstraat 12A")
    scan = tmp_path / "plan ondertekend.pdf"
    scan.write_bytes(plan.read_bytes())  # the signed plan, scanned back in
    attachment = page.extras.attachments.add_file(scan, "plan_getekend")
    assert [a.id for a in s.attachments.of_case(walk.case_id)] == [attachment]
    papers = page.extras.documents
    made = {papers.tree.topLevelItem(i).text(0): i for i in range(papers.tree.topLevelItemCount())}
    assert {"Gezinsplan", "Besluitbrief aan het gezin", "Besluitbrief aan aanbieder"} <= set(made)
    recorded = s.documents.of_case(walk.case_id)
    assert sorted(d.recipient for d in recorded if d.kind.startswith("letter")) == sorted(
        ["het gezin"] + [name for _agb, name, _code, _cat in PROVIDERS])
    assert [(d.kind, d.version) for d in recorded if d.kind == "plan"] == [("plan", 1)]
    papers.tree.setCurrentItem(papers.tree.topLevelItem(made["Gezinsplan"]))
    printed = tmp_path / "plan-afgedrukt.pdf"
    assert papers.print_current(pdf_printer(printed)) == page_count(plan)
    assert_printed_like(printed, plan, tmp_path, page_count(plan))
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage as Agenda

    agenda = Agenda(s, window.nav, today=TODAY)
    qtbot.addWidget(agenda)
    assert agenda.agenda.counts[0] == 1  # today's home visit, above the evaluations
    page.tabs.setCurrentIndex(1)
    walk.agree("appointment, attachment, print", "actief", due, None)

    # -- an evaluation that scales one product down ------------------------------------------
    maasland = deployments["Jeugd-ggz Maasland"]
    eid = s.evaluations.start(walk.case_id, today=TODAY)
    s.evaluations.set_conclusion(eid, maasland, "conclusion", ev.SCALE_DOWN)
    s.evaluations.set_conclusion(eid, maasland, "new_amount", "2")
    s.evaluations.set_conclusion(eid, maasland, "from_date", format_date(TODAY + timedelta(days=14)))
    s.evaluations.set_conclusion(eid, maasland, "why", "Het gaat beter; oma helpt op woensdag.")
    for result_id in (r1, r2):
        s.evaluations.set_result(eid, result_id, "reached", "deels")
    s.evaluations.finalize(eid)
    assert s.results.get_deployment(maasland).volume.amount == 2
    after = s.households.next_evaluation(walk.case_id)
    due = after.due
    assert due <= add_months(TODAY, 3) and due <= first_due
    # The letters keep the date they were written with; from now on the report speaks.
    walk.dated.difference_update({n for n in walk.documents if n.startswith("letter")})
    walk.dated.discard("plan")
    walk.agree("evaluation", "actief", due, None)

    # -- the evaluation report -----------------------------------------------------------------
    report = s.evaluations.export_report(walk.case_id, tmp_path / "evaluatie.pdf")
    walk.documents["report"] = report
    walk.dated.add("report")
    walk.agree("report", "actief", due, None)
    exports = s.store.db.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0]
    assert exports == 4 + 1 + 1  # letters, plan, report: each written once, audited once

    # -- the due-list on the day the next evaluation falls due, and the day after -----------
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    on_the_day = OpvolgingPage(s, window.nav, today=due)
    qtbot.addWidget(on_the_day)
    on_the_day.refresh()
    assert "this_month" in on_the_day.kinds_of(walk.case_id)
    day_after = OpvolgingPage(s, window.nav, today=due + timedelta(days=1))
    qtbot.addWidget(day_after)
    day_after.refresh()
    assert "overdue" in day_after.kinds_of(walk.case_id)

    # -- closing the case ------------------------------------------------------------------------
    s.households.close_case(walk.case_id, "doelen_bereikt")
    walk.dated.clear()
    walk.agree("closed", "afgesloten", None, None)
    closed_page = OpvolgingPage(s, window.nav, today=due + timedelta(days=1))
    qtbot.addWidget(closed_page)
    closed_page.refresh()
    assert closed_page.kinds_of(walk.case_id) == []

    # -- a new aanmelding for the same family: a second case with its own history -----------
    panel = walk.family_page.cases
    second = panel.create_case()
    assert second and second != walk.case_id
    assert [c.id for c in s.households.cases_of(walk.family_id)] == [second, walk.case_id]  # newest first
    assert panel.current_case_id() == second and panel.journal.list.count() == 0
    assert [str(e.title) for e in s.casefile.timeline(second)] == ["Casus geopend (aanmelding)"]
    first_kinds = {e.kind for e in s.casefile.timeline(walk.case_id)}
    assert {"contact", "result", "deployment", "decision", "evaluation", "case"} <= first_kinds
    walk.case_id = second
    walk.agree("second case", "aanmelding", None, TODAY)
    QApplication.processEvents()
