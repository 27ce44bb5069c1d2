"""Appointments on a case (issue 14): the next home visit or meeting. Wall-clock times in
Europe/Amsterdam as 'YYYY-MM-DDTHH:MM'. A cancelled appointment is kept (cancelled_at)
so the timeline shows it and a calendar file can remove it. `uid` is a random UUID: the
calendar entry's UID, stable across exports, with `sequence` as its SEQUENCE. The foreign key to cases puts the rows in
the family's graph (store.export): access requests and destruction include them."""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS appointments ("
        " id INTEGER PRIMARY KEY,"
        " case_id INTEGER NOT NULL REFERENCES cases(id),"
        " uid TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL DEFAULT 'huisbezoek',"
        " starts_at TEXT NOT NULL,"
        " ends_at TEXT NOT NULL,"
        " place TEXT NOT NULL DEFAULT '',"
        " with_whom TEXT NOT NULL DEFAULT '',"
        " what TEXT NOT NULL DEFAULT '',"
        " cancelled_at TEXT,"
        # +1 on every change: the calendar file's SEQUENCE, so a re-import replaces it
        " sequence INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_appointments_case ON appointments(case_id)")
    # The Opvolging agenda: today's and this week's, a range scan on the start.
    db.execute("CREATE INDEX IF NOT EXISTS idx_appointments_start ON appointments(starts_at) "
               "WHERE cancelled_at IS NULL")
