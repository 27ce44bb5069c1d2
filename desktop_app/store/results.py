"""Results (GAS), actions and deployed help of a case; costs kept on write.

Read functions for later issues: `results_for_case(db, case_id)`,
`actions_for_case(db, case_id)`, `deployments_for_case(db, case_id)` return core
dataclasses. Deployments and their costs are in store/deployments.py (`Results`
extends `Deployments`, so one repository serves the whole results page).
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from ..core import validation as v
from ..core.results import (
    ACTION_STATUSES,
    ACTION_WHO,
    LIFE_DOMAINS,
    MAX_WEIGHT,
    Action,
    Deployment,
    PlanResultsData,
    Result,
)
from . import rows
from .deployments import Deployments, case_cost_of
from .families import Families, now
from .rows import LEVEL_COLUMNS, MAX_TEXT, clean_amount, clean_level

# MAX_TEXT, clean_amount and clean_level are imported from here by store/evaluations.py.
__all__ = [
    "LEVEL_COLUMNS", "MAX_TEXT", "Results", "actions_for_case", "clean_amount", "clean_level",
    "deployments_for_case", "plan_results_data", "results_for_case",
]


def _result(r: dict) -> Result:
    return Result(
        id=r["id"], case_id=r["case_id"], family_words=r["family_words"] or "",
        formulation=r["formulation"] or "", domains=json.loads(r["domains"] or "[]"),
        member_ids=json.loads(r["member_ids"] or "[]"), owner=r["owner"] or "",
        target_date=rows.day(r["target_date"]),
        levels={lvl: r[col] or "" for lvl, col in LEVEL_COLUMNS.items()},
        start_level=r["start_level"], weight=r["weight"] or 1, position=r["position"] or 0,
    )


def _action(r: dict) -> Action:
    return Action(id=r["id"], case_id=r["case_id"], what=r["what"] or "",
                  who_kind=r["who_kind"], who=r["who"] or "", due=rows.day(r["due"]),
                  status=r["status"], result_id=r["result_id"])


class Results(Deployments):
    """A case's results (GAS) and actions; the deployments and costs are inherited."""

    # -- results -------------------------------------------------------------------
    def results_for_case(self, case_id: int) -> list[Result]:
        found = self.db.query("SELECT * FROM results WHERE case_id = ? ORDER BY position, id",
                             [case_id])
        return [_result(r) for r in found]

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
            return field, rows.text(value, field)
        if field == "owner":
            return field, v.clean_name(value, field, required=False)
        if field == "domains":
            return field, json.dumps([rows.code(d, LIFE_DOMAINS, field, False) for d in value or []],
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
            return field, rows.iso(v.parse_date(value, field))
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
            return LEVEL_COLUMNS[level], rows.text(value, field)
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
        found = self.db.query(
            "SELECT * FROM actions WHERE case_id = ? ORDER BY due IS NULL, due, id", [case_id])
        return [_action(r) for r in found]

    def get_action(self, action_id: int) -> Action:
        return _action(self.db["actions"].get(action_id))

    def clean_action_field(self, field: str, value: Any) -> Any:
        if field == "what":
            return rows.text(value, field)
        if field == "who":
            return v.clean_name(value, field, required=False)
        if field == "who_kind":
            return rows.code(value, ACTION_WHO, field, False)
        if field == "status":
            return rows.code(value, ACTION_STATUSES, field, False)
        if field == "due":
            return rows.iso(v.parse_date(value, field))
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

    # -- for the plan PDF ---------------------------------------------------------------
    def plan_data(self, case_id: int) -> PlanResultsData:
        case = self._case(case_id)
        members = {p.id: p.first_name for p in Families(self.db).members(case["family_id"])}
        deployments = self.deployments_for_case(case_id)
        return PlanResultsData(
            case_number=case["case_number"], region=case["region"], members=members,
            results=self.results_for_case(case_id), actions=self.actions_for_case(case_id),
            deployments=deployments, total=case_cost_of(deployments))


# -- read functions for other features -------------------------------------------------
def results_for_case(db: Database, case_id: int) -> list[Result]:
    return Results(db).results_for_case(case_id)


def actions_for_case(db: Database, case_id: int) -> list[Action]:
    return Results(db).actions_for_case(case_id)


def deployments_for_case(db: Database, case_id: int) -> list[Deployment]:
    return Results(db).deployments_for_case(case_id)


def plan_results_data(db: Database, case_id: int) -> PlanResultsData:
    return Results(db).plan_data(case_id)
