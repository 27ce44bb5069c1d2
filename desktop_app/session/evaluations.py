"""Follow-up: evaluations (concept → definitief), what they conclude for the deployed help,
the evaluation report, and the due lists of the Opvolging page.

A draft is no lifecycle input: its saves are operations without a refresh. Finalising is:
the conclusions are applied to the deployments and the case's state is recomputed in the
same transaction (the interval restarts at this evaluation, ended help no longer limits the
next date, the consultant's chosen date is one limit among the rule's)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

from ..core import evaluation as ev
from ..core import lifecycle as lc
from ..core.costs import CostEstimate
from ..core.evaluation import Evaluation, EvaluationPoint, EvaluationReportData
from ..core.evaluation_dates import NextDateError, Proposal, propose
from ..core.policy import policy_regions
from ..core.validation import ValidationError
from ..store import case_state, opvolging
from ..store.evaluation_report import NoEvaluation
from ..store.evaluations import Evaluations, showcase_case
from ..store.families import Families
from .core import SessionCore

__all__ = ["DueReader", "EvaluationsArea", "NextDateError", "NoEvaluation"]


class DueReader:
    """The Opvolging lists read on a second connection, for a worker thread: opened on first
    use (its key derivation off the GUI thread), one request at a time, closed by its owner."""

    def __init__(self, store, regions: tuple[str, ...]):
        self._store = store
        self._regions = regions
        self._reader = None
        self._lock = threading.Lock()
        self._closed = False

    def load(self, today: date, limit: int = opvolging.PAGE) -> dict | None:
        """{kind: (count, first rows)}, or None once closed."""
        with self._lock:
            if self._closed:
                return None
            if self._reader is None:
                self._reader = self._store.reconnect()
            return opvolging.load(self._reader.db, today, self._regions, limit)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._reader is not None:
                self._reader.close()
                self._reader = None


class EvaluationsArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = Evaluations(core.store.db)
        self._families = Families(core.store.db)

    # -- reads ---------------------------------------------------------------------------
    def get(self, evaluation_id: int) -> Evaluation:
        return self.repo.get(evaluation_id)

    def for_case(self, case_id: int, final_only: bool = False) -> list[Evaluation]:
        return self.repo.for_case(case_id, final_only)

    def draft_id(self, case_id: int) -> int | None:
        return self.repo.draft_id(case_id)

    def latest_final_id(self, case_id: int) -> int | None:
        return self.repo.latest_final_id(case_id)

    def points(self, case_id: int, upto: int | None = None) -> list[EvaluationPoint]:
        return self.repo.points(case_id, upto)

    def results_for_case(self, case_id: int):
        return self.repo.results.results_for_case(case_id)

    def running_deployments(self, case_id: int, day: date | None = None):
        return self.repo.running_deployments(case_id, day)

    def deployment_events(self, deployment_id: int) -> list[dict]:
        return self.repo.deployment_events(deployment_id)

    def showcase_case(self) -> int | None:
        return showcase_case(self._core.store.db)

    def proposal(self, evaluation_id: int) -> Proposal:
        """The rule's next evaluation once this evaluation is final (the interval from its
        date, the help it ends left out), without the consultant's choice."""
        e = self.repo.get(evaluation_id)
        facts = case_state.gather(self._core.store.db, [e.case_id],
                                  self._core.policies)[e.case_id][0]
        running = tuple(lc.Beschikking(provider, start, end) for _id, provider, start, end
                        in self.repo.beschikkingen(e.case_id, self.repo.leaving(e.id)))
        return propose(facts, e.held_on, running)

    def next_date_problem(self, evaluation_id: int) -> NextDateError | None:
        """Why the chosen next date passes a limit of the rule, or None."""
        e = self.repo.get(evaluation_id)
        if e.next_date is None:
            return None
        try:
            self.proposal(evaluation_id).check(e.next_date)
        except NextDateError as exc:
            return exc
        return None

    def problems(self, evaluation_id: int) -> list[tuple[int | None, str]]:
        """What still blocks finalising: (deployment id or None, validation code)."""
        out = self.repo.problems(evaluation_id)
        late = self.next_date_problem(evaluation_id)
        if late is not None:
            out.append((None, late.code))
        return out

    def saving(self, evaluation_id: int, deployment_id: int) -> CostEstimate | None:
        """What the concluded new volume saves (or costs) to the end of the beschikking."""
        e = self.repo.get(evaluation_id)
        c = e.conclusions.get(deployment_id)
        if c is None or c.conclusion not in (ev.SCALE_DOWN, ev.SCALE_UP) or c.new_amount is None:
            return None
        d = self.repo.results.get_deployment(deployment_id)
        day = self.repo._from_date(e, d, c)
        if day is None:
            return None
        return self.repo.results.saving(deployment_id, c.new_amount, day)

    def report_data(self, case_id: int, evaluation_id: int | None = None) -> EvaluationReportData:
        """What the report prints (the latest final evaluation, else the draft); raises
        NoEvaluation when the case has none."""
        from dataclasses import replace

        from ..store.evaluation_report import gather

        data = gather(self._core.store.db, case_id, evaluation_id)
        n = self._core.households.next_evaluation(case_id)
        return replace(data, next_evaluation=n if n.due is not None and n.due == data.next_date
                       else None, consultant_details=self._core.consultant.details())

    def render_preview(self, case_id: int, evaluation_id: int | None = None,
                       professional: bool = False) -> bytes:
        """The report as PDF bytes for the in-app preview: held in memory only, never a
        file (no export, so no audit entry)."""
        from ..reports.evaluation import evaluation_pdf_bytes

        return evaluation_pdf_bytes(self.report_data(case_id, evaluation_id),
                                    professional=professional)

    # -- the Opvolging lists ---------------------------------------------------------------
    def regions(self) -> tuple[str, ...]:
        """Regions with a coordination policy: their cases can be 'te beoordelen'."""
        return policy_regions(self._core.policies)

    def due_lists(self, today: date, limit: int = opvolging.PAGE, counts: bool = True) -> dict:
        """{kind: (count, first rows)}; counts None when not asked for (store.opvolging)."""
        return opvolging.load(self._core.store.db, today, self.regions(), limit, counts)

    def due_rows(self, kind: str, today: date, offset: int = 0,
                 limit: int = opvolging.PAGE) -> list[dict]:
        return opvolging.rows(self._core.store.db, kind, today, self.regions(), offset, limit)

    def due_reader(self) -> DueReader:
        return DueReader(self._core.store, self.regions())

    # -- operations ------------------------------------------------------------------------
    def _open_case(self, case_id: int, operation: str):
        case = self._families.get_case(case_id)
        lc.check_allowed(case.status, operation)
        return case

    def _op(self, name: str, case, kinds: tuple[str, ...] = ("evaluation",), refresh=False):
        return self._core.operation(name, kinds=kinds, family_id=case.family_id,
                                    case_id=case.id, refresh=refresh)

    def start(self, case_id: int, today: date | None = None, consultant: str = "") -> int:
        """Resume the case's draft, or start one (in 'concept') with the rule's next date
        proposed."""
        case = self._open_case(case_id, "start_evaluation")
        existing = self.repo.draft_id(case_id)
        if existing is not None:
            return existing
        with self._op("start_evaluation", case):
            evaluation_id = self.repo.start(case_id, today, consultant)
            due = self.proposal(evaluation_id).due
            held_on = self.repo.get(evaluation_id).held_on
            if due is not None and due > held_on:
                self.repo.set_field(evaluation_id, "next_date", due)
        return evaluation_id

    def usefulness_answers(self):
        """The answers to 'Hoe nuttig was de hulp?' (forms/outcomes.toml), in order."""
        from ..core.form_outcomes import outcomes_form

        return list(outcomes_form().tevredenheid.answer)

    def set_field(self, evaluation_id: int, field: str, value: Any) -> Any:
        """A field of the evaluation (satisfaction, usefulness, texts, step, held_on, next_date). A next
        date is checked against the rule: NextDateError names the limit it passes."""
        e = self.repo.get(evaluation_id)
        case = self._open_case(e.case_id, "save_evaluation")
        if field == "next_date":
            cleaned = self.repo.clean_field(evaluation_id, field, value)
            if cleaned is not None:
                self.proposal(evaluation_id).check(date.fromisoformat(cleaned))
        before = self.proposal(evaluation_id) if field == "held_on" else None
        with self._op("save_evaluation", case):
            cleaned = self.repo.set_field(evaluation_id, field, value)
            if before is not None:
                self._follow_rule(e, before)
        return cleaned

    def set_next_date(self, evaluation_id: int, value: Any) -> str | None:
        """The consultant's chosen next evaluation (dd-mm-jjjj, a date or empty)."""
        return self.set_field(evaluation_id, "next_date", value)

    def set_result(self, evaluation_id: int, result_id: int, field: str, value: Any) -> Any:
        """Level now, reached (ja/deels/nee) or the family's words for one result."""
        e = self.repo.get(evaluation_id)
        case = self._open_case(e.case_id, "save_evaluation")
        with self._op("save_evaluation_result", case):
            return self.repo.set_result(evaluation_id, result_id, field, value)

    def set_conclusion(self, evaluation_id: int, deployment_id: int, field: str,
                       value: Any) -> Any:
        """The conclusion for one deployment: continue, scale down or up (a new volume from
        a date), end with a reason, or to the voorliggend veld (with the service)."""
        e = self.repo.get(evaluation_id)
        case = self._open_case(e.case_id, "save_evaluation")
        before = self.proposal(evaluation_id)
        with self._op("save_evaluation_conclusion", case):
            cleaned = self.repo.set_conclusion(evaluation_id, deployment_id, field, value)
            self._follow_rule(e, before)
        return cleaned

    def _follow_rule(self, e: Evaluation, before: Proposal) -> None:
        """A next date still equal to the rule's proposal follows the rule when the
        proposal moves (help ended here, another date of the conversation)."""
        if e.next_date is None or e.next_date != before.due:
            return
        after = self.proposal(e.id)
        if after.due != before.due and after.due is not None and after.due > after.held_on:
            self.repo.set_field(e.id, "next_date", after.due)

    def discard(self, evaluation_id: int) -> None:
        e = self.repo.get(evaluation_id)
        case = self._open_case(e.case_id, "discard_evaluation")
        with self._op("discard_evaluation", case):
            self.repo.discard(evaluation_id)

    def finalize(self, evaluation_id: int) -> Evaluation:
        """Make the evaluation final ('definitief') in one transaction: every conclusion
        applied to its deployment (a new volume from its date, an ending with its reason),
        the outcome figures, and the case's status and next evaluation recomputed by
        core.lifecycle. An empty next date becomes the rule's date (the report tells it)."""
        e = self.repo.get(evaluation_id)
        case = self._open_case(e.case_id, "finalize_evaluation")
        late = self.next_date_problem(evaluation_id)
        if late is not None:
            raise late
        problems = self.repo.problems(evaluation_id)
        if problems:
            raise ValidationError(problems[0][1], str(problems[0][0]))
        due = self.proposal(evaluation_id).due
        with self._op("finalize_evaluation", case, kinds=("evaluation", "deployments"),
                      refresh=True):
            if e.next_date is None and due is not None and due > e.held_on:
                self.repo.set_field(evaluation_id, "next_date", due)
            return self.repo.finalize(evaluation_id)

    def export_report(self, case_id: int, out: Path | str | None = None, *,
                      folder: Path | str | None = None, evaluation_id: int | None = None,
                      password: str | None = None, professional: bool = False) -> Path:
        """The evaluation report as PDF at `out` (or in `folder` under its usual name):
        written first (temp file, then moved into place), only then recorded in the audit
        trail – once, without names or paths."""
        from ..reports.evaluation import evaluation_file_name, render_evaluation

        case = self._open_case(case_id, "export")
        data = self.report_data(case_id, evaluation_id)
        path = Path(out) if out is not None else Path(folder) / evaluation_file_name(data)
        render_evaluation(data, path, password=password, professional=professional)
        with self._op("export_evaluation_report", case, kinds=("documents",)):
            self._core.documents.record(
                case.family_id, case_id, "evaluation_professional" if professional
                else "evaluation", [path], version=data.number, recipients=["het gezin"],
                protected=bool(password))
            self._core.audit("export", "cases", case_id,
                             fields=["evaluation"] + (["professional"] if professional else []),
                             detail="pdf+wachtwoord" if password else "pdf")
        return path
