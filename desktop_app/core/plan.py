"""Everything the family's plan (the 1Gezin1Plan PDF) shows, gathered by the store
(`store/intake_plan.py`) so that reports/ never needs SQL. Later features add
their parts through `extras` (e.g. results and actions) and their own sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .lifecycle import NextEvaluation


@dataclass
class PlanMember:
    name: str
    role: str  # 'jeugdige', 'ouder', ...
    age: int | None = None
    gezag: bool = False


@dataclass
class PlanContact:
    name: str
    group: str  # group key, for the picture
    group_label: str
    relation: str = ""
    ties: str = ""  # codes, e.g. "PE"
    formal: bool = False
    phone: str = ""
    email: str = ""


@dataclass
class PlanDomain:
    set_key: str
    set_label: str  # as the family reads it: 'Uw huishouden', 'Over u'
    label: str
    whose: str  # '' for the household, else a first name
    good: str = ""
    worries: str = ""
    score: int | None = None
    priority: bool = False


@dataclass
class PlanConsent:
    who: str
    about: str  # a first name, or 'het hele gezin'
    what: str
    with_whom: str
    given_on: date | None
    method: str


@dataclass
class PlanData:
    family_name: str
    case_id: int
    case_number: str
    consultant: str
    day: date
    version: int
    members: list[PlanMember] = field(default_factory=list)
    groups: list[tuple[str, str]] = field(default_factory=list)  # (key, label), map order
    ties: list[tuple[str, str]] = field(default_factory=list)  # (code, label)
    contacts: list[PlanContact] = field(default_factory=list)
    help_question: str = ""
    member_questions: list[tuple[str, str]] = field(default_factory=list)  # (first name, text)
    domains: list[PlanDomain] = field(default_factory=list)
    regisseur_kind: str = ""
    regisseur_name: str = ""
    regisseur_contact: str = ""
    fgp: str = ""  # '', 'ja', 'nee'
    fgp_date: date | None = None
    fgp_where: str = ""
    # The case's next evaluation as the lifecycle stored it (cases.next_evaluation), the same
    # date the case page, the caseload and the letters show; with what decided it.
    evaluation_date: date | None = None
    next_evaluation: NextEvaluation | None = None
    consents: list[PlanConsent] = field(default_factory=list)
    missing_consents: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def strengths(self) -> list[PlanDomain]:
        return [d for d in self.domains if d.good]

    @property
    def worries(self) -> list[PlanDomain]:
        """Priorities first, then the lowest scores: what matters most comes first."""
        found = [d for d in self.domains if d.worries or (d.score is not None and d.score <= 2)]
        return sorted(found, key=lambda d: (not d.priority, d.score or 9))
