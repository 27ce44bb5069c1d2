"""The 1Gezin1Plan intake: answers, network, consent, and the family's plan as PDF.

Operations here change the intake of one case; opening the intake moves the case to
'intake' and the evaluation moment chosen here feeds the next evaluation (core.lifecycle)."""

from __future__ import annotations

from ..store.intake import IntakeRepository
from .core import SessionCore


class IntakeArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = IntakeRepository(core.store.db)
