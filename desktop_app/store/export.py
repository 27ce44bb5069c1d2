"""Access requests (AVG inzage): everything held about one family.

`family_rows` finds a family's rows in EVERY table generically – through the
declared foreign keys and the naming convention `family_id` / `case_id` /
`person_id` – so tables added by later features are included without changes
here. `store.retention.destroy_family` uses the same graph to delete.
`collect` returns the data as plain JSON-ready dicts; the files (JSON and a
readable PDF) are written by `reports.access_request.export_files`.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from . import audit

CONVENTION = {"family_id": ("families", "id"), "case_id": ("cases", "id"),
              "person_id": ("persons", "id")}
# The destruction journal keeps family numbers (ids only) and must outlive the family.
NOT_FAMILY_DATA = {"settings", "destruction_journal", "destruction_copies"}
CHUNK = 500


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def links(db: Database) -> dict[str, list[tuple[str, str, str]]]:
    """table -> [(column, parent table, parent column)]."""
    tables = [t for t in audit.audited_tables(db) if t not in NOT_FAMILY_DATA]
    out: dict[str, list[tuple[str, str, str]]] = {}
    for table in tables:
        found = {}
        for fk in db.execute(f"PRAGMA foreign_key_list({_q(table)})").fetchall():
            found[fk[3]] = (fk[2], fk[4] or "rowid")
        cols = {r[1] for r in db.execute(f"PRAGMA table_info({_q(table)})").fetchall()}
        for col, target in CONVENTION.items():
            if col in cols and col not in found and table != target[0]:
                found[col] = target
        out[table] = [(c, p, pc) for c, (p, pc) in found.items() if p in tables]
    return out


def family_rows(db: Database, family_id: int) -> dict[str, list[int]]:
    """table -> rowids belonging to the family, tables in discovery order
    (parents before children)."""
    if db.execute("SELECT 1 FROM families WHERE id = ?", [family_id]).fetchone() is None:
        raise KeyError(family_id)
    graph = links(db)
    selected: dict[str, set[int]] = {"families": {family_id}}
    order = ["families"]
    changed = True
    while changed:
        changed = False
        for table, edges in graph.items():
            for col, parent, pcol in edges:
                if not selected.get(parent):
                    continue
                keys = _values(db, parent, pcol, selected[parent])
                rows = set()
                for chunk in _chunks(sorted(keys, key=str)):
                    marks = ",".join("?" * len(chunk))
                    rows |= {r[0] for r in db.execute(
                        f"SELECT rowid FROM {_q(table)} WHERE {_q(col)} IN ({marks})", chunk)}
                new = rows - selected.get(table, set())
                if new:
                    selected.setdefault(table, set()).update(new)
                    if table not in order:
                        order.append(table)
                    changed = True
    return {t: sorted(selected[t]) for t in order}


def _values(db: Database, table: str, col: str, rowids: set[int]) -> set:
    if col in ("rowid", "id"):
        return set(rowids)
    out = set()
    for chunk in _chunks(sorted(rowids)):
        marks = ",".join("?" * len(chunk))
        out |= {r[0] for r in db.execute(
            f"SELECT {_q(col)} FROM {_q(table)} WHERE rowid IN ({marks})", chunk)}
    return out


def _chunks(items: list) -> list[list]:
    return [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)] or []


def _plain(value):
    """A stored file (an attachment, a copy of a document) is named by its size in the
    JSON and the PDF, not dumped as bytes."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"bestand van {len(bytes(value))} bytes"
    return value


def collect(db: Database, family_id: int) -> dict:
    rows = family_rows(db, family_id)
    tables: dict[str, list[dict]] = {}
    for table, ids in rows.items():
        got = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            got += [{k: _plain(v) for k, v in dict(r).items()} for r in db.query(
                f"SELECT * FROM {_q(table)} WHERE rowid IN ({marks}) ORDER BY rowid", chunk)]
        tables[table] = got
    trail = []
    for table, ids in rows.items():
        for chunk in _chunks([str(i) for i in ids]):
            marks = ",".join("?" * len(chunk))
            trail += [dict(r) for r in db.query(
                "SELECT id, at, who, action, tbl, row_ref, fields, detail FROM audit_log "
                f"WHERE tbl = ? AND row_ref IN ({marks})", [table, *chunk])]
    trail.sort(key=lambda e: e["id"])
    if db["sync_conflicts"].exists():
        # The team sync's conflict records hold the family's values too (mine, theirs).
        conflicts = [dict(r) for r in db.query(
            "SELECT c.id, c.tbl, c.field, c.kind, c.base, c.mine, c.theirs, c.found_at, "
            "c.resolved_at, c.resolution FROM sync_conflicts c JOIN sync_rows s "
            "ON s.gid = c.family AND s.tbl = 'families' WHERE s.key = ? ORDER BY c.id",
            [json.dumps([family_id])])]
        if conflicts:
            tables["sync_conflicts"] = conflicts
    return {
        "format": "gezinsplan-inzage/1",
        "family_id": family_id,
        "generated_at": datetime.now().isoformat(timespec="seconds"),
        "tables": tables,
        "audit": trail,
    }

