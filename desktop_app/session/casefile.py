"""The case file: the overview of one case (phase, next step, who is involved, the help
running, the estimated cost), its journal of contact moments and its timeline, and a new
case for a family whose earlier cases are closed.

Reads ask their owners: the status and the next evaluation as stored (store.case_state +
core.lifecycle), the next step and the phase (core.next_step), the cost (the results
area's case_cost). The journal's changes are operations (kind "journal") with their audit
entries (the table's triggers); a closed case still takes journal entries
(core.lifecycle.CLOSED_ALLOWS)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..core import lifecycle as lc
from ..core import next_step as ns
from ..core.journal import JournalEntry
from ..core.models import Case, Person
from ..core.results import CaseCost, Deployment
from ..core.timeline import TimelineEntry, filtered, merged
from ..core.validation import ValidationError
from ..store.journal import Journal
from ..store.timeline_sources import SOURCES, timeline_entries
from .core import SessionCore


@dataclass(frozen=True)
class ProviderContact:
    name: str
    code: str  # AGB
    contact: str = ""  # from the catalogue, when it has the provider's contact


@dataclass
class CaseOverview:
    case: Case
    phase: str  # core.next_step.PHASES
    next_step: ns.NextStep
    close_reason: str = ""
    members: list[Person] = field(default_factory=list)
    regisseur_name: str = ""
    regisseur_contact: str = ""
    providers: list[ProviderContact] = field(default_factory=list)
    running: list[Deployment] = field(default_factory=list)  # help not ended
    cost: CaseCost | None = None


class CasefileArea:
    SOURCES = SOURCES  # the timeline's sources, in merge order (store.timeline_sources)

    def __init__(self, core: SessionCore):
        self._core = core
        self.journal = Journal(core.store.db)

    # -- overview ------------------------------------------------------------------------
    def _facts(self, case: Case) -> ns.NextStepFacts:
        core = self._core
        nxt = core.households.next_evaluation(case.id) if case.status != lc.AFGESLOTEN else None
        return ns.NextStepFacts(
            status=case.status, next_evaluation=nxt,
            results=len(core.results.results_for_case(case.id)),
            # A decision taken, or – before decisions were recorded – the case's own flag.
            decided=core.decisions.current(case.id) is not None or case.coordination is not None,
            draft_evaluation=core.evaluations.draft_id(case.id) is not None)

    def next_step(self, case_id: int, today: date | None = None) -> ns.NextStep:
        case = self._core.households.get_case(case_id)
        return ns.next_step(self._facts(case), today or date.today())

    def phase(self, case_id: int) -> str:
        return ns.phase_of(self._facts(self._core.households.get_case(case_id)))

    def overview(self, case_id: int, today: date | None = None) -> CaseOverview:
        core = self._core
        case = core.households.get_case(case_id)
        facts = self._facts(case)
        intake = core.intake.get(case_id)
        running = [d for d in core.results.deployments_for_case(case_id)
                   if d.status != "beëindigd"]
        catalogue = {p.id: p for p in core.results.providers()}
        providers, seen = [], set()
        for d in running:
            p = catalogue.get(d.provider_id)
            if p is None or p.id in seen:
                continue
            seen.add(p.id)
            # Contact columns are optional in the catalogue: shown when it has them.
            contact = " · ".join(str(getattr(p, f)) for f in ("phone", "email", "address")
                                 if getattr(p, f, ""))
            providers.append(ProviderContact(p.name, p.code, contact))
        details = core.households.case_details(case_id)
        return CaseOverview(
            case=case, phase=ns.phase_of(facts),
            next_step=ns.next_step(facts, today or date.today()),
            close_reason=details.get("close_reason") or "",
            members=core.households.members(case.family_id),
            regisseur_name=intake.regisseur_name, regisseur_contact=intake.regisseur_contact,
            providers=providers, running=running, cost=core.results.case_cost(case_id))

    # -- more than one case per family ---------------------------------------------------
    def can_open_case(self, family_id: int) -> bool:
        return ns.new_case_allowed([c.status for c in self._core.households.cases_of(family_id)])

    def new_case(self, family_id: int, consultant: str = "", start: date | None = None) -> int:
        """A new aanmelding for a family whose every earlier case is closed; each case
        keeps its own history."""
        if not self.can_open_case(family_id):
            raise ValidationError("open_case", "case")
        family = self._core.households.get_family(family_id)
        return self._core.households.add_case(Case(
            family_id=family_id, case_number="", municipality=family.municipality, region="",
            status=lc.AANMELDING, consultant=consultant, start_date=start or date.today()))

    # -- journal -------------------------------------------------------------------------
    def entries(self, case_id: int) -> list[JournalEntry]:
        return self.journal.for_case(case_id)

    def get_entry(self, entry_id: int) -> JournalEntry:
        return self.journal.get(entry_id)

    def _journal_op(self, name: str, case_id: int):
        case = self._core.households.get_case(case_id)
        lc.check_allowed(case.status, "journal")
        return self._core.operation(name, kinds=("journal",), family_id=case.family_id,
                                    case_id=case_id)

    def add_entry(self, case_id: int, kind: str = "huisbezoek",
                  when: datetime | None = None) -> int:
        entry = JournalEntry(case_id, kind, (when or datetime.now()).replace(second=0,
                                                                               microsecond=0))
        with self._journal_op("add_journal_entry", case_id):
            return self.journal.add(entry)

    def update_entry(self, entry_id: int, field_name: str, value: Any) -> Any:
        case_id = self.journal.get(entry_id).case_id
        with self._journal_op("update_journal_entry", case_id):
            return self.journal.update(entry_id, field_name, value)

    def delete_entry(self, entry_id: int) -> None:
        case_id = self.journal.get(entry_id).case_id
        with self._journal_op("delete_journal_entry", case_id):
            self.journal.delete(entry_id)

    def shared_notes(self, case_id: int) -> list[JournalEntry]:
        """What the family may see ('Samen kijken'): the shareable entries with notes."""
        return [e for e in self.journal.for_case(case_id) if e.shareable and e.notes.strip()]

    # -- timeline ------------------------------------------------------------------------
    def timeline(self, case_id: int, *, kinds=None, text: str = "",
                 shareable_only: bool = False) -> list[TimelineEntry]:
        entries = merged(*timeline_entries(self._core.store, case_id, self.SOURCES))
        return filtered(entries, kinds=kinds, text=text, shareable_only=shareable_only)
