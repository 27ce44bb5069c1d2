"""Deployed help (inzet): product from the catalog, provider with the contract check,
volume in iJw codes, period, beschikking, verwijzer, location, results it serves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import codelists
from ...core.costs import format_euro, volume_message
from ...core.messages import msg
from ...core.results import DEPLOYMENT_STATUSES, LOCATIONS, Deployment
from ..autosave import flush_all
from ..i18n import in_ui_lang
from .children_list import ChildrenList
from .common import AutoForm, CaseFollower, ListEditor, combo, date_text, run_guarded, select_data
from .dialogs import ContractWarningDialog, EndDeploymentDialog, VolumeChangeDialog


def location_label(code: str) -> str:
    return {"thuis": QCoreApplication.translate("results", "thuis"), "school": QCoreApplication.translate("results", "op school (OSK)"),
            "kinderopvang": QCoreApplication.translate("results", "in de kinderopvang (OSK)"),
            "aanbieder": QCoreApplication.translate("results", "bij de zorgaanbieder")}.get(code, code)


def deployment_status_label(status: str) -> str:
    return {"aangevraagd": QCoreApplication.translate("results", "aangevraagd"), "toegewezen": QCoreApplication.translate("results", "toegewezen"),
            "gestart": QCoreApplication.translate("results", "gestart"), "beëindigd": QCoreApplication.translate("results", "beëindigd")}.get(
        status, status)


def cost_text(estimate) -> str:
    if estimate is None:
        return ""
    if not estimate.known:
        return QCoreApplication.translate("results", "onbekend (%1)").replace("%1", in_ui_lang(msg("cost.problem", code=estimate.problem)))
    return format_euro(estimate.cents)


class DeploymentsTab(CaseFollower, ListEditor):
    FOLLOW_KINDS = ("deployments", "results", "catalog", "evaluation", "members")
    ANY_CATALOG = True  # new products, providers and names, whichever case they concern

    def __init__(self, area, case_id: int, region: str, indicator, events, parent=None):
        super().__init__(indicator, self.tr("Inzet toe&voegen"), self.tr("Inzet verwij&deren"),
                         self.tr("Nog geen hulp ingezet. Kies 'Inzet toevoegen' om een product "
                                 "uit de regionale catalogus te kiezen."), "deploymentList", parent)
        self.area, self.case_id, self.region = area, case_id, region
        self.family_id = area.get_case(case_id).family_id
        self._loading = False
        self.dialog: ContractWarningDialog | None = None
        editor = QWidget()
        layout = QVBoxLayout(editor)
        form = AutoForm(indicator)
        self.product = form.add("product", self.tr("&Product"), combo([], "product"))
        self._fill_products()
        self.provider = form.add("provider", self.tr("&Zorgaanbieder"), combo([], "provider"))
        for box in (self.product, self.provider):
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(30)
            box.activated.connect(self._provider_or_product_chosen)
        # An empty catalogue: nothing to choose, and where to fill it.
        self.no_catalog = QLabel(self.tr(
            "Er staan nog geen producten in de catalogus, dus u kunt nog geen product kiezen. "
            "Ga naar 'Ga naar → Catalogus' en kies 'CSV inlezen…' met het bestand van de regio "
            "(zie de handleiding, F1: 'De catalogus van de regio')."))
        self.no_catalog.setObjectName("hint")
        self.no_catalog.setWordWrap(True)
        form.addRow("", self.no_catalog)
        self.no_catalog.setVisible(self.product.count() <= 1)
        self.contract = QLabel()
        self.contract.setObjectName("contractStatus")
        self.contract.setWordWrap(True)
        form.addRow("", self.contract)
        self.amount = form.add("amount", self.tr("&Omvang"), QLineEdit(), self._saver("amount"))
        self.amount.setPlaceholderText(self.tr("hele getallen, bijvoorbeeld 3"))
        self.unit = form.add("unit", self.tr("&Eenheid"),
                             combo([(f"{c} {in_ui_lang(msg('code.name', name='eenheid', code=c))}", c)
                                    for c in codelists.units()], "unit"),
                             self._saver("unit"))
        self.frequency = form.add(
            "frequency", self.tr("&Frequentie"),
            combo([(f"{c} {in_ui_lang(msg('code.name', name='frequentie', code=c))}", c)
                   for c in codelists.frequencies()], "frequency"),
            self._saver("frequency"))
        start, end = QLineEdit(), QLineEdit()
        for edit in (start, end):
            edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.start = form.add("start_date", self.tr("&Begindatum"), start, self._saver("start_date"))
        self.end = form.add("end_date", self.tr("Ein&ddatum"), end, self._saver("end_date"))
        self.number = form.add("beschikkingnummer", self.tr("Beschikkings&nummer"), QLineEdit(),
                               self._saver("beschikkingnummer"))
        self.referrer = form.add(
            "referrer", self.tr("&Verwijzer"),
            combo([("", "")] + [(f"{c} {in_ui_lang(msg('code.name', name='verwijzer', code=c))}", c)
                            for c in codelists.referrers()],
                  "referrer"), self._saver("referrer"))
        self.location = form.add("location", self.tr("&Waar"),
                                 combo([(location_label(x), x) for x in LOCATIONS], "location"),
                                 self._saver("location"))
        self.status = form.add("status", self.tr("&Status"),
                               combo([(deployment_status_label(s), s) for s in DEPLOYMENT_STATUSES],
                                     "deploymentStatus"), self._saver("status"))
        self.end_reason = form.add(
            "end_reason", self.tr("Reden &beëindiging"),
            combo([("", "")] + [(f"{c} {t}", c) for c, t in codelists.jz588().items()],
                  "endReason"), self._saver("end_reason"))
        self.results = QListWidget()
        self.results.setObjectName("servesResults")
        self.results.setAccessibleName(self.tr("Helpt bij resultaten"))
        self.results.setFixedHeight(90)
        form.add("results", self.tr("Helpt bij &resultaten"), self.results)
        self.results.itemChanged.connect(self._save_results)
        # Which children the help is for: a provider's letter names only these.
        self.children = ChildrenList(area, case_id, self.write)
        self.children.saved.connect(self.indicator.saved)
        form.add("children", self.tr("Voor welk &kind"), self.children)
        layout.addLayout(form)
        self.cost = QLabel()
        self.cost.setObjectName("deploymentCost")
        self.cost.setWordWrap(True)
        self.cost.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.cost)
        row = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Omvang w&ijzigen (afschalen)…"))
        self.change_button.setObjectName("changeVolume")
        self.change_button.clicked.connect(self._change_volume)
        row.addWidget(self.change_button)
        self.end_button = QPushButton(self.tr("Inzet beëindi&gen…"))
        self.end_button.setObjectName("endDeployment")
        self.end_button.clicked.connect(self._end)
        row.addWidget(self.end_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.set_editor(editor)
        self.reload()
        self.follow_case(events)

    def focus_first(self) -> None:
        self.product.setFocus()

    def refresh_view(self) -> None:
        """Another screen changed the case or the catalogue (an evaluation scaled the help
        down, new tariffs were imported): save what is being typed, then read it all again."""
        if self.dialog is not None and self.dialog.isVisible():
            return  # the contract warning is open: its answer reloads
        with self.own():
            flush_all(self.scroll)
        self._fill_products()
        self.reload()

    # -- saving ------------------------------------------------------------------------
    def _saver(self, field: str):
        def save(value):
            if self._loading or self.current_id is None:
                return value
            cleaned = self.write(self.area.update_deployment, self.current_id, field, value)
            self._refresh_cost()
            return cleaned
        return save

    def _save_results(self, _item=None) -> None:
        if self._loading or self.current_id is None:
            return
        ids = [self.results.item(i).data(Qt.UserRole) for i in range(self.results.count())
               if self.results.item(i).checkState() == Qt.Checked]
        ok, _ = run_guarded(self, self.tr("Inzet"), lambda: self.write(
            self.area.set_deployment_results, self.current_id, ids))
        if ok:
            self.indicator.saved()
        else:
            self.load(self.current_id)

    def _provider_or_product_chosen(self, _index=None) -> None:
        if self._loading or self.current_id is None:
            return
        if self.sender() is self.product:
            self._fill_providers(self.product.currentData(), self.provider.currentData())
        provider, product = self.provider.currentData(), self.product.currentData()
        if self.area.contract_status(self.case_id, provider, product) is False:
            self.dialog = ContractWarningDialog(
                self.provider.currentText().split(" – ")[0], self.product.currentText(),
                self.region, self)
            self.dialog.accepted.connect(lambda: self._store_choice(provider, product,
                                                                    self.dialog.reason_text()))
            self.dialog.rejected.connect(lambda: self.load(self.current_id))
            self.dialog.open()
            return
        self._store_choice(provider, product, "")

    def _store_choice(self, provider, product, reason: str) -> None:
        ok, _ = run_guarded(self, self.tr("Inzet"), lambda: self.write(
            self.area.set_provider_product, self.current_id, provider, product, reason))
        if ok:
            self.indicator.saved()
        self.load(self.current_id)
        self.refresh_label()

    def _change_volume(self) -> None:
        self._run_dialog(VolumeChangeDialog)

    def _end(self) -> None:
        self._run_dialog(EndDeploymentDialog)

    def _run_dialog(self, dialog_class) -> None:
        """A dialog that changes the current deployment through the session, then re-read."""
        flush_all(self.scroll)
        dialog = dialog_class(self.area, self.area.get_deployment(self.current_id), self)
        with self.own():
            accepted = dialog.exec()
        if accepted:
            self.indicator.saved()
            self.load(self.current_id)
            self.refresh_label()

    # -- loading -------------------------------------------------------------------------
    def _fill_products(self) -> None:
        selected = self.product.currentData()
        self.product.clear()
        self.product.addItem(self.tr("– kies een product –"), None)
        products = self.area.products()
        if hasattr(self, "no_catalog"):
            self.no_catalog.setVisible(not products)
        self.empty_label.setText(self.tr(
            "Nog geen hulp ingezet. Kies 'Inzet toevoegen' om een product uit de regionale "
            "catalogus te kiezen.") if products else self.tr(
            "Nog geen hulp ingezet, en de catalogus is nog leeg: er zijn geen producten om te "
            "kiezen. Ga naar 'Ga naar → Catalogus' en kies 'CSV inlezen…' met het bestand van "
            "de regio (zie de handleiding, F1: 'De catalogus van de regio')."))
        for p in products:
            self.product.addItem(
                f"{p.code} · {p.name} ({codelists.label('jz020', p.category)})", p.id)
        select_data(self.product, selected)

    def _fill_providers(self, product_id, selected) -> None:
        self.provider.clear()
        self.provider.addItem(self.tr("– kies een aanbieder –"), None)
        if product_id is None:
            return
        contracted = self.area.contracted_provider_ids(product_id, self.region)
        providers = self.area.providers()
        for p in sorted(providers, key=lambda p: (p.id not in contracted, p.name)):
            text = p.name if p.id in contracted else self.tr("%1 – geen contract in %2") \
                .replace("%1", p.name).replace("%2", self.region)
            self.provider.addItem(text, p.id)
        select_data(self.provider, selected)

    def _refresh_cost(self) -> None:
        dep = self.area.get_deployment(self.current_id)
        lines = [self.tr("Geschatte kosten over de beschikkingsperiode: %1").replace(
            "%1", cost_text(dep.cost))]
        if dep.cost and dep.cost.known and dep.product_id:
            unit = codelists.units().get(self.area.get_product(dep.product_id).unit, "")
            for year in dep.cost.years:
                lines.append(self.tr("  %1: %2 (tarief %3 per %4)").replace(
                    "%1", str(year.year)).replace("%2", format_euro(int(round(year.cents))))
                    .replace("%3", format_euro(year.tariff_cents)).replace("%4", unit.lower()))
        for change in dep.history:
            lines.append(self.tr("Vanaf %1: %2 (was %3). Reden: %4").replace(
                "%1", date_text(change.from_date)).replace("%2", in_ui_lang(volume_message(change.new)))
                .replace("%3", in_ui_lang(volume_message(change.old))).replace("%4", change.reason))
        self.cost.setText("\n".join(lines))
        running = dep.status != "beëindigd"
        self.change_button.setEnabled(running and dep.start is not None and dep.end is not None)
        self.end_button.setEnabled(running)
        self.refresh_label()

    def items(self) -> list[tuple[int, str]]:
        out = []
        for d in self.area.deployments_for_case(self.case_id):
            name = d.product_name or self.tr("(nog geen product)")
            provider = d.provider_name or self.tr("nog geen aanbieder")
            flag = " ⚠" if d.contracted is False else ""
            ended = (" · " + deployment_status_label(d.status)) if d.status == "beëindigd" else ""
            out.append((d.id, f"{name}{flag}\n{provider} · {in_ui_lang(volume_message(d.volume))} · "
                              f"{cost_text(d.cost)}{ended}"))
        return out

    def create(self) -> int:
        return self.write(self.area.add_deployment, Deployment(case_id=self.case_id))

    def delete(self, item_id: int) -> None:
        self.write(self.area.remove_deployment, item_id)

    def load(self, item_id: int) -> None:
        self._loading = True
        try:
            d = self.area.get_deployment(item_id)
            select_data(self.product, d.product_id)
            self._fill_providers(d.product_id, d.provider_id)
            if d.contracted is False:
                self.contract.setText(self.tr("⚠ Geen contract in %1. Reden: %2")
                                      .replace("%1", self.region).replace("%2", d.contract_reason))
            elif d.contracted:
                self.contract.setText(self.tr("✓ Gecontracteerd in %1").replace("%1", self.region))
            else:
                self.contract.setText("")
            self.amount.setText("" if d.volume.amount is None else str(d.volume.amount))
            select_data(self.unit, d.volume.unit)
            select_data(self.frequency, d.volume.frequency)
            self.start.setText(date_text(d.start))
            self.end.setText(date_text(d.end))
            self.number.setText(d.beschikkingnummer)
            select_data(self.referrer, d.referrer)
            select_data(self.location, d.location)
            select_data(self.status, d.status)
            select_data(self.end_reason, d.end_reason)
            self.results.clear()
            for n, r in enumerate(self.area.results_for_case(self.case_id), start=1):
                item = QListWidgetItem(f"{n}. {r.title[:70]}")
                item.setData(Qt.UserRole, r.id)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if r.id in d.result_ids else Qt.Unchecked)
                self.results.addItem(item)
            self.children.load(item_id)
            self._refresh_cost()
        finally:
            self._loading = False
