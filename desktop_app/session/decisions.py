"""The coordination decision: drafts, the recorded decision, and the letters to the family
and every provider. A decision is an input of the lifecycle (status, interval, review)."""

from __future__ import annotations

from ..store.decisions import Decisions
from .core import SessionCore


class DecisionsArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = Decisions(core.store.db)
