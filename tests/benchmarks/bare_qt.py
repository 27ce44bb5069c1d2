"""The floor: a bare PySide6 QMainWindow, started and painted once, then closed and
quit. Prints the same kind of lines as the app's start-up probe (desktop_app/ui/startup_probe.py):
`BARE_SHOWN rss=MB` after the first paint, `BARE_CLOSING clock=…` before closing."""

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    done = False

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"BARE_SHOWN rss={rss:.1f}", flush=True)
        print(f"BARE_CLOSING clock={time.perf_counter():.4f}", flush=True)
        self.parent().close()
        QApplication.instance().quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    label = QLabel("Gezinsplan")
    window.setCentralWidget(label)
    window.resize(1200, 780)
    probe = FirstPaint(window)
    label.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
