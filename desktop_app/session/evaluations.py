"""Follow-up: evaluations (concept → definitief), what they conclude for the deployed help,
the evaluation report, and the due lists of the Opvolging page."""

from __future__ import annotations

from ..store.evaluations import Evaluations
from .core import SessionCore


class EvaluationsArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = Evaluations(core.store.db)
