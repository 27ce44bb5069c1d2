"""Data safety: the audit trail, backups and restore, the passphrase, retention, access
requests and destruction of a family on request."""

from __future__ import annotations

from .core import SessionCore


class SafetyArea:
    def __init__(self, core: SessionCore):
        self._core = core
