"""The 1Gezin1Plan intake: answers, network, consent, and the family's plan as PDF.

Operations here change the intake of one case; opening the intake moves the case to
'intake' and the evaluation moment chosen here feeds the next evaluation (core.lifecycle),
so both refresh the case. A closed case refuses every change (LifecycleError 'closed');
its plan can still be made.

The plan PDF is one operation, in this order: gather the plan, write the PDF (temp file,
then rename; a protected PDF is encrypted before it touches the disk), and only then, in one
transaction, store the plan's version and time and write the audit entry. A write that
fails raises, stores nothing and records nothing. The GUI runs the middle step in a worker:
`prepare_plan` → `write_plan` (no database) → `record_plan`; `export_plan` does all three.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..core import lifecycle as lc
from ..core.form_intake import intake_form
from ..core.intake import Consent, NetworkContact
from ..core.plan import PlanData
from ..core.validation import ValidationError
from ..core.zrm import MatrixTarget, matrix_targets
from ..reports.plan import plan_file_name, write_plan_pdf
from ..store.intake import IntakeRepository, stamp
from ..store.intake_plan import latest_case_id, plan_data
from .core import Operation, SessionCore

INTAKE = ("intake",)
CONSENT = ("consent",)


@dataclass(frozen=True)
class PlanExport:
    """A plan gathered for one export: what `write_plan` writes and `record_plan` records."""

    case_id: int
    family_id: int
    plan: PlanData
    target: Path
    password: str | None
    gathered_at: str

    @property
    def version(self) -> int:
        return self.plan.version


class IntakeArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = IntakeRepository(core.store.db)

    @property
    def _families(self):
        return self._core.households.repo

    # -- reads (the wizard and 'Samen kijken' read through these) --------------------------
    def get(self, case_id: int):
        return self.repo.get(case_id)

    def is_open(self, case_id: int) -> bool:
        return self.repo.exists(case_id)

    def summary(self, case_id: int, form=None, day: date | None = None):
        return self.repo.summary(case_id, form, day)

    def member_questions(self, case_id: int) -> dict[int, str]:
        return self.repo.member_questions(case_id)

    def domain(self, case_id: int, set_key: str, domain_key: str, person_id: int = 0):
        return self.repo.domain(case_id, set_key, domain_key, person_id)

    def matrix_targets(self, case_id: int, form=None) -> list[MatrixTarget]:
        """Which ZRM each member and the household get (core.zrm), by age on the day the
        intake started (today while it has not started)."""
        form = form or intake_form()
        legacy = {s.key for s in form.sets if s.read_only}
        scored = {a.set_key for a in self.repo.domains(case_id) if a.set_key in legacy}
        day = self.repo.get(case_id).started_on or date.today()
        return matrix_targets(form, self.repo.family_members(case_id), day, scored)

    def contacts(self, case_id: int) -> list[NetworkContact]:
        return self.repo.contacts(case_id)

    def get_contact(self, contact_id: int) -> NetworkContact:
        return self.repo.get_contact(contact_id)

    def consents(self, case_id: int) -> list[Consent]:
        return self.repo.consents(case_id)

    def get_consent(self, consent_id: int) -> Consent:
        return self.repo.get_consent(consent_id)

    def missing_consents(self, case_id: int, day: date | None = None):
        return self.repo.missing_consents(case_id, day)

    def richest_case(self) -> int | None:
        return self.repo.richest_case()

    def plan_case_of(self, family_id: int) -> int | None:
        """The case a family's plan is about: the current one, as the caseload shows it."""
        return latest_case_id(self._core.store.db, family_id)

    def plan(self, case_id: int, *, day: date | None = None, version: int | None = None,
             form=None) -> PlanData:
        """What the plan shows (core.plan.PlanData), with the case's stored next evaluation."""
        return plan_data(self._core.store.db, case_id, form=form, day=day, version=version,
                         policies=self._core.policies)

    # -- the operation frame ----------------------------------------------------------------
    @contextmanager
    def _edit(self, name: str, case_id: int, kinds: tuple[str, ...] = INTAKE,
              refresh: bool = False, permission: str = "edit_intake") -> Iterator[Operation]:
        """One change to the intake of an open case. The first write creates the intake
        row, which moves the case to 'intake': then the case is refreshed too."""
        case = self._families.get_case(case_id)
        lc.check_allowed(case.status, permission)
        refresh = refresh or not self.repo.exists(case_id)
        with self._core.operation(name, kinds=kinds, family_id=case.family_id, case_id=case_id,
                                  refresh=refresh) as op:
            yield op

    # -- opening and answers ----------------------------------------------------------------
    def open(self, case_id: int) -> bool:
        """Start the intake of a case (its row); the case moves from 'aanmelding' to
        'intake'. True when it was started now; an intake already open is left alone and
        announces nothing."""
        if self.repo.exists(case_id):
            return False
        with self._edit("open_intake", case_id, refresh=True):
            self.repo.open(case_id)
        return True

    def set_field(self, case_id: int, field: str, value: Any) -> Any:
        """Help question, safety, regie, familiegroepsplan or the evaluation moment. The
        evaluation moment is the consultant's choice for the next evaluation: the case's
        date is recomputed from it (never later than the interval or a beschikking's end)."""
        with self._edit("save_intake_field", case_id, refresh=field == "evaluation_date"):
            return self.repo.set_field(case_id, field, value)

    def set_step(self, case_id: int, step: str) -> None:
        """Where the consultant is in the wizard, to continue there next time."""
        with self._edit("set_intake_step", case_id):
            self.repo.set_step(case_id, step)

    def set_member_question(self, case_id: int, person_id: int, text: str) -> str:
        with self._edit("save_member_question", case_id):
            return self.repo.set_member_question(case_id, person_id, text)

    def set_domain_field(self, case_id: int, set_key: str, domain_key: str, person_id: int,
                         field: str, value: Any) -> Any:
        with self._edit("save_domain_answer", case_id):
            self._check_target(case_id, set_key, domain_key, person_id, field)
            return self.repo.set_domain_field(case_id, set_key, domain_key, person_id, field,
                                              value)

    def _check_target(self, case_id: int, set_key: str, domain_key: str, person_id: int,
                      field: str) -> None:
        """An answer belongs to a set of the form and to whom that set is about: a member
        for the per-person sets (adult ZRM, ZRM-Jongeren), the household (0) for the
        others. The old household scores (m1050) stay as they were scored."""
        dset = intake_form().set(set_key)
        if dset is None or dset.domain(domain_key) is None:
            raise ValidationError("required", field)
        if dset.read_only:
            raise ValidationError("read_only", field)
        per_person = dset.applies_to in ("adult", "youth")
        members = {m.id for m in self.repo.family_members(case_id)}
        if (person_id in members) != per_person or (not per_person and person_id != 0):
            raise ValidationError("required", field)

    # -- the network map --------------------------------------------------------------------
    def add_contact(self, contact: NetworkContact) -> int:
        with self._edit("add_contact", contact.case_id):
            return self.repo.add_contact(contact)

    def update_contact(self, contact_id: int, field: str, value: Any) -> Any:
        with self._edit("update_contact", self.repo.case_of_contact(contact_id)):
            return self.repo.update_contact(contact_id, field, value)

    def delete_contact(self, contact_id: int) -> None:
        with self._edit("delete_contact", self.repo.case_of_contact(contact_id)):
            self.repo.delete_contact(contact_id)

    # -- consent ----------------------------------------------------------------------------
    def add_consent(self, consent: Consent) -> int:
        with self._edit("add_consent", consent.case_id, kinds=CONSENT):
            return self.repo.add_consent(consent)

    def update_consent(self, consent_id: int, field: str, value: Any) -> Any:
        with self._edit("update_consent", self.repo.case_of_consent(consent_id), kinds=CONSENT):
            return self.repo.update_consent(consent_id, field, value)

    def withdraw_consent(self, consent_id: int, withdrawn: bool = True) -> bool:
        # Withdrawing is the family's right even in a closed case; giving it again is not.
        with self._edit("withdraw_consent", self.repo.case_of_consent(consent_id),
                        kinds=CONSENT,
                        permission="withdraw_consent" if withdrawn else "edit_intake"):
            return self.repo.update_consent(consent_id, "withdrawn", withdrawn)

    def delete_consent(self, consent_id: int) -> None:
        with self._edit("delete_consent", self.repo.case_of_consent(consent_id), kinds=CONSENT):
            self.repo.delete_consent(consent_id)

    # -- the plan as PDF --------------------------------------------------------------------
    def prepare_plan(self, case_id: int, folder: Path | str | None = None, *,
                     target: Path | str | None = None, password: str | None = None,
                     day: date | None = None) -> PlanExport:
        """Gather the plan for an export (reads only). `target` is the file; without it the
        plan's own file name in `folder`."""
        case = self._families.get_case(case_id)
        lc.check_allowed(case.status, "export")
        if target is None and folder is None:
            raise ValueError("folder or target")
        gathered_at = stamp()
        plan = self.plan(case_id, day=day, version=self.repo.plan_version_for_export(case_id))
        path = Path(target) if target is not None else Path(folder) / plan_file_name(plan)
        return PlanExport(case_id, case.family_id, plan, path, password or None, gathered_at)

    @staticmethod
    def write_plan(export: PlanExport) -> Path:
        """Write the PDF; touches no database, so it may run in a worker thread."""
        return write_plan_pdf(export.plan, export.target, export.password)

    def record_plan(self, export: PlanExport) -> None:
        """After the file exists: the plan's version and time, and the audit entry, in one
        transaction. A case without an intake gets one (a plan was made with the family)."""
        opened = self.repo.exists(export.case_id)
        with self._core.operation("export_plan", kinds=("documents", "intake"),
                                  family_id=export.family_id, case_id=export.case_id,
                                  refresh=not opened):
            self.repo.record_plan_export(export.case_id, export.version, export.gathered_at)
            self._core.documents.record(export.family_id, export.case_id, "plan",
                                        [export.target], version=export.version,
                                        recipients=["het gezin"],
                                        protected=bool(export.password))
            self._core.audit("export", "cases", export.case_id, fields=["plan"],
                             detail="pdf-protected" if export.password else "pdf")

    def export_plan(self, case_id: int, folder: Path | str | None = None, *,
                    target: Path | str | None = None, password: str | None = None,
                    day: date | None = None) -> Path:
        """The plan as PDF, as one operation (see the module docstring). Returns the file."""
        export = self.prepare_plan(case_id, folder, target=target, password=password, day=day)
        path = self.write_plan(export)
        self.record_plan(export)
        return path
