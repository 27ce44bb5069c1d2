"""The case's attachments: a signed plan, a beschikking, a scanned consent, stored in the
encrypted database (at most 25 MB each). Opening one writes a copy to the app's private
temporary folder for the system's viewer; the copy goes when the app locks or closes
(and at the next start after a crash)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...core.lifecycle import LifecycleError
from ...core.validation import ValidationError
from ..session_bridge import follow
from .common import (
    add_row,
    attachment_kinds,
    button_row,
    clear_errors,
    closed_hint,
    empty_hint,
    end_with_stretch,
    error_label,
    made_at_text,
    refusal_text,
    set_empty,
    show_case_state,
    size_text,
)

WATCHED = ("attachments", "case")


class AttachmentsBox(QGroupBox):
    def __init__(self, session, case_id: int | None, events, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentsBox")
        self.setTitle(self.tr("Bijlagen"))
        self.session = session
        self.case_id: int | None = None
        self.current_id: int | None = None
        self._saving = False
        self._changeable = False
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setWordWrap(True)  # long places and names wrap instead of scrolling
        self.list.setAccessibleName(self.tr("Bijlagen van de casus"))
        self.list.setMinimumHeight(90)
        layout.addWidget(self.list, 1)
        self.empty_texts = (self.tr(
            "Nog geen bijlagen. Voeg bijvoorbeeld het ondertekende plan, een beschikking of een "
            "gescande toestemming toe (hoogstens 25 MB per bestand)."),
            self.tr("Deze casus heeft geen bijlagen."))  # open, closed
        self.empty = empty_hint(layout, self.empty_texts[0])
        self.add_button, self.open_button, self.remove_button = button_row(layout, {
            "addAttachment": self.tr("Bij&lage toevoegen…"),
            "openAttachment": self.tr("Op&enen"),
            "removeAttachment": self.tr("Verwijde&ren…")})
        self.closed = closed_hint(layout, self.tr(
            "De casus is afgesloten: de bijlagen blijven te openen. Toevoegen, veranderen of "
            "verwijderen kan weer als de casus heropend is."))
        self.error = error_label()
        layout.addWidget(self.error)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for code, label in attachment_kinds().items():
            self.kind.addItem(label, code)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("bijvoorbeeld: beschikking Roerdal 2027"))
        add_row(form, self.tr("S&oort"), self.kind, lambda v: self._save("kind", v),
                name="attachmentKind")
        add_row(form, self.tr("Omschri&jving"), self.title_edit, lambda v: self._save("title", v),
                name="attachmentTitle")
        layout.addWidget(self.editor)
        self.list.currentItemChanged.connect(lambda item, _old: self._select(item))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.add_button.clicked.connect(self._choose_file)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self._confirm_remove)
        end_with_stretch(layout)
        self._layout = layout
        follow(self, events, self._on_change)
        self.set_case(case_id)

    def set_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.case_id, self.current_id = case_id, None
        self.reload()

    def _on_change(self, change) -> None:
        if self.case_id is None or "destroyed" in change.kinds:
            return
        if change.concerns(case_id=self.case_id, kinds=WATCHED):
            if self._saving and change.operation == "update_attachment":
                self._retitle()
            else:
                self.reload()

    def _text(self, a) -> str:
        kind = attachment_kinds().get(a.kind, a.kind)
        parts = [kind] + ([a.title] if a.title else []) + [
            a.file_name, size_text(a.size), made_at_text(a.added_at)]
        return " · ".join(parts)

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        rows = self.session.attachments.of_case(self.case_id) if self.case_id else []
        select = None
        for a in rows:
            item = QListWidgetItem(self._text(a))
            item.setData(Qt.UserRole, a.id)
            self.list.addItem(item)
            if a.id == self.current_id:
                select = item
        if select is None and rows:
            select = self.list.item(0)
        self.list.setCurrentItem(select)
        self.list.blockSignals(False)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        set_empty(self._layout, not rows)
        self._changeable = show_case_state(self, self.session.attachments)
        self._select(select)

    def _retitle(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._text(self.session.attachments.get(item.data(Qt.UserRole))))

    def _select(self, item) -> None:
        from ..autosave import flush_all

        if self.current_id is not None and (item is None or item.data(Qt.UserRole) != self.current_id):
            flush_all(self.editor)
        self.current_id = item.data(Qt.UserRole) if item is not None else None
        has = self.current_id is not None
        self.editor.setVisible(has)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and self._changeable)
        self.editor.setEnabled(self._changeable)
        if has:
            clear_errors(self.editor)
            a = self.session.attachments.get(self.current_id)
            self.kind.setCurrentIndex(max(0, self.kind.findData(a.kind)))
            self.title_edit.setText(a.title)

    def _save(self, field: str, value):
        self._saving = True
        try:
            return self.session.attachments.update(self.current_id, field, value)
        finally:
            self._saving = False

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Bijlage kiezen"), "",
            self.tr("Documenten en scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;"
                    "Alle bestanden (*)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path, kind: str = "anders") -> int | None:
        """Store the file; a file over 25 MB (or a closed case) is refused with a message
        above the list and nothing is stored."""
        try:
            new_id = self.session.attachments.add(self.case_id, path, kind)
        except (ValidationError, LifecycleError) as exc:
            self._show_error(refusal_text(exc))
            return None
        except OSError:
            self._show_error(self.tr("Dit bestand kan niet worden gelezen. Er is niets bewaard."))
            return None
        self._show_error("")
        self.current_id = new_id
        self.reload()
        self.kind.setFocus()
        return new_id

    def open_current(self) -> Path | None:
        from .printing import open_external

        if self.current_id is None:
            return None
        try:
            path = self.session.attachments.open_copy(self.current_id)
        except OSError:
            self._show_error(self.tr("De bijlage kon niet worden klaargezet om te openen: is de "
                                     "schijf vol?"))
            return None
        if not open_external(path):
            self._show_error(self.tr("Er is geen programma gevonden dat dit bestand opent."))
        return path

    def _confirm_remove(self) -> None:
        if self.current_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Bijlage verwijderen"), self.tr(
            "Deze bijlage wordt uit de database verwijderd. Het oorspronkelijke bestand op uw "
            "computer (als dat er nog is) blijft staan. Doorgaan?"))
        if answer == QMessageBox.Yes:
            self.remove_current()

    def remove_current(self) -> None:
        try:
            self.session.attachments.remove(self.current_id)
        except LifecycleError as exc:
            self._show_error(refusal_text(exc))
