"""Results with the family: own words, SMART formulation, domains, members, owner,
target date and the GAS levels -2..+2 with the start level and weight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.gas import LEVELS
from ...core.results import LIFE_DOMAINS, Result, smart_hints
from ...core.validation import ValidationError
from ..autosave import flush_all
from ..messages import validation_message
from .common import AutoForm, CaseFollower, ListEditor, combo, date_text, run_guarded, select_data


def level_names() -> dict[int, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        -2: QCoreApplication.translate("results", "-2 · veel minder dan verwacht"),
        -1: QCoreApplication.translate("results", "-1 · minder dan verwacht"),
        0: QCoreApplication.translate("results", "0 · verwacht niveau (het doel)"),
        1: QCoreApplication.translate("results", "+1 · beter dan verwacht"),
        2: QCoreApplication.translate("results", "+2 · veel beter dan verwacht"),
    }


def smart_text(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "specific": QCoreApplication.translate("results", "Maak het concreet: wie doet of bereikt wat, en waar?"),
        "measurable": QCoreApplication.translate("results", "Maak het meetbaar: hoe vaak, hoeveel, of waaraan ziet u het?"),
        "timebound": QCoreApplication.translate("results", "Zet er een tijd bij: wanneer is het bereikt? Vul ook een streefdatum in."),
        "positive": QCoreApplication.translate("results", "Schrijf het doel positief: wat gaat er wél gebeuren?"),
        "levels": QCoreApplication.translate("results", "Beschrijf alle vijf niveaus, van -2 (veel minder) tot +2 (veel beter)."),
    }[code]


class ResultsTab(CaseFollower, ListEditor):
    FOLLOW_KINDS = ("results", "members")

    def __init__(self, area, case_id: int, indicator, events, parent=None):
        super().__init__(indicator, self.tr("Resultaat &toevoegen"), self.tr("Resultaat ver&wijderen"),
                         self.tr("Nog geen resultaten. Kies 'Resultaat toevoegen' en schrijf samen "
                                 "met het gezin op wat zij willen bereiken."),
                         "resultList", parent)
        self.area, self.case_id = area, case_id
        self.family_id = area.get_case(case_id).family_id
        self._loading = False
        # the order of the results: one place up or down
        self.up_button = QPushButton(self.tr("Om&hoog"))
        self.up_button.setObjectName("resultUp")
        self.up_button.setAccessibleName(self.tr("Resultaat een plaats omhoog"))
        self.down_button = QPushButton(self.tr("O&mlaag"))
        self.down_button.setObjectName("resultDown")
        self.down_button.setAccessibleName(self.tr("Resultaat een plaats omlaag"))
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        self.list.parentWidget().layout().addLayout(order)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        editor = QWidget()
        layout = QVBoxLayout(editor)
        form = AutoForm(indicator)
        self.form = form
        self.words = form.add("family_words", self.tr("In de &woorden van het gezin"),
                              QPlainTextEdit(), self._saver("family_words"))
        self.words.setPlaceholderText(self.tr("Wat wil het gezin bereiken? Schrijf het op zoals zij het zeggen."))
        self.formulation = form.add("formulation", self.tr("&Professionele formulering (SMART)"),
                                    QPlainTextEdit(), self._saver("formulation"))
        for edit in (self.words, self.formulation):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
        self.hints = QLabel()
        self.hints.setObjectName("hint")
        self.hints.setWordWrap(True)
        form.addRow("", self.hints)
        self.domains = QListWidget()
        self.domains.setObjectName("domains")
        self.domains.setAccessibleName(self.tr("Leefgebieden"))
        self.domains.setFixedHeight(110)
        for domain in LIFE_DOMAINS:
            item = QListWidgetItem(domain)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.domains.addItem(item)
        form.add("domains", self.tr("&Leefgebieden"), self.domains)
        self.domains.itemChanged.connect(lambda _i: self._save_checked("domains", self.domains))
        self.member_list = QListWidget()
        self.member_list.setObjectName("members")
        self.member_list.setAccessibleName(self.tr("Voor wie"))
        self.member_list.setFixedHeight(80)
        self._fill_members()
        form.add("member_ids", self.tr("Voor &wie"), self.member_list)
        self.member_list.itemChanged.connect(
            lambda _i: self._save_checked("member_ids", self.member_list))
        self.owner = form.add("owner", self.tr("&Eigenaar (wie let erop)"), QLineEdit(),
                              self._saver("owner"))
        target = QLineEdit()
        target.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.target = form.add("target_date", self.tr("&Streefdatum"), target,
                               self._saver("target_date"))
        self.weight = form.add("weight", self.tr("&Gewicht"),
                               combo([(str(w), w) for w in range(1, 11)], "weight"),
                               self._saver("weight"))
        layout.addLayout(form)

        gas = QGroupBox(self.tr("Doelniveaus (Goal Attainment Scaling)"))
        gas_form = AutoForm(indicator)
        names = level_names()
        self.levels: dict[int, QLineEdit] = {}
        for level in reversed(LEVELS):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Wat ziet u dan? Beschrijf het concreet."))
            self.levels[level] = gas_form.add(f"level_{level}", names[level], edit,
                                              self._saver(f"level:{level}"))
        self.start_level = gas_form.add(
            "start_level", self.tr("Niveau bij de &start"),
            combo([(self.tr("nog niet bepaald"), None)] + [(names[lv], lv) for lv in LEVELS],
                  "start_level"), self._saver("start_level"))
        gas.setLayout(gas_form)
        layout.addWidget(gas)
        layout.addStretch(1)
        self.set_editor(editor)
        self.reload()
        self.follow_case(events)

    def focus_first(self) -> None:
        self.words.setFocus()

    def _fill_members(self) -> None:
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for person in self.area.members(self.case_id):
            item = QListWidgetItem(person.full_name)
            item.setData(Qt.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.member_list.addItem(item)
        self.member_list.blockSignals(False)

    def refresh_view(self) -> None:
        with self.own():  # what is being typed is saved first
            flush_all(self.scroll)
        self._fill_members()
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._order_buttons()

    def _order_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(not self.read_only and row > 0)
        self.down_button.setEnabled(not self.read_only and 0 <= row < self.list.count() - 1)

    def _move(self, offset: int) -> None:
        if self.current_id is None:
            return
        flush_all(self.scroll)
        ok, moved = run_guarded(self, self.tr("Volgorde"),
                                lambda: self.write(self.area.move_result, self.current_id, offset))
        if ok and moved:
            self.reload(select=self.current_id)
            self.changed.emit()
            (self.up_button if offset < 0 else self.down_button).setFocus()

    def _selected(self, item) -> None:
        super()._selected(item)
        self._order_buttons()

    def _saver(self, field: str):
        def save(value):
            if self._loading or self.current_id is None:
                return value
            cleaned = self.write(self.area.update_result, self.current_id, field, value)
            self._after_save()
            return cleaned
        return save

    def _save_checked(self, field: str, widget: QListWidget) -> None:
        if self._loading or self.current_id is None:
            return
        values = []
        for row in range(widget.count()):
            item = widget.item(row)
            if item.checkState() == Qt.Checked:
                values.append(item.data(Qt.UserRole) if field == "member_ids" else item.text())
        try:
            self.write(self.area.update_result, self.current_id, field, values)
        except ValidationError as exc:
            self.indicator.failed()
            self.hints.setText(validation_message(exc.code))
            return
        self.indicator.saved()
        self._after_save()

    def _after_save(self) -> None:
        self.refresh_label()
        self._show_hints(self.area.get_result(self.current_id))

    def _show_hints(self, result: Result) -> None:
        hints = smart_hints(result)
        self.hints.setText("\n".join("• " + smart_text(h) for h in hints) if hints
                           else self.tr("✓ Deze formulering is SMART."))

    def items(self) -> list[tuple[int, str]]:
        out = []
        for n, r in enumerate(self.area.results_for_case(self.case_id), start=1):
            start = "" if r.start_level is None else f" · start {r.start_level:+d}".replace("+0", "0")
            out.append((r.id, f"{n}. {r.title[:90]}{start}"))
        return out

    def create(self) -> int:
        return self.write(self.area.add_result, Result(case_id=self.case_id))

    def delete(self, item_id: int) -> None:
        self.write(self.area.remove_result, item_id)

    def load(self, item_id: int) -> None:
        self._loading = True
        try:
            r = self.area.get_result(item_id)
            for edit, text in ((self.words, r.family_words), (self.formulation, r.formulation)):
                edit.blockSignals(True)  # loading is not typing: no autosave
                edit.setPlainText(text)
                edit.blockSignals(False)
            self.owner.setText(r.owner)
            self.target.setText(date_text(r.target_date))
            select_data(self.weight, r.weight)
            select_data(self.start_level, r.start_level)
            for level, edit in self.levels.items():
                edit.setText(r.levels.get(level, ""))
            for row in range(self.domains.count()):
                item = self.domains.item(row)
                item.setCheckState(Qt.Checked if item.text() in r.domains else Qt.Unchecked)
            for row in range(self.member_list.count()):
                item = self.member_list.item(row)
                item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in r.member_ids
                                   else Qt.Unchecked)
            self._show_hints(r)
        finally:
            self._loading = False
