"""Results with the family, actions, the deployed help (beschikkingen) and the catalogue.

Every change the 'Resultaten en hulp' page and the Catalogus page make is an operation here:
- results and their GAS levels, actions: kind "results";
- deployments: kind "deployments", `refresh=True` – a deployment is a lifecycle input (the
  first one makes the case 'actief', a beschikking's end limits the next evaluation). The
  repository re-estimates the costs of the case inside the same transaction;
- the catalogue import: kind "catalog"; it re-estimates every deployment, and the change
  names every case (and family) whose estimate changed, so open pages show the new tariffs.
A closed case refuses every change (core.lifecycle.check_allowed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..core import codelists
from ..core import lifecycle as lc
from ..core import validation as v
from ..core.catalog import CatalogRow, Product, Provider, read_catalog_csv
from ..core.costs import CostEstimate, Volume
from ..core.models import Case, Person
from ..core.results import Action, CaseCost, Deployment, Result
from ..store import deployment_children as children
from ..store import results_extras as extras
from ..store.catalog import Catalog, ContractRow, ImportSummary
from ..store.families import Families
from ..store.results import Results
from .core import SessionCore


@dataclass
class CatalogImport:
    """The outcome of a CSV import: the summary, or the errors (and nothing imported)."""

    summary: ImportSummary | None
    errors: list = field(default_factory=list)
    cases: frozenset[int] = frozenset()  # cases whose estimated cost changed
    encoding: str = ""  # how the CSV was read (core.catalog.ENCODINGS), '' for rows
    delimiter: str = ""
    read_as: str = ""  # 'Gelezen als Windows-1252, gescheiden door ;'
    warnings: list = field(default_factory=list)  # imported anyway (legacy JZ020 codes)


class ResultsArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self._db = core.store.db
        self.repo = Results(core.store.db)
        self.catalog = Catalog(core.store.db)
        self._families = Families(core.store.db)

    # -- reads ---------------------------------------------------------------------------
    def get_case(self, case_id: int) -> Case:
        return self._families.get_case(case_id)

    def members(self, case_id: int) -> list[Person]:
        return self._families.members(self.get_case(case_id).family_id)

    def results_for_case(self, case_id: int) -> list[Result]:
        return self.repo.results_for_case(case_id)

    def get_result(self, result_id: int) -> Result:
        return self.repo.get_result(result_id)

    def actions_for_case(self, case_id: int) -> list[Action]:
        return self.repo.actions_for_case(case_id)

    def get_action(self, action_id: int) -> Action:
        return self.repo.get_action(action_id)

    def deployments_for_case(self, case_id: int) -> list[Deployment]:
        return self.repo.deployments_for_case(case_id)

    def get_deployment(self, deployment_id: int) -> Deployment:
        return self.repo.get_deployment(deployment_id)

    def case_cost(self, case_id: int) -> CaseCost:
        return self.repo.case_cost(case_id)

    def saving(self, deployment_id: int, new_amount: Any, from_date: date | str) -> CostEstimate:
        """What a lower amount from `from_date` would save (nothing stored)."""
        return self.repo.saving(deployment_id, new_amount, from_date)

    def contract_status(self, case_id: int, provider_id: int | None,
                        product_id: int | None) -> bool | None:
        return self.repo.contract_status(case_id, provider_id, product_id)

    def providers(self) -> list[Provider]:
        return self.catalog.providers()

    def products(self) -> list[Product]:
        return self.catalog.products()

    def get_product(self, product_id: int) -> Product:
        return self.catalog.get_product(product_id)

    def contracted_provider_ids(self, product_id: int, region: str) -> set[int]:
        return self.catalog.contracted_provider_ids(product_id, region)

    def contracts(self, text: str = "", region: str | None = None) -> list[ContractRow]:
        return self.catalog.contracts(text, region)

    def catalog_is_empty(self) -> bool:
        return self.catalog.is_empty()

    def showcase_case(self) -> int | None:
        return extras.showcase_case(self._db)

    def showcase_deployment(self) -> tuple[int, int] | None:
        return extras.showcase_deployment(self._db)

    # -- helpers -------------------------------------------------------------------------
    def _open_case(self, case_id: int, operation: str) -> Case:
        case = self.get_case(case_id)
        lc.check_allowed(case.status, operation)
        return case

    def _results_op(self, name: str, case_id: int):
        case = self._open_case(case_id, name)
        return self._core.operation(name, kinds=("results",), family_id=case.family_id,
                                    case_id=case_id)

    def _deployments_op(self, name: str, case_id: int, kinds: tuple[str, ...] = ()):
        case = self._open_case(case_id, name)
        return self._core.operation(name, kinds=("deployments",) + kinds,
                                    family_id=case.family_id, case_id=case_id, refresh=True)

    # -- results and their levels --------------------------------------------------------
    def add_result(self, result: Result) -> int:
        with self._results_op("add_result", result.case_id):
            return self.repo.add_result(result)

    def update_result(self, result_id: int, field_name: str, value: Any) -> Any:
        """One field: family_words, formulation, domains, member_ids, owner, target_date,
        start_level, weight, or 'level:N' (N in -2..2) for a GAS level's text."""
        case_id = self.repo.get_result(result_id).case_id
        with self._results_op("update_result", case_id):
            return self.repo.update_result(result_id, field_name, value)

    def set_level(self, result_id: int, level: int, text: str) -> str:
        return self.update_result(result_id, f"level:{level}", text)

    def remove_result(self, result_id: int) -> None:
        """Its links to deployments and actions go with it."""
        case_id = self.repo.get_result(result_id).case_id
        with self._results_op("remove_result", case_id) as op:
            op.kinds.add("deployments")  # deployments no longer serve it
            self.repo.delete_result(result_id)

    def reorder_results(self, case_id: int, ordered_ids: list[int]) -> None:
        with self._results_op("reorder_results", case_id):
            extras.reorder_results(self._db, case_id, list(ordered_ids))

    def move_result(self, result_id: int, offset: int) -> bool:
        """One place up (-1) or down (+1); False when it is already first or last."""
        case_id = self.repo.get_result(result_id).case_id
        order = extras.result_order(self._db, case_id)
        index = order.index(result_id)
        target = index + offset
        if not 0 <= target < len(order) or offset == 0:
            return False
        order.insert(target, order.pop(index))
        self.reorder_results(case_id, order)
        return True

    # -- actions -------------------------------------------------------------------------
    def add_action(self, action: Action) -> int:
        with self._results_op("add_action", action.case_id):
            return self.repo.add_action(action)

    def update_action(self, action_id: int, field_name: str, value: Any) -> Any:
        """One field: what, who_kind, who, due, status, result_id."""
        case_id = self.repo.get_action(action_id).case_id
        with self._results_op("update_action", case_id):
            return self.repo.update_action(action_id, field_name, value)

    def remove_action(self, action_id: int) -> None:
        case_id = self.repo.get_action(action_id).case_id
        with self._results_op("remove_action", case_id):
            self.repo.delete_action(action_id)

    # -- deployments (lifecycle inputs) --------------------------------------------------
    def add_deployment(self, dep: Deployment) -> int:
        """With its contract check: an uncontracted provider needs dep.contract_reason."""
        with self._deployments_op("add_deployment", dep.case_id):
            return self.repo.add_deployment(dep)

    def _case_of_deployment(self, deployment_id: int) -> int:
        return self.repo.get_deployment(deployment_id).case_id

    def update_deployment(self, deployment_id: int, field_name: str, value: Any) -> Any:
        """One field: amount, unit, frequency, start_date, end_date, beschikkingnummer,
        referrer, location, status, end_reason. Editing the amount corrects it; a change for
        a period is change_volume."""
        case_id = self._case_of_deployment(deployment_id)
        with self._deployments_op("update_deployment", case_id):
            return self.repo.update_deployment(deployment_id, field_name, value)

    def set_provider_product(self, deployment_id: int, provider_id: int | None,
                             product_id: int | None, reason: str = "") -> bool | None:
        """Choose product and provider. A provider without a contract for the product in the
        case's region needs `reason` (ValidationError 'contract_reason' otherwise): giving it
        acknowledges the contract warning, and the reason and the moment are kept."""
        case_id = self._case_of_deployment(deployment_id)
        name = "acknowledge_contract_warning" if reason.strip() else "set_provider_product"
        with self._deployments_op(name, case_id):
            return self.repo.set_provider_product(deployment_id, provider_id, product_id, reason)

    def set_deployment_results(self, deployment_id: int, result_ids: list[int]) -> None:
        """The results this help serves."""
        case_id = self._case_of_deployment(deployment_id)
        known = {r.id for r in self.repo.results_for_case(case_id)}
        if any(int(i) not in known for i in result_ids):
            raise v.ValidationError("code", "results")
        with self._deployments_op("set_deployment_results", case_id, kinds=("results",)):
            self.repo.set_results(deployment_id, [int(i) for i in result_ids])

    def deployment_children(self, deployment_id: int) -> list[int]:
        """The ids of the children this help is for (none chosen: the help names no child)."""
        return children.children_of(self._db, deployment_id)

    def set_deployment_children(self, deployment_id: int, person_ids: list[int]) -> None:
        """The children (youths of the case's family) this help is for; a provider letter
        names only these."""
        case_id = self._case_of_deployment(deployment_id)
        youths = {p.id for p in self.members(case_id) if p.role == "jeugdige"}
        if any(int(i) not in youths for i in person_ids):
            raise v.ValidationError("code", "children")
        with self._deployments_op("set_deployment_children", case_id):
            children.set_children(self._db, deployment_id, [int(i) for i in person_ids])

    def change_volume(self, deployment_id: int, from_date: date | str, new: Volume,
                      reason: str) -> None:
        """Afschalen or opschalen from a date ('vanaf'); the old volume stays in the history."""
        case_id = self._case_of_deployment(deployment_id)
        with self._deployments_op("change_volume", case_id):
            self.repo.change_volume(deployment_id, from_date, new, reason)

    def end_deployment(self, deployment_id: int, reason: str, on: date | str | None = None,
                       ) -> date:
        """End the help on `on` (default today) with a JZ588 reason: status 'beëindigd', the
        end date brought forward to that day. Returns the last day."""
        dep = self.repo.get_deployment(deployment_id)
        if dep.status == "beëindigd":
            raise v.ValidationError("code", "status")
        if reason not in codelists.jz588():
            raise v.ValidationError("end_reason", "end_reason")
        day = date.today() if on is None or on == "" else v.parse_date(on, "end_date")
        if day is None or (dep.start and day < dep.start) or (dep.end and day > dep.end):
            raise v.ValidationError("from_date", "end_date")
        with self._deployments_op("end_deployment", dep.case_id):
            self.repo.update_deployment(deployment_id, "end_date", day)
            self.repo.update_deployment(deployment_id, "end_reason", reason)
            self.repo.update_deployment(deployment_id, "status", "beëindigd")
        return day

    def remove_deployment(self, deployment_id: int) -> None:
        case_id = self._case_of_deployment(deployment_id)
        with self._deployments_op("remove_deployment", case_id, kinds=("results",)):
            self.repo.delete_deployment(deployment_id)

    # -- the catalogue -------------------------------------------------------------------
    def import_catalog(self, rows: list[CatalogRow]) -> CatalogImport:
        """Add or update providers, products and contracts and re-estimate every deployment,
        in one transaction. The change names the cases whose estimate changed."""
        with self._core.operation("import_catalog", kinds=("catalog",)) as op:
            before = extras.deployment_costs(self._db)
            summary = self.catalog.import_rows(rows)
            after = extras.deployment_costs(self._db)
            cases = set()
            for dep_id, (case_id, family_id, cents) in after.items():
                if before.get(dep_id, (None, None, cents))[2] != cents:
                    cases.add(case_id)
                    op.touch(case_id=case_id, family_id=family_id)
        return CatalogImport(summary, [], frozenset(cases))

    @staticmethod
    def read_catalog_file(path: str) -> bytes | str:
        """The file's bytes, or a Dutch reason it cannot be read (missing, a FIFO or a
        device – never opened blocking –, too big)."""
        from ..input_files import InputFileError, read_input_file

        try:
            return read_input_file(path)
        except InputFileError as exc:
            return str(exc)

    def import_catalog_csv(self, data: bytes) -> CatalogImport:
        """Every row is checked first; one bad row and nothing is imported."""
        read = read_catalog_csv(data)
        how = {"encoding": read.encoding, "delimiter": read.delimiter, "read_as": read.read_as}
        if read.errors:
            return CatalogImport(None, read.errors, **how)
        done = self.import_catalog(read.rows)
        return CatalogImport(done.summary, [], done.cases, warnings=read.warnings, **how)
