"""What a provider letter says about its provider beyond the decision's snapshot (issue 14):
the catalogue's AGB code, address and contact, the beschikkingnummers of the provider's
help in the case, and the children that help is for. Built by the session from the case
as it is when the letter is made; pure data for reports.letters."""

from __future__ import annotations

from dataclasses import dataclass, field

from .catalog_contact import ProviderContact
from .models import Person


@dataclass(frozen=True)
class ProviderDetails:
    name: str
    agb: str = ""
    contact: ProviderContact = field(default_factory=ProviderContact)
    beschikkingen: tuple[str, ...] = ()  # beschikkingnummers of the provider's running help
    # The youths the provider's help is for (the deployments' chosen children); empty:
    # the deployments name no child, and neither does the letter.
    children: tuple[Person, ...] = ()
