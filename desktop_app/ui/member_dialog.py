"""Dialogs to add a family member and a new family; every field is validated
before anything is stored."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.household import clean_family_field, clean_person_field
from ..core.models import ROLES, Family, Person
from ..core.regions import MUNICIPALITIES
from ..core.validation import ValidationError
from .messages import role_label, validation_message


def geslacht_combo() -> QComboBox:
    """COD046, as JW301 carries it for the client (the export per deployment)."""
    from PySide6.QtCore import QCoreApplication

    combo = QComboBox()
    for code, text in (
            ("0", QCoreApplication.translate("members", "Onbekend")),
            ("1", QCoreApplication.translate("members", "Mannelijk")),
            ("2", QCoreApplication.translate("members", "Vrouwelijk")),
            ("9", QCoreApplication.translate("members", "Niet gespecificeerd"))):
        combo.addItem(text, code)
    return combo


class _ValidatingDialog(QDialog):
    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        lbl = QLabel(label)
        lbl.setBuddy(widget)
        widget.setObjectName(key)
        self.form.addRow(lbl, widget)
        err = QLabel()
        err.setObjectName("error")
        err.setWordWrap(True)
        err.hide()
        self.form.addRow("", err)
        self.errors[key] = err
        self.inputs[key] = widget

    def add_buttons(self, ok_text: str) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        if errors:
            self.inputs[next(iter(errors))].setFocus()
        self.adjustSize()

    def try_accept(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class MemberDialog(_ValidatingDialog):
    def __init__(self, families, family_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.families = families
        self.family_id = family_id
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("Gezinslid toevoegen"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.add_field("role", self.tr("&Rol"), self.role)
        self.first_name = QLineEdit()
        self.add_field("first_name", self.tr("&Voornaam"), self.first_name)
        self.last_name = QLineEdit()
        self.add_field("last_name", self.tr("&Achternaam"), self.last_name)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.add_field("birth_date", self.tr("&Geboortedatum"), self.birth_date)
        self.bsn = QLineEdit()
        self.bsn.setPlaceholderText(self.tr("9 cijfers, mag leeg blijven"))
        self.add_field("bsn", self.tr("&BSN"), self.bsn)
        self.gezag = QCheckBox(self.tr("Heeft &gezag"))
        self.add_field("gezag", "", self.gezag)
        self.geslacht = geslacht_combo()
        self.add_field("geslacht", self.tr("Ge&slacht"), self.geslacht)
        self.add_buttons(self.tr("&Toevoegen"))
        self.setMinimumWidth(480)

    def values(self) -> dict:
        return {
            "role": self.role.currentData(),
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "birth_date": self.birth_date.text(),
            "bsn": self.bsn.text(),
            "gezag": self.gezag.isChecked(),
            "geslacht": self.geslacht.currentData(),
        }

    def try_accept(self) -> None:
        cleaned, errors = {}, {}
        today = date.today()
        for key, value in self.values().items():
            try:
                cleaned[key] = clean_person_field(key, value, today)
            except ValidationError as exc:
                errors[key] = validation_message(exc.code)
        self.show_errors(errors)
        if errors:
            return
        birth = date.fromisoformat(cleaned["birth_date"]) if cleaned["birth_date"] else None
        person = Person(family_id=self.family_id, **{**cleaned, "birth_date": birth})
        self.person_id = self.families.add_person(person)
        self.accept()


class NewFamilyDialog(_ValidatingDialog):
    def __init__(self, families, consultant: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.families = families
        self.consultant = consultant
        self.family_id: int | None = None
        self.setWindowTitle(self.tr("Nieuw gezin"))
        self.family_name = QLineEdit()
        self.add_field("family_name", self.tr("&Gezinsnaam"), self.family_name)
        self.municipality = QComboBox()
        for name in MUNICIPALITIES:
            self.municipality.addItem(name, name)
        self.add_field("municipality", self.tr("Ge&meente"), self.municipality)
        self.street = QLineEdit()
        self.add_field("street", self.tr("&Straat"), self.street)
        self.house_number = QLineEdit()
        self.add_field("house_number", self.tr("&Huisnummer"), self.house_number)
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText("6041 AB")
        self.add_field("postcode", self.tr("&Postcode"), self.postcode)
        self.city = QLineEdit()
        self.add_field("city", self.tr("&Plaats"), self.city)
        self.add_buttons(self.tr("Gezin &aanmaken"))
        self.setMinimumWidth(480)

    def try_accept(self) -> None:
        raw = {
            "family_name": self.family_name.text(),
            "municipality": self.municipality.currentData(),
            "street": self.street.text(),
            "house_number": self.house_number.text(),
            "postcode": self.postcode.text(),
            "city": self.city.text(),
        }
        cleaned, errors = {}, {}
        for key, value in raw.items():
            try:
                cleaned[key] = clean_family_field(key, value)
            except ValidationError as exc:
                errors[key] = validation_message(exc.code)
        self.show_errors(errors)
        if errors:
            return
        self.family_id = self.families.new_family(Family(**cleaned), self.consultant)
        self.accept()
