"""Retention flags and destruction on request.

`due_families` lists families whose every case is closed and whose help ended
at least 20 years ago (core.retention). `delete_family_rows` removes a family's rows
from every table (the generic graph of store.export) and its search row, and
overwrites the freed pages (secure_delete, FTS optimize); `truncate_wal` empties the
WAL after the commit. `destroy_family` is both plus the audit entry, for a database
without a session (a backup). The journal that makes a destruction complete – backups
included – lives in store.destruction. The audit trail keeps only table names, row ids and the
requester code.
"""

from __future__ import annotations

import json
from datetime import date
from graphlib import CycleError, TopologicalSorter

from sqlite_utils import Database

from ..core.retention import REQUESTERS, family_retention_end
from . import audit
from .export import _q, family_rows, links


def due_families(db: Database, today: date | None = None) -> list[dict]:
    today = today or date.today()
    by_family: dict[int, list] = {}
    for family_id, status, end in db.execute(
        "SELECT family_id, status, end_date FROM cases WHERE family_id NOT IN "
        "(SELECT family_id FROM cases WHERE status != 'afgesloten' OR end_date IS NULL)"
    ):
        by_family.setdefault(family_id, []).append((status, date.fromisoformat(end)))
    due = []
    for family_id, cases in by_family.items():
        until = family_retention_end(cases)
        if until is not None and until <= today:
            due.append({"family_id": family_id, "due_since": until.isoformat()})
    if not due:
        return []
    names = dict(db.execute(
        f"SELECT id, family_name FROM families WHERE id IN ({','.join('?' * len(due))})",
        [d["family_id"] for d in due]).fetchall())
    for d in due:
        d["family_name"] = names.get(d["family_id"], "")
    return sorted(due, key=lambda d: (d["due_since"], d["family_id"]))


def family_exists(db: Database, family_id: int) -> bool:
    return db.execute("SELECT 1 FROM families WHERE id = ?", [family_id]).fetchone() is not None


def family_due_since(db: Database, family_id: int, today: date | None = None) -> date | None:
    """The day one family's retention period ended, or None (not over, or help not ended)."""
    cases = [(status, date.fromisoformat(end) if end else None) for status, end in db.execute(
        "SELECT status, end_date FROM cases WHERE family_id = ?", [family_id])]
    until = family_retention_end(cases)
    return until if until is not None and until <= (today or date.today()) else None


def _delete_guards(db: Database, tables: list[str]) -> list[tuple[str, str]]:
    if not tables:
        return []
    marks = ",".join("?" * len(tables))
    return [tuple(r) for r in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND name LIKE '%no_delete' AND tbl_name IN ({marks})", tables).fetchall()]


def deletion_order(db: Database) -> list[str]:
    """Every table, children before parents: derived from the schema – each table's
    declared foreign keys (PRAGMA foreign_key_list) plus the naming-convention links
    of store.export (a `person_id` without a declared key) – never from a hand list.
    A self-reference (a decision superseding another) is no edge: a table's rows go in
    one statement, checked as a whole."""
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "ORDER BY name").fetchall()]
    children: dict[str, set[str]] = {t: set() for t in tables}
    for table in tables:
        for fk in db.execute(f"PRAGMA foreign_key_list({_q(table)})").fetchall():
            parent = fk[2]
            if parent != table and parent in children:
                children[parent].add(table)
    for table, edges in links(db).items():
        for _col, parent, _pcol in edges:
            if parent != table and parent in children:
                children[parent].add(table)
    try:
        # A parent's predecessors are its children: they come out first.
        return list(TopologicalSorter(children).static_order())
    except CycleError:
        # A cycle of keys (none today): delete_family_rows defers the check then.
        return []


def delete_family_rows(db: Database, family_id: int) -> dict[str, int]:
    """Delete the family's rows from every table (children before parents), its search
    row, and rewrite the search index, with secure_delete on so the freed pages are
    overwritten. One transaction – or part of the caller's (a session operation). Writes
    no audit entry of its own (the row triggers do; the caller records the destruction).
    Returns rows deleted per table (no values). KeyError if there is no such family."""
    rows = family_rows(db, family_id)
    counts = {t: len(ids) for t, ids in rows.items()}
    db.execute("PRAGMA secure_delete = ON")
    try:
        with db.atomic():
            # History tables guard themselves with a *_no_delete trigger (decisions are
            # immutable); destruction on request is the one lawful exception, so the
            # guards are lifted and restored inside this same transaction.
            guards = _delete_guards(db, list(rows))
            for name, _sql in guards:
                db.execute(f"DROP TRIGGER {_q(name)}")
            order = deletion_order(db)
            if not order:  # a cycle of keys: check them at the commit instead
                db.execute("PRAGMA defer_foreign_keys = ON")
                order = list(reversed(rows))
            for table in (t for t in order if t in rows):  # children first
                # One statement per table, so a row superseding another of the same
                # family (a self-reference) never outlives or precedes its parent.
                db.execute(f"DELETE FROM {_q(table)} WHERE rowid IN "
                           "(SELECT value FROM json_each(?))", [json.dumps(rows[table])])
            for _name, sql in guards:
                db.execute(sql)
            if db["sync_conflicts"].exists():
                # Conflicts hold the family's values; the gid itself stays in sync_rows
                # until the destruction has reached the team server (store.sync_push).
                fam = db.execute("SELECT gid FROM sync_rows WHERE tbl = 'families' AND key = ?",
                                 [json.dumps([family_id])]).fetchone()
                if fam:
                    db.execute("DELETE FROM sync_conflicts WHERE family = ?", [fam[0]])
                    db.execute("DELETE FROM sync_inbox WHERE family = ?", [fam[0]])
            if db["family_fts"].exists():
                db.execute("DELETE FROM family_fts WHERE rowid = ?", [family_id])
                # Rewrite the index so no old segment still holds the family's words.
                db.execute("INSERT INTO family_fts(family_fts) VALUES ('optimize')")
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    return counts


def destroy_detail(requester: str, counts: dict[str, int]) -> str:
    """The audit entry's detail: the requester's code and a row count, nothing else."""
    return f"{requester}; {sum(counts.values())} rijen"


def truncate_wal(db: Database) -> None:
    """After the commit: fold the WAL into the file and empty it, so the deleted rows'
    old pages do not linger in the WAL."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def destroy_family(db: Database, family_id: int, requester: str) -> dict[str, int]:
    """Delete the family everywhere and record it; returns rows deleted per table (no
    values). For a database without a session (the backups); the application destroys
    through session.safety.destroy_family, which announces it."""
    if requester not in REQUESTERS:
        raise ValueError(requester)
    with db.atomic():
        counts = delete_family_rows(db, family_id)
        if db[audit.TABLE].exists():
            audit.record(db, "destroy", "families", family_id, fields=list(counts),
                         detail=destroy_detail(requester, counts))
    truncate_wal(db)
    return counts
