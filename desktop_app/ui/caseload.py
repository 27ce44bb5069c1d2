"""The caseload: every family, searched as you type, filtered, fetched lazily.

The model never holds more rows than the consultant has scrolled to: it loads
a page of 200, then the next on `fetchMore`, by keyset (last name, id) so a
deep scroll costs as much as the first page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.costs import format_euro
from ..core.models import CASE_STATUSES
from ..core.regions import MUNICIPALITIES
from ..core.validation import format_date
from .caseload_counter import BackgroundCounter  # noqa: F401 - re-exported (ui/start.py)
from .messages import status_label

PAGE = 200

# Looked up once: PySide6's short enum names (Qt.DisplayRole) cost ~25 µs per access
# (its "forgiveness mode"), and data() runs for every visible cell and every role.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_USER = Qt.ItemDataRole.UserRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_HORIZONTAL = Qt.Orientation.Horizontal
_HANDLED = frozenset({_DISPLAY, _FOREGROUND, _TOOLTIP, _USER, _ALIGN})
COUNT_DELAY_MS = 250  # a background count starts when typing pauses this long


class CaseloadModel(QAbstractTableModel):
    # Emitted when a background count has set `total` (see BackgroundCounter).
    counted = Signal()

    COLUMNS = ("family_name", "youths", "municipality", "case_status", "next_evaluation", "coordination",
               "estimated_cost")

    def __init__(self, families, parent=None):
        super().__init__(parent)
        self.families = families
        self.rows: list[dict] = []
        self.total = 0
        self.text = ""
        self.municipality: str | None = None
        self.status: str | None = None
        self.to_review: tuple[str, ...] | None = None  # regions, when filtering 'te beoordelen'
        self._exhausted = True
        self._today = date.today().isoformat()
        # None: count on the GUI thread; else a BackgroundCounter. `total_exact` is
        # False while a background count is pending (total is then a lower bound).
        self.counter = None
        self.total_exact = True
        self._generation = 0
        # Counting waits for a pause in typing: a worker thread holding the GIL
        # would otherwise delay the next keystroke by up to Python's switch interval.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._request_count)

    def headers(self) -> list[str]:
        return [
            self.tr("Gezin"),
            self.tr("Jeugdigen"),
            self.tr("Gemeente"),
            self.tr("Status"),
            self.tr("Volgende evaluatie"),
            self.tr("Coördinatie"),
            self.tr("Geschatte kosten"),
        ]

    # -- querying ------------------------------------------------------------
    def set_query(self, text: str, municipality: str | None, status: str | None,
                  to_review: tuple[str, ...] | None = None) -> None:
        self.text, self.municipality, self.status = text, municipality, status
        self.to_review = to_review
        self._replace_rows(self.families.page(text, municipality, status, limit=PAGE,
                                              to_review=to_review))
        self._exhausted = len(self.rows) < PAGE
        self._generation += 1
        self.total_exact = self._exhausted or self.counter is None
        if self._exhausted:
            self.total = len(self.rows)
        elif self.counter is None:
            self.total = self.families.count(text, municipality, status, to_review)
        else:
            self.total = len(self.rows)
            self._count_timer.start()

    def _replace_rows(self, rows: list[dict]) -> None:
        """The new page in place of the old, without a model reset: the same rows change
        nothing on screen (typing on in a BSN), others repaint as changed cells and the
        view keeps its scroll bar and header (a reset re-lays out the whole table)."""
        old = len(self.rows)
        if rows == self.rows:
            return
        new, common = len(rows), min(old, len(rows))
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self.rows = self.rows[:new]
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self.rows = self.rows + rows[old:]
            self.endInsertRows()
        self.rows = rows
        if common:
            self.dataChanged.emit(self.index(0, 0), self.index(common - 1, len(self.COLUMNS) - 1))

    def _request_count(self) -> None:
        if not self.total_exact and self.counter is not None:
            self.counter(self._generation, self.text, self.municipality, self.status, self.to_review,
                         self._counted)

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total, self.total_exact = total, True
            self.counted.emit()

    def refresh(self) -> None:
        self.set_query(self.text, self.municipality, self.status, self.to_review)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self.rows:
            return
        last = self.rows[-1]
        more = self.families.page(
            self.text, self.municipality, self.status,
            after=(last["sort_name"], last["id"]), limit=PAGE, to_review=self.to_review,
        )
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == _HORIZONTAL and role == _DISPLAY:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role=_DISPLAY):
        # The view asks ~8 roles per visible cell on every paint; answer the rest at once.
        if role not in _HANDLED or not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == _DISPLAY:
            value = row[key]
            if key == "case_status":
                return status_label(value or "")
            if key == "next_evaluation":
                return format_date(date.fromisoformat(value)) if value else ""
            if key == "coordination":
                return {None: "", 0: self.tr("nee"), 1: self.tr("ja")}.get(value, "")
            if key == "estimated_cost":  # kept on write in families.estimated_cost (cents)
                return "" if value is None else format_euro(value)
            return value or ""
        if role == _ALIGN and key == "estimated_cost":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == _FOREGROUND and key == "next_evaluation":
            value = row[key]
            if value and value < self._today:
                from PySide6.QtGui import QColor

                return QColor("#b3261e")
        if role == _TOOLTIP and key == "next_evaluation":
            value = row[key]
            if value and value < self._today:
                return self.tr("Evaluatie is te laat")
        if role == _USER:
            return row["id"]
        return None

    def family_id(self, row: int) -> int:
        return self.rows[row]["id"]


class CaseloadView(QWidget):
    family_opened = Signal(int)
    new_family_requested = Signal()

    def __init__(self, families, parent: QWidget | None = None, counter=None,
                 review_regions: tuple[str, ...] = ()):
        super().__init__(parent)
        self.setObjectName("caseload")
        # The regions with a coordination policy ('Te beoordelen'), from the session's
        # policies: read once at start, not per filter change.
        self.review_regions = review_regions
        self.model = CaseloadModel(families, self)
        self.model.counter = counter
        self.model.counted.connect(self._show_count)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Zoek op naam, BSN, postcode of casusnummer"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Zoekveld leegmaken"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        search_label = QLabel(self.tr("&Zoeken"))
        search_label.setBuddy(self.search)
        self.municipality = QComboBox()
        self.municipality.setObjectName("municipalityFilter")
        self.municipality.addItem(self.tr("Alle gemeenten"), None)
        for name in MUNICIPALITIES:
            self.municipality.addItem(name, name)
        muni_label = QLabel(self.tr("&Gemeente"))
        muni_label.setBuddy(self.municipality)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Alle statussen"), None)
        for status in CASE_STATUSES:
            self.status.addItem(status_label(status), status)
        status_label_w = QLabel(self.tr("S&tatus"))
        status_label_w.setBuddy(self.status)
        # Coordination (issue 5): open cases still to be judged under the policy.
        self.to_review = QCheckBox(self.tr("Te beoor&delen"))
        self.to_review.setObjectName("toReviewFilter")
        self.to_review.setToolTip(self.tr("Casussen waarover nog een besluit over coördinatie en "
                                          "opvolging nodig is"))
        self.new_button = QPushButton(self.tr("&Nieuw gezin"))
        self.new_button.setObjectName("newFamily")
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(muni_label)
        bar.addWidget(self.municipality, 1)
        bar.addWidget(status_label_w)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.to_review)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("caseloadTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAccessibleName(self.tr("Caseload"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((250, 220, 140, 110, 170, 110)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.count_label)

        # Coalesce bursts of keystrokes into one query per event-loop turn.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._pending.start)
        self.municipality.currentIndexChanged.connect(self._pending.start)
        self.status.currentIndexChanged.connect(self._pending.start)
        self.to_review.toggled.connect(self._pending.start)
        self.table.activated.connect(lambda idx: self.family_opened.emit(self.model.family_id(idx.row())))
        self.new_button.clicked.connect(self.new_family_requested)
        QShortcut(QKeySequence.Find, self, activated=self.focus_search)
        self.search.returnPressed.connect(self._open_first)
        self.apply_filters()
        # Reading ahead for the first broad search, one small step per idle turn.
        self._warm = QTimer(self)
        self._warm.setInterval(0)
        self._warm.timeout.connect(self._warm_step)
        self._warm.start()

    def _warm_step(self) -> None:
        try:
            more = self.model.families.warm_search()
        except Exception:  # noqa: BLE001 - locked or closed meanwhile: reading ahead only
            more = False
        if not more:
            self._warm.stop()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.family_opened.emit(self.model.family_id(0))
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _review_regions(self) -> tuple[str, ...] | None:
        if not self.to_review.isChecked():
            return None
        return self.review_regions

    def apply_filters(self) -> None:
        self.model.set_query(
            self.search.text(), self.municipality.currentData(), self.status.currentData(),
            self._review_regions(),
        )
        total = self.model.total
        self._show_count()
        if total == 0:
            if (self.search.text() or self.municipality.currentData() or self.status.currentData()
                    or self.to_review.isChecked()):
                self.empty_label.setText(self.tr("Geen gezinnen gevonden. Pas de zoekterm of de filters aan."))
            else:
                self.empty_label.setText(
                    self.tr("Nog geen gezinnen. Kies 'Nieuw gezin' om het eerste gezin toe te voegen.")
                )
        self.empty_label.setVisible(total == 0)
        self.table.setVisible(total != 0)

    def _show_count(self) -> None:
        total = self.model.total
        number = f"{total:,}".replace(",", ".")
        if not self.model.total_exact:
            self.count_label.setText(self.tr("%1 of meer gezinnen").replace("%1", number))
        else:
            self.count_label.setText(
                self.tr("%1 gezinnen").replace("%1", number) if total != 1 else self.tr("1 gezin")
            )

    def refresh(self) -> None:
        # The count and the empty state follow too (a family destroyed or handed over).
        self.apply_filters()
