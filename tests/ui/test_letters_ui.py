"""pytest-qt, issue 14 items 7 and 10: Instellingen › Mijn gegevens (autosaved through the
session, a notice while incomplete), the children a deployment is for, the empty catalogue
that says how to fill it, the municipality that must be chosen, the unclipped 'Regisseur is'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.ui.autosave import flush_all
from desktop_app.ui.registry import CASE_ACTIONS, MAIN_PAGES
from tests.conftest import type_text


def _menu_action(window, menu_text: str, action_text: str):
    menu = next(a.menu() for a in window.menuBar().actions()
                if a.text().replace("&", "") == menu_text)
    return next(a for a in menu.actions() if a.text().replace("&", "") == action_text)


def test_my_details_from_the_settings_menu_autosave_and_end_the_notice(qtbot, unlocked_window):
    from desktop_app.ui.consultant_dialog import ConsultantDialog, ConsultantNotice

    window = unlocked_window
    session = window.session
    notice = ConsultantNotice(session, window.nav.events)
    qtbot.addWidget(notice)
    notice.show()
    assert notice.isVisible() and "Mijn gegevens" in notice.text.text()
    action = _menu_action(window, "Instellingen", "Mijn gegevens…")
    assert action.isEnabled()
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConsultantDialog)
        seen["dialog"] = True
        type_text(qtbot, dialog.name, "Noëlle Geelen")
        type_text(qtbot, dialog.phone, "0475-12")  # too short: refused, the text stays
        assert not flush_all(dialog.phone.parentWidget())
        seen["error"] = dialog.findChild(type(dialog.indicator), "saveIndicator").text()
        dialog.phone.clear()
        type_text(qtbot, dialog.phone, "0475 123 456")
        type_text(qtbot, dialog.team, "CJG Roerdalen")
        dialog.reject()  # closing saves what is pending

    QTimer.singleShot(0, fill)
    action.trigger()
    assert seen["dialog"] and seen["error"].startswith("Niet opgeslagen")
    details = session.consultant.details()
    assert (details.name, details.phone, details.team) == ("Noëlle Geelen", "0475 123 456",
                                                           "CJG Roerdalen")
    # The notice heard the 'settings' change and is gone.
    assert not notice.isVisible()


def test_a_bad_phone_shows_its_dutch_message_under_the_field(qtbot, unlocked_window):
    from desktop_app.ui.consultant_dialog import ConsultantDialog

    dialog = ConsultantDialog(unlocked_window.session, unlocked_window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.email, "noelle@cjg")
    assert not flush_all(dialog)
    assert dialog.email.toolTip() == "Een e-mailadres ziet eruit als naam@voorbeeld.nl."
    assert dialog.email.text() == "noelle@cjg"
    assert unlocked_window.session.consultant.details().email == ""
    dialog.email.clear()
    dialog.email.textEdited.emit("")
    assert flush_all(dialog)
    dialog.done(0)


def test_the_deployment_names_its_children_and_says_when_none(qtbot, unlocked_window):
    window = unlocked_window
    row = window.session.store.db.execute(
        "SELECT d.case_id, d.id FROM deployments d JOIN cases c ON c.id = d.case_id "
        "JOIN persons p ON p.family_id = c.family_id AND p.role = 'jeugdige' "
        "WHERE d.status != 'beëindigd' AND c.status != 'afgesloten' GROUP BY d.id "
        "HAVING count(p.id) >= 2 "
        "ORDER BY d.id LIMIT 1").fetchone()
    assert row is not None
    case_id, dep_id = row
    # The demo names the children of the results the help serves; start from none.
    window.session.results.set_deployment_children(dep_id, [])
    window.open_case_action(CASE_ACTIONS["results"], case_id)
    page = window.workspace.currentWidget()
    page.tabs.setCurrentWidget(page.deployments_tab)
    tab = page.deployments_tab
    tab.reload(select=dep_id)
    children = tab.children
    assert children.list.count() >= 2
    assert children.note.text().startswith("Geen kind gekozen: de brief aan de aanbieder noemt")
    assert all(children.list.item(i).checkState() == Qt.Unchecked
               for i in range(children.list.count()))
    first = children.list.item(0)
    first.setCheckState(Qt.Checked)
    assert window.session.results.deployment_children(dep_id) == [first.data(Qt.UserRole)]
    assert children.note.text() == "De brief aan de aanbieder noemt alleen de gekozen kinderen."
    # Its label is the list's buddy: Alt+K reaches it.
    label = next(lbl for lbl in tab.findChildren(type(children.note))
                 if lbl.text() == "Voor welk &kind")
    assert label.buddy() is children


@pytest.fixture
def empty_window(qtbot, store, settings):
    """A main window unlocked on a database without a catalogue, with one new case."""
    from desktop_app.core.models import Case, Family, Person
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(store.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._opened(store)
    family_id = window.session.households.add_family(Family(
        "Ëlbers", municipality="Roerdalen",
        members=[Person(0, "jeugdige", "Zoë", "Ëlbers")]))
    window.case_id = window.session.households.add_case(Case(family_id, "", "Roerdalen", ""))
    return window


def test_an_empty_catalogue_says_how_to_fill_it(qtbot, empty_window):
    window = empty_window
    assert window.session.results.catalog_is_empty()
    window.open_case_action(CASE_ACTIONS["results"], window.case_id)
    tab = window.workspace.currentWidget().deployments_tab
    assert "de catalogus is nog leeg" in tab.empty_label.text()
    assert "CSV inlezen…" in tab.empty_label.text()
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    assert tab.current_id is not None
    assert tab.no_catalog.isVisibleTo(tab) and "Ga naar → Catalogus" in tab.no_catalog.text()
    window.push_page(MAIN_PAGES["catalog"].open(window))
    catalog = window.workspace.currentWidget()
    assert catalog.empty.isVisibleTo(catalog) and "aanbieder_code" in catalog.empty.text()
    assert "De catalogus van de regio" in catalog.empty.text()
    assert catalog.count.text() == "0 contracten"


def test_the_municipality_has_no_silent_default(qtbot, unlocked_window):
    from desktop_app.ui.member_dialog import NewFamilyDialog

    window = unlocked_window
    before = window.session.households.family_count()
    dialog = NewFamilyDialog(window.session.households, "Noëlle Geelen", window)
    qtbot.addWidget(dialog)
    assert dialog.municipality.currentData() is None
    assert dialog.municipality.currentText() == "– kies de gemeente –"
    type_text(qtbot, dialog.family_name, "Ëlbers-Hüskens")
    dialog.try_accept()
    assert dialog.errors["municipality"].text() == (
        "Kies de gemeente van het gezin: die bepaalt de regio (MLO of MLW), de richtlijn en de "
        "contracten.")
    assert dialog.municipality.hasFocus() or not dialog.isVisible()
    assert window.session.households.family_count() == before and dialog.family_id is None
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Maasgouw"))
    dialog.try_accept()
    assert dialog.family_id is not None
    assert window.session.households.get_family(dialog.family_id).municipality == "Maasgouw"


def test_the_regisseur_label_is_not_clipped(qtbot, unlocked_window):
    from desktop_app.ui.registry import SCREENS

    window = unlocked_window
    window.resize(1366, 768)
    SCREENS["intake-regie"].build(window)
    QApplication.processEvents()
    page = window.workspace.currentWidget()
    from PySide6.QtWidgets import QLabel

    label = next(lbl for lbl in page.findChildren(QLabel) if lbl.text() == "&Regisseur is")
    assert not label.wordWrap()
    assert label.height() >= label.sizeHint().height()
    assert label.width() >= label.sizeHint().width()
