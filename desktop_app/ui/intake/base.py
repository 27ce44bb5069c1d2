"""Shared pieces of the intake wizard pages: the context every step gets, a
step base class, and form rows that autosave with a label tied to the field.

Mnemonics: the wizard itself uses Alt+V (vorige), Alt+N (volgende), Alt+S
(sluiten) and Alt+K (samen kijken); step pages avoid those letters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.form_intake import IntakeForm
from ...store.families import Families
from ...store.intake import IntakeRepository
from ..autosave import FieldSaver, SaveIndicator

if TYPE_CHECKING:
    from ..main_window import MainWindow


@dataclass
class WizardContext:
    window: MainWindow
    case_id: int
    family_id: int
    repo: IntakeRepository
    families: Families
    form: IntakeForm
    indicator: SaveIndicator


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def text_box(min_lines: int = 3, max_lines: int = 0) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on: the keyboard never gets stuck in a text box
    line = box.fontMetrics().lineSpacing()
    box.setMinimumHeight(min_lines * line + 16)
    # Bounded, so a form never pushes its last fields out of sight; long text scrolls inside.
    box.setMaximumHeight((max_lines or max(min_lines + 1, 4)) * line + 16)
    return box


class AutoForm(QFormLayout):
    """Rows whose field saves itself; the label is the field's buddy."""

    def __init__(self, indicator: SaveIndicator, labels_above: bool = False):
        super().__init__()
        self.indicator = indicator
        self.widgets: dict[str, QWidget] = {}
        self.savers: dict[str, FieldSaver] = {}
        self.labels: dict[str, QLabel] = {}
        self.labels_above = labels_above
        self.setRowWrapPolicy(QFormLayout.WrapAllRows if labels_above else QFormLayout.WrapLongRows)

    def add(self, key: str, label: str, widget: QWidget, save: Callable[[Any], Any],
            help_text: str = "") -> QWidget:
        lbl = QLabel(label)
        # Above a field a label has the full width; wrapping would break it up early.
        lbl.setWordWrap(not self.labels_above)
        lbl.setBuddy(widget)
        widget.setObjectName(key)
        widget.setAccessibleName(label.replace("&", ""))
        err = error_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        if help_text:
            box.addWidget(hint(help_text))
        box.addWidget(err)
        self.addRow(lbl, box)
        self.savers[key] = FieldSaver(widget, save, self.indicator, err)
        self.labels[key] = lbl
        self.widgets[key] = widget
        return widget


def set_combo(combo: QComboBox, data: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def set_text(widget: QWidget, text: str) -> None:
    """Fill a field without it counting as an edit (no autosave of loaded data)."""
    widget.blockSignals(True)
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)
    widget.blockSignals(False)


class StepPage(QWidget):
    """One wizard step. `enter()` reloads from the database when the step is shown."""

    key = ""

    def __init__(self, ctx: WizardContext):
        super().__init__()
        self.ctx = ctx
        self.setObjectName(f"step_{self.key.replace(':', '_')}")

    def title(self) -> str:  # pragma: no cover - every step overrides it
        return self.key

    def enter(self) -> None:
        pass

    def focus_first(self) -> None:
        self.focusNextChild()
