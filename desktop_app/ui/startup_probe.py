"""A measuring hook for the start-up and quit benchmarks (tests/benchmarks).

With GEZINSPLAN_EXIT_AFTER_FIRST_PAINT=1 in the environment (and the passphrase in
GEZINSPLAN_PASSPHRASE), the app prints one line on stdout as soon as the page it shows
after unlocking (Opvolging, or the caseload of a new database) has been painted, then
one line just before it closes its window (at once, or GEZINSPLAN_PROBE_CLOSE_AFTER_MS
later), and quits:

    GEZINSPLAN_FIRST_PAINT page=opvolging rows=200 kdf=0.653 after_gate=0.410 process=1.234 clock=5.678 guards=1
    GEZINSPLAN_CLOSING clock=5.701

`kdf` is the key-derivation time in seconds, `after_gate` the seconds from the unlock
screen's first paint to this one (unlock, load, open, the page), `process` the seconds since this process
started (Linux; -1 elsewhere), `clock` `time.perf_counter()` (CLOCK_MONOTONIC, so the
benchmark can time 'window closed → process gone' from outside). `page` is the page's
object name (or class), `rows` the rows of its first item view. No personal data is
printed. `guards` says whether the wheel guard (ui/guards.py) is installed by then – it is
installed behind the unlock screen. The old name GEZINSPLAN_EXIT_AFTER_CASELOAD is still understood.
GEZINSPLAN_PROBE_WAIT_FOR_CHECK and GEZINSPLAN_PROBE_CHANGE: see below.
"""

from __future__ import annotations

import os
import sys
import time

ENV_EXIT_AFTER_FIRST_PAINT = "GEZINSPLAN_EXIT_AFTER_FIRST_PAINT"
ENV_OLD_NAME = "GEZINSPLAN_EXIT_AFTER_CASELOAD"
ENV_CLOSE_AFTER_MS = "GEZINSPLAN_PROBE_CLOSE_AFTER_MS"
# Wait for the background check (and the backup it writes) before closing: the benchmark's
# warm-up, so that the runs after it close with today's backup holding everything.
ENV_WAIT_FOR_CHECK = "GEZINSPLAN_PROBE_WAIT_FOR_CHECK"
# Make one change just before closing (the consultant's team name: no family data), so
# that closing finds today's backup missing it: quit after a change.
ENV_CHANGE = "GEZINSPLAN_PROBE_CHANGE"


def _flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


def wanted() -> bool:
    return any(os.environ.get(name, "") not in ("", "0")
               for name in (ENV_EXIT_AFTER_FIRST_PAINT, ENV_OLD_NAME))


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


def _close_delay_ms() -> int:
    """GEZINSPLAN_PROBE_CLOSE_AFTER_MS: close this long after the first paint (default
    at once), e.g. while the background integrity check is still running."""
    try:
        return max(0, int(os.environ.get(ENV_CLOSE_AFTER_MS, "0")))
    except ValueError:
        return 0


def _page_name(page) -> str:
    return page.objectName() or type(page).__name__


def _rows(page) -> int:
    from PySide6.QtWidgets import QTableView, QTreeView

    # The page's own list, not a combo box's popup list.
    views = page.findChildren(QTableView) or page.findChildren(QTreeView)
    model = views[0].model() if views else None
    return model.rowCount() if model is not None else 0


def install(window) -> None:
    """Report and quit after the first paint of the page shown after unlocking: a paint
    of the workspace (its current page paints in the same pass) counts only if that page
    is still the current one once the event loop has come round (a start page pushed right
    after unlocking, such as Opvolging, replaces the caseload before anyone sees it)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class _FirstPaint(QObject):
        armed = False
        done = False
        painted = None  # the page whose paint waits for confirmation
        gate_at = -1.0  # perf_counter at the unlock screen's first paint

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if obj is window and self.gate_at < 0 and event.type() == QEvent.Paint:
                self.gate_at = time.perf_counter()
            if (self.armed and not self.done and self.painted is None
                    and obj is window.workspace and event.type() == QEvent.Paint):
                page = window.workspace.currentWidget()
                if page is not None and window.root.currentWidget() is window.workspace:
                    self.painted = page
                    QTimer.singleShot(0, self.confirm)
            return False

        def confirm(self):
            page, self.painted = self.painted, None
            if page is not window.workspace.currentWidget():
                return  # replaced by the start page: wait for its paint
            self.done = True
            window.workspace.removeEventFilter(self)
            store = window.session
            kdf = store.kdf_seconds if store else -1.0
            now = time.perf_counter()
            from .guards import installed

            guarded = int(installed(QApplication.instance()))
            print(f"GEZINSPLAN_FIRST_PAINT page={_page_name(page)} rows={_rows(page)} "
                  f"kdf={kdf:.4f} after_gate={now - self.gate_at if self.gate_at >= 0 else -1:.4f} "
                  f"process={process_seconds():.4f} clock={now:.4f} guards={guarded}",
                  flush=True)
            QTimer.singleShot(_close_delay_ms(), close)

    def close() -> None:
        if _flag(ENV_WAIT_FOR_CHECK) and window._checker is not None:
            QTimer.singleShot(100, close)
            return
        if _flag(ENV_CHANGE) and window.session is not None:
            window.session.consultant.set_field("team", f"Meetteam {time.time_ns() % 10_000}")
        print(f"GEZINSPLAN_CLOSING clock={time.perf_counter():.4f}", flush=True)
        sys.stdout.flush()
        window.close()
        QApplication.instance().quit()

    probe = _FirstPaint(window)
    window.installEventFilter(probe)  # the unlock screen's first paint (gate=)

    def arm() -> None:
        # On the workspace: a page's paint paints the workspace first, in the same pass
        # (an application-wide Python filter would slow the page it measures).
        if not probe.armed:
            probe.armed = True
            window.workspace.installEventFilter(probe)

    window.unlocked.connect(arm)
