"""App-wide guards installed once on the QApplication.

The wheel guard: Qt lets a combo box, spin box, date edit or slider take wheel events without
keyboard focus, so scrolling down a page over a drop-down changed a saved answer (and autosaved
it). With the guard such a widget only reacts to the wheel once it has focus (clicked or tabbed
to); otherwise the wheel scrolls the page around it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

# QDateEdit and QTimeEdit are QAbstractSpinBox; QSlider and QDial are QAbstractSlider.
# Scroll bars are sliders too, but they belong to the scrolling itself.
GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish


def is_guarded(widget: QObject) -> bool:
    from PySide6.QtWidgets import QScrollBar

    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def has_focus_within(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()  # every event of the app passes here: leave fast
        if kind != _WHEEL and kind != _POLISH:
            return False
        if kind == _POLISH and is_guarded(obj):
            # WheelFocus would hand focus to the widget on the first wheel turn.
            if obj.focusPolicy() == Qt.WheelFocus:
                obj.setFocusPolicy(Qt.StrongFocus)
        elif kind == _WHEEL and is_guarded(obj) and not has_focus_within(obj):
            self._scroll_page(obj, event)
            return True
        return False

    @staticmethod
    def _scroll_page(widget: QWidget, event: QWheelEvent) -> None:
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        event.accept()  # handled here: Qt must not offer it to the parents as well
        if area is None:
            return
        viewport = area.viewport()
        pos = viewport.mapFromGlobal(event.globalPosition().toPoint())
        forwarded = QWheelEvent(
            pos.toPointF(), event.globalPosition(), event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted(),
        )
        QApplication.sendEvent(viewport, forwarded)


_installed: dict[int, WheelGuard] = {}


def install_guards(app: QApplication) -> None:
    """Idempotent: tests and --screenshot may build the app more than once."""
    if id(app) not in _installed:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        _installed[id(app)] = guard


def installed(app: QApplication) -> bool:
    return id(app) in _installed
