"""What the outcome figures of a case read (issue 16): the rule of forms/outcomes.toml, the
endings of its deployments (the provider's JZ588, the CJG's JZ002) and the check of the
usefulness answer of an evaluation."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..core import validation as v
from ..core.outcomes import OutcomeRules


def clean_usefulness(value: Any) -> int | None:
    """One of the answers of forms/outcomes.toml, or empty."""
    from ..core.form_outcomes import outcomes_form

    if value in (None, ""):
        return None
    allowed = {a.value for a in outcomes_form().tevredenheid.answer}
    try:
        answer = int(str(value).strip())
    except ValueError:
        raise v.ValidationError("usefulness", "usefulness") from None
    if answer not in allowed:
        raise v.ValidationError("usefulness", "usefulness")
    return answer


def outcome_rules() -> OutcomeRules:
    from ..core.form_outcomes import outcomes_form

    return OutcomeRules.from_form(outcomes_form())


def case_endings(db: Database, case_id: int) -> list[tuple[str, str]]:
    """(JZ588 end reason, JZ002 change reason of the CJG's ending) per ended deployment."""
    return [(r[0], r[1] or "") for r in db.execute(
        "SELECT d.end_reason, (SELECT ev.change_reason FROM deployment_events ev "
        "WHERE ev.deployment_id = d.id AND ev.kind IN ('beeindigen', 'voorliggend') "
        "ORDER BY ev.on_date DESC, ev.id DESC LIMIT 1) FROM deployments d "
        "WHERE d.case_id = ? AND d.status = 'beëindigd' AND d.end_reason <> '' ORDER BY d.id",
        [case_id])]
