"""The team sync's local bookkeeping (issue 18, store/team_protocol.md).

sync_rows maps a local row (its table and primary key) to its global id and the server
version and data it was last seen at; sync_outbox lists the rows changed since the last
push (written by the store.sync_triggers, only while a server is connected);
sync_inbox holds pulled rows waiting for a parent; sync_conflicts keeps both values of a
field changed on two laptops; sync_state is one row: off (no server, the default), on, or
apply (a pull is writing); case_next..case_end is the block of case numbers the server
reserved for this laptop (case_year), case_high the highest the server knew. Global ids are given when a laptop first connects – a laptop
without a server carries no extra row per record.
"""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE sync_rows (gid TEXT PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, "
        "family TEXT, version INTEGER NOT NULL DEFAULT 0, base TEXT, UNIQUE (tbl, key))")
    db.execute("CREATE INDEX idx_sync_rows_family ON sync_rows (family)")
    db.execute(
        "CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, "
        "key TEXT NOT NULL, op TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE sync_inbox (gid TEXT PRIMARY KEY, tbl TEXT NOT NULL, family TEXT, "
        "version INTEGER NOT NULL, deleted INTEGER NOT NULL, data TEXT)")
    db.execute(
        "CREATE TABLE sync_conflicts (id INTEGER PRIMARY KEY, gid TEXT NOT NULL, "
        "tbl TEXT NOT NULL, family TEXT, field TEXT NOT NULL, kind TEXT NOT NULL, "
        "base TEXT, mine TEXT, theirs TEXT, found_at TEXT NOT NULL, resolved_at TEXT, "
        "resolution TEXT)")
    db.execute("CREATE INDEX idx_sync_conflicts_open ON sync_conflicts (resolved_at, family)")
    db.execute(
        "CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "mode TEXT NOT NULL DEFAULT 'off', server TEXT, password TEXT, user TEXT, "
        "prefix TEXT, pull_after INTEGER NOT NULL DEFAULT 0, push_batch TEXT, "
        "case_high INTEGER NOT NULL DEFAULT 0, case_year INTEGER, case_next INTEGER, "
        "case_end INTEGER, last_sync TEXT, last_error TEXT, "
        "remove_after_handover INTEGER NOT NULL DEFAULT 1)")
    db.execute("INSERT INTO sync_state (id) VALUES (1)")
