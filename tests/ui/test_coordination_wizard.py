"""The coordination wizard driven like a consultant: walk the steps, deviate without
a motivation (refused), with one (stored), letters for every provider."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.store.decisions import Decisions
from tests.conftest import type_text
from tests.coordination.helpers import PROVIDERS, facts

TODAY = date(2026, 3, 2)


def _mlo_case(window) -> int:
    return window.store.db.execute(
        "SELECT id FROM cases WHERE region = 'MLO' AND status = 'actief' ORDER BY id LIMIT 1"
    ).fetchone()[0]


def _open(window, qtbot, case_facts=None):
    from desktop_app.ui.coordination.page import CoordinationPage

    case_id = _mlo_case(window)
    page = CoordinationPage(window, case_id, facts=case_facts, today=TODAY)
    window.push_page(page)
    return case_id, page


def test_case_action_opens_the_wizard(unlocked_window, qtbot):
    window = unlocked_window
    case_id = _mlo_case(window)
    family_page = window.open_family(window.families.get_case(case_id).family_id)
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


def test_walk_deviate_refused_then_stored_and_letters(unlocked_window, qtbot, tmp_path):
    window = unlocked_window
    three = facts([("45", "A"), ("44", "B"), ("54", "C")], start=date(2026, 1, 5),
                  end=date(2026, 12, 31))
    case_id, page = _open(window, qtbot, three)
    repo = Decisions(window.store.db)
    before = len(repo.history(case_id))

    # Every step shows what the case says and a suggestion; walk them with 'Volgende'.
    first = page.criterion_steps[0]
    assert "Jeugdhulp verblijf" in first.says.text()
    assert first.buttons["verblijf"].isChecked()
    assert "voorgesteld" in first.buttons["verblijf"].text()
    assert PROVIDERS["B"].name in page.criterion_steps[1].says.text()
    for _ in page.criterion_steps:
        qtbot.mouseClick(page.next_button, Qt.LeftButton)
    assert page.stack.currentIndex() == 6 and not page.next_button.isEnabled()
    adv = page.advice_step
    assert adv.advice.level == "standaard" and "Coördinatie en opvolging" in adv.headline.text()
    assert "Type zorg" in adv.reasons.text() and "woont (deels) ergens anders" in adv.reasons.text()

    # The consultant changes an answer on step 4: the advice follows at once.
    page.go(3)
    page.criterion_steps[3].buttons["onduidelijk"].click()
    assert repo.draft(case_id)["answers"]["hulpvraag"] == "onduidelijk"  # autosaved
    page.go(6)
    assert (adv.advice.score, adv.advice.level) == (3 + 3 + 0 + 3 + 0 + 0, "intensief")

    # Deviate without a motivation: refused, nothing stored.
    adv.deviate.setChecked(True)
    adv.level.setCurrentIndex(adv.level.findData("geen"))
    qtbot.mouseClick(adv.record, Qt.LeftButton)
    assert adv.error.isVisible() and "Schrijf op waarom" in adv.error.text()
    assert len(repo.history(case_id)) == before

    # With a motivation: stored, and the case and caseload show it.
    adv.motivation.setFocus()
    type_text(qtbot, adv.motivation, "Oma Noëlle woont naast het gezin en regelt de afspraken.")
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.mouseClick(adv.record, Qt.LeftButton)
    history = repo.history(case_id)
    assert len(history) == before + 1
    latest = history[0]
    assert latest.deviates and latest.level == "geen" and latest.advice.level == "intensief"
    assert latest.motivation == "Oma Noëlle woont naast het gezin en regelt de afspraken."
    assert latest.answers["hulpvraag"] == "onduidelijk" and latest.decided_on == TODAY
    assert latest.supersedes == (history[1].id if len(history) > 1 else None)
    case = window.families.get_case(case_id)
    assert case.coordination is False and case.next_evaluation is None
    assert adv.done.isVisible() and not adv.record.isEnabled()

    # Letters: one for the family and one for each of the three providers.
    with qtbot.waitSignal(page.letters_written, timeout=30000) as blocker:
        page.export_letters(tmp_path)
    files = blocker.args[0]
    assert len(files) == 4 and len(list(tmp_path.glob("*.pdf"))) == 4
    assert "4 brieven opgeslagen" in page.letters_status.text()


def test_accept_the_advice_plans_the_follow_up(unlocked_window, qtbot):
    window = unlocked_window
    crisis = facts([("46", "C")], start=date(2026, 2, 1), end=date(2026, 12, 31))
    case_id, page = _open(window, qtbot, crisis)
    page.go(6)
    assert page.advice_step.advice.level == "intensief"
    assert page.record()
    case = window.families.get_case(case_id)
    assert case.coordination is True and case.next_evaluation == date(2026, 5, 1)  # 3 months
    row = window.store.db.execute(
        "SELECT coordination, next_evaluation FROM families WHERE id = ?", [case.family_id]).fetchone()
    assert row[0] == 1


def test_draft_survives_reopening(unlocked_window, qtbot):
    window = unlocked_window
    from desktop_app.ui.autosave import flush_all

    case_id, page = _open(window, qtbot, facts([("45", "A")], end=date(2026, 12, 31)))
    page.criterion_steps[0].choose("crisis")
    page.go(6)
    page.advice_step.deviate.setChecked(True)
    type_text(qtbot, page.advice_step.motivation, "Crisis in het weekend; Zoë logeert bij oma.")
    flush_all(page)
    window.close_page(page)
    _, again = _open(window, qtbot, facts([("45", "A")], end=date(2026, 12, 31)))
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
    expected = window.families.count(to_review=("MLO",))
    assert view.model.total == expected < everyone
    ids = {view.model.family_id(r) for r in range(view.model.rowCount())}
    open_undecided = {r[0] for r in window.store.db.execute(
        "SELECT family_id FROM cases WHERE region = 'MLO' AND status IN ('intake', 'actief') "
        "AND decision_id IS NULL")}
    assert ids == open_undecided
    view.to_review.setChecked(False)
    qtbot.waitUntil(lambda: view.model.total == everyone)
