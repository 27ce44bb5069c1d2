"""The session: the one Qt-free way into the data, for the GUI and the CLI alike.

Made at unlock (GUI) or at open (CLI, `gezinsplan-admin`). It owns the store and one
instance of each repository, grouped in areas (`session.households`, …); every change to a
family or case is a named operation on an area, run in one transaction with its audit
entries and the recomputed case state, and announced afterwards on `session.changes`.
Screens subscribe to those changes and refresh themselves.

    session = Session.open(path, passphrase)
    session.households.add_family(Family("Peeters", municipality="Roermond"))
    session.changes.subscribe(print)

Importing the package is cheap: the session, its areas and the store behind them load when
first asked for (PEP 562), so the unlock screen paints before they are imported and they
load while the passphrase is typed or derived (issue 17: start to the first paint).
"""

from __future__ import annotations

from ..keys import MIN_PASSPHRASE_LENGTH
from ..store import UnreadableDatabase
from ..store.errors import (
    CheckInterrupted,
    DatabaseDamaged,
    DiskFull,
    Locked,
    StoreError,
    WrongPassphrase,
)

# The errors a caller of the session must tell apart (re-exported: the UI never imports the
# store).
__all__ = ["KINDS", "Change", "ChangeHub", "CheckInterrupted", "DatabaseDamaged", "DiskFull", "Locked", "Operation", "Session",
           "StoreError", "MIN_PASSPHRASE_LENGTH",
           "UnreadableDatabase", "WrongPassphrase", "load_session_policies"]

def __getattr__(name: str):
    if name == "Session":
        from ._session import Session as value
    elif name == "load_session_policies":
        from .policies import load_session_policies as value
    elif name in ("KINDS", "Change", "ChangeHub"):
        from . import changes

        value = getattr(changes, name)
    elif name in ("Operation", "SessionCore"):
        from . import core

        value = getattr(core, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
