"""Results (GAS), actions and deployed help of a case; costs kept on write.

Read functions for later issues: `results_for_case(db, case_id)`,
`actions_for_case(db, case_id)`, `deployments_for_case(db, case_id)` return core
dataclasses. A deployment's volume is changed for a period through
`Results.change_volume` (afschalen/opschalen): the old volume stays in
`deployment_volume_changes`; editing the amount in the form corrects it instead.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..core import codelists
from ..core import validation as v
from ..core.costs import (
    CostEstimate,
    Volume,
    estimate_periods,
    periods_from_changes,
    scale_down_saving,
)
from ..core.results import (
    ACTION_STATUSES,
    ACTION_WHO,
    DEPLOYMENT_STATUSES,
    LIFE_DOMAINS,
    LOCATIONS,
    MAX_WEIGHT,
    Action,
    CaseCost,
    Deployment,
    PlanResultsData,
    Result,
    VolumeChange,
)
from .catalog import Catalog, _contract
from .families import Families, now

LEVEL_COLUMNS = {-2: "level_m2", -1: "level_m1", 0: "level_0", 1: "level_p1", 2: "level_p2"}
MAX_TEXT = 4000


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _text(value: Any, field: str, limit: int = MAX_TEXT) -> str:
    text = str(value or "").strip()
    if len(text) > limit:
        raise v.ValidationError("text_length", field)
    return text


def _code(value: Any, allowed, field: str, empty_ok: bool = True) -> str:
    text = str(value or "").strip()
    if not text and empty_ok:
        return ""
    if text not in allowed:
        raise v.ValidationError("code", field)
    return text


def clean_amount(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if not text.isdigit():
        raise v.ValidationError("amount", "amount")
    return int(text)


def clean_level(value: Any, field: str = "start_level") -> int | None:
    if value is None or value == "":
        return None
    try:
        level = int(str(value).replace("+", ""))
    except ValueError:
        raise v.ValidationError("gas_level", field) from None
    if level not in LEVEL_COLUMNS:
        raise v.ValidationError("gas_level", field)
    return level


def _result(r: dict) -> Result:
    return Result(
        id=r["id"], case_id=r["case_id"], family_words=r["family_words"] or "",
        formulation=r["formulation"] or "", domains=json.loads(r["domains"] or "[]"),
        member_ids=json.loads(r["member_ids"] or "[]"), owner=r["owner"] or "",
        target_date=_day(r["target_date"]),
        levels={lvl: r[col] or "" for lvl, col in LEVEL_COLUMNS.items()},
        start_level=r["start_level"], weight=r["weight"] or 1, position=r["position"] or 0,
    )


def _action(r: dict) -> Action:
    return Action(id=r["id"], case_id=r["case_id"], what=r["what"] or "",
                  who_kind=r["who_kind"], who=r["who"] or "", due=_day(r["due"]),
                  status=r["status"], result_id=r["result_id"])


def _volume(amount, unit, frequency) -> Volume:
    return Volume(amount, unit, frequency)


class Results:
    def __init__(self, db: Database):
        self.db = db
        self.catalog = Catalog(db)

    def _case(self, case_id: int) -> dict:
        return self.db["cases"].get(case_id)

    # -- results -------------------------------------------------------------------
    def results_for_case(self, case_id: int) -> list[Result]:
        rows = self.db.query("SELECT * FROM results WHERE case_id = ? ORDER BY position, id",
                             [case_id])
        return [_result(r) for r in rows]

    def get_result(self, result_id: int) -> Result:
        return _result(self.db["results"].get(result_id))

    def add_result(self, result: Result) -> int:
        position = self.db.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM results WHERE case_id = ?",
            [result.case_id]).fetchone()[0]
        row = {
            "case_id": result.case_id, "position": position, "created_at": now(),
            "updated_at": now(),
        }
        with self.db.atomic():
            result.id = self.db["results"].insert(row).last_pk
            for field, value in (("family_words", result.family_words),
                                 ("formulation", result.formulation),
                                 ("domains", result.domains), ("member_ids", result.member_ids),
                                 ("owner", result.owner), ("target_date", result.target_date),
                                 ("start_level", result.start_level), ("weight", result.weight)):
                self._set_result(result.id, field, value)
            for level, text in result.levels.items():
                self._set_result(result.id, f"level:{level}", text)
        return result.id

    def clean_result_field(self, result_id: int, field: str, value: Any) -> tuple[str, Any]:
        """(column, cleaned value) or ValidationError."""
        if field in ("family_words", "formulation"):
            return field, _text(value, field)
        if field == "owner":
            return field, v.clean_name(value, field, required=False)
        if field == "domains":
            return field, json.dumps([_code(d, LIFE_DOMAINS, field, False) for d in value or []],
                                     ensure_ascii=False)
        if field == "member_ids":
            case_id = self.db["results"].get(result_id)["case_id"]
            family_id = self._case(case_id)["family_id"]
            members = {p.id for p in Families(self.db).members(family_id)}
            ids = [int(i) for i in value or []]
            if any(i not in members for i in ids):
                raise v.ValidationError("code", field)
            return field, json.dumps(ids)
        if field == "target_date":
            return field, _iso(v.parse_date(value, field))
        if field == "start_level":
            return field, clean_level(value)
        if field == "weight":
            try:
                weight = int(str(value).strip())
            except ValueError:
                raise v.ValidationError("weight", field) from None
            if not 1 <= weight <= MAX_WEIGHT:
                raise v.ValidationError("weight", field)
            return field, weight
        if field.startswith("level:"):
            level = clean_level(field.partition(":")[2], field)
            return LEVEL_COLUMNS[level], _text(value, field)
        raise KeyError(field)

    def _set_result(self, result_id: int, field: str, value: Any) -> Any:
        column, cleaned = self.clean_result_field(result_id, field, value)
        self.db["results"].update(result_id, {column: cleaned, "updated_at": now()})
        return cleaned

    def update_result(self, result_id: int, field: str, value: Any) -> Any:
        with self.db.atomic():
            return self._set_result(result_id, field, value)

    def delete_result(self, result_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM deployment_results WHERE result_id = ?", [result_id])
            self.db.execute("UPDATE actions SET result_id = NULL WHERE result_id = ?", [result_id])
            self.db["results"].delete(result_id)

    # -- actions -------------------------------------------------------------------
    def actions_for_case(self, case_id: int) -> list[Action]:
        rows = self.db.query(
            "SELECT * FROM actions WHERE case_id = ? ORDER BY due IS NULL, due, id", [case_id])
        return [_action(r) for r in rows]

    def get_action(self, action_id: int) -> Action:
        return _action(self.db["actions"].get(action_id))

    def clean_action_field(self, field: str, value: Any) -> Any:
        if field == "what":
            return _text(value, field)
        if field == "who":
            return v.clean_name(value, field, required=False)
        if field == "who_kind":
            return _code(value, ACTION_WHO, field, False)
        if field == "status":
            return _code(value, ACTION_STATUSES, field, False)
        if field == "due":
            return _iso(v.parse_date(value, field))
        if field == "result_id":
            return int(value) if value else None
        raise KeyError(field)

    def add_action(self, action: Action) -> int:
        row = {f: self.clean_action_field(f, getattr(action, f))
               for f in ("what", "who", "who_kind", "status", "due", "result_id")}
        row.update(case_id=action.case_id, created_at=now(), updated_at=now())
        with self.db.atomic():
            action.id = self.db["actions"].insert(row).last_pk
        return action.id

    def update_action(self, action_id: int, field: str, value: Any) -> Any:
        cleaned = self.clean_action_field(field, value)
        with self.db.atomic():
            self.db["actions"].update(action_id, {field: cleaned, "updated_at": now()})
        return cleaned

    def delete_action(self, action_id: int) -> None:
        with self.db.atomic():
            self.db["actions"].delete(action_id)

    # -- deployments -----------------------------------------------------------------
    def deployments_for_case(self, case_id: int) -> list[Deployment]:
        rows = self.db.query(
            "SELECT d.*, pv.name AS provider_name, pr.code AS product_code, "
            "pr.name AS product_name FROM deployments d "
            "LEFT JOIN providers pv ON pv.id = d.provider_id "
            "LEFT JOIN products pr ON pr.id = d.product_id "
            "WHERE d.case_id = ? ORDER BY d.start_date IS NULL, d.start_date, d.id", [case_id])
        region = self._case(case_id)["region"]
        return [self._deployment(r, region) for r in rows]

    def get_deployment(self, deployment_id: int) -> Deployment:
        case_id = self.db["deployments"].get(deployment_id)["case_id"]
        return next(d for d in self.deployments_for_case(case_id) if d.id == deployment_id)

    def _history(self, deployment_id: int) -> list[VolumeChange]:
        rows = self.db.query(
            "SELECT * FROM deployment_volume_changes WHERE deployment_id = ? "
            "ORDER BY from_date, id", [deployment_id])
        return [VolumeChange(
            id=r["id"], deployment_id=deployment_id, from_date=_day(r["from_date"]),
            old=_volume(r["old_amount"], r["old_unit"], r["old_frequency"]),
            new=_volume(r["new_amount"], r["new_unit"], r["new_frequency"]),
            reason=r["reason"] or "", changed_at=r["changed_at"] or "") for r in rows]

    def _deployment(self, r: dict, region: str) -> Deployment:
        dep = Deployment(
            id=r["id"], case_id=r["case_id"], provider_id=r["provider_id"],
            product_id=r["product_id"], category=r["category"] or "",
            volume=_volume(r["amount"], r["unit"], r["frequency"]),
            start=_day(r["start_date"]), end=_day(r["end_date"]),
            beschikkingnummer=r["beschikkingnummer"] or "", referrer=r["referrer"] or "",
            location=r["location"] or "thuis", status=r["status"], end_reason=r["end_reason"] or "",
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
        contract = self.catalog.contract_for(dep.provider_id, dep.product_id, region)
        tariff = None
        if contract is not None:
            tariff = contract.tariff(self.catalog.get_product(dep.product_id).unit)
        changes = [(c.from_date, c.old, c.new) for c in dep.history]
        periods = periods_from_changes(dep.volume, dep.start, dep.end, changes)
        return estimate_periods(periods, tariff, dep.start, dep.end)

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
        reason = _text(reason, "contract_reason")
        if contracted is False and not reason:
            raise v.ValidationError("contract_reason", "contract_reason")
        category = self.catalog.get_product(product_id).category if product_id else ""
        self.db["deployments"].update(deployment_id, {
            "provider_id": provider_id, "product_id": product_id, "category": category,
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
            return _code(value, codelists.units(), field, False)
        if field == "frequency":
            return _code(value, codelists.frequencies(), field, False)
        if field in ("start_date", "end_date"):
            day = v.parse_date(value, field)
            other = self.db["deployments"].get(deployment_id)
            start = day if field == "start_date" else _day(other["start_date"])
            end = day if field == "end_date" else _day(other["end_date"])
            if start and end and end < start:
                raise v.ValidationError("date_order", field)
            return _iso(day)
        if field == "beschikkingnummer":
            return _text(value, field, 40)
        if field == "referrer":
            return _code(value, codelists.referrers(), field)
        if field == "location":
            return _code(value, LOCATIONS, field, False)
        if field == "status":
            return _code(value, DEPLOYMENT_STATUSES, field, False)
        if field == "end_reason":
            return _code(value, codelists.jz588(), field)
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
        start, end = _day(row["start_date"]), _day(row["end_date"])
        if day is None or (start and day <= start) or (end and day > end):
            raise v.ValidationError("from_date", "from_date")
        reason = _text(reason, "reason")
        if not reason:
            raise v.ValidationError("required", "reason")
        amount = clean_amount(new.amount)
        unit = _code(new.unit, codelists.units(), "unit", False)
        frequency = _code(new.frequency, codelists.frequencies(), "frequency", False)
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
        return _case_cost(self.deployments_for_case(case_id))

    def saving(self, deployment_id: int, new_amount: Any, from_date: date | str) -> CostEstimate:
        """What lowering the amount from from_date to the end would save (nothing stored)."""
        dep = self.get_deployment(deployment_id)
        day = v.parse_date(from_date, "from_date")
        if day is None or (dep.start and day < dep.start) or (dep.end and day > dep.end):
            raise v.ValidationError("from_date", "from_date")
        amount = clean_amount(new_amount)
        region = self._case(dep.case_id)["region"]
        contract = self.catalog.contract_for(dep.provider_id, dep.product_id, region)
        tariff = contract.tariff(self.catalog.get_product(dep.product_id).unit) if contract else None
        new = Volume(amount, dep.volume.unit, dep.volume.frequency)
        return scale_down_saving(dep.volume, new, day, dep.end, tariff)

    def _recompute_case(self, case_id: int) -> None:
        """Store each deployment's estimate, the case total and the caseload summary
        (inside the caller's transaction), so the caseload never aggregates at paint time."""
        deployments = self.deployments_for_case(case_id)
        for dep in deployments:
            self.db.execute("UPDATE deployments SET estimated_cost = ? WHERE id = ?",
                            [dep.cost.cents if dep.cost else None, dep.id])
        total = _case_cost(deployments)
        self.db.execute("UPDATE cases SET estimated_cost = ? WHERE id = ?",
                        [total.cents if deployments else None, case_id])
        Families(self.db).refresh_summary(self._case(case_id)["family_id"])

    def recompute_all_costs(self) -> int:
        """After a catalog import: re-estimate every deployment, set-based (one pass in
        Python over prefetched rows, then a few statements), so a 100,000-family database
        takes seconds, not minutes. Call inside a transaction. Mirrors _recompute_case."""
        db = self.db
        contracts = {(c.provider_id, c.product_id, c.region): c for c in
                     (_contract(r) for r in db.query("SELECT * FROM contracts"))}
        units = dict(db.execute("SELECT id, unit FROM products").fetchall())
        changes: dict[int, list] = {}
        for r in db.query("SELECT * FROM deployment_volume_changes ORDER BY from_date, id"):
            changes.setdefault(r["deployment_id"], []).append((
                _day(r["from_date"]), _volume(r["old_amount"], r["old_unit"], r["old_frequency"]),
                _volume(r["new_amount"], r["new_unit"], r["new_frequency"])))
        updates = []
        for r in db.query("SELECT d.id, d.provider_id, d.product_id, d.amount, d.unit, "
                          "d.frequency, d.start_date, d.end_date, c.region FROM deployments d "
                          "JOIN cases c ON c.id = d.case_id"):
            contract = contracts.get((r["provider_id"], r["product_id"], r["region"]))
            tariff = contract.tariff(units[r["product_id"]]) if contract else None
            start, end = _day(r["start_date"]), _day(r["end_date"])
            periods = periods_from_changes(_volume(r["amount"], r["unit"], r["frequency"]),
                                           start, end, changes.get(r["id"], []))
            updates.append((estimate_periods(periods, tariff, start, end).cents, r["id"]))
        db.conn.executemany("UPDATE deployments SET estimated_cost = ? WHERE id = ?", updates)
        db.execute("UPDATE cases SET estimated_cost = (SELECT coalesce(sum(d.estimated_cost), 0) "
                   "FROM deployments d WHERE d.case_id = cases.id) "
                   "WHERE id IN (SELECT case_id FROM deployments)")
        # The caseload shows the current case's cost (rule of Families.refresh_summary).
        db.execute("UPDATE families SET estimated_cost = (SELECT c.estimated_cost FROM cases c "
                   "WHERE c.family_id = families.id ORDER BY c.status = 'afgesloten', "
                   "c.start_date DESC, c.id DESC LIMIT 1)")
        return len(updates)

    # -- for the plan PDF ---------------------------------------------------------------
    def plan_data(self, case_id: int) -> PlanResultsData:
        case = self._case(case_id)
        members = {p.id: p.first_name for p in Families(self.db).members(case["family_id"])}
        deployments = self.deployments_for_case(case_id)
        return PlanResultsData(
            case_number=case["case_number"], region=case["region"], members=members,
            results=self.results_for_case(case_id), actions=self.actions_for_case(case_id),
            deployments=deployments, total=_case_cost(deployments))


def _case_cost(deployments: list[Deployment]) -> CaseCost:
    known = {d.id: d.cost for d in deployments if d.cost is not None}
    return CaseCost(
        cents=sum(c.cents for c in known.values() if c.known),
        unknown=sum(1 for c in known.values() if not c.known),
        per_deployment=known)


# -- read functions for other features -------------------------------------------------
def results_for_case(db: Database, case_id: int) -> list[Result]:
    return Results(db).results_for_case(case_id)


def actions_for_case(db: Database, case_id: int) -> list[Action]:
    return Results(db).actions_for_case(case_id)


def deployments_for_case(db: Database, case_id: int) -> list[Deployment]:
    return Results(db).deployments_for_case(case_id)


def plan_results_data(db: Database, case_id: int) -> PlanResultsData:
    return Results(db).plan_data(case_id)
