"""What the window does when a family is destroyed (a Change with kind "destroyed",
session/changes.py): every page of that family or of one of its cases closes at once,
without saving, and the caseload drops the family.

The watcher listens from the first unlock of each session, before any page exists, so it
runs before the pages' own listeners: a page of the destroyed family is deleted before it
could re-read a family that is gone (Qt skips the slots of a deleted receiver). Because a
page is deleted synchronously, nothing that starts a destruction may be a method of such a
page waiting on a nested event loop (the privacy tab opens its dialog with open(), not
exec()).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ..main_window import MainWindow


def close_family_pages(window: MainWindow, family_ids, case_ids=()) -> int:
    """Close, without saving, every workspace page showing one of `family_ids` or
    `case_ids`; show the caseload if the current page was one of them, and refresh the
    caseload. Returns how many pages closed."""
    import shiboken6

    family_ids, case_ids = set(family_ids), set(case_ids)
    workspace = window.workspace
    current = workspace.currentWidget()
    closing = [workspace.widget(i) for i in range(workspace.count())]
    closing = [p for p in closing if p is not window.caseload and (
        getattr(p, "family_id", None) in family_ids or getattr(p, "case_id", None) in case_ids)]
    for page in closing:
        # No autosave may write to the family now (a field losing focus as its page goes).
        for child in page.findChildren(QObject):
            child.blockSignals(True)
        workspace.removeWidget(page)
        shiboken6.delete(page)
    if window.caseload is not None:
        if current in closing:
            workspace.setCurrentWidget(window.caseload)
        window.caseload.refresh()
    return len(closing)


class DestroyWatcher(QObject):
    """Follows the session of the window (a new one after a restore) for "destroyed"."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self._events = None
        self.closed = 0  # pages closed so far (tests)
        window.unlocked.connect(self._attach)

    def _attach(self) -> None:
        events = getattr(self.window_, "events", None)
        if events is not None and events is not self._events:
            self._events = events
            events.changed.connect(self._on_change)

    def _on_change(self, change) -> None:
        if "destroyed" in change.kinds and change.family_ids:
            self.closed += close_family_pages(self.window_, change.family_ids, change.case_ids)
