"""The case's uitval yes/no (cases.outcome_uitval) counted again with the rule of
forms/outcomes.toml (issue 16): until now every JZ588 'voortijdig' code (32-35) made a case
uitval; the national set counts only help broken off one-sidedly (32, 33), and a CJG
ending (JZ002) by its own list. Only cases that have the figure are touched."""


def migrate(db) -> None:
    from ...core.outcomes import case_uitval
    from ..outcome_facts import case_endings, outcome_rules

    rules = outcome_rules()
    updates = []
    for (case_id,) in db.execute("SELECT id FROM cases WHERE outcome_uitval IS NOT NULL"):
        endings = case_endings(db, case_id)
        if endings:
            updates.append((int(case_uitval(endings, rules)), case_id))
    db.conn.executemany("UPDATE cases SET outcome_uitval = ? WHERE id = ?", updates)
