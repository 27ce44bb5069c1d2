"""Whose consent counts, for two different things (DOMAIN.md, Jeugdwet):

- Consent to the HELP itself (7.3.4, 7.3.5, 7.3.15): under 12 the parents with gezag;
  from the 12th birthday until the 16th both the youth and the parents with gezag; from
  the 16th birthday the youth alone.
- Consent to SHARE information (7.3.11) comes from 'de betrokkene': under 12 the parents
  with gezag; from the 12th birthday the youth alone.

Each consent record says which it is (`Consent.kind`); one never covers the other. Ages
are counted on the day asked about, so a birthday changes the rule that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .intake import Consent
from .messages import Message, msg, render
from .models import Person, age_on

PARENTS = "parents"
BOTH = "both"
YOUTH = "youth"
HELP, SHARE = "hulp", "delen"  # Consent.kind
KINDS = {HELP: "toestemming voor de hulp", SHARE: "toestemming om informatie te delen"}
CONSENT_AGES = (12, 16)  # the birthdays that change whose consent counts (help)
SHARE_AGE = 12  # from the 12th birthday the youth alone consents to sharing


def consent_rule(birth_date: date | None, day: date, kind: str = HELP) -> str:
    """PARENTS, BOTH or YOUTH for consent of `kind`. An unknown birth date asks for both,
    to be safe."""
    if birth_date is None:
        return BOTH
    age = age_on(birth_date, day)
    if kind == SHARE:
        return PARENTS if age < SHARE_AGE else YOUTH
    if kind != HELP:
        raise ValueError(kind)
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
    kind: str = HELP  # HELP or SHARE

    def message(self, kinds: tuple[str, ...] | None = None) -> Message:
        """What is missing, as a core message (the UI renders it in its language); `kinds`
        names more than one kind in one line (missing_lines)."""
        about = self.subject.first_name
        kinds = kinds or (self.kind,)
        what = msg("consent.kind." + (kinds[0] if len(kinds) == 1 else "both"))
        if self.reason == "no_gezag":
            return msg("consent.no_gezag", about=about, what=what)
        who = self.person.full_name if self.person else ""
        return msg("consent.youth" if self.reason == "youth" else "consent.parent",
                   about=about, who=who, what=what)

    def text(self, kinds: tuple[str, ...] | None = None) -> str:
        """A plain Dutch line, for the CLI, the summary and the plan."""
        return render(self.message(kinds), "nl")


def youths(members: list[Person]) -> list[Person]:
    return [m for m in members if m.role == "jeugdige"]


def gezag_holders(members: list[Person]) -> list[Person]:
    return [m for m in members if m.gezag and m.role != "jeugdige"]


def required_consenters(subject: Person, members: list[Person], day: date,
                        kind: str = HELP) -> list[Person]:
    rule = consent_rule(subject.birth_date, day, kind)
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


def _covers(consent: Consent, person: Person, subject: Person, day: date, kind: str) -> bool:
    return (
        consent.kind == kind
        and not consent_gaps(consent)
        and consent.person_id == person.id
        and consent.subject_id in (None, subject.id)
        and not consent.withdrawn
        and consent.given_on <= day
    )


def missing_consents(members: list[Person], consents: list[Consent], day: date,
                     kinds: tuple[str, ...] = (HELP, SHARE)) -> list[MissingConsent]:
    """Every (youth, person, kind) whose consent is required on `day` but not recorded:
    per youth the consent to the help first, then the consent to share information."""
    missing: list[MissingConsent] = []
    for subject in youths(members):
        for kind in kinds:
            rule = consent_rule(subject.birth_date, day, kind)
            if rule in (PARENTS, BOTH) and not gezag_holders(members):
                missing.append(MissingConsent(subject, None, "no_gezag", kind))
            for person in required_consenters(subject, members, day, kind):
                if not any(_covers(c, person, subject, day, kind) for c in consents):
                    reason = "youth" if person.id == subject.id else "parent"
                    missing.append(MissingConsent(subject, person, reason, kind))
    return missing


def missing_messages(missing: list[MissingConsent]) -> list[Message]:
    """One message per youth and person, naming both kinds when both are missing (the
    plan and the summary stay short); the UI renders them in its language."""
    grouped: dict[tuple, list[MissingConsent]] = {}
    for m in missing:
        key = (m.subject.id, m.person.id if m.person else None, m.reason)
        grouped.setdefault(key, []).append(m)
    return [items[0].message(tuple(i.kind for i in items)) for items in grouped.values()]


def missing_lines(missing: list[MissingConsent]) -> list[str]:
    """missing_messages in Dutch (the CLI, the plan)."""
    return [render(m, "nl") for m in missing_messages(missing)]
