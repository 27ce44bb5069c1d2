"""Feature modules: each lists its case actions, pages, screens, family tabs and window
hooks in one `FEATURE` value; `desktop_app.ui.registry` wires them in the order of its
FEATURES tuple. Keep imports here light: build heavy widgets inside the factories."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..main_window import MainWindow


@dataclass(frozen=True)
class CaseAction:
    key: str
    label: Callable[[], str]  # called at display time, so translations apply
    open: Callable[[MainWindow, int], QWidget | None]  # (window, case_id) -> page to push
    order: int = 100
    # (session) -> whether the case shows this action (None: always), e.g. the team
    # server's hand-over only when a server is configured.
    available: Callable[[Any], bool] | None = None


@dataclass(frozen=True)
class MainPage:
    key: str
    label: Callable[[], str]
    open: Callable[[MainWindow], QWidget]
    shortcut: str = ""
    order: int = 100


@dataclass(frozen=True)
class Screen:
    """A screen `--screenshot --show NAME` can render: build(window) puts the
    main window in that state (the window is unlocked on a demo database)."""

    name: str
    description: str
    build: Callable[[MainWindow], Any]


@dataclass(frozen=True)
class FamilyTab:
    """An extra tab on the family page: build(window, family_id) -> widget."""

    key: str
    label: Callable[[], str]
    build: Callable[[MainWindow, int], QWidget]
    order: int = 100


@dataclass(frozen=True)
class Feature:
    case_actions: tuple[CaseAction, ...] = ()
    main_pages: tuple[MainPage, ...] = ()
    screens: tuple[Screen, ...] = ()
    family_tabs: tuple[FamilyTab, ...] = ()
    # Called at the end of MainWindow.__init__ with the window: for features that must
    # hook into the window itself (menus, an event filter, its signals).
    window_hooks: tuple[Callable[[MainWindow], None], ...] = ()
