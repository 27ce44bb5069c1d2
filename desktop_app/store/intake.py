"""The intake repository: one small transaction per autosaved answer.

Writes go through the session (`session.intake`), which wraps each in a named operation
and recomputes the case's state when a lifecycle input changed: the intake row itself
(opening the intake moves the case to 'intake') and the evaluation moment chosen here
(`evaluation_date`, one input of the next evaluation; the case's own `next_evaluation`
column belongs to `store.case_state`).

Read model for later features: `IntakeRepository(db).summary(case_id)` returns a
`core.intake.IntakeSummary` (help questions, domains scoring 1 or 2, priorities,
Krachtenwijzer shares per domain and overall on eigen kracht + netwerk, network
size informal/formal, safety concern, familiegroepsplan, regisseur, evaluation
date, consent status with the missing consents). See its docstring.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from ..core import intake as ci
from ..core.consent import missing_consents, missing_messages
from ..core.form_intake import IntakeForm, intake_form
from ..core.intake import (
    HOUSEHOLD,
    Consent,
    DomainAnswer,
    DomainFlag,
    Intake,
    IntakeSummary,
    KrachtenShare,
    NetworkContact,
)
from ..core.messages import msg
from ..core.models import Person
from .families import Families, _day, _iso, now

INTAKE_FIELDS = ("step", "help_question", "safety", "safety_note", "professional_note", "fgp",
                 "fgp_date", "fgp_where", "regisseur_kind", "regisseur_name", "regisseur_contact",
                 "evaluation_date")
DOMAIN_FIELDS = ("good", "worries", "score", "eigen", "netwerk", "hulp", "priority")
CONTACT_FIELDS = ("group", "name", "relation", "ties", "formal", "phone", "email", "note")
CONSENT_FIELDS = ("person_id", "subject_id", "what", "with_whom", "given_on", "method", "withdrawn",
                  "kind")
_DATE_FIELDS = {"fgp_date", "evaluation_date", "given_on"}


def stamp() -> str:
    """When the intake changed or its plan was gathered: to the microsecond, so an answer
    saved in the same second as an export still counts as newer than it."""
    return datetime.now().isoformat(timespec="microseconds")


def _db_value(field: str, value: Any) -> Any:
    if field in _DATE_FIELDS:
        return _iso(value)
    if isinstance(value, bool):
        return int(value)
    return value


class IntakeRepository:
    def __init__(self, db: Database):
        self.db = db

    # -- the intake row --------------------------------------------------------
    def _ensure(self, case_id: int) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO intakes (case_id, created_at, updated_at) VALUES (?, ?, ?)",
            [case_id, now(), now()],
        )

    def exists(self, case_id: int) -> bool:
        """Whether the intake of this case has been opened (its row exists)."""
        return self.db.execute("SELECT 1 FROM intakes WHERE case_id = ?",
                               [case_id]).fetchone() is not None

    def open(self, case_id: int) -> bool:
        """Create the intake row; True when it did not exist yet."""
        if self.exists(case_id):
            return False
        with self.db.atomic():
            self._ensure(case_id)
        return True

    def get(self, case_id: int) -> Intake:
        rows = list(self.db.query("SELECT * FROM intakes WHERE case_id = ?", [case_id]))
        if not rows:
            return Intake(case_id=case_id)
        r = rows[0]
        return Intake(
            case_id=case_id, **{f: r[f] or "" for f in INTAKE_FIELDS if f not in _DATE_FIELDS},
            fgp_date=_day(r["fgp_date"]), evaluation_date=_day(r["evaluation_date"]),
            plan_version=r["plan_version"] or 0, started_on=_day((r["created_at"] or "")[:10] or None),
        )

    def set_field(self, case_id: int, field: str, value: Any) -> Any:
        """Validate and save one answer. The evaluation date is only the consultant's
        choice: the case's next evaluation is computed from it (store.case_state)."""
        cleaned = ci.clean_intake_field(field, value)
        with self.db.atomic():
            self._ensure(case_id)
            self.db.execute(f"UPDATE intakes SET {field} = ?, updated_at = ? WHERE case_id = ?",
                            [_db_value(field, cleaned), stamp(), case_id])
        return cleaned

    def set_step(self, case_id: int, step: str) -> None:
        with self.db.atomic():
            self._ensure(case_id)
            self.db.execute("UPDATE intakes SET step = ? WHERE case_id = ?", [step, case_id])

    def plan_version_for_export(self, case_id: int) -> int:
        """The version number the next export gets: a new one when anything changed since
        the last export, else the last one again. Reads only; `record_plan_export` stores it
        once the PDF exists."""
        row = self.db.execute(
            "SELECT plan_version, plan_exported_at, updated_at FROM intakes WHERE case_id = ?",
            [case_id]).fetchone()
        if row is None:
            return 1
        version, exported, updated = row
        if not version or not exported or (updated or "") > exported:
            return (version or 0) + 1
        return version

    def record_plan_export(self, case_id: int, version: int, gathered_at: str) -> None:
        """The plan of version `version`, gathered at `gathered_at`, was written. An answer
        saved after the gathering is newer than the export, so the next export rises."""
        with self.db.atomic():
            self._ensure(case_id)
            self.db.execute("UPDATE intakes SET plan_version = ?, plan_exported_at = ? "
                            "WHERE case_id = ?", [version, gathered_at, case_id])

    def case_of_contact(self, contact_id: int) -> int:
        return self.db["network_contacts"].get(contact_id)["case_id"]

    def case_of_consent(self, consent_id: int) -> int:
        return self.db["consents"].get(consent_id)["case_id"]

    def _touch(self, case_id: int) -> None:
        self._ensure(case_id)
        self.db.execute("UPDATE intakes SET updated_at = ? WHERE case_id = ?", [stamp(), case_id])

    # -- help questions per member -------------------------------------------------
    def member_questions(self, case_id: int) -> dict[int, str]:
        rows = self.db.execute("SELECT person_id, text FROM intake_questions WHERE case_id = ?",
                               [case_id]).fetchall()
        return {pid: text for pid, text in rows if text}

    def set_member_question(self, case_id: int, person_id: int, text: str) -> str:
        cleaned = ci.clean_intake_field("help_question", text)
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO intake_questions (case_id, person_id, text, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (case_id, person_id) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at", [case_id, person_id, cleaned, now()])
            self._touch(case_id)
        return cleaned

    # -- life domains -----------------------------------------------------------------
    def domains(self, case_id: int) -> list[DomainAnswer]:
        rows = self.db.query("SELECT * FROM intake_domains WHERE case_id = ? "
                             "ORDER BY set_key, person_id, domain_key", [case_id])
        return [_domain(r) for r in rows]

    def domain(self, case_id: int, set_key: str, domain_key: str, person_id: int = HOUSEHOLD
               ) -> DomainAnswer:
        rows = list(self.db.query(
            "SELECT * FROM intake_domains WHERE case_id = ? AND set_key = ? AND domain_key = ? "
            "AND person_id = ?", [case_id, set_key, domain_key, person_id]))
        return _domain(rows[0]) if rows else DomainAnswer(set_key, domain_key, person_id)

    def set_domain_field(self, case_id: int, set_key: str, domain_key: str, person_id: int,
                         field: str, value: Any) -> Any:
        cleaned = ci.clean_domain_field(field, value)
        with self.db.atomic():
            self.db.execute(
                f"INSERT INTO intake_domains (case_id, set_key, domain_key, person_id, {field}, "
                f"updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, set_key, domain_key, "
                f"person_id) DO UPDATE SET {field} = excluded.{field}, updated_at = excluded.updated_at",
                [case_id, set_key, domain_key, person_id, _db_value(field, cleaned), now()])
            self._touch(case_id)
        return cleaned

    # -- network map ------------------------------------------------------------------
    def contacts(self, case_id: int) -> list[NetworkContact]:
        rows = self.db.query("SELECT * FROM network_contacts WHERE case_id = ? ORDER BY id", [case_id])
        return [_contact(r) for r in rows]

    def get_contact(self, contact_id: int) -> NetworkContact:
        return _contact(self.db["network_contacts"].get(contact_id))

    def add_contact(self, contact: NetworkContact) -> int:
        row = {("group_key" if f == "group" else f): _db_value(f, ci.clean_contact_field(f, getattr(contact, f)))
               for f in CONTACT_FIELDS}
        row.update(case_id=contact.case_id, created_at=now(), updated_at=now())
        with self.db.atomic():
            contact.id = self.db["network_contacts"].insert(row).last_pk
            self._touch(contact.case_id)
        return contact.id

    def update_contact(self, contact_id: int, field: str, value: Any) -> Any:
        cleaned = ci.clean_contact_field(field, value)
        column = "group_key" if field == "group" else field
        with self.db.atomic():
            self.db["network_contacts"].update(contact_id, {column: _db_value(field, cleaned),
                                                            "updated_at": now()})
            self._touch(self.db["network_contacts"].get(contact_id)["case_id"])
        return cleaned

    def delete_contact(self, contact_id: int) -> None:
        with self.db.atomic():
            case_id = self.db["network_contacts"].get(contact_id)["case_id"]
            self.db["network_contacts"].delete(contact_id)
            self._touch(case_id)

    # -- consents ------------------------------------------------------------------------
    def consents(self, case_id: int) -> list[Consent]:
        rows = self.db.query("SELECT * FROM consents WHERE case_id = ? ORDER BY id", [case_id])
        return [_consent(r) for r in rows]

    def get_consent(self, consent_id: int) -> Consent:
        return _consent(self.db["consents"].get(consent_id))

    def add_consent(self, consent: Consent) -> int:
        row = {f: _db_value(f, ci.clean_consent_field(f, getattr(consent, f))) for f in CONSENT_FIELDS}
        row.update(case_id=consent.case_id, created_at=now(), updated_at=now())
        with self.db.atomic():
            consent.id = self.db["consents"].insert(row).last_pk
            self._touch(consent.case_id)
        return consent.id

    def update_consent(self, consent_id: int, field: str, value: Any) -> Any:
        cleaned = ci.clean_consent_field(field, value)
        with self.db.atomic():
            self.db["consents"].update(consent_id, {field: _db_value(field, cleaned), "updated_at": now()})
            self._touch(self.db["consents"].get(consent_id)["case_id"])
        return cleaned

    def delete_consent(self, consent_id: int) -> None:
        with self.db.atomic():
            case_id = self.db["consents"].get(consent_id)["case_id"]
            self.db["consents"].delete(consent_id)
            self._touch(case_id)

    # -- helpers -----------------------------------------------------------------------------
    def family_members(self, case_id: int) -> list[Person]:
        families = Families(self.db)
        return families.members(families.get_case(case_id).family_id)

    def missing_consents(self, case_id: int, day: date | None = None):
        return missing_consents(self.family_members(case_id), self.consents(case_id),
                                day or date.today())

    def richest_case(self) -> int | None:
        """The completed intake with the most to show (members, network, text): for
        screenshots and looking at layouts with long content."""
        row = self.db.execute(
            "SELECT i.case_id FROM intakes i JOIN cases c ON c.id = i.case_id "
            "ORDER BY i.step = 'done' DESC, "
            "(SELECT count(*) FROM persons p WHERE p.family_id = c.family_id) * 10 + "
            "(SELECT count(*) FROM network_contacts n WHERE n.case_id = i.case_id) + "
            "length(i.help_question) / 40 DESC, i.case_id LIMIT 1").fetchone()
        return row[0] if row else None

    # -- the read model -------------------------------------------------------------------
    def summary(self, case_id: int, form: IntakeForm | None = None,
                day: date | None = None) -> IntakeSummary:
        """The intake of one case as an IntakeSummary (see core.intake)."""
        form = form or intake_form()
        day = day or date.today()
        intake = self.get(case_id)
        members = self.family_members(case_id)
        names = {m.id: m.first_name for m in members}
        answers = [a for a in self.domains(case_id) if a.person_id == HOUSEHOLD or a.person_id in names]
        result = IntakeSummary(case_id=case_id)
        if intake.help_question:
            result.help_questions.append(("", intake.help_question))
        for pid, text in sorted(self.member_questions(case_id).items()):
            if pid in names:
                result.help_questions.append((names[pid], text))
        for a in answers:
            dset = form.set(a.set_key)
            domain = dset.domain(a.domain_key) if dset else None
            if domain is None:
                continue  # a domain a region removed from the form
            whose = names.get(a.person_id) or msg("intake.household_old" if dset.read_only
                                                  else "intake.household")
            flag = DomainFlag(a.set_key, a.domain_key, domain.label, a.score, a.person_id, whose,
                              a.priority)
            if a.score is not None:
                result.scored_domains += 1
                if a.score <= 2:
                    result.low_domains.append(flag)
            if a.priority:
                result.priorities.append(flag)
            shares = a.shares()
            if shares:
                result.krachten.append(KrachtenShare(a.set_key, a.domain_key, domain.label,
                                                     a.person_id, whose, *shares))
        result.low_domains.sort(key=lambda f: (f.score, str(f.whose), f.label))
        result.own_strength_share = ci.own_strength_share(answers)
        for c in self.contacts(case_id):
            if c.formal:
                result.network_formal += 1
            else:
                result.network_informal += 1
        result.safety_concern = intake.safety == "ja"
        result.familiegroepsplan = intake.fgp == "ja"
        result.regisseur_kind = intake.regisseur_kind
        result.regisseur_name = intake.regisseur_name
        result.regisseur_contact = intake.regisseur_contact
        result.evaluation_date = intake.evaluation_date
        missing = missing_consents(members, self.consents(case_id), day)
        result.missing_consents = missing_messages(missing)
        result.consent_complete = not missing
        return result


def _domain(r: dict) -> DomainAnswer:
    return DomainAnswer(
        set_key=r["set_key"], domain_key=r["domain_key"], person_id=r["person_id"],
        good=r["good"] or "", worries=r["worries"] or "", score=r["score"], eigen=r["eigen"],
        netwerk=r["netwerk"], hulp=r["hulp"], priority=bool(r["priority"]),
    )


def _contact(r: dict) -> NetworkContact:
    return NetworkContact(
        id=r["id"], case_id=r["case_id"], group=r["group_key"], name=r["name"],
        relation=r["relation"] or "", ties=r["ties"] or "", formal=bool(r["formal"]),
        phone=r["phone"] or "", email=r["email"] or "", note=r["note"] or "",
    )


def _consent(r: dict) -> Consent:
    return Consent(
        id=r["id"], case_id=r["case_id"], person_id=r["person_id"], subject_id=r["subject_id"],
        what=r["what"] or "", with_whom=r["with_whom"] or "", given_on=_day(r["given_on"]),
        method=r["method"] or "mondeling", withdrawn=bool(r["withdrawn"]),
        kind=r.get("kind") or "delen",
    )
