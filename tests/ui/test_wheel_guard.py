"""The mouse wheel never changes an answer the consultant did not pick up: a combo box, spin
box, date edit or slider without keyboard focus ignores the wheel and the page scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.guards import install_guards, is_guarded
from tests.conftest import PASSPHRASE, copy_database


def _wheel(widget: QWidget, steps: int = -1) -> None:
    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _value(widget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date()
    if hasattr(widget, "value"):
        return widget.value()
    return widget.text()


@pytest.fixture
def guarded_app(qapp):
    install_guards(qapp)
    return qapp


def _form(qtbot):
    area = QScrollArea()
    area.setWidgetResizable(True)
    inner = QWidget()
    column = QVBoxLayout(inner)
    combo = QComboBox()
    combo.addItems(["Doorgaan", "Afschalen naar het voorliggend veld", "Beëindigen"])
    combo.setCurrentIndex(1)
    spin = QSpinBox()
    spin.setValue(5)
    day = QDateEdit(QDate(2027, 5, 31))
    slider = QSlider(Qt.Horizontal)
    slider.setValue(30)
    other = QLineEdit()
    for w in (combo, spin, day, slider, other):
        column.addWidget(w)
    column.addSpacing(3000)  # a long page
    area.setWidget(inner)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, (combo, spin, day, slider), other


def test_unfocused_inputs_ignore_the_wheel_and_the_page_scrolls(qtbot, guarded_app):
    area, inputs, other = _form(qtbot)
    other.setFocus()
    bar = area.verticalScrollBar()
    for widget in inputs:
        before, scrolled = _value(widget), bar.value()
        _wheel(widget)
        assert _value(widget) == before, type(widget).__name__
        assert bar.value() > scrolled, f"page did not scroll over {type(widget).__name__}"
        assert widget.focusPolicy() != Qt.WheelFocus  # the wheel does not grab focus either


def test_a_focused_input_takes_the_wheel(qtbot, guarded_app):
    area, (combo, spin, day, slider), _other = _form(qtbot)
    area.activateWindow()
    for widget in (combo, spin):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        before = _value(widget)
        _wheel(widget)
        assert _value(widget) != before, type(widget).__name__


def _screens_with_inputs():
    from desktop_app.ui.screenshot import screen_names

    return sorted(screen_names())


def test_every_input_on_every_registered_screen_is_guarded(qtbot, guarded_app, data_dir,
                                                           settings, demo_template):
    """Walks the screens the app registers (the same list as --screenshot) and turns the
    wheel over every combo box, spin box, date edit and slider on them."""
    from desktop_app.store import open_store
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.screenshot import all_screens

    checked: dict[str, int] = {}
    for name, screen in sorted(all_screens().items()):
        db = copy_database(demo_template, data_dir)  # the session's demo database
        window = MainWindow(db, settings)
        window.remember_geometry = False
        qtbot.addWidget(window)
        window.show()
        window._opened(open_store(db, PASSPHRASE))
        result = screen.build(window)
        targets = [window] + ([result] if result is not None and result.isWindow() else [])
        for target in targets:
            if target is not window:
                target.show()
            QApplication.processEvents()
            for widget in target.findChildren(QWidget):
                if not is_guarded(widget) or not widget.isVisible() or not widget.isEnabled():
                    continue
                widget.clearFocus()
                before = _value(widget)
                _wheel(widget)
                _wheel(widget, steps=1)
                assert _value(widget) == before, f"{name}: {type(widget).__name__} " \
                                                 f"{widget.objectName()!r} took the wheel"
                assert widget.focusPolicy() != Qt.WheelFocus, f"{name}: {widget.objectName()!r}"
                checked[name] = checked.get(name, 0) + 1
            if target is not window:
                target.close()
        window.close()
    # The walk met the screens with drop-downs (evaluation, coordination, results, intake...).
    print("wheel-checked", checked)
    assert len(checked) >= 8, checked
    assert sum(checked.values()) >= 30, checked
