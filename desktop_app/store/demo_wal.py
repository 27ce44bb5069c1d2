"""The demo fill's WAL checkpoints on a second connection, beside the fill.

A batch's COMMIT (store.demo.fill_demo) would also fold the whole WAL into the database
file – every page of the batch copied once more and the file synced – before the fill
goes on: the connection's automatic checkpoint (wal_autocheckpoint). For the fill that one
is switched off and `committed()` asks a helper thread to run the same checkpoint
(PASSIVE: it never waits for nor blocks the writer) on a second connection to the file,
while the next batch is written. SQLite copies the pages without the GIL. What stays the
same: every commit is durable in the WAL (synchronous as configured), the checkpoint is
SQLite's own, and at the end the WAL is folded in completely (`__exit__` waits for the
last one; closing the store truncates the WAL as always). The WAL may grow by a batch
meanwhile (a checkpoint still copying when the next batch starts to write), as it does
when a reader holds it.
"""

from __future__ import annotations

import logging
import queue
import threading

import sqlcipher3

from . import cipher

log = logging.getLogger(__name__)


class WalCheckpoints:
    def __init__(self, store):
        self._store = store
        self._second = None
        self._auto: int | None = None
        self._queue: queue.SimpleQueue[bool] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> WalCheckpoints:
        key, path = getattr(self._store, "key", None), getattr(self._store, "path", None)
        conn = self._store.db.conn
        if key is None or path is None or conn.in_transaction:
            # Not a Store, or inside the caller's transaction (the batches are savepoints
            # then, nothing is committed before the end): the commits checkpoint as before.
            return self
        auto = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal" or not auto:
            return self
        # A bare second connection with the store's Key (no Store around it: its close would
        # wait to truncate the WAL; this one only checkpoints, and closing it leaves the WAL
        # to the store's own close).
        self._second = cipher.connect(path, key)
        self._auto = auto
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        self._thread = threading.Thread(target=self._run, name="demo-checkpoint", daemon=True)
        self._thread.start()
        return self

    def committed(self) -> None:
        """A batch was committed: fold the WAL in beside the next one."""
        if self._thread is not None:
            self._queue.put(True)

    def _run(self) -> None:
        while self._queue.get():
            try:
                self._second.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except sqlcipher3.Error as exc:  # the next one (or closing) folds it in
                log.warning("demo checkpoint failed: %s", type(exc).__name__)

    def __exit__(self, *exc) -> None:
        if self._thread is None:
            return
        self._queue.put(True)  # the last batch's pages
        self._queue.put(False)
        self._thread.join()
        self._thread = None
        try:
            self._store.db.conn.execute(f"PRAGMA wal_autocheckpoint = {int(self._auto)}")
        finally:
            self._second.close()
