"""The 1Gezin1Plan intake as plain data: the answers per case, the network map,
consents, and the read model `IntakeSummary` that later steps (coordination,
results) build on. Cleaning rules for what the consultant types live here too."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import validation as v
from .messages import Message

SAFETY_CHOICES: tuple[str, ...] = ("", "nee", "ja", "weet_niet")
FGP_CHOICES: tuple[str, ...] = ("", "ja", "nee")
REGISSEUR_KINDS: tuple[str, ...] = ("", "ouder", "familielid", "vriend", "professional")
CONSENT_METHODS: tuple[str, ...] = ("mondeling", "schriftelijk", "digitaal")
CONSENT_KINDS: tuple[str, ...] = ("hulp", "delen")  # core.consent.HELP, SHARE
HOUSEHOLD = 0  # person_id of answers about the whole household


@dataclass
class Intake:
    case_id: int
    step: str = ""
    help_question: str = ""
    safety: str = ""
    safety_note: str = ""
    professional_note: str = ""  # the consultant's own note: never shown to or printed for the family
    fgp: str = ""
    fgp_date: date | None = None
    fgp_where: str = ""
    regisseur_kind: str = ""
    regisseur_name: str = ""
    regisseur_contact: str = ""
    evaluation_date: date | None = None
    plan_version: int = 0
    started_on: date | None = None  # the day the intake was opened: ages for the ZRM count then


@dataclass
class DomainAnswer:
    set_key: str
    domain_key: str
    person_id: int = HOUSEHOLD
    good: str = ""
    worries: str = ""
    score: int | None = None
    eigen: int | None = None  # Krachtenwijzer points 0..10
    netwerk: int | None = None
    hulp: int | None = None
    priority: bool = False

    def shares(self) -> tuple[float, float, float] | None:
        """(eigen kracht, netwerk, hulpverlening) as fractions of 1, or None when not filled."""
        points = [self.eigen or 0, self.netwerk or 0, self.hulp or 0]
        total = sum(points)
        if total == 0:
            return None
        return tuple(p / total for p in points)  # type: ignore[return-value]

    @property
    def is_empty(self) -> bool:
        return not (self.good or self.worries or self.score or self.priority or self.shares())


@dataclass
class NetworkContact:
    case_id: int
    group: str
    name: str
    relation: str = ""
    ties: str = ""  # tie codes, e.g. "PE"
    formal: bool = False
    phone: str = ""
    email: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class Consent:
    case_id: int
    person_id: int | None  # who consents
    subject_id: int | None = None  # about whom; None = the whole family
    what: str = ""
    with_whom: str = ""
    given_on: date | None = None
    method: str = "mondeling"
    withdrawn: bool = False
    id: int | None = None
    kind: str = "delen"  # core.consent: "hulp" (the help itself) or "delen" (share information)


# -- the read model -------------------------------------------------------------------
@dataclass
class DomainFlag:
    set_key: str
    domain_key: str
    label: str
    score: int | None
    person_id: int  # 0 = the household
    whose: Message | str  # a first name, or the message 'intake.household' (het gezin)
    priority: bool = False


@dataclass
class KrachtenShare:
    set_key: str
    domain_key: str
    label: str
    person_id: int
    whose: str
    eigen: float
    netwerk: float
    hulp: float


@dataclass
class IntakeSummary:
    """What the intake says, for the coordination decision and the results.

    - `help_questions`: (whose, text) pairs; whose is '' for the family's own
      question, else a member's first name where their question differs.
    - `low_domains`: domains scoring 1 or 2 (DomainFlag: set, key, label, score, whose).
    - `priorities`: domains the family named a priority.
    - `krachten`: per domain the shares of eigen kracht / netwerk / hulpverlening
      (fractions of 1); `own_strength_share`: over all filled domains, the share that
      rests on eigen kracht + netwerk (None when nothing was filled).
    - `network_informal` / `network_formal`: number of contacts on the network map.
    - `safety_concern`: concerns about safety were recorded (route Veilig Thuis).
    - `familiegroepsplan`: the family has its own plan (Eigen Kracht-conferentie).
    - `regisseur_kind` / `regisseur_name` / `regisseur_contact`.
    - `evaluation_date`: when we look back together.
    - `consent_complete` and `missing_consents` (core messages: str() is Dutch).
    """

    case_id: int
    help_questions: list[tuple[str, str]] = field(default_factory=list)
    low_domains: list[DomainFlag] = field(default_factory=list)
    priorities: list[DomainFlag] = field(default_factory=list)
    krachten: list[KrachtenShare] = field(default_factory=list)
    own_strength_share: float | None = None
    network_informal: int = 0
    network_formal: int = 0
    safety_concern: bool = False
    familiegroepsplan: bool = False
    regisseur_kind: str = ""
    regisseur_name: str = ""
    regisseur_contact: str = ""
    evaluation_date: date | None = None
    consent_complete: bool = False
    missing_consents: list[Message] = field(default_factory=list)  # core/messages.py
    scored_domains: int = 0

    @property
    def help_question(self) -> str:
        return next((text for whose, text in self.help_questions if not whose), "")


def own_strength_share(answers: list[DomainAnswer]) -> float | None:
    """Mean over the filled domains of (eigen kracht + netwerk) / total."""
    shares = [s for s in (a.shares() for a in answers) if s is not None]
    if not shares:
        return None
    return sum(e + n for e, n, _ in shares) / len(shares)


# -- cleaning ----------------------------------------------------------------------------
def _text(value: Any) -> str:
    # Free text keeps the family's words as they said them: only the ends are trimmed.
    return str(value or "").strip()


def _line(value: Any) -> str:
    return " ".join(str(value or "").split())[:200]


def _choice(value: Any, choices: tuple[str, ...], field_: str) -> str:
    value = value or ""
    if value not in choices:
        raise v.ValidationError("required", field_)
    return value


def clean_intake_field(field_: str, value: Any) -> Any:
    if field_ in ("help_question", "safety_note", "professional_note"):
        return _text(value)
    if field_ in ("fgp_where", "regisseur_name", "regisseur_contact", "step"):
        return _line(value)
    if field_ in ("fgp_date", "evaluation_date"):
        return v.parse_date(value, field_)
    if field_ == "safety":
        return _choice(value, SAFETY_CHOICES, field_)
    if field_ == "fgp":
        return _choice(value, FGP_CHOICES, field_)
    if field_ == "regisseur_kind":
        return _choice(value, REGISSEUR_KINDS, field_)
    raise KeyError(field_)


def clean_domain_field(field_: str, value: Any) -> Any:
    if field_ in ("good", "worries"):
        return _text(value)
    if field_ == "score":
        if value in (None, "", 0):
            return None
        if int(value) not in range(1, 6):
            raise v.ValidationError("required", field_)
        return int(value)
    if field_ in ("eigen", "netwerk", "hulp"):
        if value in (None, ""):
            return None
        if int(value) not in range(0, 11):
            raise v.ValidationError("required", field_)
        return int(value)
    if field_ == "priority":
        return bool(value)
    raise KeyError(field_)


def clean_contact_field(field_: str, value: Any) -> Any:
    if field_ == "name":
        return v.clean_name(value, field_)
    if field_ in ("relation", "phone", "email", "group"):
        return _line(value)
    if field_ == "note":
        return _text(value)
    if field_ == "ties":
        letters = "".join(sorted({c for c in str(value or "").upper() if c.isalpha()}, key="PGAE".find))
        return letters
    if field_ == "formal":
        return bool(value)
    raise KeyError(field_)


def clean_consent_field(field_: str, value: Any) -> Any:
    if field_ == "person_id":
        if not value:
            raise v.ValidationError("required", field_)
        return int(value)
    if field_ == "subject_id":
        return int(value) if value else None
    if field_ in ("what", "with_whom"):
        return _text(value)
    if field_ == "given_on":
        return v.parse_date(value, field_)
    if field_ == "method":
        return _choice(value, CONSENT_METHODS, field_)
    if field_ == "withdrawn":
        return bool(value)
    if field_ == "kind":
        return _choice(value, CONSENT_KINDS, field_)
    raise KeyError(field_)
