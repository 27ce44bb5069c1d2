"""`check`: integrity, schema version and counts."""

from __future__ import annotations

import json

from ._common import DAMAGED, OK, add_command, database_path, err, number, open_existing


def register(subparsers) -> None:
    p = add_command(
        subparsers, "check", "de database controleren: samenhang, schemaversie en aantallen",
        description=(
            "Controleert de samenhang van de database en de zoekindex, toont de toegepaste\n"
            "migraties en de aantallen. Verandert niets. Afsluitcode 0 als alles in orde is,\n"
            "5 als de database beschadigd is."
        ),
    )
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=run)


def _problems(store) -> dict[str, list[str]]:
    import sqlcipher3

    found: dict[str, list[str]] = {}
    try:
        found["integrity"] = store.integrity_check()
    except sqlcipher3.DatabaseError as exc:
        found["integrity"] = [str(exc)]
    try:
        rows = store.conn.execute("PRAGMA foreign_key_check").fetchall()
        found["foreign_keys"] = [f"{r[0]} rij {r[1]} verwijst naar ontbrekende {r[2]}" for r in rows]
    except sqlcipher3.DatabaseError as exc:
        found["foreign_keys"] = [str(exc)]
    try:
        # FTS5's check is a write: a read-only database (store.readonly) skips it.
        if store.db["family_fts"].exists() and not getattr(store, "read_only", False):
            store.conn.execute("INSERT INTO family_fts(family_fts) VALUES ('integrity-check')")
        found["search_index"] = []
    except sqlcipher3.DatabaseError as exc:
        found["search_index"] = [str(exc)]
    return found


def _counts(store) -> dict[str, int | None]:
    import sqlcipher3

    counts: dict[str, int | None] = {}
    for table in ("families", "persons", "cases"):
        try:
            counts[table] = store.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
        except sqlcipher3.DatabaseError:
            counts[table] = None
    return counts


def run(args) -> int:
    from ..store.migrations import MIGRATIONS

    path = database_path(args)
    store = open_existing(args, check=False, migrate=False)
    with store:
        problems = _problems(store)
        applied = store.schema_version()
        pending = [m.name for m in MIGRATIONS.pending(store.db)]
        counts = _counts(store)
        kdf = store.kdf_seconds
        read_only = bool(getattr(store, "read_only", False))
    ok = not any(problems.values())
    if args.json:
        print(json.dumps({
            "database": str(path), "ok": ok, "problems": problems, "applied_migrations": applied,
            "pending_migrations": pending, "counts": counts, "unlock_seconds": round(kdf, 3),
        }, ensure_ascii=False, indent=2))
        return OK if ok else DAMAGED

    def state(key: str) -> str:
        items = problems[key]
        if key == "search_index" and read_only:
            return "niet gecontroleerd (alleen-lezen)"
        return "in orde" if not items else f"BESCHADIGD ({len(items)} probleem/problemen)"

    print(f"Database:        {path}")
    print(f"Samenhang:       {state('integrity')}")
    print(f"Verwijzingen:    {state('foreign_keys')}")
    print(f"Zoekindex:       {state('search_index')}")
    print(f"Schemaversie:    {applied[-1] if applied else '(leeg)'} "
          f"({len(applied)} migratie(s) toegepast)")
    print("Openstaand:      " + (", ".join(pending) + " (wordt toegepast bij het volgende openen)"
                                  if pending else "geen migraties"))
    labels = {"families": "Gezinnen", "persons": "Personen", "cases": "Casussen"}
    for table, label in labels.items():
        value = counts[table]
        print(f"{label + ':':<17}{'-' if value is None else number(value, 0)}")
    print(f"Ontgrendelen:    {number(kdf, 2)} s")
    if not ok:
        from ..store.errors import DatabaseDamaged

        details = [p for items in problems.values() for p in items]
        err(str(DatabaseDamaged()))
        for line in details[:5]:
            err(f"  - {line}")
    return OK if ok else DAMAGED
