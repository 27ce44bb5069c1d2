"""The six-monthly evaluation (issue 6): one row per evaluation (a draft while the
wizard runs, final when closed), per result the level now, per deployed product the
conclusion, the history of changes on deployments, the case's outcome figures, and
indexes for the Opvolging page at 100,000 families."""


def migrate(db) -> None:
    db["evaluations"].create(
        {"id": int, "case_id": int, "held_on": str, "status": str, "step": str,
         "satisfaction": int, "satisfaction_words": str, "goes_well": str, "next_steps": str,
         "next_date": str, "professional_notes": str, "consultant": str,
         "created_at": str, "updated_at": str, "finalized_at": str},
        pk="id", foreign_keys=[("case_id", "cases", "id")],
        not_null={"case_id", "held_on", "status"},
        defaults={"status": "concept", "step": "", "satisfaction_words": "", "goes_well": "",
                  "next_steps": "", "professional_notes": "", "consultant": ""},
    )
    db["evaluations"].create_index(["case_id", "held_on"])
    # At most one draft per case: reopening the wizard resumes it.
    db.execute("CREATE UNIQUE INDEX idx_evaluations_one_draft ON evaluations (case_id) "
               "WHERE status = 'concept'")

    db["evaluation_results"].create(
        {"evaluation_id": int, "result_id": int, "level": int, "reached": str, "words": str},
        pk=("evaluation_id", "result_id"),
        foreign_keys=[("evaluation_id", "evaluations", "id"), ("result_id", "results", "id")],
        defaults={"reached": "", "words": ""},
    )
    db["evaluation_results"].create_index(["result_id"])

    db["evaluation_conclusions"].create(
        {"evaluation_id": int, "deployment_id": int, "conclusion": str, "new_amount": int,
         "from_date": str, "service": str, "end_reason": str, "why": str},
        pk=("evaluation_id", "deployment_id"),
        foreign_keys=[("evaluation_id", "evaluations", "id"),
                      ("deployment_id", "deployments", "id")],
        defaults={"conclusion": "voortzetten", "service": "", "end_reason": "", "why": ""},
    )
    db["evaluation_conclusions"].create_index(["deployment_id"])

    # Every decision on a deployment taken at an evaluation, kept as its history
    # (the volume itself also goes through deployment_volume_changes).
    db["deployment_events"].create(
        {"id": int, "deployment_id": int, "evaluation_id": int, "on_date": str, "kind": str,
         "old_amount": int, "new_amount": int, "service": str, "end_reason": str, "why": str,
         "recorded_at": str},
        pk="id",
        foreign_keys=[("deployment_id", "deployments", "id"),
                      ("evaluation_id", "evaluations", "id")],
        not_null={"deployment_id", "on_date", "kind"},
        defaults={"service": "", "end_reason": "", "why": ""},
    )
    db["deployment_events"].create_index(["deployment_id", "on_date"])
    db["deployment_events"].create_index(["evaluation_id"])

    # Outcome figures (Outcome in zicht): set when help ends with a JZ588 reason.
    for column, kind in (("outcome_uitval", "INTEGER"), ("outcome_end_reasons", "TEXT"),
                         ("outcome_satisfaction", "INTEGER"), ("outcome_goals_reached", "REAL"),
                         ("outcome_goals_total", "INTEGER"), ("outcome_set_on", "TEXT")):
        db.execute(f"ALTER TABLE cases ADD COLUMN {column} {kind}")

    # Opvolging: due evaluations of open cases and beschikkingen ending soon, each a
    # range scan on a small partial index instead of a walk over every case.
    db.execute("CREATE INDEX idx_cases_open_next_eval ON cases (next_evaluation) "
               "WHERE status IN ('intake', 'actief') AND next_evaluation IS NOT NULL")
    db.execute("CREATE INDEX idx_deployments_running_end ON deployments (end_date) "
               "WHERE status <> 'beëindigd' AND end_date IS NOT NULL")
    db.execute("CREATE INDEX idx_cases_review_due ON cases (review_due, id) "
               "WHERE status IN ('intake', 'actief') "
               "AND (review_due IS NOT NULL OR (review_group IS NULL AND decision_id IS NULL))")
