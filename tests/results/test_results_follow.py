"""pytest-qt with real windows: the 'Resultaten en hulp' page follows the session's changes.
The header shows the new cost right after a deployment is added; a catalogue import on the
Catalogus page, a scale-down from another screen and closing the case show on an open page
without reopening it; what the consultant is typing survives another screen's change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.costs import Volume, format_euro
from desktop_app.core.demo_catalog import demo_rows
from desktop_app.core.results import Action
from desktop_app.ui.autosave import flush_all
from desktop_app.ui.registry import CASE_ACTIONS, MAIN_PAGES
from tests.conftest import type_text

HEADER = ("aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;"
          "regio;tarief;tariefjaar;indexatie")


def _csv(extra_cents: int) -> bytes:
    lines = [HEADER]
    for r in demo_rows():
        cents = r.tariff_cents + extra_cents
        region = "beide" if len(r.regions) == 2 else r.regions[0]
        lines.append(";".join([r.provider_code, r.provider_name, r.product_code, r.product_name,
                               r.category, r.unit, region, f"{cents // 100},{cents % 100:02d}",
                               str(r.tariff_year), str(r.indexation).replace(".", ",")]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _intake_case(window) -> int:
    row = window.session.store.db.execute(
        "SELECT c.id FROM cases c WHERE c.status = 'intake' AND c.region = 'MLO' "
        "AND NOT EXISTS (SELECT 1 FROM deployments d WHERE d.case_id = c.id) ORDER BY c.id LIMIT 1"
    ).fetchone()
    return row[0]


def _case_with_known_cost(window) -> tuple[int, int]:
    row = window.session.store.db.execute(
        "SELECT d.case_id, d.id FROM deployments d JOIN cases c ON c.id = d.case_id "
        "WHERE c.status != 'afgesloten' AND d.status != 'beëindigd' AND d.estimated_cost > 0 "
        "AND d.start_date IS NOT NULL AND d.end_date IS NOT NULL AND d.contracted = 1 "
        "ORDER BY d.id LIMIT 1").fetchone()
    return row[0], row[1]


def _open(window, case_id):
    window.open_case_action(CASE_ACTIONS["results"], case_id)
    page = window.workspace.currentWidget()
    assert page.objectName() == "resultsPage"
    return page


def _choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))
    box.activated.emit(box.currentIndex())


def test_header_and_family_page_show_the_first_deployment_at_once(qtbot, unlocked_window):
    window = unlocked_window
    session = window.session
    case_id = _intake_case(window)
    family_id = session.households.get_case(case_id).family_id
    family_page = window.open_family(family_id)
    family_page.cases.reload(select=case_id)
    assert "intake" in family_page.cases.case_status.text()
    page = _open(window, case_id)
    assert "geschatte kosten € 0,00" in page.summary.text()
    n = len(session.results.results_for_case(case_id))
    assert page.summary.text().startswith("1 resultaat ·" if n == 1 else f"{n} resultaten ·")
    page.tabs.setCurrentWidget(page.deployments_tab)
    deps = page.deployments_tab
    with qtbot.waitSignal(window.events.changed) as blocker:
        qtbot.mouseClick(deps.add_button, Qt.LeftButton)
    change = blocker.args[0]
    assert change.operation == "add_deployment" and {"deployments", "case"} <= change.kinds
    assert change.case_ids == {case_id}
    assert "1 inzet" in page.summary.text()
    # the family page beneath re-read the case: the first deployment made it 'actief'
    assert "actief" in family_page.cases.case_status.text()

    product = next(p for p in session.results.products() if p.code == "45A01")
    _choose(deps.product, product.id)
    provider = sorted(session.results.contracted_provider_ids(product.id, "MLO"))[0]
    _choose(deps.provider, provider)
    qtbot.keyClicks(deps.amount, "3")
    qtbot.keyClicks(deps.start, "04-01-2027")
    qtbot.keyClicks(deps.end, "30-06-2027")
    flush_all(page)
    cost = session.results.case_cost(case_id).cents
    assert cost > 0
    # the header, without a tab change or a reopen
    assert page.summary.text().endswith("geschatte kosten " + format_euro(cost))
    assert format_euro(cost) in deps.cost.text()
    # the next evaluation on the family page: the beschikking's end less the margin
    case = session.households.get_case(case_id)
    assert case.next_evaluation is not None and case.next_evaluation < date(2027, 6, 30)
    assert "Eerder: de beschikking" in family_page.cases.case_info.text()
    assert format_euro(cost) in family_page.cases.case_info.text()


def test_catalog_import_updates_an_open_deployments_page(qtbot, unlocked_window, tmp_path,
                                                         monkeypatch):
    window = unlocked_window
    session = window.session
    case_id, dep_id = _case_with_known_cost(window)
    page = _open(window, case_id)
    page.tabs.setCurrentWidget(page.deployments_tab)
    deps = page.deployments_tab
    deps.reload(select=dep_id)
    old = session.results.get_deployment(dep_id).cost.cents
    assert format_euro(old) in deps.cost.text()
    old_header = page.summary.text()

    window.push_page(MAIN_PAGES["catalog"].open(window))
    catalog = window.workspace.currentWidget()
    assert catalog.objectName() == "catalogPage"
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    path = tmp_path / "nieuwe-tarieven.csv"
    path.write_bytes(_csv(extra_cents=500))
    assert catalog.import_file(str(path)) is True
    assert "bijgewerkte contracten" in shown[0] and "opnieuw berekend" in shown[0]
    assert shown[0].startswith("Gelezen als UTF-8, gescheiden door ;.\n")
    new = session.results.get_deployment(dep_id).cost.cents
    assert new > old
    # the header of the page beneath already shows it; the catalogue table too
    assert page.summary.text() != old_header
    assert page.summary.text().endswith(format_euro(session.results.case_cost(case_id).cents))
    tariffs = {catalog.table.item(r, 5).text() for r in range(catalog.table.rowCount())}
    assert any(t.startswith(format_euro(demo_rows()[0].tariff_cents + 500)) for t in tariffs)

    qtbot.mouseClick(catalog.back, Qt.LeftButton)  # back to the open deployments page
    assert window.workspace.currentWidget() is page and deps.current_id == dep_id
    assert format_euro(new) in deps.cost.text() and format_euro(old) not in deps.cost.text()
    assert format_euro(new) in deps.list.currentItem().text()
    # while the page is shown, an import shows at once
    path.write_bytes(_csv(extra_cents=900))
    session.results.import_catalog_csv(path.read_bytes())
    newest = session.results.get_deployment(dep_id).cost.cents
    assert newest > new and format_euro(newest) in deps.cost.text()
    page.tabs.setCurrentWidget(page.costs_tab)
    assert format_euro(session.results.case_cost(case_id).cents) in page.costs_tab.total.text()


def test_a_scale_down_elsewhere_shows_on_the_open_page(qtbot, unlocked_window):
    window = unlocked_window
    session = window.session
    case_id, dep_id = _case_with_known_cost(window)
    page = _open(window, case_id)
    page.tabs.setCurrentWidget(page.costs_tab)
    before = page.costs_tab.total.text()
    dep = session.results.get_deployment(dep_id)
    day = date.fromordinal((dep.start.toordinal() + dep.end.toordinal()) // 2)
    amount = max(0, (dep.volume.amount or 1) - 1)
    # what the evaluation wizard does when it concludes 'afschalen'
    session.results.change_volume(dep_id, day, Volume(amount, dep.volume.unit,
                                                      dep.volume.frequency),
                                  "Evaluatie: het gaat beter")
    assert page.costs_tab.total.text() != before
    page.tabs.setCurrentWidget(page.deployments_tab)
    deps = page.deployments_tab
    deps.reload(select=dep_id)
    assert "Het gaat beter" not in deps.cost.text()
    assert "Evaluatie: het gaat beter" in deps.cost.text()
    assert page.summary.text().endswith(format_euro(session.results.case_cost(case_id).cents))


def test_typing_survives_another_screens_change(qtbot, unlocked_window):
    window = unlocked_window
    session = window.session
    case_id = _intake_case(window)
    page = _open(window, case_id)
    tab = page.results_tab
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    result_id = tab.current_id
    type_text(qtbot, tab.words, "Zoë wil weer naar de voetbalclub")  # not saved yet
    # another screen adds an action to this case (the Change concerns it: kind 'results')
    session.results.add_action(Action(case_id=case_id, what="Oma belt de club"))
    assert tab.words.toPlainText() == "Zoë wil weer naar de voetbalclub"
    assert session.results.get_result(result_id).family_words == \
        "Zoë wil weer naar de voetbalclub"
    page.tabs.setCurrentWidget(page.actions_tab)
    texts = [page.actions_tab.list.item(i).text() for i in range(page.actions_tab.list.count())]
    assert any(t.startswith("Oma belt de club") for t in texts)


def test_a_closed_case_refuses_a_new_deployment_in_dutch(qtbot, unlocked_window, monkeypatch):
    window = unlocked_window
    session = window.session
    case_id = _intake_case(window)
    page = _open(window, case_id)
    page.tabs.setCurrentWidget(page.deployments_tab)
    deps = page.deployments_tab
    assert deps.add_button.isEnabled() and not page.closed_note.isVisible()
    session.households.close_case(case_id, "verhuisd")  # from the family page
    assert page.closed_note.isVisible() and not deps.add_button.isEnabled()
    assert not page.results_tab.add_button.isEnabled()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    count = len(session.results.deployments_for_case(case_id))
    deps._add()  # as if the button had still been pressed
    assert warnings == ["Deze casus is afgesloten. Heropen de casus om iets te veranderen."]
    assert len(session.results.deployments_for_case(case_id)) == count
    session.households.reopen_case(case_id)
    assert not page.closed_note.isVisible() and deps.add_button.isEnabled()


def test_results_move_up_and_down_with_the_buttons(qtbot, unlocked_window):
    window = unlocked_window
    session = window.session
    case_id = window.session.store.db.execute(
        "SELECT r.case_id FROM results r JOIN cases c ON c.id = r.case_id "
        "WHERE c.status != 'afgesloten' GROUP BY r.case_id HAVING count(*) >= 3 "
        "ORDER BY r.case_id LIMIT 1").fetchone()[0]
    before = [r.id for r in session.results.results_for_case(case_id)]
    page = _open(window, case_id)
    tab = page.results_tab
    assert not tab.up_button.isEnabled() and tab.down_button.isEnabled()  # first selected
    tab.list.setCurrentRow(1)
    assert tab.current_id == before[1] and tab.up_button.isEnabled()
    with qtbot.waitSignal(window.events.changed) as blocker:
        qtbot.mouseClick(tab.up_button, Qt.LeftButton)
    assert blocker.args[0].operation == "reorder_results"
    after = [r.id for r in session.results.results_for_case(case_id)]
    assert after == [before[1], before[0]] + before[2:]
    assert tab.current_id == before[1] and tab.list.currentRow() == 0
    assert tab.list.item(0).text().startswith("1. ")
    qtbot.mouseClick(tab.down_button, Qt.LeftButton)
    assert [r.id for r in session.results.results_for_case(case_id)] == before


def test_ending_a_deployment_from_its_dialog(qtbot, unlocked_window):
    from desktop_app.ui.results.dialogs import EndDeploymentDialog

    window = unlocked_window
    session = window.session
    case_id, dep_id = _case_with_known_cost(window)
    page = _open(window, case_id)
    page.tabs.setCurrentWidget(page.deployments_tab)
    deps = page.deployments_tab
    deps.reload(select=dep_id)
    assert deps.end_button.isEnabled()
    dep = session.results.get_deployment(dep_id)
    dialog = EndDeploymentDialog(session.results, dep, deps)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)  # no reason yet
    assert dialog.error.text() == "Kies de reden van beëindigen (iJw-lijst)."
    dialog.reason.setCurrentIndex(dialog.reason.findData("34"))
    dialog.on.setText("01-01-1990")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert dialog.error.text() == "Kies een datum binnen de looptijd van de inzet."
    last = dep.start if dep.start > date(2026, 1, 1) else date.fromordinal(
        (dep.start.toordinal() + dep.end.toordinal()) // 2)
    dialog.on.clear()
    qtbot.keyClicks(dialog.on, last.strftime("%d-%m-%Y"))
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    ended = session.results.get_deployment(dep_id)
    assert (ended.status, ended.end_reason, ended.end) == ("beëindigd", "34", last)
    # the open tab follows: ended, with its shorter period and its end buttons off
    assert deps.end.text() == last.strftime("%d-%m-%Y")
    assert not deps.end_button.isEnabled() and not deps.change_button.isEnabled()
    assert "beëindigd" in deps.list.currentItem().text()
