"""Results with the family, actions, the deployed help (beschikkingen) and the catalogue.

A deployment is an input of the case's lifecycle (status, next evaluation): every operation
that adds, changes or ends one refreshes the case."""

from __future__ import annotations

from ..store.catalog import Catalog
from ..store.results import Results
from .core import SessionCore


class ResultsArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = Results(core.store.db)
        self.catalog = Catalog(core.store.db)
