"""Contact details as people type them: a phone number, an e-mail address, a postcode.
Shared by the consultant's own details (Instellingen) and the providers' columns of the
catalogue CSV, so both accept and refuse the same things. Pure: no Qt, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .validation import MESSAGES, ValidationError, clean_postcode

CONTACT_MESSAGES = {
    "phone": "Een telefoonnummer heeft 10 tot 15 cijfers, bijvoorbeeld 0475 123 456 of "
             "+31 475 123 456.",
    "email": "Een e-mailadres ziet eruit als naam@voorbeeld.nl.",
    "contact_length": "Deze tekst is te lang (hoogstens 200 tekens).",
}
for _code, _text in CONTACT_MESSAGES.items():
    MESSAGES.setdefault(_code, _text)

# Digits with the separators people write: spaces, dashes, dots, brackets, one leading '+'.
_PHONE = re.compile(r"^\+?[\d\s\-.()/]+$")
# The shape only (one @, a dot in the domain, no spaces): whether it exists is not ours to say.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
MAX_LENGTH = 200


def clean_phone(value: str | None, field: str = "phone") -> str:
    """'' stays ''; otherwise 10 to 15 digits, written as typed (spaces tidied)."""
    text = " ".join((value or "").split())
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE.match(text) or not 10 <= len(digits) <= 15:
        raise ValidationError("phone", field)
    return text


def clean_email(value: str | None, field: str = "email") -> str:
    text = (value or "").strip()
    if not text:
        return ""
    if not _EMAIL.match(text) or len(text) > MAX_LENGTH:
        raise ValidationError("email", field)
    return text


def clean_text(value: str | None, field: str, lines: bool = False) -> str:
    """A name, street or team: spaces tidied (line breaks kept when `lines`)."""
    if lines:
        text = "\n".join(" ".join(x.split()) for x in (value or "").splitlines() if x.strip())
    else:
        text = " ".join((value or "").split())
    if len(text) > MAX_LENGTH:
        raise ValidationError("contact_length", field)
    return text


def clean_contact_postcode(value: str | None, field: str = "postcode") -> str:
    return clean_postcode(value, field)


@dataclass(frozen=True)
class ConsultantDetails:
    """The consultant's own details (Instellingen › Mijn gegevens), printed in every letter
    and plan: who wrote it and how to reach them."""

    name: str = ""
    phone: str = ""
    email: str = ""
    team: str = ""  # e.g. 'CJG Roermond'
    address: str = ""  # the CJG's visiting/postal address, one or more lines

    FIELDS = ("name", "phone", "email", "team", "address")

    @property
    def complete(self) -> bool:
        """Enough for a letter: a name and a way to reach the consultant."""
        return bool(self.name and (self.phone or self.email))

    def missing(self) -> list[str]:
        """The fields a letter needs and lacks: 'name', and 'phone' when neither phone nor
        e-mail is known."""
        out = [] if self.name else ["name"]
        if not (self.phone or self.email):
            out.append("phone")
        return out


def clean_consultant_field(field: str, value: str | None) -> str:
    """The cleaned value of one field of ConsultantDetails, or ValidationError."""
    if field == "phone":
        return clean_phone(value, field)
    if field == "email":
        return clean_email(value, field)
    if field in ("name", "team"):
        return clean_text(value, field)
    if field == "address":
        return clean_text(value, field, lines=True)
    raise KeyError(field)
