"""The steps of the evaluation wizard. Every field saves itself (FieldSaver) into
the evaluation's draft; what a field needs to know comes from EvalContext."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import codelists
from ...core import evaluation as ev
from ...core.costs import format_euro, format_volume
from ...store.evaluations import Evaluations
from ..autosave import SaveIndicator
from ..intake.base import AutoForm, hint, set_combo, set_text, text_box


@dataclass
class EvalContext:
    window: object
    case_id: int
    evaluation_id: int
    repo: Evaluations
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
        return lambda value: self.ctx.repo.set_field(self.ctx.evaluation_id, name, value)


class ResultsStep(Step):
    key = "results"

    def title(self) -> str:
        return self.tr("Hoe gaat het met jullie doelen?")

    def __init__(self, ctx: EvalContext):
        super().__init__(ctx)
        self.layout_.addWidget(hint(self.tr(
            "Kijk per doel samen met het gezin: waar staan jullie nu op de schaal van -2 tot +2, "
            "is het doel bereikt, en wat zeggen jullie er zelf over?")))
        e = ctx.repo.get(ctx.evaluation_id)
        self.forms: dict[int, AutoForm] = {}
        results = ctx.repo.results.results_for_case(ctx.case_id)
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
                return lambda value: ctx.repo.set_result(ctx.evaluation_id, rid, name, value)

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
        e = ctx.repo.get(ctx.evaluation_id)
        deployments = {d.id: d for d in ctx.repo.running_deployments(ctx.case_id, e.held_on)}
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
            outer.addWidget(hint(self.tr("Nu: %1, %2 t/m %3").replace("%1", format_volume(d.volume))
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
            why = text_box(2, 5)

            def saver(name, dep=dep_id):
                return lambda value: ctx.repo.set_conclusion(ctx.evaluation_id, dep, name, value)

            form.add(f"conclusion_{dep_id}", self.tr("&Besluit"), conclusion, saver("conclusion"))
            form.add(f"amount_{dep_id}", self.tr("Nieuwe &omvang (%1)")
                     .replace("%1", codelists.units().get(d.volume.unit, d.volume.unit).lower()),
                     amount, saver("new_amount"))
            form.add(f"from_{dep_id}", self.tr("&Vanaf"), from_date, saver("from_date"),
                     self.tr("Leeg: de dag na de evaluatie."))
            form.add(f"service_{dep_id}", self.tr("Welke hulp in het &voorliggend veld"), service,
                     saver("service"), self.tr("Bijvoorbeeld: wijkteam, schoolmaatschappelijk "
                                               "werk, opvoedcursus, sportvereniging."))
            form.add(f"reason_{dep_id}", self.tr("&Reden van beëindigen (iJw)"), reason,
                     saver("end_reason"))
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
        }
        for key, show in visible.items():
            row, _role = form.getWidgetPosition(form.labels[key])
            form.setRowVisible(row, show)
        self._show_saving(dep_id)

    def _show_saving(self, dep_id: int) -> None:
        """The cost insight: what the new volume saves (or costs) to the end."""
        label = self.saving_labels[dep_id]
        c = self.ctx.repo.get(self.ctx.evaluation_id).conclusions.get(dep_id)
        label.setText("")
        if c is None or c.conclusion not in (ev.SCALE_DOWN, ev.SCALE_UP) or c.new_amount is None:
            return
        e = self.ctx.repo.get(self.ctx.evaluation_id)
        d = self.ctx.repo.results.get_deployment(dep_id)
        day = self.ctx.repo._from_date(e, d, c)
        if day is None:
            return
        try:
            est = self.ctx.repo.results.saving(dep_id, c.new_amount, day)
        except Exception:  # noqa: BLE001 - an insight, never a blocker
            return
        if est.cents is None:
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
        e = ctx.repo.get(ctx.evaluation_id)
        form = AutoForm(ctx.indicator, labels_above=True)
        mark = QComboBox()
        mark.addItem(self.tr("– nog geen cijfer –"), None)
        for n in range(1, 11):
            mark.addItem(str(n), n)
        words = text_box(3, 6)
        well = text_box(3, 6)
        form.add("satisfaction", self.tr("&Cijfer voor de hulp (1 tot 10)"), mark,
                 self.field("satisfaction"))
        form.add("satisfaction_words", self.tr("Wat jullie er&over zeggen"), words,
                 self.field("satisfaction_words"))
        form.add("goes_well", self.tr("Wat gaat &goed?"), well, self.field("goes_well"))
        set_combo(mark, e.satisfaction)
        set_text(words, e.satisfaction_words)
        set_text(well, e.goes_well)
        self.form = form
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)


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
        form.add("next_date", self.tr("Volgende &evaluatie"), self.next_date,
                 self.field("next_date"))
        form.add("next_steps", self.tr("Volgende &stappen (wie doet wat)"), steps,
                 self.field("next_steps"))
        form.add("professional_notes", self.tr("&Notities voor professionals (alleen in de "
                                               "bijlage)"), notes, self.field("professional_notes"))
        self.cap = hint("")
        self.layout_.addWidget(self.cap)
        self.form = form
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        e = ctx.repo.get(ctx.evaluation_id)
        set_text(steps, e.next_steps)
        set_text(notes, e.professional_notes)

    def enter(self) -> None:
        e = self.ctx.repo.get(self.ctx.evaluation_id)
        end = self.ctx.repo.beschikking_end(e.id)
        set_text(self.held_on, _nl(e.held_on))
        set_text(self.next_date, _nl(e.next_date))
        default = ev.default_next_date(e.held_on, end)
        text = self.tr("Standaard over zes maanden: %1.").replace("%1", _nl(default) or "–")
        if end:
            text += " " + self.tr("De beschikking loopt tot %1; de evaluatie is uiterlijk dan.") \
                .replace("%1", _nl(end))
        self.cap.setText(text)
