"""pytest-qt: walk an evaluation by keyboard, close halfway and resume, preview the
report, and open a case from the Opvolging page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import type_text


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
    e = again.ctx.repo.get(evaluation_id)
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
    assert again.ctx.repo.get(evaluation_id).final


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
    page = OpvolgingPage(window)
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
    qtbot.wait(10)
    assert window.workspace.currentWidget() is window.caseload
    window.close()
