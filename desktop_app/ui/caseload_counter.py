"""Counting a broad caseload search off the GUI thread (the caseload shows 'n of meer'
until the exact count arrives)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class BackgroundCounter:
    """Counts the families that match, on a second connection in the thread pool:
    at 100,000 families a broad search matches ~100,000 rows and counting them
    takes ~150 ms, too long for a keystroke. Requests overtaken by a newer one are
    skipped. The connection is opened on first use (key derivation, off the GUI
    thread)."""

    def __init__(self, open_reader, parent: QWidget):
        import threading

        self.open_reader = open_reader  # session.households.reader
        self.parent = parent
        self._reader = None
        self._lock = threading.Lock()
        self._latest = 0

    def _families(self):
        if self._reader is None:
            self._reader = self.open_reader()
        return self._reader

    def __call__(self, generation: int, text: str, municipality, status, to_review, on_done) -> None:
        from .tasks import run_task

        self._latest = generation

        def work(_progress):
            with self._lock:
                if generation != self._latest:
                    return None
                families = self._families()  # the first time: a key derivation
                if generation != self._latest:  # overtaken (or closing) meanwhile
                    return None
                return families.count(text, municipality, status, to_review)

        def done(total) -> None:
            if total is not None:
                on_done(generation, total)

        run_task(self.parent, work, done, lambda _exc: None)

    def close(self) -> None:
        self._latest = -1  # a count still queued skips (and opens no new connection)
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
