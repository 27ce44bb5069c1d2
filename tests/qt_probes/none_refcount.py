"""Run in a subprocess by tests/test_qt_refcount.py: calls the Qt methods the app uses most,
N times each, and prints the change in sys.getrefcount(None) per method as JSON.

A binding that drops a reference to None on a call makes the count fall until CPython aborts
with 'Fatal Python error: none_dealloc' (PySide6 6.12.0 on Python 3.11 did so on setText)."""

import gc
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
)


class _Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008,N802
        return 0 if parent.isValid() else 50

    def columnCount(self, parent=QModelIndex()):  # noqa: B008,N802
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return f"r{index.row()} c{index.column()} ë"
        return None

    def emit_changed(self):
        self.dataChanged.emit(self.index(0, 0), self.index(49, 3))

    def reset(self):
        self.beginResetModel()
        self.endResetModel()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    app = QApplication([])
    if len(sys.argv) > 2 and sys.argv[2] == "--app-translators":
        # The app's translators, a Python QTranslator override among them.
        from desktop_app.ui.i18n import install_translator

        install_translator(app, "nl")
    label = QLabel()
    line = QLineEdit()
    plain = QPlainTextEdit()
    rich = QTextEdit()
    button = QPushButton()
    combo = QComboBox()
    combo.addItems(["Doorgaan", "Afschalen naar het voorliggend veld", "Beëindigen"])
    model = _Model()
    view = QTableView()
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    std = QStandardItemModel(0, 1)
    style = app.style()
    texts = [f"Opgeslagen om 12:{i % 60:02d} – ë é ï" for i in range(64)]

    calls = {
        "QLabel.setText": lambda i: label.setText(texts[i % 64]),
        "QLineEdit.setText": lambda i: line.setText(texts[i % 64]),
        "QPlainTextEdit.setPlainText": lambda i: plain.setPlainText(texts[i % 64]),
        "QTextEdit.setPlainText": lambda i: rich.setPlainText(texts[i % 64]),
        "QWidget.setToolTip": lambda i: button.setToolTip(texts[i % 64]),
        "QObject.setProperty": lambda i: label.setProperty("state", "error" if i % 2 else "ok"),
        "QStyle.unpolish": lambda i: style.unpolish(label),
        "QStyle.polish": lambda i: style.polish(label),
        "QWidget.setEnabled": lambda i: button.setEnabled(bool(i % 2)),
        "QWidget.setVisible": lambda i: label.setVisible(bool(i % 2)),
        "QComboBox.setCurrentIndex": lambda i: combo.setCurrentIndex(i % 3),
        "QAbstractItemModel.dataChanged": lambda i: model.emit_changed(),
        "QAbstractItemModel.reset": lambda i: model.reset(),
        "QStandardItemModel.appendRow": lambda i: (
            std.appendRow(QStandardItem(texts[i % 64])) if i % 100 else std.clear()
        ),
        "QApplication.processEvents": lambda i: app.processEvents(),
        "QCoreApplication.translate": lambda i: (
            app.translate("QFileDialog", "&Look in:"), app.translate("Gezinsplan", texts[i % 64])
        ),
    }
    deltas = {}
    for name, call in calls.items():
        for i in range(50):  # warm caches (type objects, interned strings) first
            call(i)
        gc.collect()
        before = sys.getrefcount(None)
        for i in range(n):
            call(i)
        gc.collect()
        deltas[name] = sys.getrefcount(None) - before
    print(json.dumps({"calls": n, "deltas": deltas}))


if __name__ == "__main__":
    main()
