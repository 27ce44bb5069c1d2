"""Plain dataclasses for the records the foundation knows about."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ROLES: tuple[str, ...] = ("jeugdige", "ouder", "verzorger", "overig")
CASE_STATUSES: tuple[str, ...] = ("aanmelding", "intake", "actief", "afgesloten")


@dataclass
class Person:
    family_id: int
    role: str
    first_name: str
    last_name: str
    birth_date: date | None = None
    bsn: str | None = None
    gezag: bool = False
    phone: str = ""
    email: str = ""
    id: int | None = None
    geslacht: str = "0"  # COD046: 0 onbekend, 1 mannelijk, 2 vrouwelijk, 9 niet gespecificeerd

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        return age_on(self.birth_date, day)


@dataclass
class Family:
    family_name: str
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    municipality: str = ""
    phone: str = ""
    email: str = ""
    id: int | None = None
    members: list[Person] = field(default_factory=list)


@dataclass
class Case:
    family_id: int
    case_number: str
    municipality: str
    region: str
    status: str = "aanmelding"
    consultant: str = ""
    start_date: date | None = None
    end_date: date | None = None
    next_evaluation: date | None = None
    coordination: bool | None = None
    estimated_cost: int | None = None  # cents, over the beschikking periods (issue 4)
    id: int | None = None


def age_on(birth: date, day: date) -> int:
    """Whole years; someone born on 29 February turns a year older on 1 March."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years
