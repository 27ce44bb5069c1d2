"""The consultant's own details (Instellingen › Mijn gegevens): entered once, stored in the
encrypted database, printed in every letter and plan (reports take them as a core
dataclass). Not family data: a change names no family or case."""

from __future__ import annotations

from ..core.contact import ConsultantDetails
from ..store import audit
from ..store.consultant import ConsultantStore
from .core import SessionCore


class ConsultantArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = ConsultantStore(core.store.db)
        name = self.repo.get().name
        if name:
            audit.set_actor(name)

    def details(self) -> ConsultantDetails:
        return self.repo.get()

    def set_field(self, field: str, value: str | None) -> str:
        """One field (name, phone, email, team, address), autosaved as it is typed; returns
        the cleaned value or raises ValidationError (nothing stored, the text stays)."""
        with self._core.operation("set_consultant_details", kinds=("settings",)):
            cleaned = self.repo.set_field(field, value)
        if field == "name":
            # The audit log's 'who' follows the name entered here.
            audit.set_actor(cleaned)
        return cleaned
