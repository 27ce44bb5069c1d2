"""The regional catalog: providers, products and contracts, with tariffs; import.

The import is the session's operation (`session.results.import_catalog_csv`): it re-estimates
every deployment, and open results pages, the costs tab and the family page show the new
tariffs at once. The page itself re-reads after any catalogue change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import codelists
from ...core.costs import Tariff, format_euro
from ...core.messages import msg
from ...core.regions import REGIONS
from ..i18n import in_ui_lang
from ..session_bridge import follow


class CatalogPage(QWidget):
    back_requested = Signal()

    def __init__(self, session, nav):
        super().__init__()
        self.setObjectName("catalogPage")
        self.area = session.results
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("← &Terug"))
        self.back.setObjectName("back")
        self.back.setAccessibleName(self.tr("Terug"))
        self.back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Catalogus: aanbieders, producten en contracten"))
        title.setObjectName("title")
        header.addWidget(self.back)
        header.addWidget(title, 1)
        self.import_button = QPushButton(self.tr("CSV &inlezen…"))
        self.import_button.setObjectName("importCatalog")
        self.import_button.clicked.connect(self.import_csv)
        header.addWidget(self.import_button)
        layout.addLayout(header)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setPlaceholderText(self.tr("Zoek op aanbieder, AGB-code, product of productcode"))
        self.search.setAccessibleName(self.tr("Zoeken in de catalogus"))
        search_label = QLabel(self.tr("&Zoeken"))
        search_label.setBuddy(self.search)
        self.region = QComboBox()
        self.region.setObjectName("catalogRegion")
        self.region.addItem(self.tr("Beide regio's"), None)
        for region in REGIONS:
            self.region.addItem(region, region)
        region_label = QLabel(self.tr("&Regio"))
        region_label.setBuddy(self.region)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(region_label)
        bar.addWidget(self.region, 1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("catalogTable")
        self.table.setAccessibleName(self.tr("Contracten"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Zorgaanbieder"), self.tr("AGB-code"), self.tr("Product"),
            self.tr("Categorie (JZ020)"), self.tr("Regio"), self.tr("Tarief"),
            self.tr("Indexatie"), self.tr("Tarief %1").replace("%1", str(date.today().year))])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header_view = self.table.horizontalHeader()
        for col in range(8):
            mode = QHeaderView.Stretch if col in (0, 2, 3) else QHeaderView.ResizeToContents
            header_view.setSectionResizeMode(col, mode)
        header_view.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr(
            "De catalogus is leeg. Kies hierboven 'CSV inlezen…' en kies het bestand met de "
            "contracten van de regio (in Excel opgeslagen als 'CSV UTF-8' of 'CSV (gescheiden "
            "door lijstscheidingsteken)'). De eerste regel noemt de kolommen: "
            "aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;regio;tarief;"
            "tariefjaar;indexatie – en naar keuze het adres van de aanbieder. Alles staat in de "
            "handleiding (F1), onder 'De catalogus van de regio'."))
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.count = QLabel()
        self.count.setObjectName("muted")
        layout.addWidget(self.count)
        self.search.textChanged.connect(self.refresh)
        self.region.currentIndexChanged.connect(self.refresh)
        self.refresh()
        follow(self, nav.events, self._on_change)

    def _on_change(self, change) -> None:
        if "catalog" in change.kinds or "all" in change.kinds:
            self.refresh()

    def refresh(self) -> None:
        rows = self.area.contracts(self.search.text(), self.region.currentData())
        year = date.today().year
        self.table.setRowCount(len(rows))
        units = codelists.units()
        for r, c in enumerate(rows):
            unit = in_ui_lang(msg("unit", code=c.unit)) if c.unit in units else c.unit
            now_cents = Tariff(c.tariff_cents, c.unit, c.tariff_year, c.indexation).cents_in(year)
            values = [c.provider_name, c.provider_code, f"{c.product_code} · {c.product_name}",
                      codelists.label("jz020", c.category), c.region,
                      self.tr("%1 per %2 (%3)").replace("%1", format_euro(c.tariff_cents))
                      .replace("%2", unit).replace("%3", str(c.tariff_year)),
                      f"{str(c.indexation).replace('.', ',')} %",
                      format_euro(now_cents)]
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.count.setText(self.tr("1 contract") if len(rows) == 1 else
                           self.tr("%1 contracten").replace("%1", str(len(rows))))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.table.resizeRowsToContents()  # wrapped names need the real column widths

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Catalogus inlezen"), "",
                                              self.tr("CSV-bestanden (*.csv)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        data = self.area.read_catalog_file(path)  # a FIFO or device is refused
        if isinstance(data, str):
            QMessageBox.warning(self, self.tr("Catalogus niet ingelezen"),
                                self.tr("Het bestand kan niet worden gelezen.") + "\n" + data)
            return False
        outcome = self.area.import_catalog_csv(data)
        errors = outcome.errors
        if outcome.summary is None:
            shown = "\n".join(str(e) for e in errors[:15])
            more = len(errors) - 15
            if more > 0:
                shown += "\n" + (self.tr("… en nog 1 fout.") if more == 1 else
                                 self.tr("… en nog %1 fouten.").replace("%1", str(more)))
            QMessageBox.warning(self, self.tr("Catalogus niet ingelezen"),
                                self.tr("Er is niets ingelezen. Verbeter deze fouten:") + "\n\n" + shown)
            return False
        summary = outcome.summary
        encoding = {"utf-8-sig": self.tr("UTF-8 met BOM"), "utf-8": "UTF-8",
                    "cp1252": "Windows-1252"}.get(outcome.encoding, outcome.encoding)
        text = (self.tr("Gelezen als %1, gescheiden door %2.").replace("%1", encoding)
                .replace("%2", outcome.delimiter) + "\n")
        text += (self.tr("%1 aanbieders, %2 producten, %3 nieuwe en %4 bijgewerkte contracten.")
                .replace("%1", str(summary.providers)).replace("%2", str(summary.products))
                .replace("%3", str(summary.contracts_new))
                .replace("%4", str(summary.contracts_updated)))
        if outcome.cases:
            text += "\n" + (self.tr("De geschatte kosten van 1 casus zijn opnieuw berekend.")
                            if len(outcome.cases) == 1 else
                            self.tr("De geschatte kosten van %1 casussen zijn opnieuw "
                                    "berekend.").replace("%1", str(len(outcome.cases))))
        if outcome.warnings:
            text += "\n\n" + self.tr("Ingelezen, maar let op:") + "\n" + "\n".join(
                str(w) for w in outcome.warnings[:15])
        QMessageBox.information(self, self.tr("Catalogus ingelezen"), text)
        return True
