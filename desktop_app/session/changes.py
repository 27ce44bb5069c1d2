"""What an operation changed, announced once after its transaction committed.

Plain Python (no Qt): the GUI bridges it to a Qt signal (ui/session_bridge.py), the CLI
ignores it, tests subscribe to it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

# The kinds of change screens listen for. A screen refreshes when a change names its
# family or case (or names none: a change that concerns everything, such as a restore)
# and one of the kinds it shows.
KINDS = frozenset({
    "family",  # household fields, family created or destroyed
    "members",
    "case",  # case created, closed, reopened; its status, next evaluation or review changed
    "intake",
    "consent",
    "results",  # results, actions
    "deployments",
    "catalog",  # providers, products, contracts, tariffs
    "decision",
    "evaluation",
    "documents",  # a plan, letter or report was made
    "journal",  # a contact moment written down, changed or removed (the case file)
    "appointments",  # an appointment on a case added, changed or cancelled
    "attachments",  # a file stored with a case, changed or removed
    "settings",  # the consultant's own details (Instellingen)
    "team",  # the team server: its setting, a sync (pending changes, conflicts) or a hand-over
    # A family was destroyed (on request, or after its retention period): every family in
    # `family_ids` and every case in `case_ids` no longer exists. Screens showing one of them
    # close without saving (a family page, a case's pages); lists drop it. Never re-read a
    # destroyed family. Announced together with "family" and "all".
    "destroyed",
    "all",  # restore, destruction, passphrase change: everything may differ
})


@dataclass(frozen=True)
class Change:
    operation: str
    kinds: frozenset[str]
    family_ids: frozenset[int] = frozenset()
    case_ids: frozenset[int] = frozenset()
    # The columns an update changed (autosave: one field), so a screen can skip an edit it
    # does not show; empty when not known – then it may be any.
    fields: frozenset[str] = frozenset()

    def concerns(self, *, family_id: int | None = None, case_id: int | None = None,
                 kinds: frozenset[str] | set[str] | tuple[str, ...] = ()) -> bool:
        if "all" in self.kinds:
            return True
        if kinds and not (self.kinds & set(kinds)):
            return False
        if case_id is not None and self.case_ids:
            return case_id in self.case_ids
        if family_id is not None and self.family_ids:
            return family_id in self.family_ids
        return True


Listener = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
