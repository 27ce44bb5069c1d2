"""Issue 15: the audit chain becomes keyed (HMAC-SHA256 with a key derived from the
database's secret, store.audit_chain) – every existing entry is recomputed with the key
of this connection – and `audit_head` holds the newest entry's id and hash when a copy
is made, so every backup carries the head it was made from. Not audited itself
(store.audit.SKIP_TABLES): writing the head never changes the chain."""

from .. import audit_chain


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS audit_head ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " entry INTEGER,"
        " hash TEXT,"
        " at TEXT)")
    audit_chain.rechain(db.conn)
