"""The case file (issue 14): the journal of contact moments. One row per home visit, call,
meeting or e-mail, in the consultant's own words; `shareable` marks what the family may see
('Samen kijken'). The rows live in the encrypted database like everything else; they belong
to the case (`case_id`), so an access request and a destruction include them."""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS journal_entries ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id),"
        " kind TEXT NOT NULL DEFAULT 'huisbezoek',"
        " happened_at TEXT NOT NULL,"
        " participants TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '',"
        " shareable INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS journal_entries_case "
               "ON journal_entries (case_id, happened_at)")
