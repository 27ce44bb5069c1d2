"""The intake's self-reliance steps (issue 16 item 6): a step per adult, the household's
ZRM-Huishoudens and supplement, ZRM-Jongeren per youth of 12–17, and old household scores
read-only – keyboard reachable, autosaved, every drop-down under the wheel guard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from desktop_app.ui.guards import is_guarded
from desktop_app.ui.registry import CASE_ACTIONS
from tests.conftest import type_text
from tests.intake_fixtures import make_large_family


def _open(qtbot, window, case_id):
    window.open_case_action(CASE_ACTIONS["intake"], case_id)
    wizard = window.workspace.currentWidget()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return wizard


def _ids(window, case_id) -> dict[str, int]:
    case = window.session.households.get_case(case_id)
    return {m.first_name.split()[0]: m.id for m in window.session.households.members(case.family_id)}


def test_a_step_per_adult_the_household_and_each_youth(qtbot, unlocked_window, demo_store):
    window = unlocked_window
    case_id = make_large_family(demo_store, session=window.session)
    ids = _ids(window, case_id)
    wizard = _open(qtbot, window, case_id)
    steps = [k for k in wizard.keys() if k.startswith("domains:")]
    # Raphaël (44), Mariëlle (41) and oma Truus (68, verzorger) are adults; Daniël (16),
    # Chloë (14) and Anaïs (12) get ZRM-Jongeren; the little ones only the supplement.
    assert steps[:5] == [f"domains:zrm:{ids['Truus']}", f"domains:zrm:{ids['Raphaël']}",
                         f"domains:zrm:{ids['Mariëlle']}", "domains:huishouden:0", "domains:kind:0"]
    assert set(steps[5:]) == {f"domains:jongeren:{ids[n]}" for n in ("Daniël", "Chloë", "Anaïs")}
    titles = [wizard.pages[k].title() for k in steps]
    assert "Mariëlle Anne-Sophie" in titles[2] and "ZRM-Huishoudens" in titles[3]

    # Mariëlle's own scores show on her step, not on Raphaël's.
    page = wizard.go_to(f"domains:zrm:{ids['Mariëlle']}")
    assert page.score.currentData() == 2 and "naïef" in page.worries.toPlainText()
    page = wizard.go_to(f"domains:zrm:{ids['Raphaël']}")
    assert page.score.currentData() == 0
    combos = page.findChildren(QComboBox)
    assert len(combos) == 4 and all(is_guarded(c) for c in combos)

    # The household step by keyboard: type, Tab to the score, pick 4 – saved at once.
    page = wizard.go_to("domains:huishouden:0")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.good)
    assert page.heading.text() == "Geld van het huishouden"
    type_text(qtbot, page.good, "De vaste lasten gaan automatisch – één overzicht op de koelkast.")
    for _ in range(10):
        if QApplication.focusWidget() is page.score:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is page.score
    for _ in range(4):
        qtbot.keyClick(page.score, Qt.Key_Down)
    def answer():
        return window.session.intake.domain(case_id, "huishouden", "financien_huishouden", 0)

    qtbot.waitUntil(lambda: answer().good.startswith("De vaste lasten gaan automatisch"))  # autosave
    assert answer().score == 4
    assert "Het inkomen dekt de vaste lasten" in page.level_text.text()


def test_old_household_scores_show_read_only(qtbot, unlocked_window, demo_store):
    window = unlocked_window
    case_id = make_large_family(demo_store, session=window.session)
    with demo_store.db.atomic():  # as m1050 leaves a score of the old form
        demo_store.db.execute(
            "INSERT INTO intake_domains (case_id, set_key, domain_key, person_id, good, score, "
            "updated_at) VALUES (?, 'zrm_oud', 'financien', 0, 'Huur gaat voor', 3, '')", [case_id])
    wizard = _open(qtbot, window, case_id)
    assert "domains:zrm_oud:0" in wizard.keys()
    page = wizard.go_to("domains:zrm_oud:0")
    assert "oude score" in page.title()
    assert page.good.toPlainText() == "Huur gaat voor" and page.good.isReadOnly()
    assert page.score.currentData() == 3 and not page.score.isEnabled()
    assert not page.priority.isEnabled() and page.read_only_note.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.list)  # keyboard: the list
    type_text(qtbot, page.good, "anders")  # read-only: nothing changes, nothing is saved
    assert window.session.intake.domain(case_id, "zrm_oud", "financien", 0).good == "Huur gaat voor"
