"""Cliënttevredenheid over het nut van de hulp (issue 16, NJi outcome indicator 2): the
evaluation asks 'Hoe nuttig was de hulp voor jullie?' (1 helemaal niet nuttig .. 5 heel
nuttig, forms/outcomes.toml) in a new column `usefulness`.

How existing grades map: they do not. The 1-10 mark in `satisfaction` answered another
question ('cijfer voor de hulp', general satisfaction); it is kept unchanged and still shown
as that mark. No usefulness is invented from it: evaluations held before this migration
have no usefulness answer, and the indicator counts only evaluations that asked it."""


def migrate(db) -> None:
    columns = {c.name for c in db["evaluations"].columns}
    if "usefulness" not in columns:
        db.execute("ALTER TABLE evaluations ADD COLUMN usefulness INTEGER")
