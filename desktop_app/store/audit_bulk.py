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

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from .audit import _NOW, GENESIS, TABLE, _lit, _q, actor, audited_tables, trigger_sql

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


@contextmanager
def bulk_audit(db: Database) -> Iterator[None]:
    """Audit the block's writes set-based (see the module docstring). Call inside a
    transaction (db.atomic()); without audit_log (an unmigrated database) it does nothing."""
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
    for table in audited_tables(db):
        twins.update(trigger_sql(db, table, entry=_stage_sql, prefix=_PREFIX,
                                 create="CREATE TEMP TRIGGER"))
    conn.execute(f"DROP TABLE IF EXISTS {_STAGE}")
    conn.execute(f"CREATE TABLE {_STAGE} (n INTEGER PRIMARY KEY, action TEXT, tbl TEXT, "
                 "row_ref TEXT, fields TEXT)")
    for name, _sql in real:
        conn.execute(f"DROP TRIGGER main.{_q(name)}")
    try:
        for sql in twins.values():
            conn.execute(sql)
        yield
        _flush(conn)
    finally:
        # Not in a transaction: SQLite rolled it back (disk full, say), this DDL with it.
        if conn.in_transaction:
            for name in twins:
                conn.execute(f"DROP TRIGGER IF EXISTS temp.{_q(name)}")
            conn.execute(f"DROP TABLE IF EXISTS {_STAGE}")
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
