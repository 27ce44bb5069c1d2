"""The three boxes of one case side by side: a tab of the case file, following the case
chosen in the case panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from .appointments_box import AppointmentsBox
from .attachments_box import AttachmentsBox
from .documents_box import DocumentsBox


class CaseExtrasTab(QScrollArea):
    def __init__(self, session, nav, case_id_of, parent: QWidget | None = None):
        """`case_id_of()`: the case to show (the Casussen tab's choice), asked when shown."""
        super().__init__(parent)
        self.setObjectName("caseExtrasTab")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # the boxes wrap instead
        self._case_id_of = case_id_of
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.case_label = QLabel()
        self.case_label.setObjectName("hint")
        layout.addWidget(self.case_label)
        case_id = case_id_of()
        self.appointments = AppointmentsBox(session, case_id, nav.events, nav.settings)
        self.attachments = AttachmentsBox(session, case_id, nav.events)
        self.documents = DocumentsBox(session, case_id, nav.events)
        # Appointments across the width, the papers below side by side: beside the case
        # chooser at 1366×768 three columns would clip their buttons.
        layout.addWidget(self.appointments, 1)
        row = QHBoxLayout()
        row.addWidget(self.attachments, 1)
        row.addWidget(self.documents, 1)
        layout.addLayout(row, 1)
        self.setWidget(inner)
        self.session = session
        self._show_case(case_id)

    def show_case(self, case_id: int | None) -> None:
        """Follow the case chosen in the case panel (at once when it is on screen)."""
        if self.isVisible() and case_id != self.appointments.case_id:
            self._show_case(case_id)

    def _show_case(self, case_id: int | None) -> None:
        if case_id is None:
            self.case_label.setText(self.tr("Dit gezin heeft nog geen casus."))
        else:
            number = self.session.households.get_case(case_id).case_number
            self.case_label.setText(self.tr("Casus %1").replace("%1", number))
        for box in (self.appointments, self.attachments, self.documents):
            box.setEnabled(case_id is not None)
            box.set_case(case_id)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._case_id_of() != self.appointments.case_id:
            self._show_case(self._case_id_of())
