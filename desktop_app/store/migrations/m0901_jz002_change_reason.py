"""JZ002 'reden wijziging toewijzing' (issue 16): when the CJG itself ends or changes help at
an evaluation, the reason comes from JZ002; JZ588 stays what a provider reports (JW307).
The evaluation's conclusion and the deployment's event keep the JZ002 code."""


def migrate(db) -> None:
    for table in ("evaluation_conclusions", "deployment_events"):
        columns = {c.name for c in db[table].columns}
        if "change_reason" not in columns:
            db.execute(f"ALTER TABLE {table} ADD COLUMN change_reason TEXT NOT NULL DEFAULT ''")
