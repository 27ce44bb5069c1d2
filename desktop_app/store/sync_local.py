"""The laptop's side of the team sync: global ids, rows in the server's form and back,
and the sync state (store/team_protocol.md).

On the server a row's references hold the referenced row's gid; here they hold local
integer ids. `encode` turns a local row into the server's form, `decode` back (None when
a referenced row has not arrived yet). A reference to a row that does not exist locally
(a sentinel such as person_id 0, 'the household') travels as the plain integer.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from sqlite_utils import Database

from .sync_map import CATALOG, LATE_REFS, TableMap, key_text, name_gid, table_maps, uuid7

MISSING = object()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- the state row ------------------------------------------------------------------------
@dataclass
class SyncState:
    mode: str
    server: dict | None
    user: str | None
    prefix: str | None
    pull_after: int
    push_batch: dict | None
    case_high: int
    last_sync: str | None
    last_error: str | None
    remove_after_handover: bool


def state(db: Database) -> SyncState:
    if not db["sync_state"].exists():
        return SyncState("off", None, None, None, 0, None, 0, None, None, True)
    r = db.execute("SELECT mode, server, user, prefix, pull_after, push_batch, case_high, "
                   "last_sync, last_error, remove_after_handover FROM sync_state "
                   "WHERE id = 1").fetchone()
    return SyncState(r[0], json.loads(r[1]) if r[1] else None, r[2], r[3], r[4],
                     json.loads(r[5]) if r[5] else None, r[6], r[7], r[8], bool(r[9]))


def set_state(db: Database, **values) -> None:
    for name in ("server", "push_batch"):
        if name in values and values[name] is not None:
            values[name] = json.dumps(values[name])
    sets = ", ".join(f"{_q(k)} = ?" for k in values)
    db.execute(f"UPDATE sync_state SET {sets} WHERE id = 1", list(values.values()))


def password(db: Database) -> str | None:
    row = db.execute("SELECT password FROM sync_state WHERE id = 1").fetchone()
    return row[0] if row else None


class applying:
    """Writes in this block are the server's: the triggers do not list them."""

    def __init__(self, db: Database):
        self.db = db

    def __enter__(self):
        self.before = self.db.execute("SELECT mode FROM sync_state WHERE id = 1").fetchone()[0]
        self.db.execute("UPDATE sync_state SET mode = 'apply' WHERE id = 1")

    def __exit__(self, *exc):
        self.db.execute("UPDATE sync_state SET mode = ? WHERE id = 1", [self.before])


# -- rows and gids --------------------------------------------------------------------------
def where_key(m: TableMap) -> str:
    return " AND ".join(f"{_q(c)} = ?" for c in m.pk)


def local_row(db: Database, m: TableMap, key: str) -> dict | None:
    cur = db.execute(f"SELECT * FROM {_q(m.name)} WHERE {where_key(m)}", json.loads(key))
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def entry(db: Database, table: str, key: str):
    """(gid, version, base dict | None, family) of a local row, or None."""
    r = db.execute("SELECT gid, version, base, family FROM sync_rows WHERE tbl = ? AND key = ?",
                   [table, key]).fetchone()
    return (r[0], r[1], json.loads(r[2]) if r[2] else None, r[3]) if r else None


def by_gid(db: Database, gid: str):
    """(table, key, version, base dict | None, family) or None."""
    r = db.execute("SELECT tbl, key, version, base, family FROM sync_rows WHERE gid = ?",
                   [gid]).fetchone()
    return (r[0], r[1], r[2], json.loads(r[3]) if r[3] else None, r[4]) if r else None


class Ids:
    """Gives and finds gids for one transaction (cached lookups)."""

    def __init__(self, db: Database):
        self.db = db
        self.maps = table_maps(db)
        self._gid: dict[tuple[str, str], str | None] = {}
        self._family: dict[tuple[str, str], str | None] = {}

    def gid(self, table: str, key: str, *, create: bool = True) -> str | None:
        known = self._gid.get((table, key), MISSING)
        if known is not MISSING and (known is not None or not create):
            return known
        e = entry(self.db, table, key)
        if e is not None:
            self._gid[(table, key)] = e[0]
            return e[0]
        if not create:
            return None
        m = self.maps[table]
        row = local_row(self.db, m, key)
        if row is None:
            self._gid[(table, key)] = None
            return None
        gid = self._new_gid(m, row)
        family = self.family(m, row, gid)
        self.db.execute("INSERT INTO sync_rows (gid, tbl, key, family) VALUES (?, ?, ?, ?)",
                        [gid, table, key, family])
        self._gid[(table, key)] = gid
        return gid

    def _new_gid(self, m: TableMap, row: dict) -> str:
        if not m.named:
            return uuid7()
        values = []
        for c in m.named:
            v = row[c]
            if c in m.refs and v is not None:
                v = self.ref_gid(m.refs[c], v)
            values.append(v)
        return name_gid(m.name, values)

    def ref_gid(self, parent: str, value):
        """A reference in the server's form: the parent's gid, or the integer itself."""
        if parent not in self.maps or not isinstance(value, int):
            return value
        gid = self.gid(parent, key_text([value]))
        return value if gid is None else gid

    def family(self, m: TableMap, row: dict, gid: str) -> str | None:
        if m.name in CATALOG:
            return None
        if m.name == "families":
            return gid
        for col in ("family_id", "case_id"):
            if col in m.refs and row.get(col) is not None:
                parent = m.refs[col]
                return self._family_of(parent, key_text([row[col]]))
        for col, parent in m.refs.items():
            if parent in self.maps and parent not in CATALOG and row.get(col) is not None:
                return self._family_of(parent, key_text([row[col]]))
        return None

    def _family_of(self, table: str, key: str) -> str | None:
        if (table, key) not in self._family:
            gid = self.gid(table, key)
            fam = None
            if gid is not None:
                fam = self.db.execute("SELECT family FROM sync_rows WHERE gid = ?",
                                      [gid]).fetchone()[0]
            self._family[(table, key)] = fam
        return self._family[(table, key)]

    # -- the server's form ------------------------------------------------------------------
    def encode(self, m: TableMap, row: dict) -> dict:
        data = {}
        for c in m.columns:
            v = row[c]
            if v is None:
                pass
            elif c in m.refs:
                v = self.ref_gid(m.refs[c], v)
            elif c in m.list_refs:
                v = [self.ref_gid(m.list_refs[c], i) for i in json.loads(v)]
            elif c in m.blobs or isinstance(v, bytes):
                v = {"b64": base64.b64encode(v).decode("ascii")}
            data[c] = v
        return data

    def local_id(self, gid: str):
        r = self.db.execute("SELECT key FROM sync_rows WHERE gid = ?", [gid]).fetchone()
        return json.loads(r[0])[0] if r else MISSING

    def decode(self, m: TableMap, data: dict, late: dict | None = None) -> dict | None:
        """Local values, or None when a referenced row is not here (yet). A late reference
        (LATE_REFS) to a missing row is written as NULL and named in `late`."""
        out = {}
        for c, v in data.items():
            if c not in m.columns:
                continue  # a column this version does not have
            if v is None:
                pass
            elif c in m.refs and isinstance(v, str):
                gid, v = v, self.local_id(v)
                if v is MISSING and late is not None and (m.name, c) in LATE_REFS:
                    late[c], v = gid, None
                elif v is MISSING:
                    return None
            elif c in m.list_refs:
                ids = [self.local_id(i) if isinstance(i, str) else i for i in v]
                if MISSING in ids:
                    return None
                v = json.dumps(ids)
            elif isinstance(v, dict) and set(v) == {"b64"}:
                v = base64.b64decode(v["b64"])
            out[c] = v
        return out


def assign_all(db: Database) -> int:
    """Give every synced row a gid (parents first) and list it in the outbox: a laptop
    connecting for the first time pushes what it holds. Returns the number of rows."""
    ids = Ids(db)
    n = 0
    for m in ids.maps.values():
        cols = ", ".join(_q(c) for c in m.pk)
        keys = [key_text(list(r)) for r in db.execute(f"SELECT {cols} FROM {_q(m.name)}")]
        for key in keys:
            ids.gid(m.name, key)
        db.conn.executemany("INSERT INTO sync_outbox (tbl, key, op) VALUES (?, ?, 'insert')",
                            [(m.name, k) for k in keys])
        n += len(keys)
    return n


def forget_family(db: Database, family_gid: str) -> None:
    """The bookkeeping of a family that is no longer here (destroyed, handed over)."""
    db.execute("DELETE FROM sync_rows WHERE family = ?", [family_gid])
    db.execute("DELETE FROM sync_conflicts WHERE family = ?", [family_gid])
    db.execute("DELETE FROM sync_inbox WHERE family = ?", [family_gid])
