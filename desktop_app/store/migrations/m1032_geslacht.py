"""Geslacht of a person (issue 16 item 8), with the COD046 values JW301 carries for the client:
0 onbekend, 1 mannelijk, 2 vrouwelijk, 9 niet gespecificeerd. Everyone known so far is
'0 onbekend': nothing is guessed from a first name."""


def migrate(db) -> None:
    columns = {c.name for c in db["persons"].columns}
    if "geslacht" not in columns:
        db.execute("ALTER TABLE persons ADD COLUMN geslacht TEXT NOT NULL DEFAULT '0'")
