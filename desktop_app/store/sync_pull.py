"""Pull: the server's rows written into the local tables, one page per transaction
together with the cursor, so a pull cut off anywhere starts again where the last
committed page ended (store/team_protocol.md, gz.pull).

A row whose parent has not arrived waits in sync_inbox; a field changed here since the
version this laptop last saw keeps its local value (the next push brings it to the server,
which merges or records the conflict). A tombstone deletes the row and what hangs from it;
a destroyed family is removed whole, as a handed-over one (when the setting says so).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from . import retention
from .sync_local import Ids, applying, by_gid, forget_family, local_row, set_state, where_key
from .sync_map import TableMap, key_text


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def apply_page(db: Database, page: dict) -> set[int]:
    """Apply one page of gz.pull and move the cursor, in one transaction. Returns the
    local ids of the families whose rows changed."""
    touched: set[int] = set()
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        with applying(db):
            for r in page["rows"]:
                db.execute(
                    "INSERT INTO sync_inbox (gid, tbl, family, version, deleted, data) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (gid) DO UPDATE SET "
                    "version = excluded.version, deleted = excluded.deleted, "
                    "data = excluded.data WHERE excluded.version > sync_inbox.version",
                    [r["gid"], r["tbl"], r.get("family"), r["version"], int(bool(r["deleted"])),
                     None if r.get("data") is None else json.dumps(r["data"])])
            touched |= apply_inbox(db)
        set_state(db, pull_after=page["last"])
    return touched


def apply_inbox(db: Database) -> set[int]:
    """Write what can be written from sync_inbox (parents first, repeated while rows
    find their parents); call inside a transaction in `applying` mode."""
    ids = Ids(db)
    touched: set[int] = set()
    progress = True
    while progress:
        progress = False
        rows = db.execute("SELECT gid, tbl, family, version, deleted, data FROM sync_inbox "
                          "ORDER BY version").fetchall()
        for gid, tbl, family, version, deleted, data in rows:
            m = ids.maps.get(tbl)
            done = True
            if gid.endswith(_REVOKED):
                continue  # apply_revocations' own
            if gid.endswith(_LATE):
                done = _fill_late(db, ids, gid[:-len(_LATE)], json.loads(data))
            elif m is not None:
                done = _apply_row(db, ids, m, gid, family, version, bool(deleted),
                                  json.loads(data) if data else None, touched)
            if done:
                db.execute("DELETE FROM sync_inbox WHERE gid = ?", [gid])
                progress = True
    return touched


_LATE = "#late"


def _fill_late(db, ids: Ids, gid: str, refs: dict) -> bool:
    """Fill in a late reference once its row is here (False: not yet)."""
    here = by_gid(db, gid)
    if here is None:
        return True  # the row itself is gone
    m = ids.maps[here[0]]
    values = ids.decode(m, refs)
    if values is None:
        return False
    _update(db, m, here[1], values)
    return True


def _family_id(db: Database, family_gid: str | None) -> int | None:
    if family_gid is None:
        return None
    here = by_gid(db, family_gid)
    return json.loads(here[1])[0] if here else None


def _apply_row(db, ids: Ids, m: TableMap, gid, family, version, deleted, data,
               touched: set) -> bool:
    here = by_gid(db, gid)
    if here is not None and here[2] >= version:
        return True  # seen already
    if deleted:
        if here is not None:
            fid = _family_id(db, family)
            if m.name == "families":
                remove_family(db, gid)
            else:
                _delete_tree(db, ids, m, here[1])
                if fid is not None:
                    touched.add(fid)
        return True
    late: dict = {}
    local = ids.decode(m, data, late)
    if local is None:
        return False  # a parent is on its way
    if late:
        db.execute("INSERT OR REPLACE INTO sync_inbox (gid, tbl, family, version, deleted, data) "
                   "VALUES (?, ?, ?, ?, 0, ?)", [gid + _LATE, m.name, family, version,
                                                json.dumps(late)])
        for c in late:
            local.pop(c, None)  # written when the row it names is here
    if here is None:
        key = _find_named(db, ids, m, local)
        if key is None:
            key = _insert(db, m, local)
        else:
            _update(db, m, key, local)
        db.execute("INSERT OR REPLACE INTO sync_rows (gid, tbl, key, family, version, base) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   [gid, m.name, key, family, version, json.dumps(data)])
    else:
        key, base = here[1], here[3] or {}
        row = local_row(db, m, key)
        if row is None:
            return True
        mine = ids.encode(m, row)
        dirty = {f for f in mine if f in base and mine[f] != base[f]} if here[2] else set()
        take = {f: v for f, v in local.items() if f not in dirty}
        if take:
            _update(db, m, key, take)
        new_base = dict(data)
        new_base.update({f: base[f] for f in dirty})
        # A field still waiting to be pushed keeps the old version: the server compares it
        # against what this laptop saw, not what it has just been told.
        db.execute("UPDATE sync_rows SET version = ?, base = ?, family = ? WHERE gid = ?",
                   [here[2] if dirty else version, json.dumps(new_base), family, gid])
    fid = _family_id(db, family)
    if fid is not None:
        touched.add(fid)
    return True


def _find_named(db, ids: Ids, m: TableMap, local: dict) -> str | None:
    """A catalog or link row that is here already (made on this laptop before it first
    met the server's copy): the same key, one row."""
    if not m.named or any(c not in local for c in m.named):
        return None
    cols = " AND ".join(f"{_q(c)} IS ?" for c in m.named)
    pk = ", ".join(_q(c) for c in m.pk)
    r = db.execute(f"SELECT {pk} FROM {_q(m.name)} WHERE {cols}",
                   [local[c] for c in m.named]).fetchone()
    return key_text(list(r)) if r else None


def _insert(db, m: TableMap, local: dict) -> str:
    local = dict(local)
    if "updated_at" in {r[1] for r in db.execute(f"PRAGMA table_info({_q(m.name)})")}:
        local.setdefault("updated_at", datetime.now().isoformat(timespec="seconds"))
    cols = list(local)
    cur = db.execute(f"INSERT INTO {_q(m.name)} ({', '.join(_q(c) for c in cols)}) "
                     f"VALUES ({', '.join('?' * len(cols))})", [local[c] for c in cols])
    if m.has_id:
        return key_text([cur.lastrowid])
    return key_text([local[c] for c in m.pk])


def _update(db, m: TableMap, key: str, values: dict) -> None:
    values = {c: v for c, v in values.items() if c not in m.pk}
    if not values:
        return
    sets = ", ".join(f"{_q(c)} = ?" for c in values)
    db.execute(f"UPDATE {_q(m.name)} SET {sets} WHERE {where_key(m)}",
               list(values.values()) + json.loads(key))


def _delete_tree(db, ids: Ids, m: TableMap, key: str) -> None:
    """Delete a row and the rows referring to it (their tombstones may come later)."""
    row = local_row(db, m, key)
    if row is None:
        db.execute("DELETE FROM sync_rows WHERE tbl = ? AND key = ?", [m.name, key])
        return
    if m.has_id:
        for child in ids.maps.values():
            for col, parent in child.refs.items():
                if parent != m.name or child.name == m.name:
                    continue
                pk = ", ".join(_q(c) for c in child.pk)
                for r in db.execute(f"SELECT {pk} FROM {_q(child.name)} WHERE {_q(col)} = ?",
                                    [row["id"]]).fetchall():
                    _delete_tree(db, ids, child, key_text(list(r)))
    db.execute(f"DELETE FROM {_q(m.name)} WHERE {where_key(m)}", json.loads(key))
    db.execute("DELETE FROM sync_rows WHERE tbl = ? AND key = ?", [m.name, key])


def remove_family(db: Database, family_gid: str) -> bool:
    """Remove a family from this laptop (destroyed everywhere, or handed over): its rows,
    its search row, its sync bookkeeping. Not listed for the server. False if not here."""
    fid = _family_id(db, family_gid)
    if fid is not None and retention.family_exists(db, fid):
        with applying(db):
            retention.delete_family_rows(db, fid)
    forget_family(db, family_gid)
    return fid is not None


_REVOKED = "#revoked"


def apply_revocations(db: Database, revoked: list[dict], *, remove: bool) -> dict[str, int]:
    """Families handed away from this consultant. Removed when the setting says so and
    nothing of theirs waits here; a family with an open conflict (an edit the server
    refused, say) stays until it is resolved – it is tried again at every sync.
    Returns {gid: local family id} of those removed."""
    families = [r["family"] for r in revoked]
    families += [r[0][:-len(_REVOKED)] for r in db.execute(
        "SELECT gid FROM sync_inbox WHERE gid LIKE ?", ["%" + _REVOKED])]
    removed = {}
    for gid in dict.fromkeys(families):
        fid = _family_id(db, gid)
        if not remove or fid is None:
            db.execute("DELETE FROM sync_inbox WHERE gid = ?", [gid + _REVOKED])
            continue
        waiting = db.execute(
            "SELECT 1 FROM sync_conflicts WHERE family = ? AND resolved_at IS NULL "
            "UNION ALL SELECT 1 FROM sync_outbox o JOIN sync_rows s ON s.tbl = o.tbl "
            "AND s.key = o.key WHERE s.family = ? LIMIT 1", [gid, gid]).fetchone()
        with db.atomic():
            if waiting:
                db.execute("INSERT OR IGNORE INTO sync_inbox (gid, tbl, family, version, "
                           "deleted) VALUES (?, 'families', ?, 0, 1)", [gid + _REVOKED, gid])
                continue
            db.execute("DELETE FROM sync_inbox WHERE gid = ?", [gid + _REVOKED])
            remove_family(db, gid)
        removed[gid] = fid
    return removed
