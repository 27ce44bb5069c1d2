"""Search as you type, filters, opening a family, adding members, autosave."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from desktop_app.store import open_store
from desktop_app.store.families import Families
from desktop_app.ui.autosave import DEBOUNCE_MS
from desktop_app.ui.member_dialog import MemberDialog
from tests.conftest import PASSPHRASE, type_text


def test_search_narrows_the_list(qtbot, unlocked_window):
    view = unlocked_window.caseload
    total = view.model.total
    assert total == 40
    name = view.model.rows[0]["family_name"]
    qtbot.keyClicks(view.search, name[:4])
    qtbot.waitUntil(lambda: view.model.total < total)
    families = Families(unlocked_window.session.store.db)
    assert view.model.total == families.count(name[:4])
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.total == total)
    # A BSN finds exactly its family.
    bsn = unlocked_window.session.store.db.execute("SELECT bsn FROM persons WHERE bsn IS NOT NULL LIMIT 1").fetchone()[0]
    view.search.setText(bsn)
    qtbot.waitUntil(lambda: view.model.total == 1)
    view.search.setText("zzzqqq")
    qtbot.waitUntil(lambda: view.model.total == 0)
    assert view.empty_label.isVisibleTo(view)
    assert "Geen gezinnen gevonden" in view.empty_label.text()


def test_filters_by_municipality_and_status(qtbot, unlocked_window):
    """Each filter narrows the list to the families the store counts for it - and there
    are some (an empty list would pass any all())."""
    view = unlocked_window.caseload
    families = Families(unlocked_window.session.store.db)
    total = families.count()
    weert, active = families.count(municipality="Weert"), families.count(
        municipality="Weert", status="actief")
    assert 0 < active < weert < total  # the demo has them, and the filters must narrow
    view.municipality.setCurrentIndex(view.municipality.findData("Weert"))
    qtbot.waitUntil(lambda: view.model.total == weert)
    rows = view.model.rows
    assert rows and all(r["municipality"] == "Weert" for r in rows)
    view.status.setCurrentIndex(view.status.findData("actief"))
    qtbot.waitUntil(lambda: view.model.total == active)
    rows = view.model.rows
    assert rows and all(r["case_status"] == "actief" and r["municipality"] == "Weert"
                        for r in rows)


def test_lazy_model_fetches_pages(qtbot, store, settings):
    from desktop_app.store.demo import fill_demo
    from desktop_app.ui.caseload import PAGE, CaseloadModel

    fill_demo(store, PAGE + 50, seed=3)
    model = CaseloadModel(Families(store.db))
    model.set_query("", None, None)
    assert model.rowCount() == PAGE and model.total == PAGE + 50
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE + 50 and not model.canFetchMore()
    names = [(r["sort_name"], r["id"]) for r in model.rows]
    assert names == sorted(names)


def test_open_family_with_keyboard(qtbot, unlocked_window):
    view = unlocked_window.caseload
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key_Return)
    page = unlocked_window.workspace.currentWidget()
    assert page.objectName() == "familyPage"
    assert page.member_list.count() >= 2
    qtbot.keyClick(page, Qt.Key_Left, Qt.AltModifier)
    assert unlocked_window.workspace.currentWidget() is view


def test_invalid_bsn_shows_message_and_stores_nothing(qtbot, unlocked_window):
    window = unlocked_window
    family_id = window.caseload.model.family_id(0)
    families = window.session.households
    before = len(families.members(family_id))
    dialog = MemberDialog(families, family_id, window)
    type_text(qtbot, dialog.first_name, "Zoë")
    qtbot.keyClicks(dialog.bsn, "999900007")  # fails the 11-check
    qtbot.keyClicks(dialog.birth_date, "01-01-2090")
    dialog.try_accept()
    assert "elfproef" in dialog.errors["bsn"].text()
    assert "toekomst" in dialog.errors["birth_date"].text()
    assert len(families.members(family_id)) == before
    dialog.bsn.setText("12345678")
    dialog.try_accept()
    assert "precies 9 cijfers" in dialog.errors["bsn"].text()
    assert len(families.members(family_id)) == before
    dialog.bsn.setText("999900006" if not window.session.store.db.execute(
        "SELECT 1 FROM persons WHERE bsn='999900006'").fetchone() else "")
    dialog.birth_date.setText("03-07-2015")
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(families.members(family_id)) == before + 1


def test_autosave_survives_closing_the_window(qtbot, unlocked_window, data_dir):
    window = unlocked_window
    family_id = window.caseload.model.family_id(0)
    page = window.open_family(family_id)
    street = page.findChild(QLineEdit, "street")
    street.setFocus()
    street.selectAll()
    type_text(qtbot, street, "Kerkstraat ë")
    # Saved after the debounce; 'Opgeslagen' once the writer thread made it durable.
    qtbot.waitUntil(lambda: "Opgeslagen" in page.indicator.text(), timeout=DEBOUNCE_MS + 3000)
    # Type more and close at once: the pending edit is flushed on close.
    qtbot.keyClicks(street, "x")
    postcode = page.findChild(QLineEdit, "postcode")
    postcode.setText("")
    qtbot.keyClicks(postcode, "60AB")
    postcode.editingFinished.emit()
    assert postcode.property("invalid") is True
    assert "6041 AB" in postcode.toolTip()
    path = window.session.store.path
    window.close()
    s = open_store(path, PASSPHRASE)
    row = s.db["families"].get(family_id)
    assert row["street"] == "Kerkstraat ëx"
    assert row["postcode"] != "60AB"  # invalid postcode never stored
    s.close()


def test_member_edit_autosaves_and_rejects_bad_bsn(qtbot, unlocked_window):
    window = unlocked_window
    family_id = window.caseload.model.family_id(0)
    page = window.open_family(family_id)
    page.member_list.setCurrentRow(0)
    person_id = page.member_editor.person_id
    bsn = page.member_editor.findChild(QLineEdit, "bsn")
    old = window.session.households.get_person(person_id).bsn
    bsn.setText("")
    qtbot.keyClicks(bsn, "123")
    bsn.editingFinished.emit()
    assert bsn.property("invalid") is True
    assert window.session.households.get_person(person_id).bsn == old
    first = page.member_editor.findChild(QLineEdit, "first_name")
    first.setText("")
    type_text(qtbot, first, "Anaïs")
    first.editingFinished.emit()
    assert window.session.households.get_person(person_id).first_name == "Anaïs"
    qtbot.waitUntil(lambda: "Anaïs" in page.member_list.currentItem().text())


def test_every_textless_button_has_an_accessible_name(qtbot, unlocked_window):
    window = unlocked_window
    window.open_family(window.caseload.model.family_id(0))
    widgets = window.findChildren(QAbstractButton)
    # Qt's own helpers (menu extension, table corner) are named qt_*; Qt gives them names.
    missing = [
        f"{b.metaObject().className()} in {b.parent().metaObject().className()}"
        for b in widgets
        if not b.text().strip() and not b.accessibleName() and not b.objectName().startswith("qt_")
    ]
    assert widgets and not missing, missing


def test_the_count_follows_a_family_that_left(qtbot, unlocked_window):
    """A family destroyed (or handed over by the team sync) leaves the list and its count."""
    from tests.destruction_requests import lawful

    window = unlocked_window
    view = window.caseload
    before = view.model.total
    assert view.count_label.text() == f"{before} gezinnen"
    family_id = view.model.family_id(0)
    window.session.safety.destroy_family(family_id, lawful(window.session, family_id))
    qtbot.waitUntil(lambda: view.model.total == before - 1)
    assert view.count_label.text() == f"{before - 1} gezinnen"
    assert family_id not in [view.model.family_id(i) for i in range(view.model.rowCount())]


def test_the_caseload_reads_ahead_for_broad_searches_at_idle(qtbot, demo_store):
    """Once shown, the caseload fills the broad-search walk at idle (issue 17: the first
    broad keystroke of a session read ~2,000 cold rows); the rows it finds stay the same."""
    from desktop_app.session import Session
    from desktop_app.ui.caseload import CaseloadView

    session = Session(demo_store)
    cache = session.households.repo._walk_cache
    before = session.households.page("a")
    view = CaseloadView(session.households)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view._warm.isActive(), timeout=10000)
    assert cache.complete and len(cache.keys) == session.households.family_count()
    assert session.households.page("a") == before
