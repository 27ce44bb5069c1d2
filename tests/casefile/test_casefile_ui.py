"""The case file on the family page: the overview follows the session's change events, the
journal autosaves what is typed, the timeline filters and searches, 'Samen kijken' shows only
shareable notes, a second case after closing, the wizards open from the overview and return."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.core.catalog import CatalogRow
from desktop_app.core.dates import add_months
from desktop_app.core.models import Family, Person
from desktop_app.core.results import Deployment, Result, Volume
from desktop_app.core.validation import format_date
from tests.conftest import type_text

TODAY = date.today()


@pytest.fixture
def window(qtbot, store, settings):
    from desktop_app.session import Session
    from desktop_app.ui.main_window import MainWindow

    session = Session(store)
    session.results.import_catalog([CatalogRow(1, "99000201", "Roerdal Jeugdhulp", "45A01",
                                               "Product 45", "45", "04", ("MLO",), 7250,
                                               TODAY.year, Decimal("0"))])
    w = MainWindow(store.path, settings)
    w.remember_geometry = False
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w._opened(session)
    return w


@pytest.fixture
def family(window):
    s = window.session
    fid = s.households.new_family(Family("Ëlbers-van den Heuvel", municipality="Roermond"),
                                  consultant="Noëlle Geelen")
    s.households.add_person(Person(fid, "ouder", "Mariëlle", "Ëlbers", gezag=True))
    return fid


def _phase(panel) -> str:
    return next(k for k, lbl in panel.overview.phases.items() if lbl.property("phase") == "current")


def test_overview_follows_the_case_without_reopening(qtbot, window, family):
    s = window.session
    page = window.open_family(family)
    panel = page.cases
    assert page.tabs.currentWidget() is panel  # the case file is the family's main page
    case_id = panel.current_case_id()
    assert _phase(panel) == "aanmelding"
    assert panel.overview.next_step.text() == "Intake starten met het gezin"
    assert "Mariëlle Ëlbers (ouder" in panel.overview.involved.text()
    s.intake.set_field(case_id, "help_question", "Rust in huis")
    s.results.add_result(Result(case_id, family_words="Minder ruzie"))
    assert _phase(panel) == "plan"
    end = add_months(TODAY, 2)
    provider = s.results.providers()[0]
    product = s.results.products()[0]
    s.results.add_deployment(Deployment(case_id, provider_id=provider.id, product_id=product.id,
                                        volume=Volume(3, "04", "2"), start=TODAY, end=end,
                                        status="toegewezen"))
    assert _phase(panel) == "besluit"
    assert panel.overview.next_step.text() == "Coördinatiebesluit nog nemen"
    help_text = panel.overview.help.text()
    assert "Roerdal Jeugdhulp" in help_text and "3 uur per week" in help_text
    assert format_date(end) in help_text
    assert "Roerdal Jeugdhulp (AGB 99000201)" in panel.overview.involved.text()
    from desktop_app.core.costs import format_euro

    assert format_euro(s.results.case_cost(case_id).cents) in panel.overview.cost.text()
    # Every control of the overview can be reached with the keyboard; icon-less buttons.
    buttons = panel.overview.findChildren(QPushButton)
    assert buttons and all(b.focusPolicy() & Qt.TabFocus for b in buttons)
    # Fits the small laptop screen.
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700


def test_a_member_edit_updates_only_who_is_involved(qtbot, window, family, monkeypatch):
    """Autosave per keystroke in the member editor: a phone number leaves the case file as
    it is, a name is read again for 'who is involved' only; a member added rebuilds it."""
    s = window.session
    page = window.open_family(family)
    panel = page.cases
    pid = s.households.members(family)[0].id
    rebuilt = []
    monkeypatch.setattr(panel.overview, "show_case",
                        lambda *a, _orig=panel.overview.show_case, **k: (rebuilt.append(a),
                                                                         _orig(*a, **k)))
    s.households.update_person(pid, "phone", "06-12345678")
    s.households.update_person(pid, "last_name", "Ëlbers-Geelen")
    assert not rebuilt
    # Read again at the next turn of the event loop, not inside the autosave (issue 17).
    assert "Mariëlle Ëlbers (ouder" in panel.overview.involved.text()
    qtbot.waitUntil(lambda: "Mariëlle Ëlbers-Geelen (ouder" in panel.overview.involved.text())
    s.households.update_person(pid, "role", "verzorger")
    qtbot.waitUntil(lambda: "Mariëlle Ëlbers-Geelen (verzorger" in panel.overview.involved.text())
    assert not rebuilt
    s.households.add_person(Person(family, "jeugdige", "Noël", "Ëlbers", birth_date=date(2018, 3, 1)))
    assert rebuilt and "Noël Ëlbers (jeugdige" in panel.overview.involved.text()


def test_wizard_opens_from_the_overview_and_comes_back(qtbot, window, family):
    page = window.open_family(family)
    button = page.findChild(QPushButton, "caseAction_intake")
    qtbot.mouseClick(button, Qt.LeftButton)
    wizard = window.workspace.currentWidget()
    assert wizard is not page
    window.close_page(wizard)
    assert window.workspace.currentWidget() is page
    assert page.tabs.currentWidget() is page.cases
    assert page.cases.overview.next_step.text() == "Resultaten met het gezin vaststellen"


def test_journal_typed_autosaved_on_timeline_and_shared_only_when_marked(qtbot, window, family):
    s = window.session
    page = window.open_family(family)
    panel = page.cases
    case_id = panel.current_case_id()
    panel.file_tabs.setCurrentWidget(panel.journal)
    qtbot.mouseClick(panel.journal.add_button, Qt.LeftButton)
    editor = panel.journal.editor
    entry_id = editor.entry_id
    assert entry_id and panel.journal.list.count() == 1
    type_text(qtbot, editor.notes, "Zoë vertelt dat het thuis rustiger is.")
    qtbot.waitUntil(lambda: s.casefile.get_entry(entry_id).notes.startswith("Zoë vertelt"),
                    timeout=3000)
    editor.participants.setFocus()
    type_text(qtbot, editor.participants, "moeder, Zoë")
    before = s.casefile.get_entry(entry_id).happened_at
    editor.time.setFocus()
    editor.time.selectAll()
    type_text(qtbot, editor.time, "25:99")
    editor.time.editingFinished.emit()
    assert any("uu:mm" in lbl.text() for lbl in editor.findChildren(type(page.title), "error"))
    assert s.casefile.get_entry(entry_id).happened_at == before  # nothing stored
    assert editor.time.text() == "25:99"  # what was typed stays
    editor.time.selectAll()
    type_text(qtbot, editor.time, "14:30")
    editor.time.editingFinished.emit()
    entry = s.casefile.get_entry(entry_id)
    assert entry.participants == "moeder, Zoë" and entry.happened_at.strftime("%H:%M") == "14:30"
    assert "Zoë vertelt" in panel.journal.list.item(0).text()
    # The timeline shows it, private, and finds it.
    panel.file_tabs.setCurrentWidget(panel.timeline)
    lines = panel.timeline.titles()
    assert any("Huisbezoek · alleen voor de consulent" in t and "rustiger" in t for t in lines)
    assert any("Casus geopend" in t for t in lines)
    panel.timeline.kind.setCurrentIndex(panel.timeline.kind.findData("contact"))
    assert len(panel.timeline.titles()) == 1
    panel.timeline.search.setText("RUSTIGER")
    qtbot.waitUntil(lambda: len(panel.timeline.titles()) == 1 and "rustiger" in
                    panel.timeline.titles()[0], timeout=2000)
    panel.timeline.search.setText("onvindbaar woord")
    qtbot.waitUntil(lambda: panel.timeline.titles() == [], timeout=2000)
    # 'Samen kijken' leaves the private note out …
    from desktop_app.ui.intake.samen_kijken import SamenKijkenPage

    together = SamenKijkenPage(s, window.nav, case_id)
    qtbot.addWidget(together)
    assert "rustiger" not in together.all_text()
    # … and shows it once it may be shared (the page follows the change).
    panel.file_tabs.setCurrentWidget(panel.journal)
    editor.shareable.setFocus()
    qtbot.keyClick(editor.shareable, Qt.Key_Space)
    assert s.casefile.get_entry(entry_id).shareable
    assert "Zoë vertelt dat het thuis rustiger is." in together.all_text()
    assert "gedeeld met het gezin" in panel.journal.list.item(0).text()


def test_second_case_after_closing(qtbot, window, family, monkeypatch):
    s = window.session
    page = window.open_family(family)
    panel = page.cases
    first = panel.current_case_id()
    assert not panel.new_case_button.isEnabled()  # one open case per family
    s.casefile.add_entry(first, "telefonisch")
    from desktop_app.ui import case_panel

    monkeypatch.setattr(case_panel.CloseCaseDialog, "exec", lambda self: (
        self.reason.setCurrentIndex(self.reason.findData("verhuisd")), True)[1])
    qtbot.mouseClick(panel.close_button, Qt.LeftButton)
    assert s.households.get_case(first).status == "afgesloten"
    assert _phase(panel) == "afgesloten"
    assert "Reden van afsluiten: Het gezin is verhuisd" in panel.case_info.text()
    assert panel.reopen_button.isVisible() and panel.new_case_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    qtbot.mouseClick(panel.new_case_button, Qt.LeftButton)
    assert panel.case_list.count() == 2
    second = panel.current_case_id()
    assert second != first and s.households.get_case(second).status == "aanmelding"
    assert panel.journal.list.count() == 0  # its own history
    panel.timeline.show_case(second)
    panel.timeline.refresh()
    assert [t.split(" · ")[2].splitlines()[0] for t in panel.timeline.titles()] \
        == ["Casus geopend (aanmelding)"]
    panel.select_case(first)
    assert panel.journal.list.count() == 1
    panel.timeline.refresh()
    assert any("Casus afgesloten" in t and "Het gezin is verhuisd" in t
               for t in panel.timeline.titles())
    assert not panel.new_case_button.isEnabled()


def test_removing_a_contact_moment_asks_first(qtbot, window, family, monkeypatch):
    s = window.session
    page = window.open_family(family)
    panel = page.cases
    case_id = panel.current_case_id()
    panel.file_tabs.setCurrentWidget(panel.journal)
    keep = s.casefile.add_entry(case_id, "email")
    gone = s.casefile.add_entry(case_id, "mdo")
    assert panel.journal.list.count() == 2  # the list followed the change
    panel.journal.show_case(case_id, select=gone)
    type_text(qtbot, panel.journal.editor.notes, "Overleg met school en huisarts.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    qtbot.mouseClick(panel.journal.remove_button, Qt.LeftButton)
    assert [e.id for e in s.casefile.entries(case_id)] == [gone, keep]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    qtbot.mouseClick(panel.journal.remove_button, Qt.LeftButton)
    assert [e.id for e in s.casefile.entries(case_id)] == [keep]
    assert panel.journal.list.count() == 1
    audit = s.store.db.execute("SELECT action FROM audit_log WHERE tbl = 'journal_entries' "
                               "AND row_ref = ?", [str(gone)]).fetchall()
    assert ("delete",) in audit


def test_a_family_without_members_opens_on_its_household(qtbot, window):
    fid = window.session.households.new_family(Family("Çelik", municipality="Weert"))
    page = window.open_family(fid)
    assert page.tabs.currentIndex() == 0 and page.cases.current_case_id() is not None
