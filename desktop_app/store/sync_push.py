"""Push: the outbox as batches of changes, and the server's answer applied
(store/team_protocol.md, gz.push).

A batch is made and stored (sync_state.push_batch) in one transaction before it is sent;
a laptop that dies after sending sends the same batch – the same id – again, and the
server answers it from its record without applying anything twice. Each change carries
only the fields that differ from the version the laptop last saw, with their values at
that version (the base), so the server can tell a merge from a conflict.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlite_utils import Database

from .sync_local import Ids, applying, by_gid, forget_family, local_row, set_state, state, where_key
from .sync_map import DERIVED, TABLES, key_text, uuid7

_ORDER = {t: i for i, t in enumerate(TABLES)}


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def pending(db: Database) -> int:
    """Rows waiting to be pushed (distinct)."""
    if not db["sync_outbox"].exists():
        return 0
    return db.execute("SELECT count(*) FROM (SELECT DISTINCT tbl, key FROM sync_outbox)"
                      ).fetchone()[0]


def next_batch(db: Database, limit: int = 500) -> dict | None:
    """The stored batch not yet answered, or a new one from the outbox (stored before it
    is returned); None when there is nothing to push. Call outside a transaction."""
    current = state(db).push_batch
    if current is not None:
        return current
    with db.atomic():
        rows = db.execute(
            "SELECT seq, tbl, key, op FROM sync_outbox WHERE (tbl, key) IN "
            "(SELECT tbl, key FROM sync_outbox GROUP BY tbl, key ORDER BY min(seq) LIMIT ?) "
            "ORDER BY seq", [limit]).fetchall()
        if not rows:
            return None
        ops: dict[tuple[str, str], list[str]] = {}
        for _seq, tbl, key, op in rows:
            ops.setdefault((tbl, key), []).append(op)
        ids = Ids(db)
        changes: list[dict] = []
        destroyed: set[str] = set()
        for (tbl, key) in sorted(ops, key=lambda k: _ORDER.get(k[0], 99)):
            m = ids.maps.get(tbl)
            if m is None:
                continue
            seen = db.execute("SELECT gid, version, base, family FROM sync_rows "
                              "WHERE tbl = ? AND key = ?", [tbl, key]).fetchone()
            row = local_row(db, m, key)
            kinds = ops[(tbl, key)]
            reused = (seen is not None and row is not None and m.has_id and not m.named
                      and "delete" in kinds and "insert" in kinds[kinds.index("delete"):])
            if seen is not None and (row is None or reused):
                if seen[1] > 0:  # the server knows it: tombstone it there
                    changes.append({"gid": seen[0], "tbl": tbl, "family": seen[3],
                                    "op": "delete", "base_version": seen[1]})
                    if tbl == "families":
                        destroyed.add(seen[0])
                if not reused:
                    continue
                # SQLite gave a deleted row's id to a new row: a new row with a new gid.
                db.execute("DELETE FROM sync_rows WHERE gid = ?", [seen[0]])
                seen = None
            if row is None:
                continue  # made and removed before any push
            gid = ids.gid(tbl, key)
            fam = db.execute("SELECT family FROM sync_rows WHERE gid = ?", [gid]).fetchone()[0]
            data = ids.encode(m, row)
            version = seen[1] if seen else 0
            base = json.loads(seen[2]) if seen and seen[2] else {}
            if version:
                data = {f: v for f, v in data.items() if f not in base or base[f] != v}
                if not data:
                    continue
            changes.append({"gid": gid, "tbl": tbl, "family": fam, "op": "upsert",
                            "base_version": version, "data": data,
                            "base": {f: base.get(f) for f in data} if version else {}})
        # A destroyed family: its one delete tombstones every row on the server.
        changes = [c for c in changes if not (c["family"] in destroyed and c["op"] == "delete"
                                              and c["tbl"] != "families")]
        batch = {"batch": str(uuid.UUID(uuid7())), "max_seq": rows[-1][0],
                 "keys": [list(k) for k in ops], "changes": changes}
        set_state(db, push_batch=batch)
    return batch


def apply_answer(db: Database, batch: dict, answer: dict) -> dict:
    """The server's results for a batch, in one transaction: versions and bases, the
    server's merged values, conflicts kept (base, mine, theirs). Returns counts."""
    counts = {"applied": 0, "conflict": 0, "refused": 0, "gone": 0}
    touched: set[str] = set()
    with db.atomic():
        ids = Ids(db)
        with applying(db):
            for change, result in zip(batch["changes"], answer["results"], strict=True):
                counts[result["status"]] = counts.get(result["status"], 0) + 1
                _apply_result(db, ids, change, result, touched)
        max_seq = batch["max_seq"]
        for tbl, key in batch["keys"]:
            db.execute("DELETE FROM sync_outbox WHERE tbl = ? AND key = ? AND seq <= ?",
                       [tbl, key, max_seq])
        set_state(db, push_batch=None)
    counts["families"] = touched
    return counts


def _apply_result(db: Database, ids: Ids, change: dict, result: dict, touched: set) -> None:
    gid, status = change["gid"], result["status"]
    if change["family"]:
        touched.add(change["family"])
    if change["op"] == "delete":
        if status == "applied" and change["tbl"] == "families":
            forget_family(db, gid)
        elif status in ("applied", "gone"):
            db.execute("DELETE FROM sync_rows WHERE gid = ?", [gid])
        _keep_conflicts(db, change, result)
        return
    if status == "refused":
        derived = DERIVED.get(change["tbl"], set())
        for f, mine in change["data"].items():
            if f not in derived:  # computed again once the edits are settled
                _conflict(db, change, f, "refused", change["base"].get(f), mine, None)
        return
    if status == "gone":
        _keep_conflicts(db, change, result, kind="gone")
        return
    # applied or conflict: the server's data is the new base.
    where = by_gid(db, gid)
    if where is None:
        return
    tbl, key, old_base = where[0], where[1], where[3] or {}
    m = ids.maps[tbl]
    server = result.get("data") or {}
    db.execute("UPDATE sync_rows SET version = ?, base = ? WHERE gid = ?",
               [result["version"], json.dumps(server), gid])
    _keep_conflicts(db, change, result)
    row = local_row(db, m, key)
    if row is None:
        return
    now = ids.encode(m, row)
    sent = change["data"]
    # The server's values of fields not changed here since: colleagues' merged edits, and
    # theirs where a field conflicts (mine is in the conflict record). A field edited
    # while the batch was on its way keeps the new edit; the next push takes it.
    take = {f: v for f, v in server.items()
            if f in now and now[f] != v
            and (now[f] == sent[f] if f in sent else now[f] == old_base.get(f, now[f]))}
    if take:
        local = ids.decode(m, take)
        if local:
            sets = ", ".join(f'"{c}" = ?' for c in local)
            db.execute(f'UPDATE "{tbl}" SET {sets} WHERE {where_key(m)}',
                       list(local.values()) + json.loads(key))


def _keep_conflicts(db: Database, change: dict, result: dict, kind: str = "field") -> None:
    derived = DERIVED.get(change["tbl"], set())
    for c in result.get("conflicts") or ():
        if c["field"] in derived:
            continue  # computed again after the pull
        _conflict(db, change, c["field"], kind if c["field"] != "*" else "deleted",
                  c.get("base"), c.get("mine"), c.get("theirs"))


def _conflict(db, change, field, kind, base, mine, theirs) -> None:
    db.execute(
        "INSERT INTO sync_conflicts (gid, tbl, family, field, kind, base, mine, theirs, "
        "found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [change["gid"], change["tbl"], change["family"], field, kind, json.dumps(base),
         json.dumps(mine), json.dumps(theirs), _now()])


__all__ = ["apply_answer", "key_text", "next_batch", "pending"]
