"""The family page: household, members and cases, every edit autosaved."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.models import CASE_STATUSES, ROLES
from ..core.regions import MUNICIPALITIES
from ..core.validation import format_date
from ..store.families import Families
from .autosave import FieldSaver, SaveIndicator
from .member_dialog import MemberDialog
from .messages import role_label, status_label
from .registry import CASE_ACTIONS, FAMILY_TABS

if TYPE_CHECKING:
    from .main_window import MainWindow


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


class _AutoForm(QFormLayout):
    """A form whose rows save themselves."""

    def __init__(self, indicator: SaveIndicator):
        super().__init__()
        self.indicator = indicator
        self.widgets: dict[str, QWidget] = {}

    def add(self, key: str, label: str, widget: QWidget, save) -> QWidget:
        lbl = QLabel(label)
        lbl.setBuddy(widget)
        widget.setObjectName(key)
        err = _error_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(err)
        self.addRow(lbl, box)
        FieldSaver(widget, save, self.indicator, err)
        self.widgets[key] = widget
        return widget


class MemberEditor(QWidget):
    changed = Signal()

    def __init__(self, families: Families, indicator: SaveIndicator, parent=None):
        super().__init__(parent)
        self.families = families
        self.person_id: int | None = None
        form = _AutoForm(indicator)
        self.form = form
        role = QComboBox()
        for r in ROLES:
            role.addItem(role_label(r), r)
        form.add("role", self.tr("Ro&l"), role, lambda v: self._save("role", v))
        form.add("first_name", self.tr("&Voornaam"), QLineEdit(), lambda v: self._save("first_name", v))
        form.add("last_name", self.tr("&Achternaam"), QLineEdit(), lambda v: self._save("last_name", v))
        bd = QLineEdit()
        bd.setPlaceholderText(self.tr("dd-mm-jjjj"))
        form.add("birth_date", self.tr("Ge&boortedatum"), bd, lambda v: self._save("birth_date", v))
        bsn = QLineEdit()
        bsn.setPlaceholderText(self.tr("9 cijfers"))
        form.add("bsn", self.tr("BS&N"), bsn, lambda v: self._save("bsn", v))
        form.add("gezag", "", QCheckBox(self.tr("Heeft ge&zag")), lambda v: self._save("gezag", v))
        form.add("phone", self.tr("&Telefoon"), QLineEdit(), lambda v: self._save("phone", v))
        form.add("email", self.tr("&E-mail"), QLineEdit(), lambda v: self._save("email", v))
        self.setLayout(form)

    def _save(self, field: str, value):
        cleaned = self.families.update_person(self.person_id, field, value)
        self.changed.emit()
        return cleaned

    def load(self, person_id: int) -> None:
        from .autosave import flush_all

        flush_all(self)
        self.person_id = person_id
        p = self.families.get_person(person_id)
        w = self.form.widgets
        w["role"].setCurrentIndex(max(0, w["role"].findData(p.role)))
        w["first_name"].setText(p.first_name)
        w["last_name"].setText(p.last_name)
        w["birth_date"].setText(format_date(p.birth_date))
        w["bsn"].setText(p.bsn or "")
        w["gezag"].blockSignals(True)
        w["gezag"].setChecked(p.gezag)
        w["gezag"].blockSignals(False)
        w["phone"].setText(p.phone)
        w["email"].setText(p.email)


class FamilyPage(QWidget):
    back_requested = Signal()

    def __init__(self, window: MainWindow, family_id: int):
        super().__init__()
        self.setObjectName("familyPage")
        self.window_ = window
        self.families: Families = window.families
        self.family_id = family_id
        family = self.families.get_family(family_id)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back = QPushButton(self.tr("← &Caseload"))
        self.back.setObjectName("back")
        self.back.setAccessibleName(self.tr("Terug naar de caseload"))
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel(family.family_name)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.indicator = SaveIndicator()
        header.addWidget(self.back)
        header.addWidget(self.title, 1)
        header.addWidget(self.indicator)
        layout.addLayout(header)
        QShortcut(QKeySequence(Qt.ALT | Qt.Key_Left), self, activated=self.back_requested.emit)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("familyTabs")
        self.tabs.addTab(self._household_tab(family), self.tr("&Huishouden"))
        self.tabs.addTab(self._cases_tab(), self.tr("Ca&sussen"))
        for tab in sorted(FAMILY_TABS.values(), key=lambda t: t.order):
            self.tabs.addTab(tab.build(window, family_id), tab.label())
        layout.addWidget(self.tabs, 1)
        self.reload_members()
        self.reload_cases()

    # -- household -----------------------------------------------------------
    def _household_tab(self, family) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        box = QGroupBox(self.tr("Gezin"))
        form = _AutoForm(self.indicator)

        def saver(field):
            def save(value):
                cleaned = self.families.update_family(self.family_id, field, value)
                if field == "family_name":
                    self.title.setText(cleaned)
                return cleaned
            return save

        form.add("family_name", self.tr("&Gezinsnaam"), QLineEdit(family.family_name), saver("family_name"))
        form.add("street", self.tr("St&raat"), QLineEdit(family.street), saver("street"))
        form.add("house_number", self.tr("Huis&nummer"), QLineEdit(family.house_number), saver("house_number"))
        form.add("postcode", self.tr("&Postcode"), QLineEdit(family.postcode), saver("postcode"))
        form.add("city", self.tr("Pl&aats"), QLineEdit(family.city), saver("city"))
        muni = QComboBox()
        muni.addItem("", "")
        for name in MUNICIPALITIES:
            muni.addItem(name, name)
        muni.setCurrentIndex(max(0, muni.findData(family.municipality)))
        form.add("municipality", self.tr("Ge&meente"), muni, saver("municipality"))
        form.add("phone", self.tr("&Telefoon"), QLineEdit(family.phone), saver("phone"))
        form.add("email", self.tr("&E-mail"), QLineEdit(family.email), saver("email"))
        box.setLayout(form)
        row.addWidget(box, 1)

        members_box = QGroupBox(self.tr("Gezinsleden"))
        mlayout = QVBoxLayout(members_box)
        self.member_list = QListWidget()
        self.member_list.setObjectName("memberList")
        self.member_list.setAccessibleName(self.tr("Gezinsleden"))
        self.member_list.setSelectionMode(QAbstractItemView.SingleSelection)
        mlayout.addWidget(self.member_list, 1)
        buttons = QHBoxLayout()
        self.add_member = QPushButton(self.tr("Lid &toevoegen"))
        self.add_member.setObjectName("addMember")
        self.remove_member = QPushButton(self.tr("Lid &verwijderen"))
        self.remove_member.setObjectName("removeMember")
        buttons.addWidget(self.add_member)
        buttons.addWidget(self.remove_member)
        buttons.addStretch(1)
        mlayout.addLayout(buttons)
        self.editor_stack = QStackedWidget()
        empty = QLabel(self.tr("Kies een gezinslid om de gegevens te zien en te wijzigen."))
        empty.setObjectName("empty")
        empty.setWordWrap(True)
        self.member_editor = MemberEditor(self.families, self.indicator)
        self.member_editor.changed.connect(self._refresh_member_labels)
        self.editor_stack.addWidget(empty)
        self.editor_stack.addWidget(self.member_editor)
        mlayout.addWidget(self.editor_stack)
        row.addWidget(members_box, 1)

        self.member_list.currentItemChanged.connect(self._member_selected)
        self.add_member.clicked.connect(self._add_member)
        self.remove_member.clicked.connect(self._remove_member)
        return page

    def _member_text(self, p) -> str:
        age = p.age_on(date.today())
        parts = [p.full_name, role_label(p.role)]
        if age is not None:
            parts.append(self.tr("%1 jaar").replace("%1", str(age)))
        if p.gezag:
            parts.append(self.tr("gezag"))
        return " · ".join(parts)

    def reload_members(self, select: int | None = None) -> None:
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for p in self.families.members(self.family_id):
            item = QListWidgetItem(self._member_text(p))
            item.setData(Qt.UserRole, p.id)
            self.member_list.addItem(item)
            if p.id == select:
                self.member_list.setCurrentItem(item)
        self.member_list.blockSignals(False)
        self._member_selected(self.member_list.currentItem())

    def _refresh_member_labels(self) -> None:
        current = self.member_list.currentItem()
        if current is not None:
            current.setText(self._member_text(self.families.get_person(current.data(Qt.UserRole))))

    def _member_selected(self, item) -> None:
        if item is None:
            self.editor_stack.setCurrentIndex(0)
            self.remove_member.setEnabled(False)
            return
        self.member_editor.load(item.data(Qt.UserRole))
        self.editor_stack.setCurrentIndex(1)
        self.remove_member.setEnabled(True)

    def _add_member(self) -> None:
        dialog = MemberDialog(self.families, self.family_id, self)
        if dialog.exec() and dialog.person_id:
            self.reload_members(select=dialog.person_id)

    def _remove_member(self) -> None:
        item = self.member_list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Gezinslid verwijderen"),
            self.tr("Weet u zeker dat u %1 wilt verwijderen?").replace("%1", item.text().split(" · ")[0]),
        )
        if answer == QMessageBox.Yes:
            self.families.delete_person(item.data(Qt.UserRole))
            self.reload_members()

    # -- cases ---------------------------------------------------------------
    def _cases_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.case_list = QListWidget()
        self.case_list.setObjectName("caseList")
        self.case_list.setAccessibleName(self.tr("Casussen"))
        layout.addWidget(self.case_list, 1)
        detail = QVBoxLayout()
        form = QFormLayout()
        self.case_status = QComboBox()
        self.case_status.setObjectName("caseStatus")
        for s in CASE_STATUSES:
            self.case_status.addItem(status_label(s), s)
        status_lbl = QLabel(self.tr("S&tatus"))
        status_lbl.setBuddy(self.case_status)
        form.addRow(status_lbl, self.case_status)
        self.case_info = QLabel()
        self.case_info.setWordWrap(True)
        form.addRow(self.case_info)
        detail.addLayout(form)
        self.actions_box = QVBoxLayout()
        detail.addLayout(self.actions_box)
        detail.addStretch(1)
        layout.addLayout(detail, 1)
        FieldSaver(self.case_status, self._save_status, self.indicator)
        self.case_list.currentItemChanged.connect(self._case_selected)
        return page

    def _save_status(self, value):
        item = self.case_list.currentItem()
        if item is None:
            return value
        cleaned = self.families.update_case(item.data(Qt.UserRole), "status", value)
        self.reload_cases(select=item.data(Qt.UserRole))
        return cleaned

    def reload_cases(self, select: int | None = None) -> None:
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for c in self.families.cases_of(self.family_id):
            item = QListWidgetItem(f"{c.case_number} · {status_label(c.status)} · {c.municipality}")
            item.setData(Qt.UserRole, c.id)
            self.case_list.addItem(item)
            if c.id == select or (select is None and self.case_list.count() == 1):
                self.case_list.setCurrentItem(item)
        self.case_list.blockSignals(False)
        self._case_selected(self.case_list.currentItem())

    def current_case_id(self) -> int | None:
        item = self.case_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _case_selected(self, item) -> None:
        while self.actions_box.count():
            w = self.actions_box.takeAt(0).widget()
            if w:
                w.deleteLater()
        if item is None:
            self.case_info.setText(self.tr("Dit gezin heeft nog geen casus."))
            self.case_status.setEnabled(False)
            return
        self.case_status.setEnabled(True)
        c = self.families.get_case(item.data(Qt.UserRole))
        self.case_status.setCurrentIndex(max(0, self.case_status.findData(c.status)))
        coordination = {None: self.tr("nog niet besloten"), True: self.tr("ja"), False: self.tr("nee")}
        lines = [
            self.tr("Casusnummer: %1").replace("%1", c.case_number),
            self.tr("Gemeente: %1 (%2)").replace("%1", c.municipality).replace("%2", c.region),
            self.tr("Consulent: %1").replace("%1", c.consultant or "–"),
            self.tr("Start: %1").replace("%1", format_date(c.start_date) or "–"),
            self.tr("Einde: %1").replace("%1", format_date(c.end_date) or "–"),
            self.tr("Coördinatie en opvolging door CJG: %1").replace("%1", coordination[c.coordination]),
            self.tr("Volgende evaluatie: %1").replace("%1", format_date(c.next_evaluation) or "–"),
        ]
        if c.estimated_cost is not None:
            from ..core.costs import format_euro

            lines.append(self.tr("Geschatte kosten inzet: %1").replace("%1", format_euro(c.estimated_cost)))
        self.case_info.setText("\n".join(lines))
        for action in sorted(CASE_ACTIONS.values(), key=lambda a: a.order):
            button = QPushButton(action.label())
            button.setObjectName(f"caseAction_{action.key}")
            button.clicked.connect(lambda _=False, a=action, cid=c.id: self.window_.open_case_action(a, cid))
            self.actions_box.addWidget(button)
