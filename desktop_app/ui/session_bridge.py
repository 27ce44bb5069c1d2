"""The session's change events as a Qt signal, and the small navigator pages get instead of
the main window. Pages take (session, nav): they read and change data through the session and
move between screens through the navigator."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..session import Change, Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..settings import Settings

log = logging.getLogger(__name__)


# Changes that may have written the caseload's search index (store.families).
_SEARCH_KINDS = frozenset({"family", "members", "case", "all"})


class SessionEvents(QObject):
    """Re-emits every committed change; operations run on the GUI thread, so listeners
    are called right after the operation returns.

    After a change that wrote the search index, the index's merge work is done in small
    steps at the next turns of the event loop (Households.tidy_search), not in a later
    autosave's commit (issue 17)."""

    changed = Signal(object)  # Change

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._tidy = QTimer(self)
        self._tidy.setSingleShot(True)
        self._tidy.setInterval(0)
        self._tidy.timeout.connect(self._tidy_step)
        self._unsubscribe = session.changes.subscribe(self._announce)

    def _announce(self, change: Change) -> None:
        self.changed.emit(change)
        if change.kinds & _SEARCH_KINDS:
            self._tidy.start()

    def _tidy_step(self) -> None:
        try:
            more = self._session.households.tidy_search()
        except Exception as exc:  # noqa: BLE001 - housekeeping: FTS5 merges in a commit anyway
            log.warning("search index merge step failed (%s)", exc.__class__.__name__)
            return
        if more:
            self._tidy.start()

    def detach(self) -> None:
        self._tidy.stop()
        self._unsubscribe()


def follow(widget: QWidget, events: SessionEvents, handler) -> None:
    """Call handler(change) for every change while `widget` lives. `handler` must be a method
    of `widget` (or of another QObject): Qt then drops the connection when it is deleted."""
    assert getattr(handler, "__self__", None) is not None, "follow() needs a bound method"
    events.changed.connect(handler)


class Navigator:
    """What a page may ask of the window: show another screen, go back, the settings."""

    def __init__(self, window):
        self._window = window

    @property
    def widget(self) -> QWidget:
        """Parent for dialogs."""
        return self._window

    @property
    def settings(self) -> Settings:
        return self._window.settings

    @property
    def events(self) -> SessionEvents:
        return self._window.events

    def push(self, page: QWidget) -> None:
        self._window.push_page(page)

    def close(self, page: QWidget) -> None:
        self._window.close_page(page)

    def open_family(self, family_id: int):
        return self._window.open_family(family_id)

    def open_case_action(self, key: str, case_id: int) -> None:
        self._window.open_case_action_by_key(key, case_id)

    def show_caseload(self) -> None:
        self._window.show_caseload()

    def current(self) -> QWidget:
        return self._window.workspace.currentWidget()


__all__ = ["Change", "Navigator", "SessionEvents", "follow"]
