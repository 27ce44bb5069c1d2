"""Extension points where later features plug into the main window without
editing it: case actions (buttons on a case), main pages (entries in the
'Ga naar' menu) and screenshot screens. Feature modules live in
`desktop_app/ui/features/` and register themselves when imported."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .main_window import MainWindow


@dataclass(frozen=True)
class CaseAction:
    key: str
    label: Callable[[], str]  # called at display time, so translations apply
    open: Callable[[MainWindow, int], QWidget | None]  # (window, case_id) -> page to push
    order: int = 100


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


CASE_ACTIONS: dict[str, CaseAction] = {}
MAIN_PAGES: dict[str, MainPage] = {}
SCREENS: dict[str, Screen] = {}


def register_case_action(action: CaseAction) -> None:
    CASE_ACTIONS[action.key] = action


def register_main_page(page: MainPage) -> None:
    MAIN_PAGES[page.key] = page


def register_screen(screen: Screen) -> None:
    SCREENS[screen.name] = screen


_loaded = False


def load_features() -> None:
    global _loaded
    if _loaded:
        return
    from . import features

    for module in sorted(m.name for m in pkgutil.iter_modules(features.__path__)):
        importlib.import_module(f"{features.__name__}.{module}")
    _loaded = True


@dataclass(frozen=True)
class FamilyTab:
    """An extra tab on the family page: build(window, family_id) -> widget."""

    key: str
    label: Callable[[], str]
    build: Callable[[MainWindow, int], QWidget]
    order: int = 100


FAMILY_TABS: dict[str, FamilyTab] = {}


def register_family_tab(tab: FamilyTab) -> None:
    FAMILY_TABS[tab.key] = tab


# Called at the end of MainWindow.__init__ with the window: for features that
# must hook into the window itself (menus, an event filter, its signals).
WINDOW_HOOKS: list[Callable[[MainWindow], None]] = []


def register_window_hook(hook: Callable[[MainWindow], None]) -> None:
    if hook not in WINDOW_HOOKS:
        WINDOW_HOOKS.append(hook)
