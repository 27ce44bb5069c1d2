"""Issue 16: the coordination wizard for an MLW case (no policy file): the same six
questions, no advice, the consultant's choice of level with a mandatory motivation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.dates import add_months
from tests.conftest import type_text
from tests.coordination.session_helpers import add_catalog, add_deployment, new_case

TODAY = date(2026, 3, 2)
START = date(2026, 1, 5)
MOTIVATION = "Twee aanbieders en een onrustige thuissituatie: elke drie maanden kijken."


@pytest.fixture
def weert(qtbot, store, settings):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(store.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._opened(store)
    add_catalog(window.session)
    _, case_id = new_case(window.session, START, municipality="Weert")
    for key in ("ROE", "MAA"):
        add_deployment(window.session, case_id, key, START, date(2026, 12, 31))
    return window, case_id


def test_mlw_wizard_records_the_consultants_decision(weert, qtbot, tmp_path):
    from desktop_app.ui.coordination.page import CoordinationPage

    window, case_id = weert
    session = window.session
    page = CoordinationPage(session, window.nav, case_id, today=TODAY)
    window.nav.push(page)
    assert page.policy is not None and not page.policy.advises
    assert page.steps_list.count() == 7 and len(page.criterion_steps) == 6
    assert "geen richtlijn voor regio MLW" in page.subtitle.text()
    # What the case says is shown and suggested, as with a policy.
    assert "Roerdal" in page.criterion_steps[1].says.text()
    for step in page.criterion_steps:
        if step.group.checkedButton() is None:
            step.buttons[step.criterion.options[0].id].click()
    page.go(6)
    adv = page.advice_step
    assert adv.advice is not None and adv.advice.level == ""
    assert adv.headline.text().startswith("Geen advies")
    assert "punt" not in adv.reasons.text() and "Type zorg" in adv.reasons.text()
    assert not adv.follow.isVisible() and not adv.deviate.isVisible()
    assert adv.level.isEnabled() and adv.level.currentData() is None
    assert [adv.level.itemData(i) for i in range(adv.level.count())] == [
        None, "geen", "standaard", "intensief"]

    # Without a choice, then without a motivation: refused, nothing stored.
    qtbot.mouseClick(adv.record, Qt.LeftButton)
    assert adv.error.isVisible() and "Kies wat u besluit" in adv.error.text()
    adv.level.setCurrentIndex(adv.level.findData("intensief"))
    assert adv.preview.isVisible() and "2026" in adv.preview.text()
    qtbot.mouseClick(adv.record, Qt.LeftButton)
    assert "geen richtlijn voor deze regio" in adv.error.text()
    assert session.decisions.history(case_id) == []

    adv.motivation.setFocus()
    type_text(qtbot, adv.motivation, MOTIVATION)
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.mouseClick(adv.record, Qt.LeftButton)
    (stored,) = session.decisions.history(case_id)
    assert (stored.level, stored.interval_months, stored.motivation) == (
        "intensief", 3, MOTIVATION)
    case = session.households.get_case(case_id)
    assert case.status == "actief" and case.next_evaluation == add_months(TODAY, 3)

    with qtbot.waitSignal(page.letters_written, timeout=30000) as blocker:
        page.export_letters(tmp_path)
    assert len(blocker.args[0]) == 3
    page.grab().save(str(tmp_path / "mlw_wizard.png"))

    # The history names no advice and shows the motivation.
    from desktop_app.ui.coordination.history import HistoryPage

    history = HistoryPage(session, window.nav, case_id)
    window.nav.push(history)
    assert history.table.rowCount() == 1
    assert history.table.item(0, 2).text() == "geen richtlijn"
    assert "Motivering:" in history.detail.text() and "elke drie maanden" in history.detail.text()
    history.grab().save(str(tmp_path / "mlw_history.png"))
