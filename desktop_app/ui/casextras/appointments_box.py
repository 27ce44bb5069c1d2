"""The case's appointments: a list (soonest first, cancelled ones marked), a form for the
chosen one whose every field saves itself, 'Nieuwe afspraak', 'Afzeggen' and the calendar
file (.ics). Everything through session.appointments; the box reads again when a change
concerns its case."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.lifecycle import LifecycleError
from ...core.validation import ValidationError, format_date
from ..session_bridge import follow
from .common import (
    add_row,
    appointment_kinds,
    button_row,
    clear_errors,
    closed_hint,
    empty_hint,
    end_with_stretch,
    error_label,
    refusal_text,
    set_empty,
    show_case_state,
)

WATCHED = ("appointments", "case")


class IcsDialog(QDialog):
    """What goes into the calendar file. Neutral by default: the kind and the case number,
    no family name, no place or notes – a calendar may sync to a phone or a cloud."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afspraak naar de agenda"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Een agendabestand (.ics) kan naar uw telefoon of een clouddienst gaan, buiten "
            "de beveiligde database. Zonder vinkjes staat er alleen de soort afspraak, het "
            "casusnummer en de tijd in."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.family_name = QCheckBox(self.tr("&Gezinsnaam in de titel"))
        self.family_name.setObjectName("icsFamilyName")
        self.details = QCheckBox(self.tr("&Plaats, met wie en wat meenemen"))
        self.details.setObjectName("icsDetails")
        layout.addWidget(self.family_name)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Opslaan…"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class AppointmentsBox(QGroupBox):
    def __init__(self, session, case_id: int | None, events, settings=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("appointmentsBox")
        self.setTitle(self.tr("Afspraken"))
        self.session, self.settings = session, settings
        self.case_id: int | None = None
        self.current_id: int | None = None
        self._saving = False
        self._changeable = False
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("appointmentList")
        self.list.setWordWrap(True)  # long places and names wrap instead of scrolling
        self.list.setAccessibleName(self.tr("Afspraken van de casus"))
        self.list.setMinimumHeight(110)
        layout.addWidget(self.list, 1)
        self.empty_texts = (self.tr("Nog geen afspraken. Kies ‘Nieuwe afspraak’ om het "
                                     "volgende huisbezoek of overleg te plannen."),
                             self.tr("Deze casus heeft geen afspraken."))  # open, closed
        self.empty = empty_hint(layout, self.empty_texts[0])
        self.add_button, self.cancel_button, self.ics_button = button_row(layout, {
            "addAppointment": self.tr("&Nieuwe afspraak"),
            "cancelAppointment": self.tr("Af&zeggen"),
            "icsAppointment": self.tr("Naar de a&genda (.ics)…")})
        self.closed = closed_hint(layout, self.tr(
            "De casus is afgesloten: de afspraken blijven te zien en naar de agenda te zetten. "
            "Plannen of veranderen kan weer als de casus heropend is."))
        self.error = error_label()
        layout.addWidget(self.error)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QWidget] = {}
        kind = QComboBox()
        for code, label in appointment_kinds().items():
            kind.addItem(label, code)
        specs = (("kind", self.tr("&Soort"), kind),
                 ("day", self.tr("&Datum"), QLineEdit()),
                 ("start_time", self.tr("&Van"), QLineEdit()),
                 ("end_time", self.tr("&Tot"), QLineEdit()),
                 ("place", self.tr("&Plaats"), QLineEdit()),
                 ("with_whom", self.tr("&Met wie"), QLineEdit()),
                 ("what", self.tr("&Wat"), QLineEdit()))
        for key, label, widget in specs:
            saver = add_row(form, label, widget, lambda v, k=key: self._save(k, v),
                            name=f"appt_{key}")
            self.fields[key] = widget
            if key in ("day", "start_time", "end_time"):  # '9.30' shows as saved: 09:30
                saver.saved.connect(lambda value, w=widget: w.hasFocus() or w.setText(str(value)))
        self.fields["day"].setPlaceholderText(self.tr("dd-mm-jjjj"))
        for key in ("start_time", "end_time"):
            self.fields[key].setPlaceholderText(self.tr("uu:mm"))
        self.fields["place"].setPlaceholderText(self.tr("bijvoorbeeld: thuis, school, CJG"))
        layout.addWidget(self.editor)
        self.list.currentItemChanged.connect(lambda item, _old: self._select(item))
        self.add_button.clicked.connect(self.add)
        self.cancel_button.clicked.connect(self.toggle_cancel)
        self.ics_button.clicked.connect(self._ask_ics)
        end_with_stretch(layout)
        self._layout = layout
        follow(self, events, self._on_change)
        self.set_case(case_id)

    # -- reading ------------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.case_id = case_id
            self.current_id = None
        self.reload()

    def _on_change(self, change) -> None:
        if self.case_id is None or "destroyed" in change.kinds:
            return
        if change.concerns(case_id=self.case_id, kinds=WATCHED):
            if self._saving and change.operation == "update_appointment":
                self._retitle()  # this form made it: keep the fields as typed
            else:
                self.reload()

    def _text(self, a) -> str:
        kind = appointment_kinds().get(a.kind, a.kind)
        text = f"{format_date(a.day)} {a.starts_at:%H:%M}–{a.ends_at:%H:%M} · {kind}"
        extra = " · ".join(p for p in (a.place, a.with_whom, a.what) if p)
        if extra:
            text += " · " + extra
        if a.cancelled:
            text = self.tr("%1 (afgezegd)").replace("%1", text)
        return text

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        rows = self.session.appointments.of_case(self.case_id) if self.case_id else []
        select = None
        for a in rows:
            item = QListWidgetItem(self._text(a))
            item.setData(Qt.UserRole, a.id)
            if a.cancelled:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.list.addItem(item)
            if a.id == self.current_id:
                select = item
        if select is None and rows:
            upcoming = [i for i, a in enumerate(rows) if not a.cancelled and a.day >= date.today()]
            select = self.list.item(upcoming[0] if upcoming else len(rows) - 1)
        self.list.setCurrentItem(select)
        self.list.blockSignals(False)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        set_empty(self._layout, not rows)
        self._changeable = show_case_state(self, self.session.appointments)
        self._select(select)

    def _retitle(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._text(self.session.appointments.get(item.data(Qt.UserRole))))

    def _select(self, item) -> None:
        from ..autosave import flush_all

        if self.current_id is not None and (item is None or item.data(Qt.UserRole) != self.current_id):
            flush_all(self.editor)  # what was typed in the previous one is kept
        self.current_id = item.data(Qt.UserRole) if item is not None else None
        has = self.current_id is not None
        self.editor.setVisible(has)
        self.cancel_button.setEnabled(has and self._changeable)
        self.ics_button.setEnabled(has)
        if not has:
            return
        clear_errors(self.editor)
        a = self.session.appointments.get(self.current_id)
        f = self.fields
        f["kind"].setCurrentIndex(max(0, f["kind"].findData(a.kind)))
        f["day"].setText(format_date(a.day))
        f["start_time"].setText(f"{a.starts_at:%H:%M}")
        f["end_time"].setText(f"{a.ends_at:%H:%M}")
        for key in ("place", "with_whom", "what"):
            f[key].setText(getattr(a, key))
        for widget in f.values():
            widget.setEnabled(self._changeable and not a.cancelled)
        self.cancel_button.setText(self.tr("Afspraak &terugzetten") if a.cancelled
                                   else self.tr("Af&zeggen"))

    # -- changing -------------------------------------------------------------------------
    def _save(self, field: str, value):
        if self.current_id is None:
            return value
        self._saving = True
        try:
            cleaned = self.session.appointments.update(self.current_id, field, value)
        finally:
            self._saving = False
        return format_date(cleaned) if isinstance(cleaned, date) else cleaned

    def _run(self, operation) -> bool:
        try:
            operation()
        except (ValidationError, LifecycleError) as exc:
            self.error.setText(refusal_text(exc))
            self.error.show()
            return False
        self.error.hide()
        return True

    def add(self) -> int | None:
        """A new appointment tomorrow at 10:00 (a home visit), chosen for editing."""
        if self.case_id is None:
            return None
        made: list[int] = []
        if self._run(lambda: made.append(self.session.appointments.add(
                self.case_id, date.today() + timedelta(days=1), "10:00"))):
            self.current_id = made[0]
            self.reload()
            self.fields["day"].setFocus()
            self.fields["day"].selectAll()
            return made[0]
        return None

    def toggle_cancel(self) -> None:
        if self.current_id is None:
            return
        cancelled = self.session.appointments.get(self.current_id).cancelled
        self._run(lambda: self.session.appointments.cancel(self.current_id, not cancelled))

    def _ask_ics(self) -> None:
        if self.current_id is None:
            return
        dialog = IcsDialog(self)
        if not dialog.exec():
            return
        a = self.session.appointments.get(self.current_id)
        folder = self.settings["export_dir"] if self.settings else ""
        from ...session.ics import ics_file_name

        start = str(Path(folder or Path.home()) / ics_file_name(a))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Agendabestand opslaan"), start,
                                                self.tr("Agendabestand (*.ics)"))
        if target:
            self.export_ics(Path(target), dialog.family_name.isChecked(),
                            dialog.details.isChecked())

    def export_ics(self, target: Path, family_name: bool = False, details: bool = False) -> Path | None:
        try:
            out = self.session.appointments.export_ics(self.current_id, target,
                                                       family_name=family_name, details=details)
        except OSError:
            self.error.setText(self.tr("Het agendabestand kon niet worden opgeslagen in deze "
                                       "map. Kies een andere map."))
            self.error.show()
            return None
        self.error.hide()
        return out
