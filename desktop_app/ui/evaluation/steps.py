"""The steps of the evaluation wizard. Every field saves itself (FieldSaver) into
the evaluation's draft through an operation of `session.evaluations`; what a field
needs to know comes from EvalContext."""

from __future__ import annotations

from dataclasses import dataclass
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

from ...core import codelists
from ...core import evaluation as ev
from ...core.costs import format_euro, volume_message
from ...core.evaluation_dates import NextDateError
from ..autosave import FieldSaver, SaveIndicator
from ..i18n import in_ui_lang, language
from ..intake.base import AutoForm, error_label, hint, set_combo, set_text, text_box
from .texts import next_date_text, proposal_text


@dataclass
class EvalContext:
    evaluations: object  # session.evaluations
    case_id: int
    evaluation_id: int
    indicator: SaveIndicator


def _nl(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


class Step(QWidget):
    key = ""

    def __init__(self, ctx: EvalContext):
        super().__init__()
        self.ctx = ctx
        self.setObjectName(f"evalStep_{self.key}")
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(self.title())
        heading.setObjectName("stepTitle")
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)

    def title(self) -> str:  # pragma: no cover
        return self.key

    def enter(self) -> None:
        pass

    def focus_first(self) -> None:
        self.focusNextChild()

    def field(self, name: str):
        return lambda value: self.ctx.evaluations.set_field(self.ctx.evaluation_id, name, value)


class ResultsStep(Step):
    key = "results"

    def title(self) -> str:
        return self.tr("Hoe gaat het met jullie doelen?")

    def __init__(self, ctx: EvalContext):
        super().__init__(ctx)
        self.layout_.addWidget(hint(self.tr(
            "Kijk per doel samen met het gezin: waar staan jullie nu op de schaal van -2 tot +2, "
            "is het doel bereikt, en wat zeggen jullie er zelf over?")))
        e = ctx.evaluations.get(ctx.evaluation_id)
        self.forms: dict[int, AutoForm] = {}
        results = ctx.evaluations.results_for_case(ctx.case_id)
        if not results:
            self.layout_.addWidget(QLabel(self.tr("Deze casus heeft nog geen doelen.")))
        for n, r in enumerate(results, start=1):
            box = QGroupBox(f"{n}. {r.title}".replace("&", "&&"))  # '&' is no mnemonic
            box.setObjectName(f"result_{r.id}")
            form = AutoForm(ctx.indicator)
            box.setLayout(form)
            level = QComboBox()
            level.addItem(self.tr("– nog niet gekozen –"), None)
            for lv in (-2, -1, 0, 1, 2):
                text = r.levels.get(lv, "").strip()
                level.addItem(f"{lv:+d}" + (f": {text}" if text else "") if lv else
                              "0" + (f": {text}" if text else ""), lv)
            reached = QComboBox()
            for code, label in (("", self.tr("– nog niet gekozen –")), ("ja", self.tr("Ja")),
                                ("deels", self.tr("Deels")), ("nee", self.tr("Nee"))):
                reached.addItem(label, code)
            words = text_box(3, 6)

            def saver(rid, name):
                return lambda value: ctx.evaluations.set_result(ctx.evaluation_id, rid, name, value)

            start = "" if r.start_level is None else f"{r.start_level:+d}"
            form.add(f"level_{r.id}", self.tr("Niveau &nu"), level, saver(r.id, "level"),
                     self.tr("Bij de start: %1").replace("%1", start or "–"))
            form.add(f"reached_{r.id}", self.tr("&Bereikt?"), reached, saver(r.id, "reached"))
            form.add(f"words_{r.id}", self.tr("In de &woorden van het gezin"), words,
                     saver(r.id, "words"))
            now = e.results.get(r.id)
            if now is not None:
                set_combo(level, now.level)
                set_combo(reached, now.reached)
                set_text(words, now.words)
            self.forms[r.id] = form
            self.layout_.addWidget(box)
        self.layout_.addStretch(1)


class HelpStep(Step):
    key = "help"

    def title(self) -> str:
        return self.tr("Wat besluiten we over de hulp?")

    def __init__(self, ctx: EvalContext):
        super().__init__(ctx)
        self.layout_.addWidget(hint(self.tr(
            "Vraag bij elk product: kan het minder (afschalen), kan het gezin verder met hulp "
            "dichtbij (voorliggend veld), is meer nodig, of kan de hulp stoppen?")))
        e = ctx.evaluations.get(ctx.evaluation_id)
        deployments = {d.id: d for d in ctx.evaluations.running_deployments(ctx.case_id, e.held_on)}
        self.forms: dict[int, AutoForm] = {}
        self.saving_labels: dict[int, QLabel] = {}
        if not e.conclusions:
            self.layout_.addWidget(QLabel(self.tr("Er loopt geen hulp van een zorgaanbieder.")))
        for dep_id, c in sorted(e.conclusions.items()):
            d = deployments.get(dep_id)
            if d is None:
                continue
            name = d.product_name or d.product_code or self.tr("Hulp")
            box = QGroupBox((f"{name} – {d.provider_name}" if d.provider_name else name)
                            .replace("&", "&&"))
            box.setObjectName(f"deployment_{dep_id}")
            outer = QVBoxLayout(box)
            outer.addWidget(hint(self.tr("Nu: %1, %2 t/m %3").replace("%1", in_ui_lang(volume_message(d.volume)))
                                 .replace("%2", _nl(d.start)).replace("%3", _nl(d.end))))
            form = AutoForm(ctx.indicator)
            outer.addLayout(form)
            conclusion = QComboBox()
            for code in ev.CONCLUSIONS:
                conclusion.addItem(self._label(code), code)
            amount = QLineEdit()
            from_date = QLineEdit()
            from_date.setPlaceholderText(self.tr("dd-mm-jjjj"))
            service = QLineEdit()
            reason = QComboBox()
            reason.addItem(self.tr("– kies een reden –"), "")
            for code, text in codelists.jz588().items():
                reason.addItem(f"{code} {text}", code)
            change = QComboBox()  # JZ002: the CJG's own reason to end or change the help
            change.addItem(self.tr("– kies een reden –"), "")
            for code, text in codelists.jz002().items():
                change.addItem(f"{code} {text}", code)
            why = text_box(2, 5)

            def saver(name, dep=dep_id):
                return lambda value: ctx.evaluations.set_conclusion(ctx.evaluation_id, dep, name,
                                                                    value)

            form.add(f"conclusion_{dep_id}", self.tr("&Besluit"), conclusion, saver("conclusion"))
            form.add(f"amount_{dep_id}", self.tr("Nieuwe &omvang (%1)")
                     .replace("%1", codelists.units().get(d.volume.unit, d.volume.unit).lower()),
                     amount, saver("new_amount"))
            form.add(f"from_{dep_id}", self.tr("&Vanaf"), from_date, saver("from_date"),
                     self.tr("Leeg: de dag na de evaluatie."))
            form.add(f"service_{dep_id}", self.tr("Welke hulp in het &voorliggend veld"), service,
                     saver("service"), self.tr("Bijvoorbeeld: wijkteam, schoolmaatschappelijk "
                                               "werk, opvoedcursus, sportvereniging."))
            form.add(f"change_{dep_id}", self.tr("Re&den van de wijziging (iJw JZ002)"), change,
                     saver("change_reason"))
            form.add(f"reason_{dep_id}", self.tr("&Reden van beëindigen (iJw)"), reason,
                     saver("end_reason"), self.tr("Leeg: volgt uit de reden van de wijziging."))
            form.add(f"why_{dep_id}", self.tr("&Waarom (in gewone woorden)"), why, saver("why"))
            saving = QLabel()
            saving.setObjectName("hint")
            saving.setWordWrap(True)
            outer.addWidget(saving)
            self.saving_labels[dep_id] = saving
            set_combo(conclusion, c.conclusion)
            set_text(amount, "" if c.new_amount is None else str(c.new_amount))
            set_text(from_date, _nl(c.from_date))
            set_text(service, c.service)
            set_combo(reason, c.end_reason)
            set_combo(change, c.change_reason)
            set_text(why, c.why)
            form.savers[f"conclusion_{dep_id}"].saved.connect(
                lambda _v, dep=dep_id: self._show_fields(dep))
            form.savers[f"amount_{dep_id}"].saved.connect(
                lambda _v, dep=dep_id: self._show_saving(dep))
            self.forms[dep_id] = form
            self.layout_.addWidget(box)
            self._show_fields(dep_id)
        self.layout_.addStretch(1)

    def _label(self, code: str) -> str:
        return {ev.CONTINUE: self.tr("Voortzetten zoals het is"),
                ev.SCALE_DOWN: self.tr("Afschalen: minder inzet"),
                ev.TO_VOORLIGGEND: self.tr("Afschalen naar het voorliggend veld"),
                ev.SCALE_UP: self.tr("Opschalen: meer inzet"),
                ev.END: self.tr("Beëindigen")}[code]

    def _show_fields(self, dep_id: int) -> None:
        form = self.forms[dep_id]
        kind = form.widgets[f"conclusion_{dep_id}"].currentData()
        visible = {
            f"amount_{dep_id}": kind in (ev.SCALE_DOWN, ev.SCALE_UP),
            f"from_{dep_id}": kind in (ev.SCALE_DOWN, ev.SCALE_UP),
            f"service_{dep_id}": kind == ev.TO_VOORLIGGEND,
            f"reason_{dep_id}": kind in (ev.END, ev.TO_VOORLIGGEND),
            f"change_{dep_id}": kind != ev.CONTINUE,
        }
        for key, show in visible.items():
            row, _role = form.getWidgetPosition(form.labels[key])
            form.setRowVisible(row, show)
        self._show_saving(dep_id)

    def _show_saving(self, dep_id: int) -> None:
        """The cost insight: what the new volume saves (or costs) to the end."""
        label = self.saving_labels[dep_id]
        label.setText("")
        try:
            est = self.ctx.evaluations.saving(self.ctx.evaluation_id, dep_id)
        except Exception:  # noqa: BLE001 - an insight, never a blocker
            return
        if est is None or est.cents is None:
            return
        text = (self.tr("Bespaart ongeveer %1 tot het einde van de beschikking.") if est.cents >= 0
                else self.tr("Kost ongeveer %1 extra tot het einde van de beschikking."))
        label.setText(text.replace("%1", format_euro(abs(est.cents))))


class SatisfactionStep(Step):
    key = "satisfaction"

    def title(self) -> str:
        return self.tr("Hoe tevreden zijn jullie?")

    def __init__(self, ctx: EvalContext):
        super().__init__(ctx)
        e = ctx.evaluations.get(ctx.evaluation_id)
        form = AutoForm(ctx.indicator, labels_above=True)
        mark = QComboBox()
        mark.addItem(self.tr("– nog geen cijfer –"), None)
        for n in range(1, 11):
            mark.addItem(str(n), n)
        # NJi outcome indicator 2: satisfaction about the usefulness of the help; the
        # answers come from forms/outcomes.toml (the 1-10 mark stays as it was).
        useful = QComboBox()
        useful.addItem(self.tr("– nog geen antwoord –"), None)
        for answer in ctx.evaluations.usefulness_answers():
            useful.addItem(f"{answer.value} {answer.in_lang('label', language())}", answer.value)
        words = text_box(3, 6)
        well = text_box(3, 6)
        form.add("usefulness", self.tr("Hoe &nuttig was de hulp voor jullie?"), useful,
                 self.field("usefulness"))
        form.add("satisfaction", self.tr("&Cijfer voor de hulp (1 tot 10)"), mark,
                 self.field("satisfaction"))
        form.add("satisfaction_words", self.tr("Wat jullie er&over zeggen"), words,
                 self.field("satisfaction_words"))
        form.add("goes_well", self.tr("Wat gaat &goed?"), well, self.field("goes_well"))
        set_combo(mark, e.satisfaction)
        set_combo(useful, e.usefulness)
        set_text(words, e.satisfaction_words)
        set_text(well, e.goes_well)
        self.form = form
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)


class NextDateSaver(FieldSaver):
    """The next date's saver: a refused date shows which limit of the rule it passes, with
    its dates (NextDateError), and stays in the field."""

    def __init__(self, widget, save, indicator, error_label):
        super().__init__(widget, lambda value: self._checked(value), indicator, error_label)
        self._target = save
        self.message = ""
        self.refused = False

    def _checked(self, value):
        self.message = ""
        try:
            cleaned = self._target(value)
        except NextDateError as exc:
            self.message = next_date_text(exc)
            self.refused = True
            raise
        except Exception:
            self.refused = True
            raise
        self.refused = False
        return cleaned

    def _show_error(self, text: str) -> None:
        super()._show_error(self.message if text and self.message else text)


class NextStep(Step):
    key = "next"

    def title(self) -> str:
        return self.tr("Wat gaan we nu doen?")

    def __init__(self, ctx: EvalContext):
        super().__init__(ctx)
        form = AutoForm(ctx.indicator, labels_above=True)
        self.held_on = QLineEdit()
        self.next_date = QLineEdit()
        self.next_date.setPlaceholderText(self.tr("dd-mm-jjjj"))
        steps = text_box(3, 6)
        notes = text_box(2, 5)
        form.add("held_on", self.tr("Datum van dit &gesprek"), self.held_on, self.field("held_on"))
        self.cap = hint("")
        self.cap.setObjectName("nextProposal")
        self.use_proposal = QPushButton(self.tr("Voorstel ove&rnemen"))
        self.use_proposal.setObjectName("useProposal")
        self.use_proposal.clicked.connect(self._use_proposal)
        self.next_saver = self._next_date_row(form, self.tr("Volgende &evaluatie"))
        form.add("next_steps", self.tr("Volgende &stappen (wie doet wat)"), steps,
                 self.field("next_steps"))
        form.add("professional_notes", self.tr("&Notities voor professionals (alleen in de "
                                               "bijlage)"), notes, self.field("professional_notes"))
        self.form = form
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        e = ctx.evaluations.get(ctx.evaluation_id)
        set_text(steps, e.next_steps)
        set_text(notes, e.professional_notes)
        # A new date of the conversation or other help moves the proposal.
        form.savers["held_on"].saved.connect(lambda _v: self.refresh_proposal())

    def _next_date_row(self, form: AutoForm, label_text: str) -> NextDateSaver:
        """Like AutoForm.add, with the saver that names the limit and the proposal below."""
        label = QLabel(label_text)
        label.setBuddy(self.next_date)
        self.next_date.setObjectName("next_date")
        self.next_date.setAccessibleName(label_text.replace("&", ""))
        err = self.next_error = error_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.next_date, 1)
        row.addWidget(self.use_proposal)
        box.addLayout(row)
        box.addWidget(self.cap)
        box.addWidget(err)
        form.addRow(label, box)
        saver = NextDateSaver(self.next_date, lambda value: self.ctx.evaluations.set_next_date(
            self.ctx.evaluation_id, value), form.indicator, err)
        form.savers["next_date"] = saver
        form.labels["next_date"] = label
        form.widgets["next_date"] = self.next_date
        return saver

    def _use_proposal(self) -> None:
        due = self.ctx.evaluations.proposal(self.ctx.evaluation_id).latest
        if due is None:
            return
        self.next_date.setText(_nl(due))
        self.next_date.textEdited.emit(self.next_date.text())  # counts as typed: saved now
        self.next_saver.flush()
        self.next_date.setFocus()

    def enter(self) -> None:
        e = self.ctx.evaluations.get(self.ctx.evaluation_id)
        set_text(self.held_on, _nl(e.held_on))
        if not self.next_saver.refused:  # a refused date stays as typed
            set_text(self.next_date, _nl(e.next_date))
        self.refresh_proposal()

    def refresh_proposal(self) -> None:
        """The rule's date and why; read again when the case changes elsewhere."""
        proposal = self.ctx.evaluations.proposal(self.ctx.evaluation_id)
        self.cap.setText(proposal_text(proposal))
        self.use_proposal.setEnabled(proposal.latest is not None)
