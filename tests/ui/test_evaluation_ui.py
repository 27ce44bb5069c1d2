"""pytest-qt: walk an evaluation by keyboard, close halfway and resume, preview the
report, open a case from the Opvolging page; the next date refused past a limit with the
Dutch message; the screens refresh after another screen's operation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.conftest import type_text
from tests.evaluation.helpers import build_case, record_decision


@pytest.fixture
def own_window(qtbot, store, settings):
    """A main window on a database with one case of our own: Roerdal's beschikking ends
    31-01-2027 (28 days margin), other help runs until 30-09-2027."""
    return _own_window(qtbot, store, settings, (date(2027, 1, 31), date(2027, 9, 30)))


def _own_window(qtbot, store, settings, ends):
    from desktop_app.ui.main_window import MainWindow

    case = build_case(store.db, ends=ends)
    window = MainWindow(store.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._opened(store)
    case["window"] = window
    return case


def _case_with_help(window) -> int:
    from desktop_app.ui.features.evaluation import showcase_case

    return showcase_case(window)


def _wizard(window, case_id):
    from desktop_app.ui.features.evaluation import open_wizard

    page = open_wizard(window, case_id)
    window.push_page(page)
    return page


def test_walk_close_halfway_and_resume(unlocked_window, qtbot):
    window = unlocked_window
    case_id = _case_with_help(window)
    wizard = _wizard(window, case_id)
    results = wizard.current_page()
    assert results.key == "results"
    rid, form = next(iter(results.forms.items()))
    level = form.widgets[f"level_{rid}"]
    level.setFocus()
    qtbot.keyClick(level, Qt.Key_End)  # +2, chosen with the keyboard
    words = form.widgets[f"words_{rid}"]
    words.setFocus()
    type_text(qtbot, words, "Het gaat béter, zegt Zoë.")
    qtbot.keyClick(wizard, Qt.Key_PageDown, Qt.ControlModifier)  # to 'help', saves first
    assert wizard.current_page().key == "help"
    help_step = wizard.current_page()
    dep_id, dep_form = next(iter(help_step.forms.items()))
    combo = dep_form.widgets[f"conclusion_{dep_id}"]
    combo.setCurrentIndex(combo.findData("afschalen"))
    combo.activated.emit(combo.currentIndex())
    assert dep_form.widgets[f"amount_{dep_id}"].isVisibleTo(help_step)
    assert not dep_form.widgets[f"service_{dep_id}"].isVisibleTo(help_step)
    evaluation_id = wizard.evaluation_id
    wizard.close_button.click()  # close halfway
    qtbot.waitUntil(lambda: window.workspace.currentWidget() is not wizard)

    again = _wizard(window, case_id)
    assert again.evaluation_id == evaluation_id
    assert again.current_page().key == "help"  # resumed at the stored step
    e = again.ctx.evaluations.get(evaluation_id)
    assert e.results[rid].level == 2 and e.results[rid].words == "Het gaat béter, zegt Zoë."
    assert e.conclusions[dep_id].conclusion == "afschalen"
    # Finish: back to continue, walk on with Alt+N to the last step and close it.
    combo = again.current_page().forms[dep_id].widgets[f"conclusion_{dep_id}"]
    combo.setCurrentIndex(combo.findData("voortzetten"))
    combo.activated.emit(combo.currentIndex())
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # Ctrl+Page Down from whatever field has the focus
        focus = QApplication.focusWidget() or again
        qtbot.keyClick(focus, Qt.Key_PageDown, Qt.ControlModifier)
    done = again.current_page()
    assert done.key == "done"
    assert done.finish_button.isEnabled(), done.summary.text()
    with qtbot.waitSignal(again.finished):
        done.finish_button.click()
    assert again.ctx.evaluations.get(evaluation_id).final


def test_preview_loads_pages(unlocked_window, qtbot):
    from desktop_app.ui.features.evaluation import open_report

    window = unlocked_window
    page = open_report(window, _case_with_help(window))
    window.push_page(page)
    qtbot.waitUntil(lambda: page.page_count() > 0)
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return  # the fallback preview (pdftoppm) was checked above
    assert isinstance(page.document, QPdfDocument)
    assert page.document.status() == QPdfDocument.Status.Ready


def test_opvolging_opens_the_case(unlocked_window, qtbot):
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    window = unlocked_window
    page = OpvolgingPage(window.session, window.nav)
    window.push_page(page)
    item = page.tree.currentItem()
    assert item is not None and item.parent() is not None
    family_id, case_id = item.data(0, Qt.UserRole)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key_Return)
    family_page = window.workspace.currentWidget()
    assert family_page.objectName() == "familyPage"
    assert family_page.family_id == family_id and family_page.current_case_id() == case_id
    assert sum(page.counts.values()) > 0


def test_opvolging_is_the_start_page_after_unlock(qtbot, demo_store, settings):
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage
    from desktop_app.ui.main_window import MainWindow
    from tests.conftest import PASSPHRASE

    path = demo_store.path
    demo_store.close()
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    window.gate.passphrase.setText(PASSPHRASE)
    window.gate.unlock_button.click()
    qtbot.waitUntil(lambda: isinstance(window.workspace.currentWidget(), OpvolgingPage),
                    timeout=15000)
    window.show_caseload()  # Ctrl+1: the caseload stays one shortcut away
    assert window.workspace.currentWidget() is window.caseload
    window.lock()  # unlocking again keeps the pages as they were
    window.gate.passphrase.setText(PASSPHRASE)
    window.gate.unlock_button.click()
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=15000)
    assert window.workspace.currentWidget() is window.caseload
    window.close()


def test_the_start_page_shows_its_rows_first_and_counts_once_shown(qtbot, unlocked_window):
    """After unlocking, Opvolging paints each list's first rows at once and its counts
    ('…' until then) from a second connection once shown (issue 17): the same counts and
    rows as the page read in one go."""
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    window = unlocked_window
    whole = OpvolgingPage(window.session, window.nav)
    quick = OpvolgingPage(window.session, window.nav, counts_later=True)
    assert set(quick.counts.values()) == {None}
    titles = [quick.tree.topLevelItem(i).text(0) for i in range(quick.tree.topLevelItemCount())]
    assert titles and all(t.endswith("(…)") for t in titles)

    def rows(page):
        return {kind: [g.child(i).data(0, Qt.UserRole) for i in range(g.childCount())
                       if isinstance(g.child(i).data(0, Qt.UserRole), tuple)]
                for kind, g in page.groups.items()}

    assert rows(quick) == rows(whole) and any(rows(whole).values())
    with qtbot.waitSignal(quick.refreshed, timeout=15000):
        window.push_page(quick)
    assert quick.counts == whole.counts and sum(whole.counts.values()) > 0
    assert [quick.tree.topLevelItem(i).text(0) for i in range(quick.tree.topLevelItemCount())] == \
        [whole.tree.topLevelItem(i).text(0) for i in range(whole.tree.topLevelItemCount())]
    whole.deleteLater()


def test_next_date_past_a_limit_is_refused_in_dutch_and_stays_typed(qtbot, store, settings):
    from datetime import timedelta

    from desktop_app.core.validation import format_date
    from desktop_app.ui.features.evaluation import open_wizard

    # Dates from today (with the fixed 31-01-2027 the proposal moved from 04-01-2027 on):
    # Roerdal's beschikking ends in 59 days, the proposal is 28 days before its end.
    today = date.today()
    end = today + timedelta(days=59)
    proposal, typed = format_date(end - timedelta(days=28)), format_date(end + timedelta(days=15))
    own_window = _own_window(qtbot, store, settings, (end, today + timedelta(days=300)))
    window, cid = own_window["window"], own_window["case_id"]
    wizard = open_wizard(window, cid)
    window.push_page(wizard)
    step = wizard.go_to("next")
    evaluations = window.session.evaluations
    stored = evaluations.get(wizard.evaluation_id).next_date
    assert stored == end - timedelta(days=28) and step.next_date.text() == proposal  # proposed
    assert proposal in step.cap.text() and "Roerdal" in step.cap.text()
    step.next_date.setFocus()
    step.next_date.selectAll()
    type_text(qtbot, step.next_date, typed)
    step.next_saver.flush()
    message = (f"Deze datum ligt na het einde van de beschikking van Roerdal ({format_date(end)}). "
               f"Kies een datum op of vóór {proposal}.")
    assert step.next_error.text() == message and step.next_error.isVisibleTo(step)
    assert step.next_date.property("invalid") is True
    assert step.next_date.text() == typed  # what was typed stays
    assert evaluations.get(wizard.evaluation_id).next_date == stored  # nothing refused stored
    # On to the last step and back: the typed date is still there, finishing is blocked.
    done = wizard.go_to("done")
    assert not done.finish_button.isEnabled()
    assert message in done.summary.text()
    assert wizard.go_to("next").next_date.text() == typed
    # Taking the proposal again clears the message.
    step.use_proposal.click()
    assert step.next_date.text() == proposal
    assert step.next_error.text() == "" and not step.next_saver.refused
    assert wizard.go_to("done").finish_button.isEnabled(), done.summary.text()


def test_next_step_reads_the_proposal_again_after_a_decision_elsewhere(qtbot, store, settings):
    from datetime import timedelta

    from desktop_app.ui.features.evaluation import open_wizard

    # Dates from today: with the fixed 31-01-2027 a one-monthly decision made on 03-12-2026
    # gave the same day as the beschikking's margin (the rule then names the beschikking).
    today = date.today()
    own_window = _own_window(qtbot, store, settings,
                             (today + timedelta(days=120), today + timedelta(days=300)))
    window, cid = own_window["window"], own_window["case_id"]
    wizard = open_wizard(window, cid)
    window.push_page(wizard)
    step = wizard.go_to("next")
    held = window.session.evaluations.get(wizard.evaluation_id).held_on
    assert "Roerdal" in step.cap.text()
    # Another screen records a one-monthly decision today (the coordination area).
    record_decision(own_window["db"], cid, held, 1)
    window.session.households.touch_case(cid, "record_decision", ("decision",))
    from desktop_app.core.dates import add_months

    expected = add_months(held, 1).strftime("%d-%m-%Y")
    assert "een maand na deze evaluatie" in step.cap.text() and expected in step.cap.text()
    assert "Roerdal" not in step.cap.text()


def _group_children(page, kind) -> list[int]:
    group = page.groups[kind]
    return [group.child(i).data(0, Qt.UserRole)[1] for i in range(group.childCount())
            if isinstance(group.child(i).data(0, Qt.UserRole), tuple)]


def test_opvolging_due_day_is_this_month_and_the_day_after_overdue(own_window, qtbot):
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    window, cid = own_window["window"], own_window["case_id"]
    due = window.session.households.get_case(cid).next_evaluation
    assert due is not None
    on_the_day = OpvolgingPage(window.session, window.nav, today=due)
    window.push_page(on_the_day)
    assert cid in _group_children(on_the_day, "this_month")
    assert cid not in _group_children(on_the_day, "overdue")
    assert "(1)" in on_the_day.groups["this_month"].text(0)
    day_after = OpvolgingPage(window.session, window.nav, today=date.fromordinal(
        due.toordinal() + 1))
    window.push_page(day_after)
    assert cid in _group_children(day_after, "overdue")
    assert cid not in _group_children(day_after, "this_month")
    assert day_after.kinds_of(cid) == [k for k in ("overdue", "to_review")
                                       if cid in _group_children(day_after, k)]


def test_opvolging_refreshes_in_the_background_after_another_screens_operation(own_window,
                                                                               qtbot):
    from desktop_app.core import evaluation as ev
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    window, cid = own_window["window"], own_window["case_id"]
    session = window.session
    due = session.households.get_case(cid).next_evaluation
    page = OpvolgingPage(session, window.nav, today=due)
    window.push_page(page)
    assert cid in _group_children(page, "this_month")
    # Another screen finalises an evaluation that ends Roerdal's help: the case is no
    # longer due this month.
    evaluations = session.evaluations
    eid = evaluations.start(cid, today=date(2026, 11, 30))
    roerdal = own_window["deps"][0]
    evaluations.set_conclusion(eid, roerdal, "conclusion", ev.END)
    evaluations.set_conclusion(eid, roerdal, "end_reason", "31")
    with qtbot.waitSignal(page.refreshed, timeout=15000):
        evaluations.finalize(eid)
    assert cid not in _group_children(page, "this_month")
    assert session.households.get_case(cid).next_evaluation > due


def test_progress_redraws_after_an_evaluation_is_finalised(own_window, qtbot):
    from desktop_app.ui.features.evaluation import open_progress

    window, cid = own_window["window"], own_window["case_id"]
    page = open_progress(window, cid)
    window.push_page(page)
    assert page.views == []
    evaluations = window.session.evaluations
    eid = evaluations.start(cid, today=date(2026, 11, 30))
    evaluations.set_result(eid, own_window["results"][0], "level", "1")
    evaluations.finalize(eid)
    assert len(page.views) == 3


def test_preview_renders_again_after_a_change_and_exports_through_the_session(
        own_window, qtbot, tmp_path, monkeypatch):
    from desktop_app.ui.evaluation import preview as preview_module
    from desktop_app.ui.export_dialog import ExportChoice

    window, cid = own_window["window"], own_window["case_id"]
    evaluations = window.session.evaluations
    eid = evaluations.start(cid, today=date(2026, 11, 30))
    page = preview_module.PreviewPage(window.session, window.nav, cid, eid)
    window.push_page(page)
    qtbot.waitUntil(lambda: page.page_count() > 0)
    renders = []
    monkeypatch.setattr(page, "render", lambda: renders.append(1))
    page._again.timeout.disconnect()
    page._again.timeout.connect(page.render)
    evaluations.set_field(eid, "goes_well", "Zoë fietst zelf naar school.")
    qtbot.waitUntil(lambda: bool(renders), timeout=5000)
    monkeypatch.setattr("desktop_app.ui.export_dialog.ask_export",
                        lambda *_a, **_k: ExportChoice(tmp_path, None))
    monkeypatch.setattr(preview_module.QMessageBox, "information", lambda *_a, **_k: None)
    out = page.export()
    assert out is not None and out.exists() and out.parent == tmp_path
    rows = list(own_window["db"].execute(
        "SELECT tbl, row_ref, fields FROM audit_log WHERE action = 'export'"))
    assert rows == [("cases", str(cid), "evaluation")]


def test_preview_is_rendered_from_memory_and_leaves_no_file(own_window, qtbot, tmp_path,
                                                            monkeypatch):
    """Issue 15: no preview PDF in the temp folder (or anywhere) while it is shown, and
    the leftovers of older versions are removed at start."""
    import tempfile

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from desktop_app.session.maintenance import remove_stale_previews
    from desktop_app.ui.evaluation import preview as preview_module
    from desktop_app.ui.evaluation.page_images import PageImages

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    window, cid = own_window["window"], own_window["case_id"]
    eid = window.session.evaluations.start(cid, today=date(2026, 11, 30))
    data = window.session.evaluations.render_preview(cid, eid)
    assert data.startswith(b"%PDF")
    page = preview_module.PreviewPage(window.session, window.nav, cid, eid)
    window.push_page(page)
    qtbot.waitUntil(lambda: page.page_count() > 0)
    page.annex.setChecked(True)  # rendered again, still in memory
    qtbot.waitUntil(lambda: page.page_count() > 0)
    assert list(temp.iterdir()) == []
    assert [p.name for p in window.session.store.path.parent.rglob("*.pdf")] == []
    # The fallback without QtPdf reads the same buffer through pdftoppm's stdin.
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    images = PageImages()
    images.load(buffer)
    import shutil

    if shutil.which("pdftoppm"):
        import io

        from pypdf import PdfReader

        assert images.pageCount() == len(PdfReader(io.BytesIO(data)).pages) > 0
    assert list(temp.iterdir()) == []
    # An older version's leftover, found at the next start.
    old = temp / "gezinsplan-preview-abc123"
    old.mkdir()
    (old / "preview-1-0.pdf").write_bytes(data)
    assert remove_stale_previews() == 1 and list(temp.iterdir()) == []
