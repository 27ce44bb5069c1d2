"""Consent, in two kinds (core.consent): to the help itself, and to share information.
Per record: which kind, who consents, about whom, to what, with whom, when and how it was
recorded. The age rules of each kind decide whose consent is required; a missing one is
shown in red above the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.consent import consent_gaps, missing_messages
from ...core.intake import Consent
from ...core.validation import format_date
from ..autosave import flush_all
from ..i18n import in_ui_lang
from .base import AutoForm, StepPage, hint, set_combo, set_text


class ConsentStep(StepPage):
    key = "consent"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.consent_id: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Toestemming voor de hulp: onder 12 jaar de ouders met gezag; van 12 tot 16 jaar de "
            "jongere én de ouders met gezag; vanaf 16 jaar de jongere alleen.")))
        layout.addWidget(hint(self.tr(
            "Toestemming om informatie te delen: onder 12 jaar de ouders met gezag; vanaf 12 "
            "jaar de jongere alleen.")))
        self.status = QLabel()
        self.status.setObjectName("consentStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        left = QVBoxLayout()
        list_label = QLabel(self.tr("Vastgelegde &toestemming"))
        self.list = QListWidget()
        self.list.setObjectName("consents")
        self.list.setAccessibleName(self.tr("Vastgelegde toestemming"))
        list_label.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._selected)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Toestemming &erbij"))
        self.add_button.setObjectName("addConsent")
        self.add_button.clicked.connect(self.add_consent)
        self.remove_button = QPushButton(self.tr("Weg&halen"))
        self.remove_button.setObjectName("removeConsent")
        self.remove_button.setAccessibleName(self.tr("Toestemming weghalen"))
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left, 1)

        self.editor_stack = QStackedWidget()
        empty = QLabel(self.tr("Nog geen toestemming gekozen. Voeg toestemming toe."))
        empty.setObjectName("empty")
        empty.setWordWrap(True)
        self.editor_stack.addWidget(empty)
        editor = QWidget()
        form = AutoForm(ctx.indicator)
        self.form = form
        kind = QComboBox()
        for value, text in (("hulp", self.tr("voor de hulp")),
                            ("delen", self.tr("om informatie te delen"))):
            kind.addItem(text, value)
        form.add("kind", self.tr("&Soort toestemming"), kind, lambda v: self._save("kind", v))
        form.add("person_id", self.tr("&Wie geeft toestemming"), QComboBox(), lambda v: self._save("person_id", v))
        form.add("subject_id", self.tr("&Over wie"), QComboBox(), lambda v: self._save("subject_id", v))
        form.add("what", self.tr("Waar&voor"), QLineEdit(), lambda v: self._save("what", v),
                 self.tr("Welke hulp, of welke informatie gedeeld mag worden."))
        form.add("with_whom", self.tr("Met wie (&aanbieders, school…)"), QLineEdit(),
                 lambda v: self._save("with_whom", v))
        day = QLineEdit()
        day.setPlaceholderText(self.tr("dd-mm-jjjj"))
        form.add("given_on", self.tr("&Datum"), day, lambda v: self._save("given_on", v))
        method = QComboBox()
        for value, text in (("mondeling", self.tr("mondeling")), ("schriftelijk", self.tr("schriftelijk (getekend)")),
                            ("digitaal", self.tr("digitaal"))):
            method.addItem(text, value)
        form.add("method", self.tr("Hoe vast&gelegd"), method, lambda v: self._save("method", v))
        form.add("withdrawn", "", QCheckBox(self.tr("&Ingetrokken")), lambda v: self._save("withdrawn", v))
        # An incomplete consent is a draft: what is still missing, beside the form.
        self.draft_note = QLabel()
        self.draft_note.setObjectName("consentDraft")
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet("color: #b3261e; font-weight: 600;")
        form.addRow(self.draft_note)
        editor.setLayout(form)
        self.editor_stack.addWidget(editor)
        row.addWidget(self.editor_stack, 1)
        layout.addLayout(row, 1)

    def title(self) -> str:
        return self.tr("Toestemming")

    def enter(self) -> None:
        members = self.ctx.households.members(self.ctx.family_id)
        self._names = {m.id: m.full_name for m in members}
        who, about = self.form.widgets["person_id"], self.form.widgets["subject_id"]
        for combo in (who, about):
            combo.blockSignals(True)
            combo.clear()
        who.addItem("–", None)
        for m in members:
            who.addItem(m.full_name, m.id)
        about.addItem(self.tr("het hele gezin"), None)
        for m in members:
            if m.role == "jeugdige":
                about.addItem(m.full_name, m.id)
        for combo in (who, about):
            combo.blockSignals(False)
        self.reload(self.consent_id)

    def reload(self, select: int | None = None) -> None:
        consents = self.ctx.intake.consents(self.ctx.case_id)
        self.list.blockSignals(True)
        self.list.clear()
        for c in consents:
            item = QListWidgetItem(self._item_text(c))
            item.setData(Qt.UserRole, c.id)
            self.list.addItem(item)
            if c.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._selected(self.list.currentItem())
        self._update_status()

    def _item_text(self, c: Consent) -> str:
        who = self._names.get(c.person_id, "–")
        about = self._names.get(c.subject_id, self.tr("het hele gezin")) if c.subject_id else self.tr("het hele gezin")
        kind = self.tr("hulp") if c.kind == "hulp" else self.tr("delen")
        text = f"{kind}: {who} → {about}"
        if c.given_on:
            text += f" · {format_date(c.given_on)}"
        if c.withdrawn:
            text += " · " + self.tr("ingetrokken")
        if consent_gaps(c):
            text += " · " + self.tr("concept")
        return text

    @staticmethod
    def _gap_words(gaps) -> str:
        words = {
            "what": QCoreApplication.translate("ConsentStep", "waarvoor"),
            "with_whom": QCoreApplication.translate("ConsentStep", "met wie"),
            "person_id": QCoreApplication.translate("ConsentStep", "wie toestemming geeft"),
            "given_on": QCoreApplication.translate("ConsentStep", "wanneer"),
            "method": QCoreApplication.translate("ConsentStep", "hoe"),
        }
        return ", ".join(words[g] for g in gaps)

    def _update_status(self) -> None:
        missing = self.ctx.intake.missing_consents(self.ctx.case_id)
        drafts = sum(1 for c in self.ctx.intake.consents(self.ctx.case_id)
                     if not c.withdrawn and consent_gaps(c))
        if missing:
            self.status.setText(self.tr("⚠ Er ontbreekt toestemming:") + "\n• " + "\n• ".join(in_ui_lang(m) for m in missing_messages(missing)))
            self.status.setStyleSheet("color: #b3261e; font-weight: 600;")
        elif drafts:
            self.status.setText(self.tr("⚠ Er is nog toestemming in concept: die telt pas mee als "
                                        "alles is ingevuld."))
            self.status.setStyleSheet("color: #b3261e; font-weight: 600;")
        else:
            self.status.setText(self.tr("✓ Alle toestemming die nodig is, is vastgelegd."))
            self.status.setStyleSheet("color: #1b6e3a; font-weight: 600;")
        self._update_draft_note()

    def _update_draft_note(self) -> None:
        gaps = ()
        if self.consent_id is not None:
            gaps = consent_gaps(self.ctx.intake.get_consent(self.consent_id))
        self.draft_note.setVisible(bool(gaps))
        self.draft_note.setText(self.tr("Concept, telt nog niet mee. Vul nog in: %1.")
                                .replace("%1", self._gap_words(gaps)) if gaps else "")

    def _selected(self, item) -> None:
        flush_all(self.editor_stack)
        if item is None:
            self.consent_id = None
            self.editor_stack.setCurrentIndex(0)
            self.remove_button.setEnabled(False)
            return
        self.consent_id = item.data(Qt.UserRole)
        c = self.ctx.intake.get_consent(self.consent_id)
        w = self.form.widgets
        set_combo(w["kind"], c.kind)
        set_combo(w["person_id"], c.person_id)
        set_combo(w["subject_id"], c.subject_id)
        set_text(w["what"], c.what)
        set_text(w["with_whom"], c.with_whom)
        set_text(w["given_on"], format_date(c.given_on))
        set_combo(w["method"], c.method)
        w["withdrawn"].blockSignals(True)
        w["withdrawn"].setChecked(c.withdrawn)
        w["withdrawn"].blockSignals(False)
        self.editor_stack.setCurrentIndex(1)
        self.remove_button.setEnabled(True)
        self._update_draft_note()

    def _save(self, field: str, value):
        if self.consent_id is None:
            return value
        if field == "withdrawn":
            cleaned = self.ctx.intake.withdraw_consent(self.consent_id, value)
        else:
            cleaned = self.ctx.intake.update_consent(self.consent_id, field, value)
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._item_text(self.ctx.intake.get_consent(self.consent_id)))
        self._update_status()
        return cleaned

    def add_consent(self) -> None:
        """A new consent, pre-filled with the first person whose consent is still missing."""
        from datetime import date

        flush_all(self.editor_stack)
        missing = self.ctx.intake.missing_consents(self.ctx.case_id)
        first = next((m for m in missing if m.person is not None), None)
        person = first.person.id if first else next(iter(self._names), None)
        if person is None:
            return
        kind = first.kind if first else "hulp"
        what = (self.tr("De hulp uit het gezinsplan") if kind == "hulp"
                else self.tr("Informatie uit het gezinsplan"))
        new_id = self.ctx.run(lambda: self.ctx.intake.add_consent(Consent(
            case_id=self.ctx.case_id, person_id=person, given_on=date.today(),
            what=what, with_whom="", kind=kind)))
        if new_id is None:
            return
        self.reload(select=new_id)
        self.form.widgets["person_id"].setFocus()

    def _remove(self) -> None:
        if self.consent_id is None:
            return
        consent_id = self.consent_id
        if self.ctx.run(lambda: self.ctx.intake.delete_consent(consent_id) or True) is None:
            return
        self.consent_id = None
        self.reload()

    def focus_first(self) -> None:
        self.list.setFocus()
