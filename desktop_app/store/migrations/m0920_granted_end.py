"""Ended help keeps what was granted (issue 19): ending a deployment moves its end_date to
the day it stopped; `granted_end` keeps the end of the beschikking as it was granted.
Help ended before this migration has no granted end on record (NULL: shown as end_date)."""


def migrate(db) -> None:
    if "granted_end" not in {c.name for c in db["deployments"].columns}:
        db.execute("ALTER TABLE deployments ADD COLUMN granted_end TEXT")
