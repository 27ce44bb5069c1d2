"""The steps that are mostly text: the help question, safety, regie (familiegroepsplan,
regisseur, evaluation moment) and the closing overview."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.dates import add_months
from ...core.validation import format_date
from ..i18n import in_ui_lang
from .base import AutoForm, StepPage, hint, set_combo, set_text, text_box


class QuestionStep(StepPage):
    key = "question"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(hint(self.tr(
            "Schrijf de vraag op zoals het gezin hem zegt, in hun eigen woorden. Niet samenvatten "
            "of vertalen naar vakjargon.")))
        form = AutoForm(ctx.indicator, labels_above=True)
        self.form = form
        self.question = form.add("help_question", self.tr("&Onze vraag"), text_box(6, 12),
                                 lambda v: ctx.intake.set_field(ctx.case_id, "help_question", v))
        self.layout_.addLayout(form)
        self.members_box = QGroupBox(self.tr("Heeft iemand in het gezin een andere vraag?"))
        self.members_form = AutoForm(ctx.indicator, labels_above=True)
        self.members_box.setLayout(self.members_form)
        self.layout_.addWidget(self.members_box)
        self.layout_.addStretch(1)
        self._member_ids: list[int] = []

    def title(self) -> str:
        return self.tr("Onze vraag")

    def enter(self) -> None:
        intake, ctx = self.ctx.intake, self.ctx
        set_text(self.question, intake.get(ctx.case_id).help_question)
        members = ctx.households.members(ctx.family_id)
        if [m.id for m in members] != self._member_ids:
            while self.members_form.rowCount():
                self.members_form.removeRow(0)
            self.members_form.widgets.clear()
            for m in members:
                self.members_form.add(
                    f"question_{m.id}", self.tr("Vraag van %1").replace("%1", m.first_name), text_box(2),
                    lambda v, pid=m.id: intake.set_member_question(ctx.case_id, pid, v))
            self._member_ids = [m.id for m in members]
            # Fields made after the page was shown join the end of the focus chain: put
            # them right after the family's question, in the order they are on screen.
            for key, widget in self.members_form.widgets.items():
                widget.show()  # added to a visible page: Qt would only show them later
                self.members_form.labels[key].show()
            chain = [self.question] + [self.members_form.widgets[f"question_{m.id}"] for m in members]
            for a, b in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(a, b)
        texts = intake.member_questions(ctx.case_id)
        for pid in self._member_ids:
            set_text(self.members_form.widgets[f"question_{pid}"], texts.get(pid, ""))

    def focus_first(self) -> None:
        self.question.setFocus()


class SafetyStep(StepPage):
    key = "safety"

    def __init__(self, ctx):
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        form = AutoForm(ctx.indicator)
        self.form = form
        combo = QComboBox()
        for value, text in (("", self.tr("– nog niet besproken")), ("nee", self.tr("Nee, geen zorgen")),
                            ("ja", self.tr("Ja, er zijn zorgen over de veiligheid")),
                            ("weet_niet", self.tr("Twijfel: het is niet duidelijk"))):
            combo.addItem(text, value)
        self.safety = form.add("safety", self.tr("Zijn er &zorgen over de veiligheid van iemand in het gezin?"),
                               combo, self._save_safety)
        self.route = QLabel(self.tr(
            "<b>Volg de meldcode huiselijk geweld en kindermishandeling.</b><br>"
            "1. Breng de signalen in kaart en schrijf ze op.<br>"
            "2. Overleg met een collega en raadpleeg Veilig Thuis (0800-2000, gratis, dag en nacht).<br>"
            "3. Praat met het gezin over de signalen.<br>"
            "4. Weeg de ernst en het risico.<br>"
            "5. Beslis: zelf hulp organiseren of melden bij Veilig Thuis. Bij acuut gevaar: bel 112."))
        self.route.setObjectName("safetyRoute")
        self.route.setWordWrap(True)
        self.route.setStyleSheet("QLabel#safetyRoute { background: #fdecea; border: 1px solid #b3261e;"
                                 " border-radius: 6px; padding: 10px; }")
        form.addRow(self.route)  # full width, right under the question
        notes = form  # one form, so the fields line up
        self.notes = notes
        notes.add("safety_note", self.tr("&Wat is er gezien of gehoord (alleen voor de consulent)"),
                  text_box(3), lambda v: ctx.intake.set_field(ctx.case_id, "safety_note", v))
        notes.add("professional_note", self.tr("No&titie van de consulent"), text_box(3),
                  lambda v: ctx.intake.set_field(ctx.case_id, "professional_note", v),
                  self.tr("Niet zichtbaar bij Samen kijken en niet in het plan van het gezin."))
        layout.addLayout(form)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Veiligheid")

    def _save_safety(self, value):
        cleaned = self.ctx.intake.set_field(self.ctx.case_id, "safety", value)
        self.route.setVisible(cleaned in ("ja", "weet_niet"))
        return cleaned

    def enter(self) -> None:
        intake = self.ctx.intake.get(self.ctx.case_id)
        set_combo(self.safety, intake.safety)
        self.route.setVisible(intake.safety in ("ja", "weet_niet"))
        set_text(self.notes.widgets["safety_note"], intake.safety_note)
        set_text(self.notes.widgets["professional_note"], intake.professional_note)

    def focus_first(self) -> None:
        self.safety.setFocus()


class RegieStep(StepPage):
    key = "regie"

    def __init__(self, ctx):
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        save = lambda field: (lambda v: ctx.intake.set_field(ctx.case_id, field, v))  # noqa: E731
        fgp_box = QGroupBox(self.tr("Familiegroepsplan"))
        fgp_layout = QVBoxLayout(fgp_box)
        fgp_layout.addWidget(hint(self.tr(
            "Een gezin mag zelf een plan maken met familie en vrienden, bijvoorbeeld in een Eigen "
            "Kracht-conferentie. De hulp sluit dan aan op dat plan.")))
        self.fgp_form = AutoForm(ctx.indicator)
        fgp = QComboBox()
        for value, text in (("", "–"), ("ja", self.tr("Ja")), ("nee", self.tr("Nee"))):
            fgp.addItem(text, value)
        self.fgp_form.add("fgp", self.tr("Is er een &familiegroepsplan?"), fgp, save("fgp"))
        date_edit = QLineEdit()
        date_edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.fgp_form.add("fgp_date", self.tr("&Datum van het plan"), date_edit, save("fgp_date"))
        self.fgp_form.add("fgp_where", self.tr("Waar &ligt het plan"), QLineEdit(), save("fgp_where"))
        fgp_layout.addLayout(self.fgp_form)
        layout.addWidget(fgp_box)

        reg_box = QGroupBox(self.tr("Regisseur en terugkijken"))
        reg_layout = QVBoxLayout(reg_box)
        reg_layout.addWidget(hint(self.tr(
            "De regisseur houdt het overzicht over het plan. Kies samen met het gezin: een ouder, "
            "iemand uit de familie, een vriend of een professional.")))
        self.reg_form = AutoForm(ctx.indicator)
        kind = QComboBox()
        for value, text in (("", "–"), ("ouder", self.tr("een ouder")),
                            ("familielid", self.tr("iemand uit de familie")),
                            ("vriend", self.tr("een vriend of kennis")),
                            ("professional", self.tr("een professional"))):
            kind.addItem(text, value)
        self.reg_form.add("regisseur_kind", self.tr("&Regisseur is"), kind, save("regisseur_kind"))
        self.reg_form.add("regisseur_name", self.tr("Naa&m regisseur"), QLineEdit(), save("regisseur_name"))
        self.reg_form.add("regisseur_contact", self.tr("&Contact (telefoon, e-mail)"), QLineEdit(),
                          save("regisseur_contact"))
        evaluation = QLineEdit()
        evaluation.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.six_months = QPushButton(self.tr("Over &6 maanden"))
        self.six_months.setObjectName("sixMonths")
        self.six_months.clicked.connect(self._six_months)
        moment = QWidget()
        moment_row = QHBoxLayout(moment)
        moment_row.setContentsMargins(0, 0, 0, 0)
        self.reg_form.add("evaluation_date", self.tr("&Wanneer kijken we samen terug"), evaluation,
                          save("evaluation_date"),
                          self.tr("Minstens één keer per half jaar."))
        reg_layout.addLayout(self.reg_form)
        # Beside the chosen moment: the date the case really gets, and why (core.lifecycle).
        self.next_evaluation = QLabel()
        self.next_evaluation.setObjectName("nextEvaluation")
        self.next_evaluation.setWordWrap(True)
        self.next_evaluation.setAccessibleName(self.tr("Volgende evaluatie van de casus"))
        moment_row.addWidget(self.next_evaluation, 1)
        moment_row.addWidget(self.six_months)
        self.reg_form.addRow("", moment)
        self.reg_form.savers["evaluation_date"].saved.connect(lambda _v: self.show_next_evaluation())
        layout.addWidget(reg_box)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Regie en terugkijken")

    def enter(self) -> None:
        it = self.ctx.intake.get(self.ctx.case_id)
        f, r = self.fgp_form.widgets, self.reg_form.widgets
        set_combo(f["fgp"], it.fgp)
        set_text(f["fgp_date"], format_date(it.fgp_date))
        set_text(f["fgp_where"], it.fgp_where)
        set_combo(r["regisseur_kind"], it.regisseur_kind)
        set_text(r["regisseur_name"], it.regisseur_name)
        set_text(r["regisseur_contact"], it.regisseur_contact)
        set_text(r["evaluation_date"], format_date(it.evaluation_date))
        self.show_next_evaluation()

    def show_next_evaluation(self) -> None:
        """The case's next evaluation as the lifecycle computed it, with its reason."""
        from ..lifecycle_texts import next_evaluation_text

        n = self.ctx.households.next_evaluation(self.ctx.case_id)
        due = format_date(n.due) if n.due else "–"
        self.next_evaluation.setText(self.tr("Volgende evaluatie: %1").replace("%1", due)
                                     + "\n" + next_evaluation_text(n))

    def _six_months(self) -> None:
        field = self.reg_form.widgets["evaluation_date"]
        field.setText(format_date(add_months(date.today(), 6)))
        field.textEdited.emit(field.text())
        self.reg_form.savers["evaluation_date"].flush()

    def focus_first(self) -> None:
        self.fgp_form.widgets["fgp"].setFocus()


class DoneStep(StepPage):
    key = "done"

    def __init__(self, ctx, wizard):
        super().__init__(ctx)
        self.wizard = wizard
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("doneSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Plan als &PDF opslaan…"))
        self.pdf_button.setObjectName("exportPlan")
        self.pdf_button.clicked.connect(self._export)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Klaar: het plan")

    def enter(self) -> None:
        s = self.ctx.intake.summary(self.ctx.case_id, self.ctx.form)
        lines = [
            self.tr("Vraag van het gezin: %1").replace("%1", self.tr("ja") if s.help_question else self.tr("nog niet ingevuld")),
            self.tr("Leefgebieden gescoord: %1, waarvan %2 met score 1 of 2.")
            .replace("%1", str(s.scored_domains)).replace("%2", str(len(s.low_domains))),
            self.tr("Netwerk: %1 informele en %2 formele contacten.")
            .replace("%1", str(s.network_informal)).replace("%2", str(s.network_formal)),
            self.tr("Regisseur: %1").replace("%1", s.regisseur_name or "–"),
            self.tr("Samen terugkijken: %1").replace(
                "%1", format_date(self.ctx.households.get_case(self.ctx.case_id).next_evaluation)
                or "–"),
        ]
        if s.consent_complete:
            lines.append(self.tr("Toestemming: compleet."))
        else:
            lines.append(self.tr("Toestemming ontbreekt nog:") + "\n  • " + "\n  • ".join(in_ui_lang(m) for m in s.missing_consents))
        self.summary.setText("\n".join(lines))

    def _export(self) -> None:
        from .export import export_plan_dialog

        export_plan_dialog(self, self.ctx.session, self.ctx.nav, self.ctx.case_id)

    def focus_first(self) -> None:
        self.pdf_button.setFocus()
