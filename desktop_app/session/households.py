"""Families, their members and their cases: the operations on them, and the case's lifecycle
moves (close with a reason, reopen)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..core import lifecycle as lc
from ..core.models import Case, Family, Person
from ..core.validation import ValidationError
from ..store import case_state
from ..store.families import Families, now
from .core import SessionCore


class Households:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = Families(core.store.db)

    # -- reads ---------------------------------------------------------------------------
    def get_family(self, family_id: int) -> Family:
        return self.repo.get_family(family_id)

    def members(self, family_id: int) -> list[Person]:
        return self.repo.members(family_id)

    def get_person(self, person_id: int) -> Person:
        return self.repo.get_person(person_id)

    def cases_of(self, family_id: int) -> list[Case]:
        return self.repo.cases_of(family_id)

    def get_case(self, case_id: int) -> Case:
        return self.repo.get_case(case_id)

    # Caseload listing and search (store.families; kept on write, so no joins per row).
    def page(self, *args, **kwargs) -> list[dict]:
        return self.repo.page(*args, **kwargs)

    def count(self, *args, **kwargs) -> int:
        return self.repo.count(*args, **kwargs)

    def family_count(self) -> int:
        return self.repo.family_count()

    def warm_search(self) -> bool:
        """One idle step of reading ahead for broad searches (store.families); True while
        there is more. Reads only; a lock makes it raise Locked."""
        return self.repo.warm_search()

    def richest_family(self) -> int | None:
        """The family with the most members (screenshots, demos)."""
        return self.repo.richest_family()

    def reader(self) -> FamiliesReader:
        """The caseload on a second connection, for counting off the GUI thread. Opening it
        derives the key again: call it from the worker, not the GUI thread."""
        return FamiliesReader(self._core.store.reconnect())

    def case_details(self, case_id: int) -> dict:
        """The lifecycle columns the case page shows beside the Case dataclass."""
        return case_state.details(self._core.store.db, case_id)

    def next_evaluation(self, case_id: int) -> lc.NextEvaluation:
        """The next evaluation with the limit that decided it (for the reason shown)."""
        facts, _inputs, _family = case_state.gather(
            self._core.store.db, [case_id], self._core.policies)[case_id]
        return lc.next_evaluation(facts)

    # -- families and members ------------------------------------------------------------
    def add_family(self, family: Family) -> int:
        with self._core.operation("add_family", kinds=("family", "members")) as op:
            family_id = self.repo.add_family(family)
            op.touch(family_id=family_id)
        return family_id

    def new_family(self, family: Family, consultant: str = "", start: date | None = None) -> int:
        """A family registered with its first case (in 'aanmelding'), in one transaction."""
        with self._core.operation("new_family", kinds=("family", "members", "case")) as op:
            family_id = self.repo.add_family(family)
            case_id = self.repo.add_case(Case(
                family_id=family_id, case_number="", municipality=family.municipality, region="",
                status=lc.AANMELDING, consultant=consultant, start_date=start or date.today()))
            op.touch(family_id=family_id, case_id=case_id, refresh=True)
        return family_id

    def update_family(self, family_id: int, field: str, value: Any) -> Any:
        with self._core.operation("update_family", kinds=("family",), family_id=family_id,
                                  fields=(field,)):
            return self.repo.update_family(family_id, field, value)

    def add_person(self, person: Person) -> int:
        with self._core.operation("add_person", kinds=("members",), family_id=person.family_id):
            return self.repo.add_person(person)

    def update_person(self, person_id: int, field: str, value: Any) -> Any:
        family_id = self.repo.family_of_person(person_id)
        with self._core.operation("update_person", kinds=("members",), family_id=family_id,
                                  fields=(field,)):
            return self.repo.update_person(person_id, field, value)

    def tidy_search(self) -> bool:
        """One step of the search index's merge work (store.families.merge_search), for idle
        moments (ui/session_bridge.py runs it after an edit): the autosaves then find none
        left in their commit (issue 17). Its commit is made durable by the writer thread, as
        an autosave's. Changes no data: no audit entry, no change event. True while more
        work remains."""
        core = self._core
        store = core.store
        if store.locked or getattr(store, "closed", False) or core._current is not None or \
                getattr(store, "read_only", False):
            return False
        with core.writer.deferred_commit(), store.db.atomic():
            more = self.repo.merge_search()
        if more:
            core.writer.request()
        return more

    def delete_person(self, person_id: int) -> None:
        family_id = self.repo.get_person(person_id).family_id
        with self._core.operation("delete_person", kinds=("members",), family_id=family_id):
            self.repo.delete_person(person_id)

    # -- cases ---------------------------------------------------------------------------
    def add_case(self, case: Case) -> int:
        """A new case starts in 'aanmelding'; what it holds moves it on (core.lifecycle)."""
        with self._core.operation("add_case", kinds=("case",), family_id=case.family_id) as op:
            case_id = self.repo.add_case(case)
            op.touch(case_id=case_id, refresh=True)
        return case_id

    def set_consultant(self, case_id: int, name: str) -> str:
        case = self.repo.get_case(case_id)
        lc.check_allowed(case.status, "edit")
        with self._core.operation("set_consultant", kinds=("case",), family_id=case.family_id,
                                  case_id=case_id):
            return self.repo.update_case(case_id, "consultant", name)

    def close_case(self, case_id: int, reason: str, on: date | None = None) -> None:
        case = self.repo.get_case(case_id)
        lc.check_allowed(case.status, "close")
        if reason not in lc.CLOSE_REASONS:
            raise ValidationError("close_reason", "close_reason")
        on = on or date.today()
        if case.start_date and on < case.start_date:
            raise ValidationError("close_date", "end_date")
        with self._core.operation("close_case", kinds=("case",), family_id=case.family_id,
                                  case_id=case_id, refresh=True):
            case_state.close(self._core.store.db, case_id, on, reason, now())

    def reopen_case(self, case_id: int) -> None:
        case = self.repo.get_case(case_id)
        lc.check_allowed(case.status, "reopen")
        with self._core.operation("reopen_case", kinds=("case",), family_id=case.family_id,
                                  case_id=case_id, refresh=True):
            case_state.reopen(self._core.store.db, case_id, now())

    def touch_case(self, case_id: int, operation: str, kinds: tuple[str, ...]) -> None:
        """For areas: the case's inputs changed inside the current operation."""
        with self._core.operation(operation, kinds=kinds, case_id=case_id, refresh=True):
            pass


class FamiliesReader:
    """Read-only caseload queries on a connection of their own."""

    def __init__(self, store):
        self._store = store
        self._repo = Families(store.db)

    def count(self, *args, **kwargs) -> int:
        return self._repo.count(*args, **kwargs)

    def close(self) -> None:
        self._store.conn.close()
