"""Step 1: the household, its members and who has gezag."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..member_dialog import MemberDialog
from ..messages import role_label
from .base import StepPage, hint


class HouseholdStep(StepPage):
    key = "household"

    def __init__(self, ctx):
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Wie horen bij het gezin?"))
        heading.setObjectName("stepTitle")
        layout.addWidget(heading)
        layout.addWidget(hint(self.tr(
            "Controleer samen wie er in het gezin horen. Vink aan wie gezag heeft: die ouder of "
            "verzorger beslist mee over het kind en geeft toestemming voor een kind onder de 16. "
            "Namen, geboortedata en BSN wijzigt u op de gezinspagina.")))
        self.address = QLabel()
        self.address.setWordWrap(True)
        layout.addWidget(self.address)
        members_label = QLabel(self.tr("&Gezinsleden (spatiebalk: gezag aan of uit)"))
        self.members = QListWidget()
        self.members.setObjectName("members")
        self.members.setAccessibleName(self.tr("Gezinsleden en gezag"))
        members_label.setBuddy(self.members)
        self.members.itemChanged.connect(self._gezag_changed)
        layout.addWidget(members_label)
        layout.addWidget(self.members, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Gezinslid &toevoegen…"))
        self.add_button.setObjectName("addMember")
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def title(self) -> str:
        return self.tr("Gezin en gezag")

    def enter(self) -> None:
        family = self.ctx.households.get_family(self.ctx.family_id)
        parts = [f"{family.street} {family.house_number}".strip(), f"{family.postcode} {family.city}".strip(),
                 family.municipality]
        self.address.setText(self.tr("Gezin %1 · %2").replace("%1", family.family_name)
                             .replace("%2", ", ".join(p for p in parts if p) or "–"))
        self.members.blockSignals(True)
        current = self.members.currentRow()
        self.members.clear()
        today = date.today()
        for p in family.members:
            age = p.age_on(today)
            text = p.full_name + " · " + role_label(p.role)
            if age is not None:
                text += " · " + self.tr("%1 jaar").replace("%1", str(age))
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, p.id)
            item.setData(Qt.UserRole + 1, text)
            if p.role != "jeugdige":
                item.setText(self._with_gezag(text, p.gezag))
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if p.gezag else Qt.Unchecked)
                item.setToolTip(self.tr("Heeft gezag"))
            self.members.addItem(item)
        self.members.setCurrentRow(max(0, min(current, self.members.count() - 1)))
        self.members.blockSignals(False)

    def _with_gezag(self, text: str, gezag: bool) -> str:
        return text + " · " + (self.tr("heeft gezag") if gezag else self.tr("geen gezag"))

    def _gezag_changed(self, item: QListWidgetItem) -> None:
        gezag = item.checkState() == Qt.Checked
        self.ctx.households.update_person(item.data(Qt.UserRole), "gezag", gezag)
        self.members.blockSignals(True)
        item.setText(self._with_gezag(item.data(Qt.UserRole + 1), gezag))
        self.members.blockSignals(False)
        self.ctx.indicator.saved()

    def _add(self) -> None:
        dialog = MemberDialog(self.ctx.households, self.ctx.family_id, self)
        if dialog.exec() and dialog.person_id:
            self.enter()

    def focus_first(self) -> None:
        self.members.setFocus()
