"""Deployed help of a case (product, provider, volume, period) and its cost,
kept on write: every change re-estimates the case and its caseload summary.

A deployment's volume is changed for a period through `change_volume`
(afschalen/opschalen): the old volume stays in `deployment_volume_changes`;
editing the amount in the form corrects it instead. `Results` (store/results.py)
extends this class with the case's results and actions.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from ..core import codelists
from ..core import validation as v
from ..core.costs import (
    CostEstimate,
    Volume,
    change_saving,
    deployment_cost,
)
from ..core.results import DEPLOYMENT_STATUSES, LOCATIONS, CaseCost, Deployment, VolumeChange
from . import rows
from .catalog import Catalog
from .families import Families, now
from .rows import clean_amount


class Deployments:
    def __init__(self, db: Database):
        self.db = db
        self.catalog = Catalog(db)

    def _case(self, case_id: int) -> dict:
        return self.db["cases"].get(case_id)

    # -- deployments -----------------------------------------------------------------
    def deployments_for_case(self, case_id: int) -> list[Deployment]:
        found = self.db.query(
            "SELECT d.*, pv.name AS provider_name, pr.code AS product_code, "
            "pr.name AS product_name FROM deployments d "
            "LEFT JOIN providers pv ON pv.id = d.provider_id "
            "LEFT JOIN products pr ON pr.id = d.product_id "
            "WHERE d.case_id = ? ORDER BY d.start_date IS NULL, d.start_date, d.id", [case_id])
        region = self._case(case_id)["region"]
        return [self._deployment(r, region) for r in found]

    def get_deployment(self, deployment_id: int) -> Deployment:
        case_id = self.db["deployments"].get(deployment_id)["case_id"]
        return next(d for d in self.deployments_for_case(case_id) if d.id == deployment_id)

    def _history(self, deployment_id: int) -> list[VolumeChange]:
        found = self.db.query(
            "SELECT * FROM deployment_volume_changes WHERE deployment_id = ? "
            "ORDER BY from_date, id", [deployment_id])
        return [VolumeChange(
            id=r["id"], deployment_id=deployment_id, from_date=rows.day(r["from_date"]),
            old=Volume(r["old_amount"], r["old_unit"], r["old_frequency"]),
            new=Volume(r["new_amount"], r["new_unit"], r["new_frequency"]),
            reason=r["reason"] or "", changed_at=r["changed_at"] or "") for r in found]

    def _deployment(self, r: dict, region: str) -> Deployment:
        dep = Deployment(
            id=r["id"], case_id=r["case_id"], provider_id=r["provider_id"],
            product_id=r["product_id"], category=r["category"] or "",
            volume=Volume(r["amount"], r["unit"], r["frequency"]),
            start=rows.day(r["start_date"]), end=rows.day(r["end_date"]),
            beschikkingnummer=r["beschikkingnummer"] or "", referrer=r["referrer"] or "",
            location=r["location"] or "thuis", status=r["status"], end_reason=r["end_reason"] or "",
            granted_end=rows.day(r.get("granted_end")),
            contracted=None if r["contracted"] is None else bool(r["contracted"]),
            contract_reason=r["contract_reason"] or "",
            contract_acknowledged_at=r["contract_acknowledged_at"] or "",
            provider_name=r.get("provider_name") or "", product_code=r.get("product_code") or "",
            product_name=r.get("product_name") or "",
        )
        dep.result_ids = [x[0] for x in self.db.execute(
            "SELECT result_id FROM deployment_results WHERE deployment_id = ? ORDER BY result_id",
            [dep.id]).fetchall()]
        dep.history = self._history(dep.id)
        dep.cost = self._estimate(dep, region)
        return dep

    def _estimate(self, dep: Deployment, region: str) -> CostEstimate:
        return deployment_cost(dep.volume, dep.start, dep.end, _changes(dep),
                               self._tariff(dep, region))

    def _tariff(self, dep: Deployment, region: str):
        contract = self.catalog.contract_for(dep.provider_id, dep.product_id, region)
        if contract is None:
            return None
        return contract.tariff(self.catalog.get_product(dep.product_id).unit)

    def contract_status(self, case_id: int, provider_id: int | None,
                        product_id: int | None) -> bool | None:
        if provider_id is None or product_id is None:
            return None
        region = self._case(case_id)["region"]
        return self.catalog.contract_for(provider_id, product_id, region) is not None

    def add_deployment(self, dep: Deployment) -> int:
        """Insert with its contract check: an uncontracted provider needs dep.contract_reason."""
        stamp = now()
        row = {
            "case_id": dep.case_id, "unit": codelists.UNIT_HOUR,
            "frequency": codelists.FREQ_WEEK, "status": "aangevraagd", "created_at": stamp,
            "updated_at": stamp,
        }
        with self.db.atomic():
            dep.id = self.db["deployments"].insert(row).last_pk
            self._set_provider_product(dep.id, dep.provider_id, dep.product_id,
                                       dep.contract_reason)
            for field, value in (("amount", dep.volume.amount), ("unit", dep.volume.unit),
                                 ("frequency", dep.volume.frequency), ("start_date", dep.start),
                                 ("end_date", dep.end),
                                 ("beschikkingnummer", dep.beschikkingnummer),
                                 ("referrer", dep.referrer), ("location", dep.location),
                                 ("status", dep.status), ("end_reason", dep.end_reason)):
                self._set_deployment(dep.id, field, value)
            self._set_results(dep.id, dep.result_ids)
            self._recompute_case(dep.case_id)
        return dep.id

    def _set_provider_product(self, deployment_id: int, provider_id: int | None,
                              product_id: int | None, reason: str = "") -> bool | None:
        row = self.db["deployments"].get(deployment_id)
        contracted = self.contract_status(row["case_id"], provider_id, product_id)
        reason = rows.text(reason, "contract_reason")
        if contracted is False and not reason:
            raise v.ValidationError("contract_reason", "contract_reason")
        product = self.catalog.get_product(product_id) if product_id else None
        category = product.category if product else ""
        # The volume's unit follows the unit the product's tariff is in (a new product only:
        # a unit chosen for this product stays).
        unit = {"unit": product.unit} if product and product_id != row["product_id"] else {}
        self.db["deployments"].update(deployment_id, {
            **unit, "provider_id": provider_id, "product_id": product_id, "category": category,
            "contracted": None if contracted is None else int(contracted),
            "contract_reason": reason if contracted is False else "",
            "contract_acknowledged_at": now() if contracted is False else "",
            "updated_at": now(),
        })
        return contracted

    def set_provider_product(self, deployment_id: int, provider_id: int | None,
                             product_id: int | None, reason: str = "") -> bool | None:
        """Choose provider and product; raises ValidationError('contract_reason') when the
        provider is not contracted for the product in the case's region and no reason is
        given. The reason and the moment it was acknowledged are kept."""
        with self.db.atomic():
            contracted = self._set_provider_product(deployment_id, provider_id, product_id,
                                                    reason)
            self._recompute_case(self.db["deployments"].get(deployment_id)["case_id"])
        return contracted

    def clean_deployment_field(self, deployment_id: int, field: str, value: Any) -> Any:
        if field == "amount":
            return clean_amount(value)
        if field == "unit":
            return rows.code(value, codelists.units(), field, False)
        if field == "frequency":
            return rows.code(value, codelists.frequencies(), field, False)
        if field in ("start_date", "end_date"):
            day = v.parse_date(value, field)
            other = self.db["deployments"].get(deployment_id)
            start = day if field == "start_date" else rows.day(other["start_date"])
            end = day if field == "end_date" else rows.day(other["end_date"])
            if start and end and end < start:
                raise v.ValidationError("date_order", field)
            return rows.iso(day)
        if field == "beschikkingnummer":
            return rows.text(value, field, 40)
        if field == "referrer":
            return rows.code(value, codelists.referrers(), field)
        if field == "location":
            return rows.code(value, LOCATIONS, field, False)
        if field == "status":
            return rows.code(value, DEPLOYMENT_STATUSES, field, False)
        if field == "end_reason":
            return rows.code(value, codelists.jz588(), field)
        raise KeyError(field)

    def _set_deployment(self, deployment_id: int, field: str, value: Any) -> Any:
        cleaned = self.clean_deployment_field(deployment_id, field, value)
        self.db["deployments"].update(deployment_id, {field: cleaned, "updated_at": now()})
        return cleaned

    def update_deployment(self, deployment_id: int, field: str, value: Any) -> Any:
        with self.db.atomic():
            cleaned = self._set_deployment(deployment_id, field, value)
            self._recompute_case(self.db["deployments"].get(deployment_id)["case_id"])
        return cleaned

    def _set_results(self, deployment_id: int, result_ids: list[int]) -> None:
        self.db.execute("DELETE FROM deployment_results WHERE deployment_id = ?", [deployment_id])
        for result_id in sorted(set(result_ids)):
            self.db["deployment_results"].insert(
                {"deployment_id": deployment_id, "result_id": result_id})

    def set_results(self, deployment_id: int, result_ids: list[int]) -> None:
        with self.db.atomic():
            self._set_results(deployment_id, result_ids)

    def change_volume(self, deployment_id: int, from_date: date | str, new: Volume,
                      reason: str) -> None:
        """Afschalen or opschalen from a date: the old volume is kept in the history."""
        row = self.db["deployments"].get(deployment_id)
        day = v.parse_date(from_date, "from_date")
        start, end = rows.day(row["start_date"]), rows.day(row["end_date"])
        if day is None or (start and day <= start) or (end and day > end):
            raise v.ValidationError("from_date", "from_date")
        reason = rows.text(reason, "reason")
        if not reason:
            raise v.ValidationError("required", "reason")
        amount = clean_amount(new.amount)
        unit = rows.code(new.unit, codelists.units(), "unit", False)
        frequency = rows.code(new.frequency, codelists.frequencies(), "frequency", False)
        with self.db.atomic():
            self.db["deployment_volume_changes"].insert({
                "deployment_id": deployment_id, "from_date": day.isoformat(),
                "old_amount": row["amount"], "old_unit": row["unit"],
                "old_frequency": row["frequency"], "new_amount": amount, "new_unit": unit,
                "new_frequency": frequency, "reason": reason, "changed_at": now(),
            })
            self.db["deployments"].update(deployment_id, {
                "amount": amount, "unit": unit, "frequency": frequency, "updated_at": now()})
            self._recompute_case(row["case_id"])

    def delete_deployment(self, deployment_id: int) -> None:
        with self.db.atomic():
            case_id = self.db["deployments"].get(deployment_id)["case_id"]
            self.db.execute("DELETE FROM deployment_results WHERE deployment_id = ?",
                            [deployment_id])
            self.db.execute("DELETE FROM deployment_volume_changes WHERE deployment_id = ?",
                            [deployment_id])
            self.db["deployments"].delete(deployment_id)
            self._recompute_case(case_id)

    # -- costs -----------------------------------------------------------------------
    def case_cost(self, case_id: int) -> CaseCost:
        return case_cost_of(self.deployments_for_case(case_id))

    def saving(self, deployment_id: int, new_amount: Any, from_date: date | str) -> CostEstimate:
        """What changing the amount from from_date would save (nothing stored): the same
        core function and the same date rule as `change_volume`, so the preview is the
        difference the recorded change makes to the stored estimate."""
        dep = self.get_deployment(deployment_id)
        day = v.parse_date(from_date, "from_date")
        if day is None or (dep.start and day <= dep.start) or (dep.end and day > dep.end):
            raise v.ValidationError("from_date", "from_date")
        amount = clean_amount(new_amount)
        new = Volume(amount, dep.volume.unit, dep.volume.frequency)
        region = self._case(dep.case_id)["region"]
        return change_saving(dep.volume, dep.start, dep.end, _changes(dep),
                             self._tariff(dep, region), day, new)

    def _recompute_case(self, case_id: int) -> None:
        """Store each deployment's estimate, the case total and the caseload summary
        (inside the caller's transaction), so the caseload never aggregates at paint time.
        store/cost_refresh.py does the same for every case at once: change them together."""
        deployments = self.deployments_for_case(case_id)
        for dep in deployments:
            self.db.execute("UPDATE deployments SET estimated_cost = ? WHERE id = ?",
                            [dep.cost.cents if dep.cost else None, dep.id])
        total = case_cost_of(deployments)
        self.db.execute("UPDATE cases SET estimated_cost = ? WHERE id = ?",
                        [total.cents if deployments else None, case_id])
        Families(self.db).refresh_summary(self._case(case_id)["family_id"])


def _changes(dep: Deployment) -> list[tuple[date, Volume, Volume]]:
    return [(c.from_date, c.old, c.new) for c in dep.history]


def case_cost_of(deployments: list[Deployment]) -> CaseCost:
    known = {d.id: d.cost for d in deployments if d.cost is not None}
    return CaseCost(
        cents=sum(c.cents for c in known.values() if c.known),
        unknown=sum(1 for c in known.values() if not c.known),
        per_deployment=known)
