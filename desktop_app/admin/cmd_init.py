"""`init`: create an empty encrypted database."""

from __future__ import annotations

from ._common import REFUSED, CliError, add_command, database_path, passphrase


def register(subparsers) -> None:
    p = add_command(subparsers, "init", "een nieuwe, lege versleutelde database maken")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..store import create_store

    path = database_path(args)
    if path.exists():
        raise CliError(REFUSED, f"Er staat al een database in {path.parent}. Er is niets veranderd.")
    store = create_store(path, passphrase(new=True))
    store.close()
    print(f"Nieuwe versleutelde database gemaakt: {path}")
    return 0
