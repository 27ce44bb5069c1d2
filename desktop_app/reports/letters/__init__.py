"""Decision letters (seed 000: 'Het CJG laat per casus aan cliënten en betrokken
zorgaanbieder(s) weten of coördinatie en opvolging wordt ingezet'): one to the
family in plain Dutch (B1, 'u') and one to each involved provider, who keeps the duty
to evaluate, normalise, scale up and down and to work according to 1Gezin1Plan.

The recipients come from the decision's own snapshot of the case, so a letter
printed later still goes to the providers involved when the decision was taken. The
date of the next evaluation is the case's own (core.lifecycle, with its reason from
core.follow_up_words), the same date and sentence the plan and the evaluation report print.
Every letter is signed with the consultant's own details (Instellingen › Mijn gegevens);
a provider letter carries the provider's address, AGB code and beschikkingnummers from
the catalogue and the case, and names only the children the provider's help is for."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ...core.contact import ConsultantDetails
from ...core.coordination import Decision
from ...core.follow_up_words import follow_up_reason
from ...core.letter_data import ProviderDetails
from ...core.lifecycle import NextEvaluation
from ...core.models import Case, Family
from .common import NAME_PLACEHOLDER, involved_providers
from .family import family_letter
from .provider import PROVIDER_DUTY, provider_letter

__all__ = ["NAME_PLACEHOLDER", "PROVIDER_DUTY", "DecisionLetters", "family_letter",
           "follow_up_reason", "involved_providers", "provider_letter", "slug",
           "write_decision_letters"]


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "aanbieder"


def write_decision_letters(out_dir: Path | str, decision: Decision, family: Family, case: Case,
                           day: date | None = None, version: int = 1,
                           follow_up: NextEvaluation | None = None,
                           consultant: ConsultantDetails | None = None,
                           details: dict[str, ProviderDetails] | None = None) -> list[Path]:
    """The family letter (first) and one letter per involved provider; returns the files,
    each written to a temp file and moved into place when complete."""
    out_dir = Path(out_dir)
    details = details or {}
    base = f"besluit-{case.case_number}"
    files = [family_letter(out_dir / f"{base}-gezin.pdf", decision, family, case, day, version,
                           follow_up, consultant, details)]
    used: set[str] = set()
    for provider in involved_providers(decision):
        name = slug(provider.name)
        while name in used:
            name += "-2"
        used.add(name)
        files.append(provider_letter(out_dir / f"{base}-aanbieder-{name}.pdf", decision, provider,
                                     family, case, day, version, follow_up, consultant,
                                     details.get(provider.name)))
    return files


@dataclass(frozen=True)
class DecisionLetters:
    """Everything the letters about one decision need (core dataclasses, no database):
    built by the session, written by `write` on any thread."""

    decision: Decision
    family: Family
    case: Case
    follow_up: NextEvaluation | None = None  # the case's next evaluation, for the current decision
    version: int = 1
    day: date | None = None
    consultant: ConsultantDetails = field(default_factory=ConsultantDetails)
    providers: dict[str, ProviderDetails] = field(default_factory=dict)  # by provider name

    @property
    def consultant_missing(self) -> list[str]:
        """What Instellingen › Mijn gegevens still lacks for these letters."""
        missing = self.consultant.missing()
        return [m for m in missing if m != "name"] if self.case.consultant else missing

    def write(self, out_dir: Path | str) -> list[Path]:
        return write_decision_letters(out_dir, self.decision, self.family, self.case, self.day,
                                      self.version, self.follow_up, self.consultant,
                                      self.providers)
