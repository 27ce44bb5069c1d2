"""The audit trail of a bulk write (the demo fill, issue 17), written set-based.

Per row, an audit trigger (store.audit) costs two Python callbacks (audit_who, the keyed
audit_hash), the chain's head lookup and an audit_log insert: more than half of filling a
demo. Inside `bulk_audit(db)` – always within the caller's transaction – the connection's
audit triggers are replaced by TEMP twins generated from the same definitions
(store.audit.trigger_sql): same tables, actions, row_ref and changed-fields expressions,
in the same order, but they only append (action, tbl, row_ref, fields) to a temp staging
table. On leaving, one recursive query writes the staged entries to audit_log with the
hash chain continued from its head (one audit_hash call each, as `verify` recomputes it),
and the real triggers are recreated from their stored SQL. The DDL is part of the
transaction: no other connection ever sees the database without its triggers, and a
rollback restores them. Differences from the triggers: one `at` and one `who` for the
block (the triggers read the clock and the actor per row; a fill has one actor).
The team sync's triggers (store.sync_triggers) capture only while sync_state.mode is
'on': then they run as always; otherwise (no server) they would only test the mode per
row, so they are suspended for the block the same way and recreated with the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from . import audit_chain
from .audit import (
    _NOW,
    GENESIS,
    TABLE,
    _lit,
    _q,
    actor,
    audited_tables,
    table_info,
    trigger_sql,
)
from .audit_chain import _hmac_state

_STAGE = "temp.audit_bulk_stage"
_PREFIX = "audit_bulk"


def _stage_sql(action: str, table: str, row_ref: str, fields: str) -> str:
    return (f"INSERT INTO {_STAGE} (action, tbl, row_ref, fields) "
            f"VALUES ({_lit(action)}, {_lit(table)}, {row_ref}, {fields});")


# One step per staged entry (n is contiguous from 1): each hash over the one before.
_FLUSH_SQL = f"""
INSERT INTO {TABLE} (at, who, action, tbl, row_ref, fields, detail, prev_hash, hash)
WITH RECURSIVE chain(n, action, tbl, row_ref, fields, prev, hash) AS (
    SELECT 0, NULL, NULL, NULL, NULL, NULL, :head
    UNION ALL
    SELECT s.n, s.action, s.tbl, s.row_ref, s.fields, chain.hash,
           audit_hash(chain.hash, :at, :who, s.action, s.tbl, s.row_ref, s.fields, '')
    FROM chain JOIN {_STAGE} s ON s.n = chain.n + 1
)
SELECT :at, :who, action, tbl, row_ref, fields, '', prev, hash FROM chain WHERE n > 0
"""

# The same entries with their hashes computed beforehand (`hashed`): entry n's hash is the
# n-th 64 bytes of :hashes (a BLOB, so substr is by byte), its prev_hash the one before.
# One statement without Python callbacks: SQLite runs it without the GIL.
_INSERT_SQL = f"""
INSERT INTO {TABLE} (at, who, action, tbl, row_ref, fields, detail, prev_hash, hash)
SELECT :at, :who, action, tbl, row_ref, fields, '',
       CASE WHEN n = 1 THEN :head ELSE CAST(substr(:hashes, n * 64 - 127, 64) AS TEXT) END,
       CAST(substr(:hashes, n * 64 - 63, 64) AS TEXT)
FROM {_STAGE} ORDER BY n
"""


@contextmanager
def bulk_audit(db: Database, key=None, then: Callable[[], None] | None = None
               ) -> Iterator[None]:
    """Audit the block's writes set-based (see the module docstring). Call inside a
    transaction (db.atomic()); without audit_log (an unmigrated database) it does nothing.
    `key`: the store's Key (store.cipher.Key, what the connection's audit_hash is keyed
    with): the chain is then hashed here in one loop, the keyed HMAC the SQL function
    computes, without a callback per entry, and written by one statement without Python
    in it. `then()` runs right before that statement, the triggers already back (the demo
    fill starts generating the next batch there, which then runs beside it and the
    COMMIT)."""
    conn = db.conn
    if not conn.in_transaction:
        raise RuntimeError("bulk_audit needs the caller's transaction")
    real = _triggers(conn, "audit")
    if not real or not db[TABLE].exists():
        yield
        return
    if not _sync_capturing(conn):
        real += _triggers(conn, "sync")
    twins: dict[str, str] = {}
    info = table_info(db)
    for table in audited_tables(db):
        twins.update(trigger_sql(db, table, entry=_stage_sql, prefix=_PREFIX,
                                 create="CREATE TEMP TRIGGER", info=info))
    conn.execute(f"DROP TABLE IF EXISTS {_STAGE}")
    conn.execute(f"CREATE TABLE {_STAGE} (n INTEGER PRIMARY KEY, action TEXT, tbl TEXT, "
                 "row_ref TEXT, fields TEXT)")
    for name, _sql in real:
        conn.execute(f"DROP TRIGGER main.{_q(name)}")
    try:
        for sql in twins.values():
            conn.execute(sql)
        yield
        if key is None:
            _flush(conn)
        else:
            hashed = _hash_staged(conn, key)
            _restore(conn, twins, real)
            real = twins = None
            if then is not None:
                then()
            if hashed is not None:
                conn.execute(_INSERT_SQL, hashed)
            conn.execute(f"DROP TABLE IF EXISTS {_STAGE}")
    finally:
        # Not in a transaction: SQLite rolled it back (disk full, say), this DDL with it.
        if conn.in_transaction and real is not None:
            _restore(conn, twins, real)
            conn.execute(f"DROP TABLE IF EXISTS {_STAGE}")


def _restore(conn, twins: dict[str, str], real: list[tuple[str, str]]) -> None:
    """The TEMP twins dropped, the real triggers recreated from their stored SQL."""
    for name in twins:
        conn.execute(f"DROP TRIGGER IF EXISTS temp.{_q(name)}")
    for _name, sql in real:
        conn.execute(sql)


def _triggers(conn, prefix: str) -> list[tuple[str, str]]:
    return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                        "AND name LIKE ? ESCAPE '\\'", [prefix + "\\_%"]).fetchall()


def _sync_capturing(conn) -> bool:
    """Whether the team sync's triggers would capture (store.sync_triggers._ON)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
                    ).fetchone() is None:
        return False  # before m1100: no sync triggers either
    row = conn.execute("SELECT mode FROM sync_state WHERE id = 1").fetchone()
    return row is not None and row[0] == "on"


def _flush(conn) -> None:
    head = conn.execute(f"SELECT hash FROM {TABLE} ORDER BY id DESC LIMIT 1").fetchone()
    at = conn.execute(f"SELECT {_NOW}").fetchone()[0]
    conn.execute(_FLUSH_SQL, {"head": head[0] if head else GENESIS, "at": at, "who": actor()})


def _hash_staged(conn, key) -> dict | None:
    """The staged entries' chain, continued from the head: the parameters of _INSERT_SQL
    (None when nothing was staged). Each hash is the keyed HMAC the SQL audit_hash
    (audit_chain.keyed_hash) gives over the same parts as in _FLUSH_SQL and `verify`:
    prev, at, who, action, tbl, row_ref, fields and detail ('') joined by \x1f, NULL as
    '' – all but prev joined (as UTF-8) by SQLite, one value per entry."""
    head = conn.execute(f"SELECT hash FROM {TABLE} ORDER BY id DESC LIMIT 1").fetchone()
    head = head[0] if head else GENESIS
    at = conn.execute(f"SELECT {_NOW}").fetchone()[0]
    who = actor()
    tails = conn.execute(
        "SELECT CAST(char(31) || :at || char(31) || :who || char(31) || ifnull(action, '') "
        "|| char(31) || ifnull(tbl, '') || char(31) || ifnull(row_ref, '') || char(31) "
        f"|| ifnull(fields, '') || char(31) AS BLOB) FROM {_STAGE} ORDER BY n",
        {"at": at, "who": who}).fetchall()
    if not tails:
        return None
    copy = _hmac_state(audit_chain.derive_key(key)).copy
    hashes = []
    append = hashes.append
    prev = head.encode("ascii")
    for (tail,) in tails:
        mac = copy()
        mac.update(prev + tail)
        text = mac.hexdigest()
        append(text)
        prev = text.encode("ascii")
    return {"at": at, "who": who, "head": head, "hashes": "".join(hashes).encode("ascii")}
