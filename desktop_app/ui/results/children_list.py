"""Which of the family's children a deployment is for: check boxes of the youths, saved at
once through session.results.set_deployment_children. With none chosen the help names no
child, and neither does the provider's letter: the line under the list says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from .common import run_guarded


class ChildrenList(QWidget):
    saved = Signal()

    def __init__(self, area, case_id: int, writer=None, parent: QWidget | None = None):
        """`writer(operation, *args)`: how the owning tab runs its own writes (CaseFollower
        .write: the tab does not re-read what it stored itself)."""
        super().__init__(parent)
        self.area, self.case_id = area, case_id
        self._write = writer or (lambda operation, *args: operation(*args))
        self.deployment_id: int | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.list = QListWidget()
        self.list.setObjectName("deploymentChildren")
        self.list.setAccessibleName(self.tr("Voor welk kind"))
        self.list.setFixedHeight(72)
        self.list.itemChanged.connect(self._save)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        self.setFocusProxy(self.list)  # the form label's buddy

    def focus_widget(self) -> QListWidget:
        return self.list

    def load(self, deployment_id: int) -> None:
        self._loading = True
        try:
            self.deployment_id = deployment_id
            chosen = set(self.area.deployment_children(deployment_id))
            self.list.clear()
            youths = [p for p in self.area.members(self.case_id) if p.role == "jeugdige"]
            for p in youths:
                born = p.birth_date.strftime("%d-%m-%Y") if p.birth_date else ""
                item = QListWidgetItem(f"{p.full_name} ({born})" if born else p.full_name)
                item.setData(Qt.UserRole, p.id)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if p.id in chosen else Qt.Unchecked)
                self.list.addItem(item)
            self.list.setVisible(bool(youths))
            self._note(bool(chosen), bool(youths))
        finally:
            self._loading = False

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def _note(self, any_chosen: bool, any_youth: bool) -> None:
        if not any_youth:
            text = self.tr("Dit gezin heeft (nog) geen jeugdige. Voeg de kinderen toe bij het "
                           "gezin; de brief aan de aanbieder noemt nu geen kind.")
        elif any_chosen:
            text = self.tr("De brief aan de aanbieder noemt alleen de gekozen kinderen.")
        else:
            text = self.tr("Geen kind gekozen: de brief aan de aanbieder noemt geen kind. Vink "
                           "aan voor wie deze hulp is.")
        self.note.setText(text)

    def _save(self, _item=None) -> None:
        if self._loading or self.deployment_id is None:
            return
        ids = self.chosen()
        ok, _ = run_guarded(self, self.tr("Inzet"), lambda: self._write(
            self.area.set_deployment_children, self.deployment_id, ids))
        if ok:
            self._note(bool(ids), True)
            self.saved.emit()
        else:
            self.load(self.deployment_id)
