"""Conflicts of the team sync on this laptop: a field changed here and by a colleague
since the version both had seen (base, mine, theirs), an edit the server refused (the case
was handed over) or one to a row a colleague removed. Nothing here drops a value: a
conflict is resolved by choosing, and the record stays (resolved_at, resolution)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from .sync_local import Ids, applying, local_row, where_key
from .sync_map import table_maps
from .sync_pull import delete_tree


def _family_id(db: Database, family_gid: str | None) -> int | None:
    if not family_gid:
        return None
    r = db.execute("SELECT key FROM sync_rows WHERE gid = ?", [family_gid]).fetchone()
    return json.loads(r[0])[0] if r else None


def open_count(db: Database) -> int:
    if not db["sync_conflicts"].exists():
        return 0
    return db.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"
                      ).fetchone()[0]


def listing(db: Database, resolved: bool = False) -> list[dict]:
    rows = db.execute(
        "SELECT id, tbl, field, kind, base, mine, theirs, found_at, family, resolution "
        f"FROM sync_conflicts WHERE resolved_at IS {'NOT ' if resolved else ''}NULL "
        "ORDER BY id").fetchall()
    out = []
    for cid, tbl, fld, kind, base, mine, theirs, found, family, resolution in rows:
        fid = _family_id(db, family)
        name = number = ""
        if fid is not None:
            r = db.execute("SELECT family_name FROM families WHERE id = ?", [fid]).fetchone()
            name = r[0] if r else ""
            c = db.execute("SELECT case_number FROM cases WHERE family_id = ? "
                           "ORDER BY status = 'afgesloten', start_date DESC LIMIT 1",
                           [fid]).fetchone()
            number = c[0] if c else ""
        out.append({"id": cid, "table": tbl, "field": fld, "kind": kind,
                    "base": json.loads(base), "mine": json.loads(mine),
                    "theirs": json.loads(theirs), "found_at": found, "family_id": fid,
                    "family_name": name, "case_number": number, "resolution": resolution})
    return out


def family_of(db: Database, conflict_id: int) -> int | None:
    r = db.execute("SELECT family FROM sync_conflicts WHERE id = ?", [conflict_id]).fetchone()
    if r is None:
        raise KeyError(conflict_id)
    return _family_id(db, r[0])


def resolve(db: Database, conflict_id: int, choice: str) -> tuple[str, str]:
    """Keep 'mine' or 'theirs'; call inside an operation. Returns (table, field).

    field (both changed it): mine is written into the row, so the next push brings it;
    theirs is here already. refused (the server took no edit of this family, e.g. it was
    handed over): mine is queued again for the next push; theirs undoes the edit here –
    the field back to the server's value, a row the server never had removed.
    gone / deleted (a row removed on one side): taken note of."""
    if choice not in ("mine", "theirs"):
        raise ValueError(choice)
    r = db.execute("SELECT c.tbl, c.field, c.kind, c.mine, c.base, c.theirs, s.key, s.version, "
                   "s.base FROM sync_conflicts c LEFT JOIN sync_rows s ON s.gid = c.gid "
                   "WHERE c.id = ? AND c.resolved_at IS NULL", [conflict_id]).fetchone()
    if r is None:
        raise KeyError(conflict_id)
    tbl, fld, kind, mine, base, theirs, key, version, server = r
    m = table_maps(db)[tbl]
    row = local_row(db, m, key) if key is not None else None
    # A field edited here again since the conflict was found keeps that newer edit: the
    # choice applies only to the values the conflict is about.
    now = Ids(db).encode(m, row).get(fld) if row is not None else None
    if row is not None and kind == "field" and choice == "mine":
        if now == json.loads(theirs):
            _write(db, tbl, key, fld, json.loads(mine))
    elif row is not None and kind == "refused" and choice == "mine":
        db.execute("INSERT INTO sync_outbox (tbl, key, op) VALUES (?, ?, 'update')", [tbl, key])
    elif row is not None and kind == "refused":
        # Undone to the server's value as this laptop last saw it (a family handed back has
        # moved on since), else to the value before the edit.
        known = json.loads(server) if server else {}
        back = known[fld] if fld in known else json.loads(base)
        waiting = db.execute("SELECT 1 FROM sync_outbox WHERE tbl = ? AND key = ?",
                             [tbl, key]).fetchone()
        with applying(db):
            if not version and not waiting:
                delete_tree(db, Ids(db), m, key)
            elif version and now == json.loads(mine):
                _write(db, tbl, key, fld, back)
    db.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
               [datetime.now().isoformat(timespec="seconds"), choice, conflict_id])
    return tbl, fld


def _write(db: Database, tbl: str, key: str, fld: str, value) -> None:
    m = table_maps(db)[tbl]
    values = Ids(db).decode(m, {fld: value})
    if values and fld in values:
        db.execute(f'UPDATE "{tbl}" SET "{fld}" = ? WHERE {where_key(m)}',
                   [values[fld]] + json.loads(key))
