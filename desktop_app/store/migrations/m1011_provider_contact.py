"""Providers' address and contact (issue 14): optional columns of the catalogue CSV,
printed in each provider letter. Empty when a catalogue without them was imported."""

COLUMNS = ("street", "postcode", "city", "phone", "email", "contact")


def migrate(db) -> None:
    have = {c.name for c in db["providers"].columns}
    for column in COLUMNS:
        if column not in have:
            db.execute(f"ALTER TABLE providers ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
