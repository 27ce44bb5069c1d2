"""Data safety round two (issue 15): the destruction journal. A destruction is recorded
here first (ids only: the family's number and the requester's code – no names), then the
family's rows are deleted in one transaction, then every copy in the backups folder is
purged and marked done in `destruction_copies` (the file name and the outcome). An
interrupted destruction is completed at the next open (store.destruction). The family's
number is kept as `family_ref`, not `family_id`, so the family graph of store.export
never treats the journal as family data."""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS destruction_journal ("
        " id INTEGER PRIMARY KEY,"
        " family_ref INTEGER NOT NULL,"
        " requester TEXT NOT NULL,"
        " recorded_at TEXT NOT NULL,"
        " rows_deleted INTEGER,"
        " deleted_at TEXT,"
        " completed_at TEXT)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS destruction_copies ("
        " journal_id INTEGER NOT NULL REFERENCES destruction_journal(id),"
        " copy TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"
        " at TEXT NOT NULL,"
        " PRIMARY KEY (journal_id, copy))")
