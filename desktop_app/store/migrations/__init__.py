"""The schema as versioned migrations (sqlite-utils `Migrations`).

Each module `mNNNN_name.py` in this package holds one migration, a function
`migrate(db)`; they are applied in file-name order, each in its own transaction
together with its record in `_sqlite_migrations`. Never edit a migration that
has shipped: add a new file. Numbers: 02xx foundation, 03xx intake, 04xx
results, 05xx coordination, 06xx evaluation, 07xx data safety.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlite_utils import Migrations

MIGRATIONS = Migrations("gezinsplan")


def _discover() -> None:
    names = sorted(
        m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m") and m.name[1:5].isdigit()
    )
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        MIGRATIONS(name=name)(module.migrate)


_discover()
