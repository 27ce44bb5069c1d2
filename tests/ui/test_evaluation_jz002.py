"""Issue 16: the evaluation's help step asks the CJG's own reason (JZ002) when it ends or
changes help; the JZ588 end reason may stay empty and then follows from it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.evaluation.helpers import build_case


@pytest.fixture
def window(qtbot, store, settings):
    from desktop_app.ui.main_window import MainWindow

    today = date.today()  # the help still runs, whatever the day (fixed ends expire)
    case = build_case(store.db, ends=(today + timedelta(days=59), today + timedelta(days=300)))
    window = MainWindow(store.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._opened(store)
    return window, case


def test_end_conclusion_asks_jz002_and_saves_it(window, qtbot, tmp_path):
    from desktop_app.ui.features.evaluation import open_wizard

    window, case = window
    wizard = open_wizard(window, case["case_id"])
    window.push_page(wizard)
    help_step = wizard.go_to("help")
    assert wizard.current_page() is help_step and help_step.key == "help"
    dep_id, form = next(iter(sorted(help_step.forms.items())))
    change = form.widgets[f"change_{dep_id}"]
    assert not change.isVisibleTo(help_step)  # 'voortzetten': nothing changes
    combo = form.widgets[f"conclusion_{dep_id}"]
    combo.setCurrentIndex(combo.findData("beeindigen"))
    combo.activated.emit(combo.currentIndex())
    assert change.isVisibleTo(help_step)
    assert form.widgets[f"reason_{dep_id}"].isVisibleTo(help_step)
    codes = [change.itemData(i) for i in range(change.count())]
    assert codes[0] == "" and "06" in codes and "31" not in codes  # JZ002, not JZ588
    change.setCurrentIndex(change.findData("06"))
    change.activated.emit(change.currentIndex())
    qtbot.waitUntil(lambda: wizard.ctx.evaluations.get(wizard.evaluation_id)
                    .conclusions[dep_id].change_reason == "06", timeout=3000)
    assert (dep_id, "end_reason") not in wizard.ctx.evaluations.problems(wizard.evaluation_id)
    help_step.grab().save(str(tmp_path / "evaluation_jz002.png"))
