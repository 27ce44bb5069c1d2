"""Who must consent to sharing information about a youth (Jeugdwet, WGBO):
under 12 the parents with gezag; from the 12th birthday until the 16th both the
youth and the parents with gezag; from the 16th birthday the youth alone.
Ages are counted on the day asked about, so a birthday changes the rule that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .intake import Consent
from .messages import Message, msg, render
from .models import Person, age_on

PARENTS = "parents"
BOTH = "both"
YOUTH = "youth"
CONSENT_AGES = (12, 16)  # the birthdays that change whose consent counts


def consent_rule(birth_date: date | None, day: date) -> str:
    """PARENTS, BOTH or YOUTH. An unknown birth date asks for both, to be safe."""
    if birth_date is None:
        return BOTH
    age = age_on(birth_date, day)
    if age < CONSENT_AGES[0]:
        return PARENTS
    if age < CONSENT_AGES[1]:
        return BOTH
    return YOUTH


@dataclass
class MissingConsent:
    subject: Person  # the youth the information is about
    person: Person | None  # who still has to consent; None: no parent with gezag is known
    reason: str  # 'youth', 'parent' or 'no_gezag'

    def message(self) -> Message:
        """What is missing, as a core message (the UI renders it in its language)."""
        about = self.subject.first_name
        if self.reason == "no_gezag":
            return msg("consent.no_gezag", about=about)
        who = self.person.full_name if self.person else ""
        return msg("consent.youth" if self.reason == "youth" else "consent.parent", about=about, who=who)

    def text(self) -> str:
        """A plain Dutch line, for the CLI, the summary and the plan."""
        return render(self.message(), "nl")


def youths(members: list[Person]) -> list[Person]:
    return [m for m in members if m.role == "jeugdige"]


def gezag_holders(members: list[Person]) -> list[Person]:
    return [m for m in members if m.gezag and m.role != "jeugdige"]


def required_consenters(subject: Person, members: list[Person], day: date) -> list[Person]:
    rule = consent_rule(subject.birth_date, day)
    people: list[Person] = []
    if rule in (PARENTS, BOTH):
        people += gezag_holders(members)
    if rule in (BOTH, YOUTH):
        people.append(subject)
    return people


# What a consent record must name to count (issue 19), with the Dutch word for each.
CONSENT_PARTS: dict[str, str] = {
    "what": "waarvoor", "with_whom": "met wie", "person_id": "wie toestemming geeft",
    "given_on": "wanneer", "method": "hoe",
}


def consent_gaps(consent: Consent) -> tuple[str, ...]:
    """The parts (keys of CONSENT_PARTS) a consent leaves empty; () when complete. An
    incomplete consent is a draft: kept, shown, never counted."""
    return tuple(k for k in CONSENT_PARTS if getattr(consent, k) in (None, "")
                 or (isinstance(getattr(consent, k), str) and not getattr(consent, k).strip()))


def _covers(consent: Consent, person: Person, subject: Person, day: date) -> bool:
    return (
        not consent_gaps(consent)
        and consent.person_id == person.id
        and consent.subject_id in (None, subject.id)
        and not consent.withdrawn
        and consent.given_on <= day
    )


def missing_consents(members: list[Person], consents: list[Consent], day: date) -> list[MissingConsent]:
    """Every (youth, person) pair whose consent is required on `day` but not recorded."""
    missing: list[MissingConsent] = []
    for subject in youths(members):
        rule = consent_rule(subject.birth_date, day)
        if rule in (PARENTS, BOTH) and not gezag_holders(members):
            missing.append(MissingConsent(subject, None, "no_gezag"))
        for person in required_consenters(subject, members, day):
            if not any(_covers(c, person, subject, day) for c in consents):
                reason = "youth" if person.id == subject.id else "parent"
                missing.append(MissingConsent(subject, person, reason))
    return missing
