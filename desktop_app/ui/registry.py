"""Where the features plug into the main window: case actions (buttons on a case), main
pages (entries in the 'Ga naar' menu), family tabs, window hooks and screenshot screens.
Wired explicitly: FEATURES lists the feature modules in order; each module's FEATURE value
says what it adds. Nothing registers itself at import."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .features import CaseAction, FamilyTab, Feature, MainPage, Screen

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["CASE_ACTIONS", "FAMILY_TABS", "MAIN_PAGES", "SCREENS", "WINDOW_HOOKS", "CaseAction",
           "FamilyTab", "Feature", "MainPage", "Screen", "features", "load_features"]


def features() -> tuple[Feature, ...]:
    """In menu and button order."""
    from .features import (
        casefile,
        coordination,
        evaluation,
        intake,
        management,
        manual,
        results,
        safety,
        team,
    )

    return (intake.FEATURE, results.FEATURE, coordination.FEATURE, evaluation.FEATURE,
            safety.FEATURE, casefile.FEATURE, management.FEATURE, team.FEATURE, manual.FEATURE)


# Filled once by load_features() from features(); read-only afterwards.
CASE_ACTIONS: dict[str, CaseAction] = {}
MAIN_PAGES: dict[str, MainPage] = {}
SCREENS: dict[str, Screen] = {}
FAMILY_TABS: dict[str, FamilyTab] = {}
WINDOW_HOOKS: list[Callable[[MainWindow], None]] = []


def load_features() -> None:
    if CASE_ACTIONS or SCREENS:
        return
    for feature in features():
        CASE_ACTIONS.update({a.key: a for a in feature.case_actions})
        MAIN_PAGES.update({p.key: p for p in feature.main_pages})
        SCREENS.update({s.name: s for s in feature.screens})
        FAMILY_TABS.update({t.key: t for t in feature.family_tabs})
        WINDOW_HOOKS.extend(feature.window_hooks)
