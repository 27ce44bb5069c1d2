"""Durability off the GUI thread, for autosave (issue 17).

An autosave commit on the session's connection runs with synchronous=NORMAL: SQLite writes
its frames into the WAL (the OS holds them: a crash of the process loses nothing) but does
not fsync, and never checkpoints. One writer thread then makes it durable: fdatasync of the
WAL file (what synchronous=FULL would have done in the commit), and, once the WAL has grown,
a PASSIVE checkpoint on the writer's own second connection (used only from that thread; the
session's connection is never touched there). A commit counts as durable only when the sync
that followed it has returned; a failing sync (a full or failing disk) is reported and tried
again until it succeeds, so a queued edit is never acknowledged without being on disk.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

CHECKPOINT_BYTES = 4 * 1024 * 1024  # SQLite's own autocheckpoint is at 1000 pages (4 MiB)
RETRY_SECONDS = 5.0

Done = Callable[[int, BaseException | None], None]  # (sequence number, error or None)


def sync_file(path: str) -> None:
    """fdatasync one file (fsync where there is no fdatasync). O_RDWR: Windows needs a
    writable handle to flush."""
    fd = os.open(path, os.O_RDWR)
    try:
        (getattr(os, "fdatasync", None) or os.fsync)(fd)
    finally:
        os.close(fd)


class DurableWriter:
    """The writer thread of one store. request() (any thread) returns a sequence number;
    when_durable(seq, done) calls done(seq, None) on the writer thread once every commit up
    to seq is on disk, or done(seq, error) each time a sync failed (it is retried)."""

    def __init__(self, store, *, checkpoint_bytes: int = CHECKPOINT_BYTES,
                 retry_seconds: float = RETRY_SECONDS):
        self._store = store
        self._checkpoint_bytes = checkpoint_bytes
        self._retry = retry_seconds
        self._cond = threading.Condition()
        self._requested = 0
        self._durable = 0
        self._waiters: list[tuple[int, Done]] = []
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._checkpointer = None  # the writer's own Store (second connection), lazily
        self.failures = 0
        # perf_counter of the newest request and of the newest durable report (benchmarks:
        # the wait for the disk after the commit returned, tests/benchmarks/gui_session.py).
        self.requested_at = self.durable_at = 0.0

    # -- the GUI thread's side ----------------------------------------------------------
    @contextmanager
    def deferred_commit(self) -> Iterator[None]:
        """Around one autosave transaction on the session's connection: no fsync, no
        checkpoint in the commit (the writer does both)."""
        conn = self._store.conn
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            conn.execute("PRAGMA wal_autocheckpoint = 1000")
            conn.execute("PRAGMA synchronous = FULL")

    def request(self) -> int:
        """A commit has just returned: queue its sync."""
        with self._cond:
            self._requested += 1
            self.requested_at = time.perf_counter()
            seq = self._requested
            if self._thread is None:
                self._stopping = False
                self._thread = threading.Thread(target=self._run, name="gezinsplan-durable",
                                                daemon=True)
                self._thread.start()
            self._cond.notify_all()
            return seq

    def when_durable(self, seq: int, done: Done) -> None:
        with self._cond:
            if seq <= self._durable:
                call_now = True
            else:
                call_now = False
                self._waiters.append((seq, done))
        if call_now:
            done(seq, None)

    def pending(self) -> int:
        with self._cond:
            return self._requested - self._durable

    def wait(self, timeout: float | None = None) -> bool:
        """Block until everything requested so far is durable (flush_pending, closing)."""
        with self._cond:
            target = self._requested
            return self._cond.wait_for(lambda: self._durable >= target, timeout)

    def close(self, timeout: float = 10.0) -> bool:
        """Wait for the queue, stop the thread, close the second connection."""
        ok = self.wait(timeout)
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
        return ok

    # -- the writer thread --------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._stopping or self._requested > self._durable)
                if self._requested <= self._durable:  # stopping, nothing left
                    self._close_checkpointer()
                    return
                target = self._requested
            try:
                self._sync()
            except OSError as exc:
                self.failures += 1
                log.warning("autosave sync failed (%s); retrying", exc.__class__.__name__)
                self._report_failure(target, exc)
                with self._cond:
                    self._cond.wait(self._retry)
                continue
            self._report_durable(target)
            self._maybe_checkpoint()

    @property
    def _wal(self) -> str:
        return str(self._store.path) + "-wal"

    def _sync(self) -> None:
        try:
            sync_file(self._wal)
        except FileNotFoundError:
            # No WAL: everything was checkpointed into the database (and synced there).
            sync_file(str(self._store.path))

    def _report_durable(self, target: int) -> None:
        with self._cond:
            self._durable = max(self._durable, target)
            self.durable_at = time.perf_counter()
            ready = [(s, d) for s, d in self._waiters if s <= self._durable]
            self._waiters = [(s, d) for s, d in self._waiters if s > self._durable]
            self._cond.notify_all()
        for seq, done in ready:
            _call(done, seq, None)

    def _report_failure(self, target: int, exc: BaseException) -> None:
        with self._cond:
            waiting = [(s, d) for s, d in self._waiters if s <= target]
        for seq, done in waiting:
            _call(done, seq, exc)

    def _maybe_checkpoint(self) -> None:
        try:
            if os.path.getsize(self._wal) < self._checkpoint_bytes:
                return
        except OSError:
            return
        try:
            if self._checkpointer is None:
                self._checkpointer = self._store.reconnect()  # opened here, not on the GUI
            # Under the store's guard: a lock (Store.suspend) closes every second connection
            # and waits for this checkpoint instead of closing it underneath.
            with self._store._guard:
                self._checkpointer.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except Exception as exc:  # noqa: BLE001 - the writer thread must live on
            # E.g. the passphrase changed or the app was locked meanwhile: open again next
            # time. The next ordinary commit on the session's connection checkpoints too.
            log.warning("background checkpoint failed (%s)", exc.__class__.__name__)
            self._close_checkpointer()

    def _close_checkpointer(self) -> None:
        checkpointer, self._checkpointer = self._checkpointer, None
        if checkpointer is None:
            return
        # Not Store.close(): its TRUNCATE checkpoint would hold off the GUI's commits.
        with self._store._guard:
            try:
                if not checkpointer.locked:
                    checkpointer.conn.close()
            except Exception:  # noqa: BLE001 - closing anyway
                pass
            checkpointer.closed = True  # a resume after a lock leaves it closed
        from . import instance

        if checkpointer._lock_key is not None:
            instance.release(checkpointer._lock_key)
            checkpointer._lock_key = None


def _call(done: Done, seq: int, error: BaseException | None) -> None:
    try:
        done(seq, error)
    except Exception:  # pragma: no cover - a listener's bug must not stop the writer
        log.exception("durability listener failed")
