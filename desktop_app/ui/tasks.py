"""Slow work off the GUI thread (practice 4 in DESIGN.md).

`run_task(parent, fn, on_done)` runs `fn(progress)` in the global thread pool;
`progress(done, total)` may be called from the worker. The result comes back on
the GUI thread through a queued signal; an exception opens the error dialog
(or `on_error` when given). A modal progress dialog shows when `label` is set.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any], signals: _Signals):
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


_alive: set[_Signals] = set()


def run_task(
    parent: QWidget | None,
    fn: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    label: str | None = None,
) -> _Signals:
    signals = _Signals()
    _alive.add(signals)
    dialog = None
    if label:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(300)
        signals.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))

    def finish() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        _alive.discard(signals)

    def done(result: Any) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException, tb: str) -> None:
        finish()
        if on_error is not None:
            on_error(exc)
        else:
            from .crash import show_error

            show_error(parent, exc, tb)

    signals.done.connect(done, Qt.QueuedConnection)
    signals.failed.connect(failed, Qt.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(fn, signals))
    return signals
