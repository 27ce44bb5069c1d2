"""The main window's size and place: the last one, per data folder (settings.json lives
there), and never larger than the screen it opens on (a 1366×768 laptop leaves ~1366×728)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ..settings import Settings

log = logging.getLogger(__name__)

PREFERRED = (1200, 780)
# Room for the title bar and window frame, which the available geometry does not include.
FRAME = (16, 40)


def fitted(available: QRect, width: int, height: int) -> tuple[int, int]:
    return (
        max(640, min(width, available.width() - FRAME[0])),
        max(480, min(height, available.height() - FRAME[1])),
    )


def _available(window: QWidget) -> QRect | None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def restore_window_geometry(window: QWidget, settings: Settings) -> None:
    saved = settings["window_geometry"]
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        _clamp(window)
        return
    available = _available(window)
    if available is None:
        window.resize(*PREFERRED)
        return
    width, height = fitted(available, *PREFERRED)
    window.resize(width, height)
    window.move(
        available.x() + (available.width() - width - FRAME[0]) // 2,
        available.y() + (available.height() - height - FRAME[1]) // 2,
    )


def _clamp(window: QWidget) -> None:
    """A geometry saved on a larger monitor must still fit this screen."""
    available = _available(window)
    if available is None:
        return
    width, height = fitted(available, window.width(), window.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
    y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, available.x()), max(y, available.y()))


def save_window_geometry(window: QWidget, settings: Settings) -> None:
    value = bytes(window.saveGeometry().toBase64()).decode("ascii")
    if value == settings["window_geometry"]:
        return
    try:
        settings.set("window_geometry", value)
    except OSError:  # a full disk or read-only folder must not stop the window closing
        log.warning("window geometry not saved")
