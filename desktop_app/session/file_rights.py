"""Who may ask to destroy a family file (Jeugdwet 7.3.9; rules in core.file_rights),
for session.safety: the youths' ages read from the household, the check of a request,
and the record of that check (store.destruction_checks). A refused request is recorded
too – the 7.3.9 lid 2 refusal with its motivation – as its own operation."""

from __future__ import annotations

from datetime import date

from ..core.file_rights import (
    PARENTS,
    RETENTION,
    YOUTH,
    DestructionRequest,
    Refusal,
    YouthAge,
    holder,
    needed_requesters,
    refusal,
)
from ..store import destruction_checks

__all__ = ["PARENTS", "RETENTION", "YOUTH", "DestroyRefused", "DestructionRequest",
           "Refusal", "as_request", "check", "needed", "options", "record_check", "youth_ages"]


class DestroyRefused(ValueError):
    """The request may not be carried out; str() is the Dutch reason, `code` its key in
    core.file_rights.MESSAGES, `refusal` the whole reason (with the youth's id)."""

    def __init__(self, reason: Refusal | str):
        self.refusal = reason if isinstance(reason, Refusal) else Refusal(reason)
        self.code = self.refusal.code
        super().__init__(self.code)

    def __str__(self) -> str:
        return self.refusal.message


def as_request(request: DestructionRequest | str) -> DestructionRequest:
    """A request, or a bare requester code (only 'termijn' passes the check on its own:
    a request by parents or youth needs the 7.3.9 lid 2 check)."""
    return request if isinstance(request, DestructionRequest) else DestructionRequest.of(request)


def youth_ages(core, family_id: int) -> list[YouthAge]:
    return [YouthAge(p.id, p.birth_date) for p in core.households.members(family_id)
            if p.role == "jeugdige"]


def options(core, family_id: int, day: date, due: bool) -> dict[str, bool]:
    """The requester choices worth offering: parents always, the youth when one is 12+."""
    youth = any(holder(y, day) == YOUTH for y in youth_ages(core, family_id))
    return {PARENTS: True, YOUTH: youth, RETENTION: due}


def needed(core, family_id: int, day: date, cannot_judge=frozenset()) -> frozenset[str]:
    """Who must ask together for this family file on `day`."""
    return needed_requesters(youth_ages(core, family_id), day, frozenset(cannot_judge))


def check(core, family_id: int, request: DestructionRequest, day: date,
          due: bool) -> Refusal | None:
    return refusal(request, youth_ages(core, family_id), day, due)


def record_check(core, family_id: int, request: DestructionRequest, day: date,
                 refused: bool) -> None:
    """The check (who asked, the lid 2 answer, the motivation) as an operation; the audit
    entry holds codes only."""
    outcome = destruction_checks.REFUSED if refused else destruction_checks.ALLOWED
    with core.operation("destroy_refused" if refused else "destroy_check",
                        family_id=family_id):
        destruction_checks.record(core.store.db, family_id, request, day, outcome)
        core.audit("destroy_refused" if refused else "destroy_check", "families", family_id,
                   detail=f"{request.code}; belang ander: "
                          f"{'ja' if request.other_interest else 'nee'}")
