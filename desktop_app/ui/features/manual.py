"""`--screenshot --show handleiding`: the user manual as Help → Handleiding shows it."""

from __future__ import annotations

from . import Feature, Screen

# What this feature adds, collected in order and handed over as FEATURE (at the end).
_screens: list = []


def _show_manual(window):
    from ..manual import show_manual

    return show_manual(window)


_screens.append(Screen("handleiding", "de handleiding (Help → Handleiding)", _show_manual))

FEATURE = Feature(screens=tuple(_screens))
