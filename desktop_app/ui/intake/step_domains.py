"""The life-domain steps, generated from forms/intake.toml: per domain what goes
well, worries, a self-reliance score 1–5 with our own level texts, the
Krachtenwijzer split and the priority flag. Then a summary of what scores 1 or 2.

One step per matrix and person (core.zrm): the ZRM of each adult, the household's
ZRM-Huishoudens and children supplement, ZRM-Jongeren per youth of 12–17. The old
'household and parents' scores (migration m1050) get a read-only step: every answer
visible, nothing editable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..autosave import flush_all
from ..i18n import in_ui_lang, language
from .base import AutoForm, IntakeFieldSaver, StepPage, hint, set_combo, set_text, text_box


class DomainStep(StepPage):
    def __init__(self, ctx, set_key: str, person_id: int, title: str):
        self.key = f"domains:{set_key}:{person_id}"
        super().__init__(ctx)
        self.set = ctx.form.set(set_key)
        self.person_id = person_id
        self._title = title
        self.domain_key = self.set.domains[0].key
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Leefgebieden"))
        self.list = QListWidget()
        self.list.setObjectName("domains")
        self.list.setAccessibleName(self.tr("Leefgebieden"))
        self.list.setMaximumWidth(260)
        list_label.setBuddy(self.list)
        for d in self.set.domains:
            item = QListWidgetItem(d.in_lang("label", language()))
            item.setData(Qt.UserRole, d.key)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._selected)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        layout.addLayout(left)

        right = QVBoxLayout()
        # Whose matrix this is (an adult, the household, a youth): one step per person.
        self.whose = QLabel(title)
        self.whose.setObjectName("stepTitle")
        self.whose.setWordWrap(True)
        right.addWidget(self.whose)
        if self.set.intro:
            right.addWidget(hint(self.set.in_lang("intro", language())))
        self.heading = QLabel()
        self.heading.setObjectName("domainTitle")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1d3557;")
        self.heading.setWordWrap(True)
        right.addWidget(self.heading)
        form = AutoForm(ctx.indicator, labels_above=True)
        self.form = form
        self.good = form.add("good", self.tr("Wat gaat &goed?"), text_box(3), lambda v: self._save("good", v))
        self.worries = form.add("worries", self.tr("Wat zijn de zo&rgen?"), text_box(3),
                                lambda v: self._save("worries", v))
        score = QComboBox()
        score.addItem(self.tr("– nog geen score"), 0)
        for level in ctx.form.scale:
            score.addItem(f"{level.score} – {level.in_lang('label', language())}", level.score)
        self.score = form.add("score", self.tr("&Zelfredzaamheid (1–5)"), score, lambda v: self._save("score", v))
        self.level_text = hint("")
        self.level_text.setObjectName("levelText")
        form.addRow("", self.level_text)
        krachten = QWidget()
        krow = QHBoxLayout(krachten)
        krow.setContentsMargins(0, 0, 0, 0)
        self.krachten: dict[str, QComboBox] = {}
        k = ctx.form.krachten
        for field in ("eigen", "netwerk", "hulp"):
            label = k.in_lang(field, language())
            combo = QComboBox()
            combo.setObjectName(f"krachten_{field}")
            combo.setAccessibleName(label)
            combo.addItem("–", None)
            for n in range(11):
                combo.addItem(str(n), n)
            IntakeFieldSaver(combo, lambda v, f=field: self._save(f, v), ctx.indicator)
            lbl = QLabel(label)
            lbl.setBuddy(combo)
            krow.addWidget(lbl)
            krow.addWidget(combo)
            self.krachten[field] = combo
        krow.addStretch(1)
        kr_label = QLabel(self.tr("Waar rust het op?"))
        kr_label.setWordWrap(True)
        kr_label.setToolTip(k.question)
        form.addRow(kr_label, krachten)
        self.shares = hint(k.question)
        form.addRow("", self.shares)
        self.priority = form.add("priority", "", QCheckBox(self.tr("Dit vindt het gezin het &belangrijkst (prioriteit)")),
                                 lambda v: self._save("priority", v))
        right.addLayout(form)
        if self.set.read_only:
            self.read_only_note = hint(self.tr(
                "Alleen te lezen: deze scores zijn van vóór de ZRM per volwassene en blijven "
                "zoals ze gegeven zijn."))
            self.read_only_note.setObjectName("readOnlyNote")
            right.addWidget(self.read_only_note)
            for box in (self.good, self.worries):
                box.setReadOnly(True)  # still reachable and selectable by keyboard
            for widget in (self.score, self.priority, *self.krachten.values()):
                widget.setEnabled(False)
        right.addStretch(1)
        layout.addLayout(right, 1)
        self.list.setCurrentRow(0)

    def title(self) -> str:
        return self._title

    def enter(self) -> None:
        for i in range(self.list.count()):
            self._label_item(self.list.item(i))
        self._load()

    def _answer(self, key: str | None = None):
        return self.ctx.intake.domain(self.ctx.case_id, self.set.key, key or self.domain_key, self.person_id)

    def _label_item(self, item: QListWidgetItem) -> None:
        a = self._answer(item.data(Qt.UserRole))
        label = self.set.domain(item.data(Qt.UserRole)).in_lang("label", language())
        marks = (f" · {a.score}" if a.score else "") + (" ★" if a.priority else "")
        item.setText(label + marks)

    def _selected(self, item) -> None:
        if item is None:
            return
        flush_all(self)
        self.domain_key = item.data(Qt.UserRole)
        self._load()

    def _load(self) -> None:
        domain = self.set.domain(self.domain_key)
        a = self._answer()
        self.heading.setText(domain.in_lang("label", language()))
        self.form.labels["good"].setText(self.tr("&Goed: %1").replace("%1", domain.in_lang("good", language())))
        self.form.labels["worries"].setText(self.tr("Zo&rgen: %1").replace("%1", domain.in_lang("worries", language())))
        self.good.setAccessibleName(domain.in_lang("good", language()))
        self.worries.setAccessibleName(domain.in_lang("worries", language()))
        set_text(self.good, a.good)
        set_text(self.worries, a.worries)
        set_combo(self.score, a.score or 0)
        for field, combo in self.krachten.items():
            set_combo(combo, getattr(a, field))
        self.priority.blockSignals(True)
        self.priority.setChecked(a.priority)
        self.priority.blockSignals(False)
        self._show_level(a.score)
        self._show_shares(a)

    def _show_level(self, score: int | None) -> None:
        if score:
            domain = self.set.domain(self.domain_key)
            self.level_text.setText(f"{score}: {self.ctx.form.level_text(domain, score, language())}")
        else:
            self.level_text.setText(self.tr("Kies een score van 1 (acuut probleem) tot 5 (volledig zelfredzaam)."))

    def _show_shares(self, a) -> None:
        shares = a.shares()
        k = self.ctx.form.krachten
        if shares is None:
            self.shares.setText(k.in_lang("question", language()))
            return
        e, n, h = (round(x * 100) for x in shares)
        lang = language()
        self.shares.setText(f"{k.in_lang('eigen', lang)} {e}% · {k.in_lang('netwerk', lang)} {n}% · "
                            f"{k.in_lang('hulp', lang)} {h}%")

    def _save(self, field: str, value):
        cleaned = self.ctx.intake.set_domain_field(self.ctx.case_id, self.set.key, self.domain_key,
                                                 self.person_id, field, value)
        a = self._answer()
        if field == "score":
            self._show_level(cleaned)
        self._show_shares(a)
        item = self.list.currentItem()
        if item is not None:
            self._label_item(item)
        return cleaned

    def focus_first(self) -> None:
        (self.list if self.set.read_only else self.good).setFocus()


class SummaryStep(StepPage):
    key = "summary"

    def __init__(self, ctx):
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Hier staan de leefgebieden met score 1 of 2 (acuut probleem of niet zelfredzaam) en "
            "wat het gezin het belangrijkst vindt. Bespreek samen waar jullie mee beginnen.")))
        low_label = QLabel(self.tr("Score 1 of &2"))
        self.low = QListWidget()
        self.low.setObjectName("lowDomains")
        self.low.setAccessibleName(self.tr("Leefgebieden met score 1 of 2"))
        low_label.setBuddy(self.low)
        layout.addWidget(low_label)
        layout.addWidget(self.low, 1)
        prio_label = QLabel(self.tr("&Prioriteiten van het gezin"))
        self.prio = QListWidget()
        self.prio.setObjectName("priorities")
        self.prio.setAccessibleName(self.tr("Prioriteiten van het gezin"))
        prio_label.setBuddy(self.prio)
        layout.addWidget(prio_label)
        layout.addWidget(self.prio, 1)
        self.krachten = QLabel()
        self.krachten.setObjectName("krachtenSummary")
        self.krachten.setWordWrap(True)
        layout.addWidget(self.krachten)

    def title(self) -> str:
        return self.tr("Samenvatting leefgebieden")

    def enter(self) -> None:
        s = self.ctx.intake.summary(self.ctx.case_id, self.ctx.form)
        self.low.clear()
        for f in s.low_domains:
            level = self.ctx.form.scale[f.score - 1].in_lang('label', language())
            star = " ★" if f.priority else ""
            self.low.addItem(f"{f.score} – {f.label} ({in_ui_lang(f.whose)}) · {level}{star}")
        if not s.low_domains:
            self.low.addItem(self.tr("Geen leefgebieden met score 1 of 2."))
        self.prio.clear()
        for f in s.priorities:
            self.prio.addItem(f"★ {f.label} ({in_ui_lang(f.whose)})" + (f" · {f.score}" if f.score else ""))
        if not s.priorities:
            self.prio.addItem(self.tr("Nog geen prioriteiten gekozen."))
        if s.own_strength_share is None:
            self.krachten.setText(self.tr("De Krachtenwijzer is nog niet ingevuld."))
        else:
            self.krachten.setText(
                self.tr("Gemiddeld rust %1% van wat nu lukt op eigen kracht en het netwerk.")
                .replace("%1", str(round(s.own_strength_share * 100))))

    def focus_first(self) -> None:
        self.low.setFocus()
