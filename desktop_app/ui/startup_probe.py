"""A measuring hook for the start-up benchmark (tests/benchmarks).

With GEZINSPLAN_EXIT_AFTER_CASELOAD=1 in the environment (and the passphrase in
GEZINSPLAN_PASSPHRASE), the app prints one line on stdout as soon as the
caseload's first page has been painted, and quits:

    GEZINSPLAN_CASELOAD_SHOWN rows=200 kdf=0.653 process=1.234

`kdf` is the key-derivation time in seconds, `process` the seconds since this
process started (Linux; -1 elsewhere). No personal data is printed.
"""

from __future__ import annotations

import os
import sys
import time

ENV_EXIT_AFTER_CASELOAD = "GEZINSPLAN_EXIT_AFTER_CASELOAD"


def wanted() -> bool:
    return os.environ.get(ENV_EXIT_AFTER_CASELOAD, "") not in ("", "0")


def process_seconds() -> float:
    """Seconds since the process was created, from /proc (Linux only)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return -1.0


def install(window) -> None:
    """Report and quit after the first paint of the caseload table."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Paint and not self.done:
                self.done = True
                # Report after this paint has been handled, then leave.
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            store = window.session
            rows = window.caseload.model.rowCount() if window.caseload else 0
            kdf = store.kdf_seconds if store else -1.0
            print(f"GEZINSPLAN_CASELOAD_SHOWN rows={rows} kdf={kdf:.4f} "
                  f"process={process_seconds():.4f} clock={time.perf_counter():.4f}", flush=True)
            sys.stdout.flush()
            window.close()
            QApplication.instance().quit()

    probe = _FirstPaint(window)
    probe.done = False

    def attach() -> None:
        window.caseload.table.viewport().installEventFilter(probe)
        window.caseload.empty_label.installEventFilter(probe)

    window.unlocked.connect(attach)
