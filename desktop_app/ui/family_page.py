"""The family page: household, members and cases, every edit autosaved."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
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

from ..core.models import ROLES
from ..core.regions import MUNICIPALITIES
from ..core.validation import format_date
from .autosave import FieldSaver, SaveIndicator
from .member_dialog import MemberDialog, geslacht_combo
from .messages import role_label
from .registry import FAMILY_TABS

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

    def __init__(self, families, indicator: SaveIndicator, parent=None):
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
        form.add("geslacht", self.tr("Ge&slacht"), geslacht_combo(),
                 lambda v: self._save("geslacht", v))
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
        w["geslacht"].blockSignals(True)
        w["geslacht"].setCurrentIndex(max(0, w["geslacht"].findData(p.geslacht)))
        w["geslacht"].blockSignals(False)
        w["phone"].setText(p.phone)
        w["email"].setText(p.email)


class FamilyPage(QWidget):
    back_requested = Signal()

    def __init__(self, window: MainWindow, family_id: int):
        super().__init__()
        self.setObjectName("familyPage")
        self.window_ = window
        self.families = window.session.households
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
        from .case_panel import CasePanel

        self.cases = CasePanel(window.session, window.nav, family_id, indicator=self.indicator)
        self.case_list = self.cases.case_list  # tests and screenshots look for these
        self.case_info = self.cases.case_info
        self.extras = self.cases.extras  # appointments, attachments, documents made
        self.tabs.addTab(self.cases, self.tr("Ca&sus"))
        for tab in sorted(FAMILY_TABS.values(), key=lambda t: t.order):
            self.tabs.addTab(tab.build(window, family_id), tab.label())
        layout.addWidget(self.tabs, 1)
        self.reload_members()
        self.reload_cases()
        if self.cases.current_case_id() is not None and self.member_list.count():
            # The case file is the family's main page; a family without members yet (just
            # registered) opens on its household, where they are added.
            self.tabs.setCurrentWidget(self.cases)
        from .session_bridge import follow

        follow(self, window.events, self._on_change)

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
        # A saved field's member line is read again at the next turn of the event loop,
        # once for a burst of saves, not inside the autosave (issue 17).
        self._stale_members: set[int] = set()
        self._labels_timer = QTimer(self)
        self._labels_timer.setSingleShot(True)
        self._labels_timer.setInterval(0)
        self._labels_timer.timeout.connect(self._refresh_member_labels)
        self.member_editor.changed.connect(self._member_edited)
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

    def _member_edited(self) -> None:
        if self.member_editor.person_id is not None:
            self._stale_members.add(self.member_editor.person_id)
            self._labels_timer.start()

    def _refresh_member_labels(self) -> None:
        stale, self._stale_members = self._stale_members, set()
        for row in range(self.member_list.count()):
            item = self.member_list.item(row)
            if item.data(Qt.UserRole) in stale:
                item.setText(self._member_text(self.families.get_person(item.data(Qt.UserRole))))

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
    def reload_cases(self, select: int | None = None) -> None:
        self.cases.reload(select)

    def current_case_id(self) -> int | None:
        return self.cases.current_case_id()

    def _on_change(self, change) -> None:
        if change.concerns(family_id=self.family_id, kinds=("members",)) and \
                change.operation != "update_person":  # the editor itself made that one
            self.reload_members(select=self._selected_member())
        if change.concerns(family_id=self.family_id, kinds=("family",)) and \
                change.operation != "update_family":
            self.title.setText(self.families.get_family(self.family_id).family_name)

    def _selected_member(self) -> int | None:
        item = self.member_list.currentItem()
        return item.data(Qt.UserRole) if item else None
