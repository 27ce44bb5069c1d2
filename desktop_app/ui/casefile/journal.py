"""The journal: the contact moments of a case (home visit, call, meeting, e-mail), each with
its date and time, who took part, the consultant's notes and the mark 'mag met het gezin
gedeeld worden'. Every field saves itself (ui/autosave.py) through session.casefile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.journal import KINDS
from ...core.lifecycle import LifecycleError
from ...core.validation import format_date
from ..autosave import FieldSaver, SaveIndicator, flush_all
from ..messages import validation_message
from .texts import journal_kind_label


def entry_text(entry) -> str:
    """The list line: when, what, the first words; '· gedeeld' when the family may see it."""
    when = f"{format_date(entry.happened_at.date())} {entry.happened_at:%H:%M}"
    first = " ".join(entry.notes.split())[:60]
    text = f"{when} · {journal_kind_label(entry.kind)}"
    if first:
        text += f" · {first}"
    if entry.shareable:
        text += " · " + QCoreApplication.translate("CaseFile", "gedeeld met het gezin")
    return text


class JournalEditor(QWidget):
    """One entry's fields, each autosaved."""

    def __init__(self, session, indicator: SaveIndicator, on_saved, parent=None):
        super().__init__(parent)
        self.session = session
        self.entry_id: int | None = None
        self._on_saved = on_saved
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("journalKind")
        for key in KINDS:
            self.kind.addItem(journal_kind_label(key), key)
        self.date = QLineEdit()
        self.date.setObjectName("journalDate")
        self.date.setPlaceholderText(QCoreApplication.translate("CaseFile", "dd-mm-jjjj"))
        self.time = QLineEdit()
        self.time.setObjectName("journalTime")
        self.time.setPlaceholderText(QCoreApplication.translate("CaseFile", "uu:mm"))
        self.participants = QLineEdit()
        self.participants.setObjectName("journalParticipants")
        self.participants.setPlaceholderText(QCoreApplication.translate(
            "CaseFile", "bijvoorbeeld moeder, Zoë, de mentor van school"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("journalNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(QCoreApplication.translate(
            "CaseFile", "Wat er besproken is, in uw eigen woorden."))
        self.shareable = QCheckBox(QCoreApplication.translate(
            "CaseFile", "Mag met het gezin &gedeeld worden"))
        self.shareable.setObjectName("journalShareable")
        self.shareable.setToolTip(QCoreApplication.translate(
            "CaseFile", "Alleen gedeelde aantekeningen staan bij 'Samen kijken'."))
        rows = (
            (QCoreApplication.translate("CaseFile", "Soo&rt contact"), self.kind, "kind"),
            (QCoreApplication.translate("CaseFile", "&Datum"), self.date, "date"),
            (QCoreApplication.translate("CaseFile", "&Tijd"), self.time, "time"),
            (QCoreApplication.translate("CaseFile", "&Wie waren erbij"), self.participants, "participants"),
            (QCoreApplication.translate("CaseFile", "&Aantekeningen"), self.notes, "notes"),
            ("", self.shareable, "shareable"),
        )
        for text, widget, field in rows:
            error = QLabel()
            error.setObjectName("error")
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget, 1 if widget is self.notes else 0)
            box.addWidget(error)
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                form.addRow(label, box)
            else:
                form.addRow(box)
            FieldSaver(widget, self._saver(field), indicator, error)

    def _saver(self, field: str):
        def save(value):
            cleaned = self.session.casefile.update_entry(self.entry_id, field, value)
            self._on_saved(self.entry_id)
            if field == "date":
                return format_date(cleaned)
            if field == "time":
                return cleaned.strftime("%H:%M")
            return cleaned
        return save

    def load(self, entry_id: int) -> None:
        flush_all(self)
        self.entry_id = entry_id
        e = self.session.casefile.get_entry(entry_id)
        for widget in (self.kind, self.shareable, self.notes):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)))
        self.date.setText(format_date(e.happened_at.date()))
        self.time.setText(e.happened_at.strftime("%H:%M"))
        self.participants.setText(e.participants)
        self.notes.setPlainText(e.notes)
        self.shareable.setChecked(e.shareable)
        for widget in (self.kind, self.shareable, self.notes):
            widget.blockSignals(False)


class JournalView(QWidget):
    def __init__(self, session, nav, indicator: SaveIndicator, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("journalView")
        self.session = session
        self.nav = nav
        self.case_id: int | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("CaseFile", "&Nieuw contactmoment"))
        self.add_button.setObjectName("addJournalEntry")
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QPushButton(QCoreApplication.translate("CaseFile", "Contactmoment &verwijderen…"))
        self.remove_button.setObjectName("removeJournalEntry")
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.CTRL | Qt.Key_J), self, activated=self.add_entry)

        split = QSplitter(Qt.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("journalList")
        self.list.setAccessibleName(QCoreApplication.translate("CaseFile", "Contactmomenten"))
        self.list.setWordWrap(True)
        split.addWidget(self.list)
        self.stack = QStackedWidget()
        empty = QLabel(QCoreApplication.translate(
            "CaseFile", "Nog geen contactmomenten. Kies 'Nieuw contactmoment' (Ctrl+J) na een "
            "huisbezoek, telefoontje of overleg."))
        empty.setObjectName("empty")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.editor = JournalEditor(session, indicator, self._saved)
        self.stack.addWidget(empty)
        self.stack.addWidget(self.editor)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.list.currentItemChanged.connect(lambda item, _old: self._selected(item))

    # -- data ------------------------------------------------------------------------------
    def show_case(self, case_id: int | None, select: int | None = None) -> None:
        if case_id != self.case_id:
            flush_all(self)
        self.case_id = case_id
        self.add_button.setEnabled(case_id is not None)
        self.list.blockSignals(True)
        self.list.clear()
        entries = self.session.casefile.entries(case_id) if case_id is not None else []
        for e in entries:
            item = QListWidgetItem(entry_text(e))
            item.setData(Qt.UserRole, e.id)
            self.list.addItem(item)
            if e.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._selected(self.list.currentItem())

    def current_entry_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _selected(self, item) -> None:
        self.remove_button.setEnabled(item is not None)
        if item is None:
            self.stack.setCurrentIndex(0)
            return
        if item.data(Qt.UserRole) != self.editor.entry_id or self.stack.currentIndex() == 0:
            self.editor.load(item.data(Qt.UserRole))
        self.stack.setCurrentIndex(1)

    def _saved(self, entry_id: int) -> None:
        """The editor saved a field: the list line follows, the list keeps its place."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.UserRole) == entry_id:
                item.setText(entry_text(self.session.casefile.get_entry(entry_id)))

    def add_entry(self) -> int | None:
        if self.case_id is None:
            return None
        flush_all(self)
        try:
            entry_id = self.session.casefile.add_entry(self.case_id)
        except LifecycleError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("CaseFile", "Logboek"),
                                validation_message(exc.code))
            return None
        self.show_case(self.case_id, select=entry_id)
        self.editor.notes.setFocus()
        return entry_id

    def _remove(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        answer = QMessageBox.question(
            self, QCoreApplication.translate("CaseFile", "Contactmoment verwijderen"),
            QCoreApplication.translate("CaseFile", "Weet u zeker dat u dit contactmoment wilt verwijderen?"))
        if answer == QMessageBox.Yes:
            flush_all(self)  # what was typed last is saved, then the entry goes as a whole
            self.editor.entry_id = None
            self.session.casefile.delete_entry(entry_id)
            self.show_case(self.case_id)
