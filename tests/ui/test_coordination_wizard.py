"""The coordination wizard driven like a consultant, on a real window and session: walk the
steps, deviate without a motivation (refused), with one (stored), letters for every
provider; every open screen is current after 'Besluit vastleggen' and after another
screen's operation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.coordination import advise
from desktop_app.core.dates import add_months
from desktop_app.core.validation import format_date
from tests.conftest import type_text
from tests.coordination.session_helpers import PROVIDERS, add_catalog, add_deployment, new_case

TODAY = date(2026, 3, 2)
START = date(2026, 1, 5)
MOTIVATION = "Oma Noëlle woont naast het gezin en regelt de afspraken."


@pytest.fixture
def fresh(qtbot, store, settings):
    """An unlocked main window on an empty database with one MLO case and its help."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(store.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._opened(store)
    add_catalog(window.session)
    family_id, case_id = new_case(window.session, START)
    return window, family_id, case_id


def _page(window, case_id, today=TODAY):
    from desktop_app.ui.coordination.page import CoordinationPage

    page = CoordinationPage(window.session, window.nav, case_id, today=today)
    window.nav.push(page)
    return page


def _answer_all(page) -> None:
    """Keep what the case suggests; choose the first option where it says nothing."""
    for step in page.criterion_steps:
        if step.group.checkedButton() is None:
            step.buttons[step.criterion.options[0].id].click()


def _exports(window):
    return [tuple(r) for r in window.session.store.db.execute(
        "SELECT tbl, fields, detail FROM audit_log WHERE action = 'export' ORDER BY id")]


def test_case_action_opens_the_wizard(unlocked_window, qtbot):
    window = unlocked_window
    case_id = window.session.decisions.repo.decided_cases("MLO", "actief")[0]
    family_page = window.open_family(window.session.households.get_case(case_id).family_id)
    family_page.tabs.setCurrentIndex(1)
    for row in range(family_page.case_list.count()):
        if family_page.case_list.item(row).data(Qt.UserRole) == case_id:
            family_page.case_list.setCurrentRow(row)
    button = family_page.findChild(type(family_page.back), "caseAction_coordination")
    assert button is not None and button.text() == "Coördinatiebesluit"
    qtbot.mouseClick(button, Qt.LeftButton)
    page = window.workspace.currentWidget()
    assert page.objectName() == "coordinationPage" and page.case_id == case_id
    assert page.steps_list.count() == 7


def test_walk_deviate_refused_then_stored_and_letters(fresh, qtbot, tmp_path):
    window, _family_id, case_id = fresh
    session = window.session
    for key in ("ROE", "ODI", "MAA"):
        add_deployment(session, case_id, key, START, date(2026, 12, 31))
    page = _page(window, case_id)

    # Every step shows what the case says and a suggestion; walk them with 'Volgende'.
    first = page.criterion_steps[0]
    assert "Jeugdhulp verblijf" in first.says.text()
    assert first.buttons["verblijf"].isChecked()
    assert "voorgesteld" in first.buttons["verblijf"].text()
    assert PROVIDERS["ODI"][1] in page.criterion_steps[1].says.text()
    _answer_all(page)
    page.go(0)
    for _ in page.criterion_steps:
        qtbot.mouseClick(page.next_button, Qt.LeftButton)
    assert page.stack.currentIndex() == 6 and not page.next_button.isEnabled()
    adv = page.advice_step
    assert adv.advice.level == advise(page.policy, page.answers).level != "geen"
    assert "Type zorg" in adv.reasons.text() and "woont (deels) ergens anders" in adv.reasons.text()
    # The date this decision would give, from the lifecycle rule, before recording.
    preview = session.decisions.preview_next_evaluation(case_id, adv.advice.level, TODAY)
    assert adv.preview.isVisible() and format_date(preview.due) in adv.preview.text()

    # The consultant changes an answer on step 4: the advice follows at once.
    page.go(3)
    page.criterion_steps[3].buttons["onduidelijk"].click()
    assert session.decisions.draft(case_id)["answers"]["hulpvraag"] == "onduidelijk"  # autosaved
    page.go(6)
    assert adv.advice == advise(page.policy, page.answers)

    # Deviate without a motivation: refused, nothing stored.
    adv.deviate.setChecked(True)
    adv.level.setCurrentIndex(adv.level.findData("geen"))
    qtbot.mouseClick(adv.record, Qt.LeftButton)
    assert adv.error.isVisible() and "Schrijf op waarom" in adv.error.text()
    assert session.decisions.history(case_id) == []

    # With a motivation: stored, and the case shows it.
    adv.motivation.setFocus()
    type_text(qtbot, adv.motivation, MOTIVATION)
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.mouseClick(adv.record, Qt.LeftButton)
    (latest,) = session.decisions.history(case_id)
    assert latest.deviates and latest.level == "geen" and latest.advice.level != "geen"
    assert latest.motivation == MOTIVATION
    assert latest.answers["hulpvraag"] == "onduidelijk" and latest.decided_on == TODAY
    case = session.households.get_case(case_id)
    assert case.coordination is False and case.next_evaluation is None
    assert adv.done.isVisible() and not adv.record.isEnabled()

    # Letters: one for the family and one for each of the three providers, each audited.
    with qtbot.waitSignal(page.letters_written, timeout=30000) as blocker:
        page.export_letters(tmp_path)
    files = blocker.args[0]
    assert len(files) == 4 and len(list(tmp_path.glob("*.pdf"))) == 4
    assert "4 brieven opgeslagen" in page.letters_status.text()
    assert _exports(window) == [("coordination_decisions", "letter_family", "pdf")] + [
        ("coordination_decisions", "letter_provider", "pdf")] * 3


def test_recording_updates_the_open_case_panel_and_history(fresh, qtbot):
    window, family_id, case_id = fresh
    session = window.session
    add_deployment(session, case_id, "ROE", START, date(2026, 5, 31))
    add_deployment(session, case_id, "MAA", START, date(2026, 12, 31))
    family_page = window.open_family(family_id)
    family_page.tabs.setCurrentIndex(1)
    panel = family_page.cases
    assert "Coördinatie en opvolging door CJG: nog niet besloten" in panel.case_info.text()
    page = _page(window, case_id)
    page.open_history()
    history = window.workspace.currentWidget()
    assert history.objectName() == "coordinationHistory" and history.empty.isVisibleTo(history)
    window.close_page(history)

    _answer_all(page)
    page.go(6)
    adv = page.advice_step
    if adv.advice.level != "intensief":
        adv.deviate.setChecked(True)
        adv.level.setCurrentIndex(adv.level.findData("intensief"))
        type_text(qtbot, adv.motivation, MOTIVATION)
    preview = adv.preview.text()
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.mouseClick(adv.record, Qt.LeftButton)

    case = session.households.get_case(case_id)
    due = case.next_evaluation
    assert due is not None and due <= add_months(TODAY, 3)
    assert due <= date(2026, 5, 31)  # before the first beschikking ends
    assert session.decisions.current(case_id).follow_up_due == due
    assert format_date(due) in preview  # the preview was that same date
    assert format_date(due) in adv.done.text()
    # The family page under the wizard is current without reopening it.
    text = panel.case_info.text()
    assert "Coördinatie en opvolging door CJG: ja" in text
    assert f"Volgende evaluatie: {format_date(due)}" in text
    assert "Roerdal" in text  # and why: the beschikking of Roerdal ends first
    assert panel.case_list.currentItem().text().split(" · ")[1] == "actief"
    # A history page opened now shows it, and follows a decision taken elsewhere.
    page.open_history()
    history = window.workspace.currentWidget()
    assert history.table.rowCount() == 1
    assert history.table.item(0, 4).text() == format_date(due)
    session.decisions.record_decision(
        case_id, page.answers, level_id="geen", motivation=MOTIVATION, decided_on=TODAY)
    assert history.table.rowCount() == 2 and history.table.item(0, 4).text() == "–"


def test_the_page_follows_another_screens_operations(fresh, qtbot):
    window, _family_id, case_id = fresh
    session = window.session
    add_deployment(session, case_id, "ROE", START, date(2026, 12, 31))
    page = _page(window, case_id)
    first = page.criterion_steps[0]
    assert first.buttons["ambulant"].isChecked() and "verblijf" not in first.says.text().lower()
    _answer_all(page)
    page.go(6)
    before = page.advice_step.preview.text()

    # Another screen adds a stay that ends sooner: what the case says and the date follow.
    add_deployment(session, case_id, "ODI", START, date(2026, 4, 30))
    assert "Jeugdhulp verblijf" in first.says.text()
    assert "voorgesteld" in first.buttons["verblijf"].text()
    assert first.buttons["ambulant"].isChecked()  # the chosen answer stays
    after = page.advice_step.preview.text()
    assert after != before and "Behandelcentrum" in after

    # Another screen records a decision: the page says so and will not overwrite it.
    session.decisions.record_decision(case_id, page.answers, decided_on=TODAY)
    assert page.notice.isVisible() and "ander besluit" in page.notice.text()
    assert "Huidig besluit van" in page.subtitle.text()
    assert not page.record()
    assert "ander besluit" in page.advice_step.error.text()
    assert len(session.decisions.history(case_id)) == 1

    # The case is closed elsewhere: nothing can be decided, what was typed stays.
    page.advice_step.motivation.setPlainText("Nog overleggen met de school van Zoë.")
    session.households.close_case(case_id, "doelen_bereikt", on=TODAY)
    assert "afgesloten" in page.notice.text() and not page.advice_step.record.isEnabled()
    assert page.advice_step.motivation.toPlainText() == "Nog overleggen met de school van Zoë."


def test_draft_survives_reopening(fresh, qtbot):
    window, _family_id, case_id = fresh
    from desktop_app.ui.autosave import flush_all

    add_deployment(window.session, case_id, "ROE", START, date(2026, 12, 31))
    page = _page(window, case_id)
    page.criterion_steps[0].choose("crisis")
    page.go(6)
    page.advice_step.deviate.setChecked(True)
    type_text(qtbot, page.advice_step.motivation, "Crisis in het weekend; Zoë logeert bij oma.")
    flush_all(page)
    window.close_page(page)
    again = _page(window, case_id)
    assert again.criterion_steps[0].buttons["crisis"].isChecked()
    assert again.advice_step.motivation.toPlainText() == "Crisis in het weekend; Zoë logeert bij oma."
    assert again.advice_step.deviate.isChecked()
    assert again.advice_step.level.currentData() == "geen"


def test_caseload_filter_te_beoordelen(unlocked_window, qtbot):
    window = unlocked_window
    view = window.caseload
    everyone = view.model.total
    view.to_review.setChecked(True)
    qtbot.waitUntil(lambda: view.model.to_review == ("MLO",))
    expected = window.session.households.repo.count(to_review=("MLO",))
    assert view.model.total == expected < everyone
    ids = {view.model.family_id(r) for r in range(view.model.rowCount())}
    # The stored review (store/case_state.py, core.transition) decides.
    due = {r[0] for r in window.session.store.db.execute(
        "SELECT family_id FROM cases WHERE region = 'MLO' AND status IN ('intake', 'actief') "
        "AND review_due IS NOT NULL")}
    assert ids == due and ids
    view.to_review.setChecked(False)
    qtbot.waitUntil(lambda: view.model.total == everyone)
