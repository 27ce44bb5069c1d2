"""The consultant's own details (issue 14, Instellingen › Mijn gegevens): name, phone,
e-mail, team and CJG address, printed in every letter and plan. One row (id 1), inside the
encrypted database like everything else; not family data (store.export leaves it out)."""


def migrate(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS consultant_details ("
        "id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL DEFAULT '', "
        "phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
        "team TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', updated_at TEXT)")
