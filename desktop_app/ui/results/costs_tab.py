"""Cost insight: each deployment and the case over the beschikking period, and what
scaling down would save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.costs import format_euro, volume_message
from ...core.validation import ValidationError
from ..i18n import in_ui_lang
from ..messages import validation_message
from .common import CaseFollower, combo, date_text, error_label
from .deployments_tab import cost_text


class CostsTab(CaseFollower, QWidget):
    """Reads only; re-reads when the case's help or the catalogue's tariffs change."""

    FOLLOW_KINDS = ("deployments", "catalog", "evaluation")
    ANY_CATALOG = True  # provider and product names

    def __init__(self, area, case_id: int, events, parent=None):
        super().__init__(parent)
        self.area, self.case_id = area, case_id
        self.family_id = area.get_case(case_id).family_id
        layout = QVBoxLayout(self)
        self.total = QLabel()
        self.total.setObjectName("caseCost")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("costTable")
        self.table.setAccessibleName(self.tr("Kosten per inzet"))
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Zorgaanbieder"),
                                              self.tr("Omvang"), self.tr("Periode"),
                                              self.tr("Geschatte kosten")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for col in (2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nog geen inzet, dus nog geen kosten."))
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.empty)

        box = QGroupBox(self.tr("Afschalen: wat levert het op?"))
        form = QFormLayout(box)
        self.deployment = combo([], "savingDeployment")
        self.new_amount = QLineEdit()
        self.new_amount.setObjectName("savingAmount")
        self.from_date = QLineEdit()
        self.from_date.setObjectName("savingFrom")
        self.from_date.setPlaceholderText(self.tr("dd-mm-jjjj"))
        for text, widget in ((self.tr("&Inzet"), self.deployment),
                             (self.tr("&Nieuwe omvang"), self.new_amount),
                             (self.tr("&Vanaf"), self.from_date)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        self.saving = QLabel()
        self.saving.setObjectName("savingResult")
        self.saving.setWordWrap(True)
        form.addRow("", self.saving)
        self.error = error_label()
        form.addRow("", self.error)
        layout.addWidget(box)
        for signal in (self.new_amount.textChanged, self.from_date.textChanged,
                       self.deployment.currentIndexChanged):
            signal.connect(self.update_saving)
        self.refresh()
        self.follow_case(events)

    def refresh_view(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        deployments = self.area.deployments_for_case(self.case_id)
        self.table.setRowCount(len(deployments))
        for row, d in enumerate(deployments):
            period = f"{date_text(d.start) or '?'} – {date_text(d.end) or '?'}"
            values = [d.product_name or "–", d.provider_name or "–", in_ui_lang(volume_message(d.volume)),
                      period, cost_text(d.cost)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 4:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        total = self.area.case_cost(self.case_id)
        text = self.tr("Geschatte kosten van deze casus over de beschikkingsperiode: %1") \
            .replace("%1", format_euro(total.cents))
        if total.unknown:
            text += "\n" + self.tr("Van %1 inzet(ten) zijn de kosten onbekend; die tellen niet mee.") \
                .replace("%1", str(total.unknown))
        self.total.setText(text)
        self.table.setVisible(bool(deployments))
        self.empty.setVisible(not deployments)
        current = self.deployment.currentData()
        self.deployment.blockSignals(True)
        self.deployment.clear()
        for d in deployments:
            self.deployment.addItem(f"{d.product_name or '–'} · {in_ui_lang(volume_message(d.volume))}", d.id)
        self.deployment.setCurrentIndex(max(0, self.deployment.findData(current)))
        self.deployment.blockSignals(False)
        self.update_saving()

    def update_saving(self) -> None:
        self.error.hide()
        dep_id = self.deployment.currentData()
        if dep_id is None or not self.new_amount.text().strip() or not self.from_date.text().strip():
            self.saving.setText(self.tr("Vul een lagere omvang en een datum in om te zien wat "
                                        "afschalen scheelt."))
            return
        try:
            saving = self.area.saving(dep_id, self.new_amount.text(), self.from_date.text())
        except ValidationError as exc:
            self.saving.setText("")
            self.error.setText(validation_message(exc.code))
            self.error.show()
            return
        if saving.cents is None:
            self.saving.setText(self.tr("De besparing is niet te berekenen."))
        else:
            self.saving.setText(self.tr("Afschalen scheelt %1 tot het einde van de beschikking.")
                                .replace("%1", format_euro(saving.cents)))
