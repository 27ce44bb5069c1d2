"""`--screenshot --show handleiding`: the user manual as Help → Handleiding shows it."""

from __future__ import annotations

from ..registry import Screen, register_screen


def _show_manual(window):
    from ..manual import show_manual

    return show_manual(window)


register_screen(Screen("handleiding", "de handleiding (Help → Handleiding)", _show_manual))
