"""SQLCipher storage through sqlite-utils. Imports sqlcipher3 before sqlite_utils
so sqlite-utils picks it up as its driver (DESIGN.md)."""

import sys

import sqlcipher3

# sqlite-utils prefers pysqlite3 when importable; alias SQLCipher's module to that
# name so it uses SQLCipher and its exception classes everywhere.
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

from .errors import (  # noqa: E402
    AlreadyRunning,
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    Locked,
    NoEvaluation,
    StoreError,
    WrongPassphrase,
)

# A page SQLCipher cannot read (damage met after the first page): callers tell it apart.
UnreadableDatabase = sqlcipher3.DatabaseError

__all__ = [
    "UnreadableDatabase",
    "AlreadyRunning",
    "DatabaseDamaged",
    "DatabaseMissing",
    "DiskFull",
    "Locked",
    "NoEvaluation",
    "Store",
    "StoreError",
    "WrongPassphrase",
    "create_store",
    "open_store",
]


# The connection module (and sqlite-utils with it) loads when first asked for, not with the
# package: the unlock screen needs only the errors (issue 17: start to the first paint).
def __getattr__(name: str):
    if name not in ("Store", "create_store", "open_store"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import connection

    value = getattr(connection, name)
    globals()[name] = value
    return value
