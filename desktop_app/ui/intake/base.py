"""Shared pieces of the intake wizard pages: the context every step gets, a
step base class, and form rows that autosave with a label tied to the field.

Mnemonics: the wizard itself uses Alt+V (vorige), Alt+N (volgende), Alt+S
(sluiten) and Alt+K (samen kijken); step pages avoid those letters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.form_intake import IntakeForm
from ...core.lifecycle import LifecycleError
from ...core.validation import ValidationError
from ..autosave import FieldSaver, SaveIndicator
from ..messages import validation_message

if TYPE_CHECKING:
    from ...session import Session
    from ...session.households import Households
    from ...session.intake import IntakeArea
    from ..session_bridge import Navigator


def lifecycle_message(code: str) -> str:
    return {
        "closed": QCoreApplication.translate(
            "intake", "Deze casus is afgesloten. Heropen de casus om iets te veranderen."),
    }.get(code, code)


@dataclass
class WizardContext:
    """What every step gets: the session's areas for reads and operations, the case, the
    form and the shared save indicator. `refused` shows why an operation was refused."""

    session: Session
    nav: Navigator
    case_id: int
    family_id: int
    form: IntakeForm
    indicator: SaveIndicator
    refused: Callable[[str], None] = field(default=lambda _text: None)

    @property
    def intake(self) -> IntakeArea:
        return self.session.intake

    @property
    def households(self) -> Households:
        return self.session.households

    def run(self, operation: Callable[[], Any]) -> Any:
        """Run an operation a button asked for; a refusal (closed case, bad value) is
        shown, not raised. Returns None when refused."""
        try:
            return operation()
        except LifecycleError as exc:
            self.refused(lifecycle_message(exc.code))
        except ValidationError as exc:
            self.refused(validation_message(exc.code))
        self.indicator.failed()
        return None


class IntakeFieldSaver(FieldSaver):
    """A FieldSaver that also shows a refusal of the case's lifecycle (a closed case)
    under the field; the typed text stays, and is saved once the case is reopened."""

    def flush(self) -> bool:
        try:
            return super().flush()
        except LifecycleError as exc:
            self._show_error(lifecycle_message(exc.code))
            if self.indicator:
                self.indicator.failed()
            return False


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
        self.savers: dict[str, IntakeFieldSaver] = {}
        self.labels: dict[str, QLabel] = {}
        self.labels_above = labels_above
        self.setRowWrapPolicy(QFormLayout.WrapAllRows if labels_above else QFormLayout.WrapLongRows)

    def add(self, key: str, label: str, widget: QWidget, save: Callable[[Any], Any],
            help_text: str = "") -> QWidget:
        lbl = QLabel(label)
        # Above a field a label has the full width; wrapping would break it up early. Beside
        # it, only a long label wraps: QLabel wraps a short one at an arbitrary width and the
        # form row (as high as its field) then clips the second line ('Regisseur is').
        lbl.setWordWrap(not self.labels_above and len(label.replace("&", "")) > 24)
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
        self.savers[key] = IntakeFieldSaver(widget, save, self.indicator, err)
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
