"""Shared pieces of the results pages: a list-plus-editor layout, autosaving rows, and
following the session's changes (re-read when another screen changed the case)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.lifecycle import LifecycleError
from ...core.validation import ValidationError, format_date
from ..autosave import FieldSaver, SaveIndicator, flush_all
from ..messages import validation_message
from ..session_bridge import follow

# What the results pages show: a change of one of these kinds to their case is re-read
# ("evaluation": a final evaluation scales help down or up, or ends it).
CASE_KINDS = ("results", "deployments", "catalog", "case", "evaluation")


def lifecycle_message(exc: LifecycleError) -> str:
    return {
        "closed": QCoreApplication.translate(
            "results", "Deze casus is afgesloten. Heropen de casus om iets te veranderen."),
    }.get(exc.code, exc.code)


def run_guarded(parent: QWidget, title: str, operation: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a session operation from a button; a refusal (closed case) or a validation error
    is shown in Dutch and nothing is stored. (ok, result)."""
    try:
        return True, operation()
    except LifecycleError as exc:
        QMessageBox.warning(parent, title, lifecycle_message(exc))
    except ValidationError as exc:
        QMessageBox.warning(parent, title, validation_message(exc.code))
    return False, None


class CaseFollower:
    """Mixin for the widgets of the results pages (put it before the Qt base class).

    `follow_case(events)` listens to the session's changes; a change of one of FOLLOW_KINDS
    to `self.case_id` (any "catalog" change when ANY_CATALOG: names and products) makes the
    widget re-read (`refresh_view`) – at once when it is shown, else when it is shown next.
    The widget's own operations run inside `with self.own():` and are not re-read: the
    widget already shows what it stored (and the editor keeps what is being typed)."""

    FOLLOW_KINDS: tuple[str, ...] = CASE_KINDS
    ANY_CATALOG = False
    case_id: int
    family_id: int | None = None

    def follow_case(self, events) -> None:
        self._own_depth = 0
        self._stale = False
        follow(self, events, self.on_change)

    @contextmanager
    def own(self) -> Iterator[None]:
        self._own_depth += 1
        try:
            yield
        finally:
            self._own_depth -= 1

    def concerns(self, change) -> bool:
        if self.ANY_CATALOG and "catalog" in change.kinds:
            return True
        return change.concerns(family_id=self.family_id, case_id=self.case_id,
                               kinds=self.FOLLOW_KINDS)

    def on_change(self, change) -> None:
        if self._own_depth or not self.concerns(change):
            return
        if self.isVisible():
            self.refresh_view()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh_view()

    def refresh_view(self) -> None:
        raise NotImplementedError

    def write(self, operation: Callable[..., Any], *args) -> Any:
        """A session write made by this widget (its own change). A refusal (closed case)
        becomes ValidationError('closed'), so a FieldSaver shows it under the field and the
        typed text stays."""
        try:
            with self.own():
                return operation(*args)
        except LifecycleError as exc:
            raise ValidationError(exc.code, "") from exc


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def combo(items: list[tuple[str, object]], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    return box


def select_data(box: QComboBox, data) -> None:
    box.setCurrentIndex(max(0, box.findData(data)))


def date_text(day) -> str:
    return format_date(day)


class AutoForm(QFormLayout):
    """Rows that save themselves through FieldSaver; labels are buddies of their fields."""

    def __init__(self, indicator: SaveIndicator):
        super().__init__()
        self.indicator = indicator
        self.widgets: dict[str, QWidget] = {}
        self.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

    def add(self, key: str, label: str, widget: QWidget, save=None) -> QWidget:
        lbl = QLabel(label)
        lbl.setBuddy(widget)
        widget.setObjectName(key)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        err = error_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(err)
        self.addRow(lbl, box)
        if save is not None:
            FieldSaver(widget, save, self.indicator, err)
        self.widgets[key] = widget
        return widget


class ListEditor(QWidget):
    """A list of items on the left, the editor of the selected one on the right."""

    changed = Signal()

    def __init__(self, indicator: SaveIndicator, add_text: str, remove_text: str,
                 empty_text: str, list_name: str, parent=None):
        super().__init__(parent)
        self.indicator = indicator
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(list_name)
        self.list.setAccessibleName(list_name)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{list_name}Add")
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setObjectName(f"{list_name}Remove")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        self.stack = QStackedWidget()
        empty = QLabel(empty_text)
        empty.setObjectName("empty")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignCenter)
        self.empty_label = empty
        self.stack.addWidget(empty)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.stack.addWidget(self.scroll)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout.addWidget(splitter)
        self.current_id: int | None = None
        self.read_only = False
        self.list.currentItemChanged.connect(self._selected)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)

    def set_editor(self, widget: QWidget) -> None:
        self.scroll.setWidget(widget)

    # subclasses: items() -> [(id, text)], create() -> id, delete(id), load(id)
    def items(self) -> list[tuple[int, str]]:
        raise NotImplementedError

    def create(self) -> int:
        raise NotImplementedError

    def delete(self, item_id: int) -> None:
        raise NotImplementedError

    def load(self, item_id: int) -> None:
        raise NotImplementedError

    def reload(self, select: int | None = None) -> None:
        select = self.current_id if select is None else select
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, text in self.items():
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, item_id)
            self.list.addItem(item)
            if item_id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._selected(self.list.currentItem())

    def refresh_label(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        texts = dict(self.items())
        item.setText(texts.get(item.data(Qt.UserRole), item.text()))

    def _selected(self, item) -> None:
        flush_all(self.scroll)
        if item is None:
            self.current_id = None
            self.stack.setCurrentIndex(0)
            self.remove_button.setEnabled(False)
            return
        self.current_id = item.data(Qt.UserRole)
        self.load(self.current_id)
        self.stack.setCurrentIndex(1)
        self.remove_button.setEnabled(not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: everything can be read, nothing changed."""
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and self.current_id is not None)
        if self.scroll.widget() is not None:
            self.scroll.widget().setEnabled(not read_only)
        self.read_only = read_only

    def _add(self) -> None:
        flush_all(self.scroll)
        ok, new_id = run_guarded(self, self.add_button.text().replace("&", ""), self.create)
        if ok and new_id is not None:
            self.reload(select=new_id)
            self.changed.emit()
            self.focus_first()

    def focus_first(self) -> None:
        pass

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.remove_button.text().replace("&", ""),
            self.tr("Weet u zeker dat u '%1' wilt verwijderen?").replace("%1", item.text()[:80]))
        if answer != QMessageBox.Yes:
            return
        ok, _ = run_guarded(self, self.remove_button.text().replace("&", ""),
                            lambda: self.delete(item.data(Qt.UserRole)))
        if ok:
            self.current_id = None
            self.reload()
            self.changed.emit()
