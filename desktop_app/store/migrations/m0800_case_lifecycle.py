"""The case spine (issue 13): why the next evaluation falls when it does, and why a case was
closed. The values themselves are computed by store.case_state (core.lifecycle) at the next
open, when the stored rule version differs."""


def migrate(db) -> None:
    columns = {c.name for c in db["cases"].columns}
    for name in ("next_evaluation_why", "close_reason"):
        if name not in columns:
            db.execute(f"ALTER TABLE cases ADD COLUMN {name} TEXT")
