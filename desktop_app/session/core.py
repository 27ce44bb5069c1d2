"""The operation mechanism every area of the session uses.

An operation is one transaction: its writes, the audit entries the triggers write for them
and any explicit audit entry, and the recomputed state (status, next evaluation, review) of
every case it touched. Only after the commit is the change announced. Operations nest: an
operation run inside another joins it and is announced with it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field

from ..core.coordination_free import with_free_policies
from ..core.policy import Policy
from ..store import audit, case_state
from ..store.durability import DurableWriter
from ..store.errors import DiskFull, Locked, is_disk_full
from ..store.readonly import ReadOnlyFolder, is_read_only_error
from . import autosave as _autosave
from .changes import Change, ChangeHub


@dataclass
class Operation:
    name: str
    kinds: set[str] = field(default_factory=set)
    family_ids: set[int] = field(default_factory=set)
    case_ids: set[int] = field(default_factory=set)
    # Cases whose inputs changed: their state is recomputed before the commit.
    dirty_cases: set[int] = field(default_factory=set)
    # The columns updated, when every part named its own (Change.fields); else any.
    fields: set[str] = field(default_factory=set)
    any_field: bool = False

    def touch(self, *, family_id: int | None = None, case_id: int | None = None,
              kinds: tuple[str, ...] = (), refresh: bool = False,
              fields: tuple[str, ...] = ()) -> None:
        if family_id is not None:
            self.family_ids.add(family_id)
        if case_id is not None:
            self.case_ids.add(case_id)
            if refresh:
                self.dirty_cases.add(case_id)
        self.kinds.update(kinds)
        if kinds and not fields:
            self.any_field = True
        self.fields.update(fields)


class SessionCore:
    """Holds the store, the policies and the change hub; areas run operations on it."""

    def __init__(self, store, policies: list[Policy]):
        self.store = store
        self._db = store.db
        # The policy files, plus the decision path for every region without one.
        self.policies = with_free_policies(policies)
        self.changes = ChangeHub()
        self._current: Operation | None = None
        # Autosave's commits are made durable here, off the GUI thread (session.autosave).
        self.writer = DurableWriter(store)
        _autosave.register(self.writer)

    @contextmanager
    def operation(self, name: str, *, kinds: tuple[str, ...] = (), family_id: int | None = None,
                  case_id: int | None = None, refresh: bool = False,
                  fields: tuple[str, ...] = ()) -> Iterator[Operation]:
        outer = self._current is None
        if outer and self.store.locked:
            raise Locked()  # a screen acting while the app is locked: nothing is written
        op = Operation(name) if outer else self._current
        op.touch(family_id=family_id, case_id=case_id, kinds=kinds, refresh=refresh,
                 fields=fields)
        batch = _autosave.current_batch() if outer else None
        if outer:
            self._current = op
        try:
            with self.writer.deferred_commit() if batch is not None else nullcontext():
                with self._db.atomic():
                    yield op
                    if outer and op.dirty_cases:
                        self._refresh(op)
        except Exception as exc:
            # A full disk is no damage: the caller keeps the edit and tries again.
            if outer and not isinstance(exc, DiskFull) and is_disk_full(exc):
                raise DiskFull(self.store.path.parent) from exc
            if outer and getattr(self.store, "read_only", False) and \
                    not isinstance(exc, ReadOnlyFolder) and is_read_only_error(exc):
                raise ReadOnlyFolder(self.store.path.parent) from exc  # a read-only folder
            raise
        finally:
            if outer:
                self._current = None
        if batch is not None:
            batch.tickets.append((self.writer, self.writer.request()))
        if outer:
            self.changes.emit(Change(op.name, frozenset(op.kinds), frozenset(op.family_ids),
                                     frozenset(op.case_ids),
                                     frozenset() if op.any_field else frozenset(op.fields)))

    def _refresh(self, op: Operation) -> None:
        before = case_state.snapshot(self._db, op.dirty_cases)
        states = case_state.refresh(self._db, op.dirty_cases, self.policies)
        for _state, _review, family_id in states.values():
            op.family_ids.add(family_id)
        if before != case_state.snapshot(self._db, op.dirty_cases):
            op.kinds.add("case")

    def audit(self, action: str, table: str = "", row: int | str | None = None,
              fields: list[str] | None = None, detail: str = "") -> None:
        """An entry the triggers cannot write (an export, a print); inside the operation's
        transaction. Never names, BSNs, addresses or paths."""
        audit.record(self._db, action, table, row, fields=fields or [], detail=detail)
