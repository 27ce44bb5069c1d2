"""The documents the app made (issue 14): every plan, decision letter, evaluation report
and access request, with its kind, version, date and recipient, recorded by the session
operation that wrote it. `document_content` keeps the PDF as it was written (a protected
one stays protected), so the case's list can open and print it again after the export
folder was cleaned; an access request keeps no copy (it is a copy of everything)."""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS documents ("
        " id INTEGER PRIMARY KEY,"
        " family_id INTEGER NOT NULL REFERENCES families(id),"
        " case_id INTEGER REFERENCES cases(id),"
        " kind TEXT NOT NULL,"
        " version INTEGER,"
        " recipient TEXT NOT NULL DEFAULT '',"
        " made_at TEXT NOT NULL,"
        " protected INTEGER NOT NULL DEFAULT 0,"
        " file_name TEXT NOT NULL DEFAULT '',"
        " size INTEGER)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_documents_case ON documents(case_id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_documents_family ON documents(family_id)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS document_content ("
        " document_id INTEGER PRIMARY KEY REFERENCES documents(id),"
        " content BLOB NOT NULL)")
