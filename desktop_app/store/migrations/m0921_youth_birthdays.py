"""The Opvolging list 'toestemming opnieuw vragen' (issue 19): youths whose 12th or 16th
birthday is near are found by a range scan on their birth date, not a scan of all persons."""


def migrate(db) -> None:
    db.execute("CREATE INDEX IF NOT EXISTS idx_persons_youth_birth ON persons(birth_date) "
               "WHERE role = 'jeugdige'")
