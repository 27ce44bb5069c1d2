"""Who may ask for destruction (issue 15, Jeugdwet 7.3.9): every request the consultant
records – who asked, which youths of 12+ cannot judge their interests (ids), the 7.3.9
lid 2 check (is keeping the file of substantial importance to someone else?) with its
motivation, and the outcome. Kept after the family is destroyed, as the account of why:
`family_ref`, not `family_id`, so destruction and store.export never treat it as family
data. The motivation is asked for without names (the dialog and the CLI say so)."""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS destruction_checks ("
        " id INTEGER PRIMARY KEY,"
        " family_ref INTEGER NOT NULL,"
        " asked_on TEXT NOT NULL,"
        " requesters TEXT NOT NULL,"  # 'jeugdige+ouders', 'ouders', 'jeugdige'
        " cannot_judge TEXT NOT NULL DEFAULT '',"  # youth ids, comma separated
        " other_interest INTEGER NOT NULL,"  # 7.3.9 lid 2: 1 = refused
        " motivation TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"  # 'toegestaan' or 'geweigerd'
        " recorded_at TEXT NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_destruction_checks_family "
               "ON destruction_checks(family_ref)")
