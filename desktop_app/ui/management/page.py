"""Managementrapportage: the figures per municipality and period for a team leader and the
municipality (issue 16), as the table that may leave the CJG (small counts '< 5'), with
'Exporteren…' for the PDF (charts) and the CSV.

The figures are read on a second connection in the thread pool (session.management's
reader), so the GUI thread stays free on a large caseload; the files are written there too,
and the export is recorded afterwards on the GUI thread. The period and municipality are a
question to the report, not case data: nothing here is saved."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.disclosure import compact
from ..export_dialog import ask_export
from ..session_bridge import follow
from ..tasks import run_task

log = logging.getLogger(__name__)
WATCHED = ("case", "evaluation", "decision", "deployments", "catalog", "all")
REFRESH_DELAY_MS = 600


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ManagementPage(QWidget):
    back_requested = Signal()
    loaded = Signal()  # the figures were read (tests, screenshots)
    exported = Signal(list)  # the files written

    def __init__(self, session, nav, today: date | None = None):
        super().__init__()
        self.setObjectName("managementPage")
        self.session = session
        self.nav = nav
        self.today = today or date.today()
        self.data = None
        self.table_data = None
        self._generation = 0
        self._reader = session.management.reader()
        reader = self._reader
        self.destroyed.connect(lambda *_a: reader.close())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(self.tr("Managementrapportage"))
        title.setObjectName("title")
        header.addWidget(title, 1)
        self.caseload_button = QPushButton(self.tr("&Caseload (Ctrl+1)"))
        self.caseload_button.clicked.connect(self.back_requested)
        header.addWidget(self.caseload_button)
        layout.addLayout(header)
        intro = QLabel(self.tr(
            "Cijfers per gemeente en periode voor de teamleider en de gemeente. Er staan geen "
            "namen of BSN's in; aantallen onder 5 staan als '< 5'."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        controls = QGridLayout()
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.start_edit.setDate(_qdate(date(self.today.year, 1, 1)))
        self.end_edit.setDate(_qdate(self.today))
        self.municipality = QComboBox()
        self.municipality.addItem(self.tr("Alle gemeenten"), None)
        for name in session.management.municipalities():
            self.municipality.addItem(name, name)
        for column, (text, widget) in enumerate((
                (self.tr("&Van"), self.start_edit), (self.tr("&Tot en met"), self.end_edit),
                (self.tr("&Gemeente"), self.municipality))):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label, 0, column)
            controls.addWidget(widget, 1, column)
        self.refresh_button = QPushButton(self.tr("&Bijwerken"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Exporteren (PDF en CSV)…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        controls.addWidget(self.refresh_button, 1, 3)
        controls.addWidget(self.export_button, 1, 4)
        controls.setColumnStretch(5, 1)
        layout.addLayout(controls)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.table = QTableWidget()
        self.table.setObjectName("managementTable")
        self.table.setAccessibleName(self.tr("Cijfers per gemeente"))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nog geen casussen: er is niets te tellen."))
        self.empty.setObjectName("hint")
        self.empty.setVisible(False)
        layout.addWidget(self.empty, 1, Qt.AlignTop)  # takes the table's room when shown
        follow(self, nav.events, self._on_change)
        self.refresh()

    # -- reading ------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return _day(self.start_edit), _day(self.end_edit)

    def refresh(self) -> None:
        start, end = self.period()
        if end < start:
            self.status.setText(self.tr("De periode eindigt voor ze begint. Kies een "
                                        "einddatum op of na de begindatum."))
            return
        self._generation += 1
        generation, reader = self._generation, self._reader
        municipality = self.municipality.currentData()
        self.status.setText(self.tr("De cijfers worden geteld…"))
        self.refresh_button.setEnabled(False)
        run_task(self, lambda _p: reader.load(start, end, municipality),
                 lambda result: self._loaded(generation, result), self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.warning("management report not read (%s)", type(exc).__name__)
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("De cijfers konden niet worden gelezen. Probeer het "
                                    "opnieuw."))

    def _loaded(self, generation: int, result) -> None:
        if generation != self._generation or result is None:
            return
        self.refresh_button.setEnabled(True)
        self.data, self.table_data = result
        self.show_table(self.table_data, empty=not self.data.municipalities)
        start, end = self.period()
        self.status.setText(self.tr("Periode %1 tot en met %2. Gemaakt op %3.")
                            .replace("%1", f"{start:%d-%m-%Y}").replace("%2", f"{end:%d-%m-%Y}")
                            .replace("%3", f"{self.data.made_on:%d-%m-%Y}"))
        self.export_button.setEnabled(bool(self.data.municipalities))
        self.loaded.emit()

    def labels(self) -> dict[str, str]:
        """The page's own words for the fixed rows and sections (core's Dutch stays in the
        PDF and CSV); category names are the iJw list's and stay as they are."""
        return {
            "Casussen": self.tr("Casussen"),
            "Coördinatie en opvolging": self.tr("Coördinatie en opvolging"),
            "Inzet": self.tr("Inzet"), "Uitkomsten": self.tr("Uitkomsten"),
            "new": self.tr("Nieuwe casussen"),
            "running": self.tr("Lopende casussen (op de laatste dag)"),
            "closed": self.tr("Afgesloten casussen"),
            "overdue": self.tr("Evaluatie te laat (op %1)"),
            "decided": self.tr("Casussen met een besluit over coördinatie"),
            "coordinated": self.tr("Met coördinatie en opvolging door het CJG"),
            "level": self.tr("Niveau: %1"),
            "deployments": self.tr("Inzet in de periode (trajecten)"),
            "cost": self.tr("Geschatte kosten van die inzet (hele beschikking)"),
            "cost_unknown": self.tr("Kosten niet te schatten (trajecten)"),
            "scale_downs": self.tr("Afgeschaald in de periode (keer)"),
            "saved": self.tr("Bespaard door afschalen"),
            "ended": self.tr("Trajecten beëindigd in de periode"),
            "uitval": self.tr("1. Uitval (voortijdig, eenzijdig beëindigd)"),
            "useful": self.tr("2. Tevreden over het nut van de hulp"),
            "without_help": self.tr("3.1 Verder zonder hulp"),
            "no_new_start": self.tr("3.2 Geen nieuwe start kort daarna"),
            "goals": self.tr("3.4 Doelen bereikt (deels telt half)"),
            "geen": self.tr("geen"), "standaard": self.tr("standaard"),
            "intensief": self.tr("intensief"),
        }

    def row_label(self, key: str, label: str, words: dict[str, str]) -> str:
        if key == "overdue":
            return words["overdue"].replace("%1", f"{self.data.reference:%d-%m-%Y}")
        if key.startswith("level_"):
            level = label.removeprefix("Niveau: ")
            return words["level"].replace("%1", words.get(level, level))
        return words.get(key, label)

    def show_table(self, table, empty: bool = False) -> None:
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        self.table.clear()
        self.table.setColumnCount(1 + len(table.columns))
        columns = list(table.columns)
        if table.has_total:
            columns[-1] = self.tr("Alle gemeenten")
        self.table.setHorizontalHeaderLabels([self.tr("Cijfer"), *columns])
        words = self.labels()
        rows = []
        section = None
        for row in table.rows:
            if row[0] != section:
                section = row[0]
                rows.append((words.get(section, section), None))
            rows.append((self.row_label(row[1], row[2], words), row[3]))
        self.table.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, (label, cells) in enumerate(rows):
            item = QTableWidgetItem(label)
            item.setToolTip(label)
            if cells is None:
                item.setFont(bold)
                self.table.setSpan(r, 0, 1, 1 + len(table.columns))
            self.table.setItem(r, 0, item)
            for c, text in enumerate(cells or ()):
                cell = QTableWidgetItem(compact(text))
                cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if table.has_total and c == len(cells) - 1:
                    cell.setFont(bold)
                self.table.setItem(r, c + 1, cell)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for c in range(1 + len(table.columns)):
            header.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        # The labels give way first (whole in their tooltip), then a scroll bar.
        widest = header.sectionSize(0)
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        self.table.setColumnWidth(0, min(widest, max(180, self.width() // 4)))

    def _on_change(self, change) -> None:
        if change.concerns(kinds=WATCHED) and self.isVisible():
            self._timer.start()

    # -- export ---------------------------------------------------------------------------
    def export(self) -> None:
        data = self.data
        if data is None:
            return
        choice = ask_export(self.nav.widget, self.nav.settings,
                            self.tr("Managementrapportage exporteren"),
                            self.tr("De PDF (met grafieken) en de CSV komen in deze map. Een "
                                    "wachtwoord beveiligt de PDF; de CSV heeft er geen. In "
                                    "beide staan geen persoonsgegevens."))
        if choice is None:
            return
        area = self.session.management
        targets = [choice.folder / area.file_name(data, kind) for kind in ("pdf", "csv")]

        def write(_progress):
            return [area.write(data, targets[0], choice.password), area.write(data, targets[1])]

        def done(paths) -> None:
            area.record_export(data, ["pdf", "csv"], protected=bool(choice.password))
            self.status.setText(self.tr("Geschreven: %1").replace(
                "%1", ", ".join(p.name for p in paths)))
            self.exported.emit(paths)

        def failed(exc: BaseException) -> None:
            log.warning("management report not written (%s)", type(exc).__name__)
            QMessageBox.warning(self, self.tr("Managementrapportage"),
                                self.tr("Het bestand kon niet worden geschreven. Kies een "
                                        "andere map of maak ruimte vrij."))

        run_task(self, write, done, failed, label=self.tr("De rapportage wordt gemaakt…"))
