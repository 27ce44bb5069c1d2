"""`demo`: fill the database with fictional Midden-Limburg families."""

from __future__ import annotations

import sys
import time

from ._common import (
    INVALID,
    MAX_ID,
    REFUSED,
    CliError,
    add_command,
    database_path,
    err,
    integer,
    number,
    passphrase,
)

MAX_FAMILIES = 1_000_000


def register(subparsers) -> None:
    p = add_command(
        subparsers, "demo", "de database vullen met fictieve gezinnen (demo- en testgegevens)",
        description=(
            "Vult de database met fictieve gezinnen uit Midden-Limburg, met alleen test-BSN's\n"
            "(999900006-999999990). Maakt de database als die er nog niet is. Weigert een\n"
            "database die al gezinnen bevat, tenzij --add is opgegeven."
        ),
    )
    p.add_argument("--families", type=integer("--families", 1, MAX_FAMILIES), required=True,
                   metavar="N", help="aantal gezinnen")
    p.add_argument("--seed", type=integer("--seed", 0, MAX_ID), default=2026, metavar="S",
                   help="startwaarde van de toevalsgenerator (zelfde S geeft dezelfde gezinnen)")
    p.add_argument("--add", action="store_true",
                   help="toevoegen aan een database die al gezinnen bevat")
    p.set_defaults(handler=run)


class _Progress:
    def __init__(self):
        self.tty = sys.stderr.isatty()
        self.last_step = -1

    def __call__(self, done: int, total: int) -> None:
        text = f"Demogegevens: {number(done, 0)} van {number(total, 0)} gezinnen"
        if self.tty:
            print("\r" + text, end="\n" if done >= total else "", file=sys.stderr, flush=True)
            return
        step = done * 10 // total
        if step != self.last_step:
            self.last_step = step
            err(text)


def run(args) -> int:
    from ..store import create_store, open_store
    from ..store.demo import fill_demo

    if not 1 <= args.families <= MAX_FAMILIES:
        raise CliError(INVALID, f"Kies een aantal gezinnen tussen 1 en {number(MAX_FAMILIES, 0)}.")
    path = database_path(args)
    if path.exists():
        store = open_store(path, passphrase())
    else:
        store = create_store(path, passphrase(new=True))
        err(f"Nieuwe versleutelde database gemaakt: {path}")
    with store:
        existing = store.db.execute("SELECT count(*) FROM families").fetchone()[0]
        if existing and not args.add:
            raise CliError(
                REFUSED,
                f"De database bevat al {number(existing, 0)} gezinnen. Er is niets veranderd. "
                "Gebruik --add om er demogezinnen aan toe te voegen.",
            )
        started = time.perf_counter()
        written = fill_demo(store, args.families, seed=args.seed, progress=_Progress())
        seconds = time.perf_counter() - started
    print(f"{number(written, 0)} demogezinnen toegevoegd in {number(seconds)} s.")
    return 0
