"""The audit trail table (data safety). Triggers are generated per table by
store.audit.install_triggers after every migration run, not here, so tables
added by later migrations are covered too."""


def migrate(db) -> None:
    # AUTOINCREMENT: ids are never reused, so a removed newest entry leaves a trace
    # in sqlite_sequence that audit.verify() checks.
    db.execute(
        "CREATE TABLE audit_log ("
        "id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, who TEXT NOT NULL, "
        "action TEXT NOT NULL, tbl TEXT NOT NULL DEFAULT '', row_ref TEXT NOT NULL DEFAULT '', "
        "fields TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '', "
        "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX audit_log_record ON audit_log (tbl, row_ref)")
