"""Attachments on a case (issue 14): a signed plan, a beschikking, a scanned consent.
The file's bytes live in `attachment_content` (inside the SQLCipher database, so
encrypted at rest like every other row), apart from the list's metadata so listing and
renaming never touch the blob. Both tables hang from the case by declared foreign keys,
so store.export's family graph – destruction and access requests – covers them."""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS attachments ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id),"
        " kind TEXT NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " file_name TEXT NOT NULL,"
        " media_type TEXT NOT NULL DEFAULT 'application/octet-stream',"
        " size INTEGER NOT NULL,"
        " sha256 TEXT NOT NULL,"
        " added_at TEXT NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_attachments_case ON attachments(case_id)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS attachment_content ("
        " attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id),"
        " content BLOB NOT NULL)")
