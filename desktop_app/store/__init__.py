"""SQLCipher storage through sqlite-utils. Imports sqlcipher3 before sqlite_utils
so sqlite-utils picks it up as its driver (DESIGN.md)."""

import sys

import sqlcipher3

# sqlite-utils prefers pysqlite3 when importable; alias SQLCipher's module to that
# name so it uses SQLCipher and its exception classes everywhere.
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

from .connection import Store, create_store, open_store  # noqa: E402
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
