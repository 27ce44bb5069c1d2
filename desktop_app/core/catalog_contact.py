"""The providers' optional address and contact columns of the catalogue CSV (issue 14),
after the ten contract columns, in any order, each optional:

aanbieder_straat;aanbieder_postcode;aanbieder_plaats;aanbieder_telefoon;aanbieder_email;
aanbieder_contactpersoon

Validated like the consultant's own details (core.contact: postcode with python-stdnum,
the shape of an e-mail address, 10 to 15 digits in a phone number); every error names the
row and the column. Printed in each provider letter. Pure: no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass

from .contact import clean_contact_postcode, clean_email, clean_phone, clean_text
from .validation import MESSAGES, ValidationError

# CSV column -> ProviderContact field
CONTACT_COLUMNS = {
    "aanbieder_straat": "street", "aanbieder_postcode": "postcode", "aanbieder_plaats": "city",
    "aanbieder_telefoon": "phone", "aanbieder_email": "email",
    "aanbieder_contactpersoon": "contact",
}
_CLEAN = {"street": clean_text, "postcode": clean_contact_postcode, "city": clean_text,
          "phone": clean_phone, "email": clean_email, "contact": clean_text}


@dataclass(frozen=True)
class ProviderContact:
    street: str = ""  # street and number
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    contact: str = ""  # contact person

    @property
    def postcode_city(self) -> str:
        return f"{self.postcode}  {self.city}".strip().replace("  ", " ") if self.postcode \
            else self.city

    @property
    def empty(self) -> bool:
        return not any((self.street, self.postcode, self.city, self.phone, self.email,
                        self.contact))


def header_problem(header: list[str], required: tuple[str, ...]) -> str:
    """'' when the header is the required columns followed by known optional ones (each at
    most once); otherwise the Dutch reason."""
    extra = header[len(required):]
    unknown = [c for c in extra if c not in CONTACT_COLUMNS]
    if unknown:
        return (f"onbekende kolom '{unknown[0]}'; na de tien vaste kolommen mogen alleen: "
                + ";".join(CONTACT_COLUMNS))
    twice = sorted({c for c in extra if extra.count(c) > 1})
    if twice:
        return f"de kolom '{twice[0]}' staat er twee keer in."
    return ""


def validate_contact(number: int, cell: dict[str, str], errors: list
                     ) -> ProviderContact | None:
    """The row's contact columns; None when the file has none of them. Each bad value is
    appended to `errors` as (row, column, Dutch reason)."""
    present = [c for c in CONTACT_COLUMNS if c in cell]
    if not present:
        return None
    values = {}
    for column in present:
        field = CONTACT_COLUMNS[column]
        raw = cell[column]
        try:
            values[field] = _CLEAN[field](raw, field)
        except ValidationError as exc:
            errors.append((number, column, f"'{raw[:60]}': {MESSAGES[exc.code]}"))
    return ProviderContact(**values)
