"""Coordination decisions: an append-only history per case (a new decision
supersedes the previous one, triggers refuse UPDATE and DELETE), the wizard's
draft, and the decision columns of the case (decision_id, coordination, level).

The derived columns (status, next evaluation, review) are store/case_state.py's: call
`record` inside a session operation with refresh=True (session/decisions.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from sqlite_utils import Database

from ..core.coordination import Advice, CaseFacts, Decision
from .families import now


class StaleDecision(Exception):
    """Another decision was recorded for this case after the wizard opened."""


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _decision(r: dict) -> Decision:
    return Decision(
        id=r["id"], case_id=r["case_id"], decided_on=date.fromisoformat(r["decided_on"]),
        policy_id=r["policy_id"], policy_version=r["policy_version"],
        policy_effective=date.fromisoformat(r["policy_effective"]),
        policy_digest=r["policy_digest"] or "", answers=json.loads(r["answers"]),
        advice=Advice.from_json(json.loads(r["advice"])), level=r["level"],
        level_label=r["level_label"] or "", coordination=bool(r["coordination"]),
        deviates=bool(r["deviates"]), motivation=r["motivation"] or "",
        consultant=r["consultant"] or "", facts=CaseFacts.from_json(json.loads(r["facts"] or "{}")),
        follow_up_due=date.fromisoformat(r["follow_up_due"]) if r["follow_up_due"] else None,
        interval_months=r["interval_months"], supersedes=r["supersedes"],
        recorded_at=r["recorded_at"],
    )


def decision_row(d: Decision, recorded_at: str) -> dict:
    return {
        "case_id": d.case_id, "decided_on": d.decided_on.isoformat(), "recorded_at": recorded_at,
        "policy_id": d.policy_id, "policy_version": d.policy_version,
        "policy_effective": d.policy_effective.isoformat(), "policy_digest": d.policy_digest,
        "answers": json.dumps(d.answers, ensure_ascii=False, sort_keys=True),
        "advice": json.dumps(d.advice.to_json(), ensure_ascii=False),
        "advice_level": d.advice.level, "level": d.level, "level_label": d.level_label,
        "coordination": int(d.coordination), "deviates": int(d.deviates),
        "motivation": d.motivation, "consultant": d.consultant,
        "facts": json.dumps(d.facts.to_json(), ensure_ascii=False),
        "follow_up_due": _iso(d.follow_up_due), "interval_months": d.interval_months,
        "supersedes": d.supersedes,
    }


class Decisions:
    def __init__(self, db: Database):
        self.db = db

    # -- reading ----------------------------------------------------------------------
    def history(self, case_id: int) -> list[Decision]:
        """Newest first."""
        rows = self.db.query(
            "SELECT * FROM coordination_decisions WHERE case_id = ? ORDER BY id DESC", [case_id])
        return [_decision(r) for r in rows]

    def current(self, case_id: int) -> Decision | None:
        row = next(self.db.query(
            "SELECT * FROM coordination_decisions WHERE case_id = ? ORDER BY id DESC LIMIT 1",
            [case_id]), None)
        return _decision(row) if row else None

    def get(self, decision_id: int) -> Decision:
        return _decision(self.db["coordination_decisions"].get(decision_id))

    # -- recording --------------------------------------------------------------------
    def record(self, decision: Decision, expected_current: int | None | bool = False) -> Decision:
        """Store a decision; it supersedes the case's current one. `expected_current` (the
        id the wizard saw, or None for 'no decision yet') guards against a decision taken
        meanwhile elsewhere. Sets the case's decision columns and closes the draft; the
        caller's operation recomputes the case state (status, next evaluation, review)."""
        db = self.db
        with db.atomic():
            row = db.execute(
                "SELECT max(id) FROM coordination_decisions WHERE case_id = ?", [decision.case_id]
            ).fetchone()
            latest = row[0] if row else None
            if expected_current is not False and expected_current != latest:
                raise StaleDecision()
            decision = replace(decision, supersedes=latest, recorded_at=now())
            decision_id = db["coordination_decisions"].insert(
                decision_row(decision, decision.recorded_at)).last_pk
            db["cases"].update(decision.case_id, {
                "coordination": int(decision.coordination),
                "coordination_level": decision.level,
                "decision_id": decision_id,
                "updated_at": now(),
            })
            db.execute("DELETE FROM coordination_drafts WHERE case_id = ?", [decision.case_id])
        return replace(decision, id=decision_id)

    def decided_cases(self, region: str, status: str) -> list[int]:
        """Cases of a region and status that have a decision (for the screenshots)."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT d.case_id FROM coordination_decisions d JOIN cases c "
            "ON c.id = d.case_id WHERE c.region = ? AND c.status = ? ORDER BY d.case_id",
            [region, status])]

    # -- the wizard's draft (autosave) ------------------------------------------------
    def draft(self, case_id: int) -> dict:
        row = next(self.db.query("SELECT * FROM coordination_drafts WHERE case_id = ?", [case_id]),
                   None)
        if not row:
            return {"answers": {}, "level": "", "motivation": ""}
        return {"answers": json.loads(row["answers"] or "{}"), "level": row["level"] or "",
                "motivation": row["motivation"] or ""}

    def save_draft(self, case_id: int, **changes) -> None:
        current = self.draft(case_id)
        current.update({k: v for k, v in changes.items() if v is not None})
        with self.db.atomic():
            self.db["coordination_drafts"].upsert({
                "case_id": case_id,
                "answers": json.dumps(current["answers"], ensure_ascii=False, sort_keys=True),
                "level": current["level"], "motivation": current["motivation"],
                "updated_at": now(),
            }, pk="case_id")
