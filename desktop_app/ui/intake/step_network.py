"""Step 2: the network map (ecogram): the picture above, the editable list below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.intake import NetworkContact
from ..autosave import flush_all
from ..i18n import language
from .base import AutoForm, StepPage, hint, set_combo, set_text
from .network_view import NetworkMapDialog, NetworkPicture


class NetworkStep(StepPage):
    key = "network"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.contact_id: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Wie staan om het gezin heen? Denk aan familie, vrienden, buren, school en hulpverleners. "
            "Geef aan wat iemand voor het gezin doet: P praktische steun, G gezelschap, "
            "A advies en informatie, E emotionele steun.")))
        splitter = QSplitter(Qt.Vertical)
        splitter.setChildrenCollapsible(False)
        self.picture = NetworkPicture()
        splitter.addWidget(self.picture)

        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Mensen in het netwerk"))
        self.list = QListWidget()
        self.list.setObjectName("contacts")
        self.list.setAccessibleName(self.tr("Mensen in het netwerk"))
        list_label.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._selected)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Persoon &toevoegen"))
        self.add_button.setObjectName("addContact")
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button = QPushButton(self.tr("Weg&halen"))
        self.remove_button.setObjectName("removeContact")
        self.remove_button.setAccessibleName(self.tr("Persoon van de kaart weghalen"))
        self.remove_button.clicked.connect(self._remove)
        self.big_button = QPushButton(self.tr("Kaart &groot"))
        self.big_button.setObjectName("bigMap")
        self.big_button.setAccessibleName(self.tr("De netwerkkaart groot tonen"))
        self.big_button.clicked.connect(self._big)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.big_button)
        left.addLayout(buttons)
        row.addLayout(left, 1)

        self.editor_stack = QStackedWidget()
        empty = QLabel(self.tr("Kies iemand in de lijst, of voeg iemand toe."))
        empty.setObjectName("empty")
        empty.setWordWrap(True)
        self.editor_stack.addWidget(empty)
        editor = QWidget()
        form = AutoForm(ctx.indicator)
        self.form = form
        group = QComboBox()
        for g in ctx.form.network_groups:
            group.addItem(g.in_lang("label", language()), g.key)
        form.add("group", self.tr("Gr&oep"), group, lambda v: self._save("group", v))
        form.add("name", self.tr("N&aam"), QLineEdit(), lambda v: self._save("name", v))
        form.add("relation", self.tr("&Wie is het voor het gezin"), QLineEdit(),
                 lambda v: self._save("relation", v))
        ties = QWidget()
        grid = QGridLayout(ties)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tie_boxes: dict[str, QCheckBox] = {}
        for i, tie in enumerate(ctx.form.ties):
            box = QCheckBox(f"{tie.code} – {tie.in_lang('label', language()).lower()}")
            box.setObjectName(f"tie_{tie.code}")
            box.toggled.connect(self._ties_toggled)
            grid.addWidget(box, i // 2, i % 2)
            self.tie_boxes[tie.code] = box
        ties_label = QLabel(self.tr("Wat doet deze persoon"))
        ties_label.setBuddy(next(iter(self.tie_boxes.values())))
        form.addRow(ties_label, ties)
        formal = QCheckBox(self.tr("&Beroepsmatig contact (formeel)"))
        form.add("formal", "", formal, lambda v: self._save("formal", v))
        form.add("phone", self.tr("Tele&foon"), QLineEdit(), lambda v: self._save("phone", v))
        form.add("email", self.tr("&E-mail"), QLineEdit(), lambda v: self._save("email", v))
        editor.setLayout(form)
        self.editor_stack.addWidget(editor)
        row.addWidget(self.editor_stack, 1)
        splitter.addWidget(lower)
        splitter.setSizes([320, 380])
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Netwerkkaart")

    # -- data -----------------------------------------------------------------------
    def _groups(self) -> list[tuple[str, str]]:
        return [(g.key, g.in_lang("label", language())) for g in self.ctx.form.network_groups]

    def enter(self) -> None:
        self.reload(select=self.contact_id)

    def reload(self, select: int | None = None) -> None:
        contacts = self.ctx.intake.contacts(self.ctx.case_id)
        order = [k for k, _ in self._groups()]
        contacts.sort(key=lambda c: (order.index(c.group) if c.group in order else len(order), c.id))
        family = self.ctx.households.get_family(self.ctx.family_id)
        self.picture.set_data(family.family_name, self._groups(), contacts, select)
        self.list.blockSignals(True)
        self.list.clear()
        for c in contacts:
            item = QListWidgetItem(self._item_text(c))
            item.setToolTip(item.text())
            item.setData(Qt.UserRole, c.id)
            self.list.addItem(item)
            if c.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._selected(self.list.currentItem())

    def _item_text(self, c: NetworkContact) -> str:
        parts = [c.name, self.ctx.form.group_label(c.group, language())]
        if c.relation:
            parts.insert(1, c.relation)
        if c.ties:
            parts.append(c.ties)
        if c.formal:
            parts.append(self.tr("formeel"))
        return " · ".join(parts)

    def _selected(self, item) -> None:
        flush_all(self.editor_stack)
        if item is None:
            self.contact_id = None
            self.editor_stack.setCurrentIndex(0)
            self.remove_button.setEnabled(False)
            return
        self.contact_id = item.data(Qt.UserRole)
        c = self.ctx.intake.get_contact(self.contact_id)
        w = self.form.widgets
        set_combo(w["group"], c.group)
        set_text(w["name"], c.name)
        set_text(w["relation"], c.relation)
        set_text(w["phone"], c.phone)
        set_text(w["email"], c.email)
        w["formal"].blockSignals(True)
        w["formal"].setChecked(c.formal)
        w["formal"].blockSignals(False)
        for code, box in self.tie_boxes.items():
            box.blockSignals(True)
            box.setChecked(code in c.ties)
            box.blockSignals(False)
        self.editor_stack.setCurrentIndex(1)
        self.remove_button.setEnabled(True)
        self.picture.selected_id = self.contact_id
        self.picture.update()

    def _save(self, field: str, value):
        if self.contact_id is None:
            return value
        cleaned = self.ctx.intake.update_contact(self.contact_id, field, value)
        self._refresh_current()
        return cleaned

    def _ties_toggled(self, _checked: bool) -> None:
        if self.contact_id is None:
            return
        ties = "".join(code for code, box in self.tie_boxes.items() if box.isChecked())
        contact_id = self.contact_id
        if self.ctx.run(lambda: self.ctx.intake.update_contact(contact_id, "ties", ties)) is None:
            return
        self.ctx.indicator.saved()
        self._refresh_current()

    def _refresh_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._item_text(self.ctx.intake.get_contact(item.data(Qt.UserRole))))
        contacts = self.ctx.intake.contacts(self.ctx.case_id)
        family = self.ctx.households.get_family(self.ctx.family_id)
        self.picture.set_data(family.family_name, self._groups(), contacts, self.contact_id)

    # -- actions ---------------------------------------------------------------------------
    def add_contact(self) -> None:
        flush_all(self.editor_stack)
        group = self.form.widgets["group"].currentData() if self.contact_id else None
        group = group or self.ctx.form.network_groups[0].key
        formal = next(g.formal for g in self.ctx.form.network_groups if g.key == group)
        new_id = self.ctx.run(lambda: self.ctx.intake.add_contact(NetworkContact(
            case_id=self.ctx.case_id, group=group, name=self.tr("Nieuwe persoon"), formal=formal)))
        if new_id is None:
            return
        self.reload(select=new_id)
        name = self.form.widgets["name"]
        name.setFocus()
        name.selectAll()

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Weghalen"),
            self.tr("%1 van de netwerkkaart weghalen?").replace("%1", item.text().split(" · ")[0]))
        if answer == QMessageBox.Yes:
            contact_id = item.data(Qt.UserRole)
            if self.ctx.run(lambda: self.ctx.intake.delete_contact(contact_id) or True) is None:
                return
            self.contact_id = None
            self.reload()

    def _big(self) -> NetworkMapDialog:
        family = self.ctx.households.get_family(self.ctx.family_id)
        dialog = NetworkMapDialog(family.family_name, self._groups(),
                                  self.ctx.intake.contacts(self.ctx.case_id), self)
        dialog.open()
        return dialog

    def focus_first(self) -> None:
        self.list.setFocus()
