"""Coordination decisions (seed 000): an append-only history per case, a draft
per case for the wizard's autosave, and per case what the caseload filter
'te beoordelen' needs."""


def migrate(db) -> None:
    db["coordination_decisions"].create(
        {
            "id": int,
            "case_id": int,
            "decided_on": str,  # ISO date of the decision
            "recorded_at": str,  # when it was stored
            "policy_id": str,
            "policy_version": str,
            "policy_effective": str,
            "policy_digest": str,  # sha256 prefix of the policy file as it was applied
            "answers": str,  # JSON: criterion id -> option id
            "advice": str,  # JSON: level, score, reasons criterion by criterion
            "advice_level": str,
            "level": str,  # the decision: geen / standaard / intensief (policy level ids)
            "level_label": str,
            "coordination": int,
            "deviates": int,
            "motivation": str,
            "consultant": str,
            "facts": str,  # JSON snapshot of CaseFacts (incl. the providers the letters go to)
            "follow_up_due": str,
            "interval_months": int,
            "supersedes": int,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id"), ("supersedes", "coordination_decisions", "id")],
        not_null={"case_id", "decided_on", "recorded_at", "policy_id", "policy_version",
                  "policy_effective", "answers", "advice", "advice_level", "level",
                  "coordination", "deviates"},
        defaults={"motivation": "", "consultant": "", "policy_digest": ""},
    )
    db["coordination_decisions"].create_index(["case_id", "decided_on", "id"])
    # A decision is superseded at most once: the history is a single line.
    db["coordination_decisions"].create_index(["supersedes"], unique=True)
    db.execute(
        "CREATE TRIGGER coordination_decisions_immutable BEFORE UPDATE ON coordination_decisions "
        "BEGIN SELECT RAISE(ABORT, 'coordination decisions are immutable'); END"
    )
    db.execute(
        "CREATE TRIGGER coordination_decisions_no_delete BEFORE DELETE ON coordination_decisions "
        "BEGIN SELECT RAISE(ABORT, 'coordination decisions are immutable'); END"
    )
    db.execute(
        "CREATE TRIGGER coordination_decisions_deviation_motivated "
        "BEFORE INSERT ON coordination_decisions "
        "WHEN NEW.deviates = 1 AND length(trim(coalesce(NEW.motivation, ''))) = 0 "
        "BEGIN SELECT RAISE(ABORT, 'a deviation needs a motivation'); END"
    )

    db["coordination_drafts"].create(
        {"case_id": int, "answers": str, "level": str, "motivation": str, "updated_at": str},
        pk="case_id",
        foreign_keys=[("case_id", "cases", "id")],
        defaults={"answers": "{}", "level": "", "motivation": ""},
    )

    # cases: the current decision, the level (intensity) and the transition status.
    for column, kind in (("decision_id", "INTEGER"), ("coordination_level", "TEXT"),
                         ("review_group", "TEXT"), ("review_due", "TEXT")):
        db.execute(f"ALTER TABLE cases ADD COLUMN {column} {kind}")
    # The 'te beoordelen' filter: open cases without a decision that the transition
    # rules have not classified yet (new cases), or with a decision due.
    db.execute(
        "CREATE INDEX idx_cases_to_review ON cases (family_id) "
        "WHERE status IN ('intake', 'actief') "
        "AND (review_due IS NOT NULL OR (review_group IS NULL AND decision_id IS NULL))"
    )
