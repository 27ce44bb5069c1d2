"""Actions (afspraken): who does what and when - family, network or professional."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...core.results import ACTION_STATUSES, ACTION_WHO, Action
from ..autosave import flush_all
from .common import AutoForm, CaseFollower, ListEditor, combo, date_text, select_data


def who_label(kind: str) -> str:
    return {"gezin": QCoreApplication.translate("results", "gezin"), "netwerk": QCoreApplication.translate("results", "netwerk"),
            "professional": QCoreApplication.translate("results", "professional")}.get(kind, kind)


def action_status_label(status: str) -> str:
    return {"gepland": QCoreApplication.translate("results", "gepland"), "bezig": QCoreApplication.translate("results", "bezig"),
            "gedaan": QCoreApplication.translate("results", "gedaan"), "vervallen": QCoreApplication.translate("results", "vervallen")}.get(
        status, status)


class ActionsTab(CaseFollower, ListEditor):
    FOLLOW_KINDS = ("results",)  # actions, and the results they belong to

    def __init__(self, area, case_id: int, indicator, events, parent=None):
        super().__init__(indicator, self.tr("Afspraak toe&voegen"), self.tr("Afspraak verwij&deren"),
                         self.tr("Nog geen afspraken. Wie doet wat, en wanneer? Denk ook aan wat "
                                 "het gezin en het netwerk zelf doen."), "actionList", parent)
        self.area, self.case_id = area, case_id
        self.family_id = area.get_case(case_id).family_id
        self._loading = False
        editor = QWidget()
        layout = QVBoxLayout(editor)
        form = AutoForm(indicator)
        self.what = form.add("what", self.tr("&Wat"), QPlainTextEdit(), self._saver("what"))
        self.what.setTabChangesFocus(True)
        self.what.setFixedHeight(72)
        self.who_kind = form.add("who_kind", self.tr("Wie &hoort erbij"),
                                 combo([(who_label(k), k) for k in ACTION_WHO], "who_kind"),
                                 self._saver("who_kind"))
        self.who = form.add("who", self.tr("W&ie (naam of rol)"), QLineEdit(), self._saver("who"))
        due = QLineEdit()
        due.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.due = form.add("due", self.tr("Wa&nneer"), due, self._saver("due"))
        self.status = form.add("status", self.tr("&Status"),
                               combo([(action_status_label(s), s) for s in ACTION_STATUSES],
                                     "actionStatus"), self._saver("status"))
        self.result = form.add("result_id", self.tr("Hoort bij &resultaat"),
                               combo([], "actionResult"), self._saver("result_id"))
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_editor(editor)
        self.reload()
        self.follow_case(events)

    def focus_first(self) -> None:
        self.what.setFocus()

    def refresh_view(self) -> None:
        with self.own():  # what is being typed is saved first
            flush_all(self.scroll)
        self.reload()

    def _saver(self, field: str):
        def save(value):
            if self._loading or self.current_id is None:
                return value
            cleaned = self.write(self.area.update_action, self.current_id, field, value)
            self.refresh_label()
            return cleaned
        return save

    def items(self) -> list[tuple[int, str]]:
        out = []
        for a in self.area.actions_for_case(self.case_id):
            who = a.who or who_label(a.who_kind)
            when = date_text(a.due) or "–"
            what = " ".join(a.what.split())[:70] or self.tr("(nog niet ingevuld)")
            out.append((a.id, f"{what}\n{who} · {when} · {action_status_label(a.status)}"))
        return out

    def create(self) -> int:
        return self.write(self.area.add_action, Action(case_id=self.case_id))

    def delete(self, item_id: int) -> None:
        self.write(self.area.remove_action, item_id)

    def load(self, item_id: int) -> None:
        self._loading = True
        try:
            a = self.area.get_action(item_id)
            self.what.blockSignals(True)
            self.what.setPlainText(a.what)
            self.what.blockSignals(False)
            select_data(self.who_kind, a.who_kind)
            self.who.setText(a.who)
            self.due.setText(date_text(a.due))
            select_data(self.status, a.status)
            self.result.clear()
            self.result.addItem(self.tr("geen"), None)
            for n, r in enumerate(self.area.results_for_case(self.case_id), start=1):
                self.result.addItem(f"{n}. {r.title[:60]}", r.id)
            select_data(self.result, a.result_id)
        finally:
            self._loading = False
