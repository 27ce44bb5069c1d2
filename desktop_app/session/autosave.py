"""Autosave's write path: the commit on the calling (GUI) thread without waiting on the
disk, durability on the store's writer thread (store.durability).

    with deferred_durability() as batch:
        session.households.update_person(person_id, "phone", value)
    for writer, seq in batch.tickets:
        writer.when_durable(seq, done)        # done(seq, error) on the writer thread

Only the outermost operation run inside the block is deferred; everything else commits
with synchronous=FULL as before. `wait_all()` blocks until every queued edit of every open
session is durable (before locking or closing)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

_local = threading.local()
_writers: weakref.WeakSet = weakref.WeakSet()


@dataclass
class Batch:
    tickets: list[tuple[object, int]] = field(default_factory=list)


@contextmanager
def deferred_durability() -> Iterator[Batch]:
    batch = Batch()
    outer = getattr(_local, "batch", None)
    _local.batch = batch
    try:
        yield batch
    finally:
        _local.batch = outer
        if outer is not None:
            outer.tickets.extend(batch.tickets)


def current_batch() -> Batch | None:
    return getattr(_local, "batch", None)


def register(writer) -> None:
    _writers.add(writer)


def pending() -> int:
    """Edits committed but not yet durable, over all open sessions."""
    return sum(w.pending() for w in list(_writers))


def wait_all(timeout: float | None = 10.0) -> bool:
    """Block until every queued edit is durable; False if the disk did not allow it in time
    (the edits stay queued and are retried)."""
    return all(w.wait(timeout) for w in list(_writers))
