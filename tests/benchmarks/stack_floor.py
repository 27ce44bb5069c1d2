"""A second floor for the start-up row: the least any start of Gezinsplan does with the
stack the mission names (PySide6, SQLCipher through sqlcipher3, sqlite-utils), without any
of the app's own code but its key derivation (desktop_app/keys.py, the one owner of the
parameters and the raw-key format).

An unlock screen (a label and a passphrase field) is painted; then, as the app does, a worker
derives the key (PBKDF2, the app's parameters) while the GUI thread imports sqlite-utils;
the worker opens the database with the raw key and reads its schema; the GUI thread reads the
first page's rows (the 50 most overdue evaluations, one indexed query through sqlite-utils),
fills a tree with them and shows it. Prints `FLOOR_SHOWN kdf=… rows=…` after that paint, as
the app's probe does (desktop_app/ui/startup_probe.py), then quits.

    GEZINSPLAN_DATA_DIR=… GEZINSPLAN_PASSPHRASE=… python -m tests.benchmarks.stack_floor
"""

import os
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

FIRST_PAGE = ("SELECT c.id, c.case_number, f.family_name, c.next_evaluation FROM cases c "
              "INDEXED BY idx_cases_open_next_eval JOIN families f ON f.id = c.family_id "
              "WHERE c.status IN ('intake', 'actief') AND c.next_evaluation IS NOT NULL "
              "AND c.next_evaluation < ? ORDER BY c.next_evaluation, c.id LIMIT 50")


class Painted(QObject):
    """Calls `then` once the watched widget has painted (from the event loop)."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class Floor(QMainWindow):
    opened = Signal(object)

    def __init__(self, path: str, passphrase: str):
        super().__init__()
        self.path, self.passphrase = path, passphrase
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        gate = QWidget()
        layout = QVBoxLayout(gate)
        layout.addWidget(QLabel("Gezinsplan – wachtwoord"))
        layout.addWidget(QLineEdit(echoMode=QLineEdit.Password))
        self.stack.addWidget(gate)
        self.resize(1200, 780)
        self.opened.connect(self.show_page)
        Painted(gate, self.unlock)

    def unlock(self) -> None:
        loaded = threading.Event()

        def work():
            from desktop_app import keys  # stdlib only: hashlib, hmac

            started = time.perf_counter()
            key = keys.derive(self.passphrase, keys.file_salt(self.path))
            self.kdf = time.perf_counter() - started
            loaded.wait()
            import sqlcipher3

            conn = sqlcipher3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA key = {key.pragma()}")
            key.wipe()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode = WAL")
            self.opened.emit(conn)

        threading.Thread(target=work, daemon=True).start()
        import sqlite_utils  # noqa: F401 - while the key is derived, as the app loads
        loaded.set()

    def show_page(self, conn) -> None:
        from datetime import date

        from sqlite_utils import Database

        db = Database(conn, execute_plugins=False)
        rows = list(db.query(FIRST_PAGE, [date.today().isoformat()]))
        tree = QTreeWidget()
        tree.setHeaderLabels(["Gezin", "Casus", "Evaluatie"])
        group = QTreeWidgetItem([f"Evaluatie te laat ({len(rows)})"])
        tree.addTopLevelItem(group)
        for row in rows:
            group.addChild(QTreeWidgetItem([row["family_name"], row["case_number"],
                                            row["next_evaluation"] or ""]))
        group.setExpanded(True)
        self.rows = len(rows)
        self.stack.addWidget(tree)
        self.stack.setCurrentWidget(tree)
        Painted(tree, self.report)

    def report(self) -> None:
        print(f"FLOOR_SHOWN kdf={self.kdf:.4f} rows={self.rows}", flush=True)
        print(f"FLOOR_CLOSING clock={time.perf_counter():.4f}", flush=True)
        self.close()
        QApplication.instance().quit()


def main() -> int:
    app = QApplication(sys.argv)
    folder = os.environ["GEZINSPLAN_DATA_DIR"]
    window = Floor(os.path.join(folder, "gezinsplan.db"), os.environ["GEZINSPLAN_PASSPHRASE"])
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
