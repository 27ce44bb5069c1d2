"""The floor: a bare PySide6 QMainWindow, started and painted once, then quit.
Prints the same kind of line as the app's start-up probe."""

import sys

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
        print("BARE_SHOWN", flush=True)
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
