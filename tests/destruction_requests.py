"""A lawful destruction request for a test family (core.file_rights): whoever holds the
file rights of every youth asks, and the 7.3.9 lid 2 check is recorded as 'nee'."""

from __future__ import annotations

from desktop_app.core.file_rights import DestructionRequest

MOTIVATION = "Geen ander heeft aanmerkelijk belang bij bewaren; verzoek schriftelijk ontvangen."


def lawful(session, family_id: int) -> DestructionRequest:
    needed = session.safety.needed_requesters(family_id)
    return DestructionRequest.of(*needed, other_interest=False, motivation=MOTIVATION)


def cli_args(session, family_id: int) -> list[str]:
    """The destroy-family arguments of that request."""
    args = []
    for code in sorted(session.safety.needed_requesters(family_id)):
        args += ["--requester", code]
    return args + ["--other-interest", "nee", "--motivation", MOTIVATION]
