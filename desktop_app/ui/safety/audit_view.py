"""The audit view: who did what to which record, newest first, and a check of
the hash chain. Shows field NAMES only; the trail never holds values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...session.safety import ACTIONS, COLUMN_LABELS, TABLE_LABELS
from ..session_bridge import follow

if TYPE_CHECKING:
    from ...session import Session
    from ...session.safety import SafetyArea
    from ..session_bridge import Navigator

PAGE = 500


# The Dutch labels of store.audit.ACTIONS for lupdate, in the two contexts that show them
# (the table's self.tr and the filter's); tests/ui/test_i18n.py keeps them equal to ACTIONS.
_ACTION_LABELS = (
    QT_TRANSLATE_NOOP("AuditModel", "aangemaakt"),
    QT_TRANSLATE_NOOP("AuditModel", "gewijzigd"),
    QT_TRANSLATE_NOOP("AuditModel", "verwijderd"),
    QT_TRANSLATE_NOOP("AuditModel", "geëxporteerd"),
    QT_TRANSLATE_NOOP("AuditModel", "afgedrukt"),
    QT_TRANSLATE_NOOP("AuditModel", "ontgrendeld"),
    QT_TRANSLATE_NOOP("AuditModel", "ontgrendelen mislukt"),
    QT_TRANSLATE_NOOP("AuditModel", "vernietigd op verzoek"),
    QT_TRANSLATE_NOOP("AuditModel", "back-up teruggezet"),
    QT_TRANSLATE_NOOP("AuditModel", "wachtwoord gewijzigd"),
    QT_TRANSLATE_NOOP("AuditModel", "inzage-export"),
    QT_TRANSLATE_NOOP("AuditModel", "verbonden met de teamserver"),
    QT_TRANSLATE_NOOP("AuditModel", "conflict opgelost"),
    QT_TRANSLATE_NOOP("AuditModel", "casus overgedragen"),
)
_ACTION_FILTER_LABELS = (
    QT_TRANSLATE_NOOP("AuditView", "aangemaakt"),
    QT_TRANSLATE_NOOP("AuditView", "gewijzigd"),
    QT_TRANSLATE_NOOP("AuditView", "verwijderd"),
    QT_TRANSLATE_NOOP("AuditView", "geëxporteerd"),
    QT_TRANSLATE_NOOP("AuditView", "afgedrukt"),
    QT_TRANSLATE_NOOP("AuditView", "ontgrendeld"),
    QT_TRANSLATE_NOOP("AuditView", "ontgrendelen mislukt"),
    QT_TRANSLATE_NOOP("AuditView", "vernietigd op verzoek"),
    QT_TRANSLATE_NOOP("AuditView", "back-up teruggezet"),
    QT_TRANSLATE_NOOP("AuditView", "wachtwoord gewijzigd"),
    QT_TRANSLATE_NOOP("AuditView", "inzage-export"),
    QT_TRANSLATE_NOOP("AuditView", "verbonden met de teamserver"),
    QT_TRANSLATE_NOOP("AuditView", "conflict opgelost"),
    QT_TRANSLATE_NOOP("AuditView", "casus overgedragen"),
)

class AuditModel(QAbstractTableModel):
    def __init__(self, safety: SafetyArea, parent=None):
        super().__init__(parent)
        self.safety = safety
        self.rows: list[dict] = []
        self.action: str | None = None
        self.more = True
        self.headers = [self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Tabel"),
                        self.tr("Record"), self.tr("Velden / details")]

    def reload(self, action: str | None = None) -> None:
        self.beginResetModel()
        self.action = action
        self.rows = []
        self.more = True
        self.endResetModel()
        self.fetch()

    def fetch(self) -> None:
        before = self.rows[-1]["id"] if self.rows else None
        got = self.safety.audit_entries(PAGE, before_id=before, action=self.action)
        self.more = len(got) == PAGE
        if not got:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(got) - 1)
        self.rows += got
        self.endInsertRows()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return r["at"].replace("T", " ")
        if col == 1:
            return r["who"]
        if col == 2:
            return self.tr(ACTIONS.get(r["action"], r["action"]))
        if col == 3:
            return TABLE_LABELS.get(r["tbl"], r["tbl"])
        if col == 4:
            return r["row_ref"]
        detail = ", ".join(COLUMN_LABELS.get(f, f) for f in r["fields"].split(",") if f)
        return f"{detail} ({r['detail']})" if r["detail"] and detail else (detail or r["detail"])


class AuditView(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session, nav: Navigator):
        super().__init__()
        self.setObjectName("auditView")
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← &Terug"))
        back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Auditlogboek"))
        title.setObjectName("title")
        top.addWidget(back)
        top.addWidget(title)
        top.addStretch(1)
        self.filter = QComboBox()
        self.filter.setObjectName("auditFilter")
        self.filter.addItem(self.tr("Alle handelingen"), None)
        for code, label in ACTIONS.items():
            self.filter.addItem(self.tr(label), code)
        flabel = QLabel(self.tr("&Toon"))
        flabel.setBuddy(self.filter)
        top.addWidget(flabel)
        top.addWidget(self.filter)
        self.verify_button = QPushButton(self.tr("&Keten controleren"))
        top.addWidget(self.verify_button)
        layout.addLayout(top)
        intro = QLabel(self.tr(
            "Elke keer dat iemand gegevens aanmaakt, wijzigt, verwijdert, exporteert of "
            "ontgrendelt, staat hier: wanneer, wie, welk record en welke velden. De inhoud "
            "staat er nooit in. Elke regel is met een hash aan de vorige gekoppeld, zodat een "
            "veranderde of verwijderde regel opvalt."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.result = QLabel()
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)
        self.model = AuditModel(session.safety, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.more = QPushButton(self.tr("&Meer laden"))
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.more)
        layout.addLayout(bottom)
        self.more.clicked.connect(self._more)
        self.filter.currentIndexChanged.connect(lambda _i: self._reload())
        self.verify_button.clicked.connect(self.verify)
        self._reload()
        follow(self, nav.events, self._on_change)

    def _on_change(self, _change) -> None:
        # Every operation writes audit entries: keep the count current (the rows stay as
        # they are until the consultant asks again, so the list does not jump).
        self._count()

    def _reload(self) -> None:
        self.model.reload(self.filter.currentData())
        self._after()

    def _more(self) -> None:
        self.model.fetch()
        self._after()

    def _after(self) -> None:
        self.table.resizeColumnsToContents()
        self.more.setEnabled(self.model.more)
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("%1 van %2 regels getoond")
                           .replace("%1", str(len(self.model.rows)))
                           .replace("%2", str(self.session.safety.audit_count())))

    def verify(self):
        """Check the hash chain through the session and show the outcome."""
        result = self.session.safety.verify_audit()
        if result.ok:
            text = self.tr("In orde: %1 regels gecontroleerd, de keten is compleet en ongewijzigd.")
            self.result.setObjectName("hint")
        else:
            text = self.tr("NIET in orde (%1 regels gelezen): ") + "; ".join(result.problems)
            self.result.setObjectName("error")
        self.result.setText(text.replace("%1", str(result.entries)))
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.show()
        return result
