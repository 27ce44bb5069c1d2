"""What the boxes share: the Dutch labels of the codes, a form row that saves itself
(ui/autosave.py) and the message when a session operation refuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..autosave import FieldSaver


def appointment_kinds() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"huisbezoek": t("CaseExtras", "Huisbezoek"), "gesprek": t("CaseExtras", "Gesprek"),
            "overleg": t("CaseExtras", "Overleg"), "telefonisch": t("CaseExtras", "Telefonisch"),
            "anders": t("CaseExtras", "Anders")}


def attachment_kinds() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"plan_getekend": t("CaseExtras", "Ondertekend plan"),
            "beschikking": t("CaseExtras", "Beschikking"),
            "toestemming": t("CaseExtras", "Toestemming (scan)"),
            "verslag": t("CaseExtras", "Verslag van een aanbieder"),
            "anders": t("CaseExtras", "Anders")}


def document_kinds() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"plan": t("CaseExtras", "Gezinsplan"),
            "letter_family": t("CaseExtras", "Besluitbrief aan het gezin"),
            "letter_provider": t("CaseExtras", "Besluitbrief aan aanbieder"),
            "evaluation": t("CaseExtras", "Evaluatieverslag"),
            "evaluation_professional": t("CaseExtras", "Evaluatieverslag met bijlage"),
            "access_request": t("CaseExtras", "Inzage-export")}


def size_text(size: int | None) -> str:
    if size is None:
        return "–"
    if size < 1024 * 1024:
        return QCoreApplication.translate("CaseExtras", "%1 kB").replace(
            "%1", str(max(1, round(size / 1024))))
    return QCoreApplication.translate("CaseExtras", "%1 MB").replace(
        "%1", f"{size / 1024 / 1024:.1f}".replace(".", ","))


def made_at_text(stamp: str) -> str:
    """'2026-12-02T10:15:00' → '02-12-2026 10:15'."""
    day, _, clock = stamp.partition("T")
    y, m, d = day.split("-")
    return f"{d}-{m}-{y} {clock[:5]}".strip()


def empty_hint(layout: QVBoxLayout, text: str) -> QLabel:
    """The box's empty-state line (shown while its list is empty, set_empty)."""
    label = QLabel(text)
    label.setObjectName("empty")
    label.setWordWrap(True)
    layout.addWidget(label)
    return label


def closed_hint(layout: QVBoxLayout, text: str) -> QLabel:
    """The line under a box's buttons while its case is closed (what can still be done)."""
    label = QLabel(text)
    label.setObjectName("closedHint")
    label.setWordWrap(True)
    label.hide()
    layout.addWidget(label)
    return label


def show_case_state(box, area) -> bool:
    """A box's add button, empty line (box.empty_texts: open case, closed case) and
    closed-case line for its case's status, asked of `area.changeable` (the lifecycle
    rule); True when the case can still be changed."""
    changeable = box.case_id is not None and area.changeable(box.case_id)
    box.add_button.setEnabled(changeable)
    box.closed.setVisible(box.case_id is not None and not changeable)
    box.empty.setText(box.empty_texts[0 if changeable else 1])
    return changeable


def button_row(layout: QVBoxLayout, buttons: dict[str, str]) -> list[QPushButton]:
    """A row of buttons {object name: text}, left-aligned, added to `layout`."""
    row = QHBoxLayout()
    made = []
    for name, text in buttons.items():
        button = QPushButton(text)
        button.setObjectName(name)
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    layout.addLayout(row)
    return made


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


def add_row(form: QFormLayout, label_text: str, widget: QWidget, save, indicator=None,
            name: str = "") -> FieldSaver:
    """A labelled field (setBuddy) with its error line under it, saving itself."""
    label = QLabel(label_text)
    label.setBuddy(widget)
    if name:
        widget.setObjectName(name)
    err = error_label()
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(err)
    form.addRow(label, box)
    return FieldSaver(widget, save, indicator, err)


def refusal_text(exc: Exception) -> str:
    """A Dutch sentence for what a session operation refused (bad input, closed case)."""
    from ..messages import validation_message

    return validation_message(getattr(exc, "code", "")) or str(exc)


def clear_errors(root: QWidget) -> None:
    """Hide the messages under the fields (another record is shown now)."""
    for label in root.findChildren(QLabel, "error"):
        label.clear()
        label.hide()
    for widget in root.findChildren(QWidget):
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setToolTip("")
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def end_with_stretch(layout: QVBoxLayout) -> None:
    """A stretch after the box's content: used while the list is hidden (empty state), so
    the hint and the buttons stay at the top."""
    layout.addStretch(0)


def set_empty(layout: QVBoxLayout, empty: bool) -> None:
    layout.setStretch(layout.count() - 1, 1 if empty else 0)
