"""pytest-qt: results with GAS levels, an action and a deployment on the 'Resultaten
en hulp' page; the contract warning for an uncontracted provider stores its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.autosave import flush_all
from desktop_app.ui.registry import CASE_ACTIONS, MAIN_PAGES
from tests.conftest import type_text


def _case_without_deployments(window) -> tuple[int, str]:
    row = window.session.store.db.execute(
        "SELECT c.id, c.region FROM cases c WHERE c.status = 'intake' "
        "AND NOT EXISTS (SELECT 1 FROM deployments d WHERE d.case_id = c.id) ORDER BY c.id LIMIT 1"
    ).fetchone()
    return row[0], row[1]


def _open(window, case_id):
    window.open_case_action(CASE_ACTIONS["results"], case_id)
    page = window.workspace.currentWidget()
    assert page.objectName() == "resultsPage"
    return page


def _choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))
    box.activated.emit(box.currentIndex())


def test_add_result_action_and_deployment_with_contract_warning(qtbot, unlocked_window):
    window = unlocked_window
    case_id, region = _case_without_deployments(window)
    repo = window.session.results
    before = len(repo.results_for_case(case_id))
    page = _open(window, case_id)

    # -- a result with its five levels, start level and weight ----------------------------
    tab = page.results_tab
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    assert tab.current_id is not None and tab.words.hasFocus()
    type_text(qtbot, tab.words, "Zoë wil weer naar school")
    type_text(qtbot, tab.formulation, "Zoë gaat binnen 3 maanden 5 dagen per week naar school.")
    for level, text in {-2: "Thuis", -1: "1 dag", 0: "5 dagen", 1: "5 dagen en huiswerk",
                        2: "ook een club"}.items():
        qtbot.keyClicks(tab.levels[level], text)
    _choose(tab.start_level, -2)
    _choose(tab.weight, 3)
    tab.domains.item(tab.domains.count() - 1).setCheckState(Qt.Checked)  # Scholing
    flush_all(page)
    results = repo.results_for_case(case_id)
    assert len(results) == before + 1
    result = results[-1]
    assert result.family_words == "Zoë wil weer naar school"
    assert result.levels == {-2: "Thuis", -1: "1 dag", 0: "5 dagen", 1: "5 dagen en huiswerk",
                             2: "ook een club"}
    assert (result.start_level, result.weight, result.domains) == (-2, 3, ["Scholing"])
    assert "SMART" in tab.hints.text()

    # -- an action --------------------------------------------------------------------------
    page.tabs.setCurrentWidget(page.actions_tab)
    actions = page.actions_tab
    qtbot.mouseClick(actions.add_button, Qt.LeftButton)
    type_text(qtbot, actions.what, "Oma haalt Zoë op woensdag op")
    _choose(actions.who_kind, "netwerk")
    qtbot.keyClicks(actions.who, "Oma")
    qtbot.keyClicks(actions.due, "04-02-2027")
    _choose(actions.result, result.id)
    flush_all(page)
    [action] = [a for a in repo.actions_for_case(case_id) if a.what.startswith("Oma haalt")]
    assert (action.who_kind, action.who, action.result_id) == ("netwerk", "Oma", result.id)
    assert action.due.isoformat() == "2027-02-04"

    # -- a deployment with an uncontracted provider: warning, reason, stored ----------------
    page.tabs.setCurrentWidget(page.deployments_tab)
    deps = page.deployments_tab
    qtbot.mouseClick(deps.add_button, Qt.LeftButton)
    catalog = repo
    product = next(p for p in catalog.products() if p.code == "45A01")
    _choose(deps.product, product.id)
    contracted = catalog.contracted_provider_ids(product.id, region)
    outsider = next(p.id for p in catalog.providers()
                    if p.id not in contracted and catalog.contracted_provider_ids(product.id, "MLO")
                    | catalog.contracted_provider_ids(product.id, "MLW"))
    _choose(deps.provider, outsider)
    dialog = deps.dialog
    qtbot.waitUntil(dialog.isVisible)
    from PySide6.QtWidgets import QLabel

    warning = dialog.findChild(QLabel, "contractWarningText").text()
    assert f"is in {region} niet gecontracteerd voor '45A01" in warning
    assert not dialog.ok.isEnabled()  # no reason, no way on
    type_text(qtbot, dialog.reason, "Vertrouwensband met de hulpverlener")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    dep = repo.get_deployment(deps.current_id)
    assert (dep.provider_id, dep.product_id, dep.contracted) == (outsider, product.id, False)
    assert dep.contract_reason == "Vertrouwensband met de hulpverlener"
    assert dep.category == "45"
    assert "Geen contract" in deps.contract.text()

    # a contracted provider instead: no dialog, warning cleared, volume and period give a cost
    good = sorted(contracted)[0]
    _choose(deps.provider, good)
    assert repo.get_deployment(deps.current_id).contracted is True
    deps.amount.clear()
    qtbot.keyClicks(deps.amount, "3")
    qtbot.keyClicks(deps.start, "01-03-2027")
    qtbot.keyClicks(deps.end, "31-08-2027")
    qtbot.keyClicks(deps.number, "2027-TST-00001")
    _choose(deps.location, "school")
    deps.results.item(deps.results.count() - 1).setCheckState(Qt.Checked)
    flush_all(page)
    dep = repo.get_deployment(deps.current_id)
    assert dep.volume.amount == 3 and dep.location == "school" and dep.result_ids == [result.id]
    assert dep.cost.known and dep.cost.cents > 0
    assert "€" in deps.cost.text()

    # -- costs tab: the case total and what scaling down saves --------------------------------
    page.tabs.setCurrentWidget(page.costs_tab)
    costs = page.costs_tab
    assert "€" in costs.total.text()
    costs.deployment.setCurrentIndex(costs.deployment.findData(dep.id))
    qtbot.keyClicks(costs.new_amount, "1")
    qtbot.keyClicks(costs.from_date, "01-06-2027")
    assert "scheelt €" in costs.saving.text()

    # the caseload shows the case's cost (kept on write)
    family_id = window.session.store.db["cases"].get(case_id)["family_id"]
    assert window.session.store.db["families"].get(family_id)["estimated_cost"] == \
        repo.case_cost(case_id).cents


def test_cancelling_the_contract_warning_keeps_the_old_choice(qtbot, unlocked_window):
    window = unlocked_window
    case_id, region = _case_without_deployments(window)
    page = _open(window, case_id)
    page.tabs.setCurrentWidget(page.deployments_tab)
    deps = page.deployments_tab
    qtbot.mouseClick(deps.add_button, Qt.LeftButton)
    repo = window.session.results
    product = next(p for p in repo.products() if p.code == "45A01")
    _choose(deps.product, product.id)
    contracted = repo.contracted_provider_ids(product.id, region)
    outsider = next(p.id for p in repo.providers() if p.id not in contracted)
    _choose(deps.provider, outsider)
    qtbot.waitUntil(deps.dialog.isVisible)
    deps.dialog.reject()
    dep = repo.get_deployment(deps.current_id)
    assert dep.provider_id is None and dep.contract_reason == ""
    assert deps.provider.currentData() is None


def test_catalog_page_lists_contracts_and_imports(qtbot, unlocked_window, tmp_path, monkeypatch):
    window = unlocked_window
    window.push_page(MAIN_PAGES["catalog"].open(window))
    page = window.workspace.currentWidget()
    assert page.table.rowCount() == window.session.store.db["contracts"].count
    qtbot.keyClicks(page.search, "Maasland")
    assert 0 < page.table.rowCount() < window.session.store.db["contracts"].count
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"code;naam\n")
    assert page.import_file(str(bad)) is False
    assert "Er is niets ingelezen" in shown[0] and "Rij 1" in shown[0]
    QApplication.processEvents()


def test_pages_are_keyboard_reachable_and_labelled(qtbot, unlocked_window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit

    window = unlocked_window
    case_id = window.session.store.db.execute("SELECT case_id FROM deployments LIMIT 1").fetchone()[0]
    page = _open(window, case_id)
    window.push_page(MAIN_PAGES["catalog"].open(window))
    for root in (page, window.workspace.currentWidget()):
        buttons = root.findChildren(QAbstractButton)
        assert buttons
        missing = [b.objectName() for b in buttons if not b.text().strip()
                   and not b.accessibleName() and not b.objectName().startswith("qt_")]
        assert not missing, missing
        fields = [w for t in (QLineEdit, QPlainTextEdit, QComboBox) for w in root.findChildren(t)
                  if not w.objectName().startswith("qt_")]
        assert fields and all(w.focusPolicy() & Qt.TabFocus for w in fields)
    # every editor field on the results page has a label that is its buddy
    buddies = {lbl.buddy() for lbl in page.findChildren(QLabel) if lbl.buddy() is not None}
    editors = [w for t in (QLineEdit, QPlainTextEdit, QComboBox) for w in page.findChildren(t)
               if not w.objectName().startswith("qt_") and w.parent() is not None
               and not isinstance(w.parent(), QComboBox)]
    assert editors
    unlabelled = [w.objectName() for w in editors if w not in buddies]
    assert not unlabelled, unlabelled
