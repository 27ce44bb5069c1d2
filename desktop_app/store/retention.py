"""Retention flags and destruction on request.

`due_families` lists families whose every case is closed and whose help ended
at least 20 years ago (core.retention). `destroy_family` removes a family's rows
from every table (the generic graph of store.export), its search row, and
overwrites the freed pages (secure_delete, FTS optimize, WAL truncated). The
audit trail keeps only table names, row ids and the requester code.
"""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from ..core.retention import REQUESTERS, family_retention_end
from . import audit
from .export import _chunks, _q, family_rows


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


def _delete_guards(db: Database, tables: list[str]) -> list[tuple[str, str]]:
    if not tables:
        return []
    marks = ",".join("?" * len(tables))
    return [tuple(r) for r in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND name LIKE '%no_delete' AND tbl_name IN ({marks})", tables).fetchall()]


def destroy_family(db: Database, family_id: int, requester: str) -> dict[str, int]:
    """Delete the family everywhere; returns rows deleted per table (no values)."""
    if requester not in REQUESTERS:
        raise ValueError(requester)
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
            for table in reversed(list(rows)):  # children before parents
                for chunk in _chunks(rows[table]):
                    marks = ",".join("?" * len(chunk))
                    db.execute(f"DELETE FROM {_q(table)} WHERE rowid IN ({marks})", chunk)
            for _name, sql in guards:
                db.execute(sql)
            if db["family_fts"].exists():
                db.execute("DELETE FROM family_fts WHERE rowid = ?", [family_id])
            if db[audit.TABLE].exists():
                audit.record(db, "destroy", "families", family_id, fields=list(rows),
                             detail=f"{requester}; {sum(counts.values())} rijen")
        if db["family_fts"].exists():
            # Rewrite the index so no old segment still holds the family's words.
            db.execute("INSERT INTO family_fts(family_fts) VALUES ('optimize')")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    return counts


def purge_from_backups(folder, passphrase: str, family_id: int, requester: str) -> int:
    """Destruction 'for good' includes the backups: delete the family from every
    backup that opens with this passphrase. Returns how many backups changed."""
    from pathlib import Path

    import sqlcipher3
    from sqlite_utils import Database as _Db

    from . import cipher
    from .backups import list_backups

    changed = 0
    for info in list_backups(Path(folder)):
        conn = cipher.connect(info.path, passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            conn.close()
            continue  # another passphrase: cannot be read with this one either
        try:
            audit.register_functions(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            db = _Db(conn)
            try:
                family_rows(db, family_id)
            except KeyError:
                continue
            destroy_family(db, family_id, requester)
        finally:
            conn.close()
        cipher.verify_backup(info.path, passphrase)
        changed += 1
    return changed
