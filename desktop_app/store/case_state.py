"""The derived state of a case – status, next evaluation (with its reason) and the review
under the coordination policy – gathered from everything the case holds and stored on it.

The rule itself is `core.lifecycle` (status, next evaluation) and `core.transition` (review);
this module only reads its inputs and writes its outcome. `refresh` runs inside the
transaction of every operation that changes an input, `refresh_all` after a rule change
(RULE_VERSION) and after the demo fill, with the same queries for one case or ten thousand."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlite_utils import Database

from ..core import lifecycle as lc
from ..core.policy import Policy, select_policy
from ..core.transition import Review, review

# Raise when core.lifecycle or core.transition changes what they compute: every case in
# an existing database is then recomputed once at the next open.
RULE_VERSION = "4"  # 4: Maasgouw in MLO (m0900); 3: on a tie the rule's limit explains it
_SETTING = "lifecycle_rule"
CHUNK = 500  # case ids per query (SQLite's variable limit is far above)


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _in(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def gather(db: Database, case_ids: list[int], policies: list[Policy]) -> dict[int, tuple]:
    """{case_id: (facts for core.lifecycle, inputs for core.transition.review, family_id)}."""
    out: dict[int, tuple] = {}
    for ids in _chunks(case_ids):
        marks = _in(ids)
        cases = {r[0]: r for r in db.execute(
            "SELECT id, family_id, region, status, start_date, end_date, decision_id, coordination "
            f"FROM cases WHERE id IN ({marks})", ids)}
        intakes = {r[0]: r[1] for r in db.execute(
            f"SELECT case_id, evaluation_date FROM intakes WHERE case_id IN ({marks})", ids)}
        deployments: dict[int, int] = defaultdict(int)
        running: dict[int, list[lc.Beschikking]] = defaultdict(list)
        for case_id, status, start, end, provider in db.execute(
                "SELECT d.case_id, d.status, d.start_date, d.end_date, coalesce(p.name, '') "
                "FROM deployments d LEFT JOIN providers p ON p.id = d.provider_id "
                f"WHERE d.case_id IN ({marks}) ORDER BY d.case_id, d.id", ids):
            deployments[case_id] += 1
            if status != "beëindigd":
                running[case_id].append(lc.Beschikking(provider, _d(start), _d(end)))
        decisions = {r[0]: r[1:] for r in db.execute(
            "SELECT c.id, d.decided_on, d.coordination, d.interval_months FROM cases c "
            f"JOIN coordination_decisions d ON d.id = c.decision_id WHERE c.id IN ({marks})", ids)}
        decided_days: dict[int, list[date]] = defaultdict(list)
        for case_id, day in db.execute(
                f"SELECT case_id, decided_on FROM coordination_decisions WHERE case_id IN ({marks})",
                ids):
            decided_days[case_id].append(date.fromisoformat(day))
        # The last final evaluation (by date, then id) and the next date it chose.
        evaluations = {r[0]: r[1:] for r in db.execute(
            "SELECT case_id, held_on, next_date FROM ("
            "  SELECT case_id, held_on, next_date, row_number() OVER ("
            "    PARTITION BY case_id ORDER BY held_on DESC, id DESC) AS n "
            f"  FROM evaluations WHERE status = 'definitief' AND case_id IN ({marks})"
            ") WHERE n = 1", ids)}
        for case_id in ids:
            row = cases.get(case_id)
            if row is None:
                continue
            _, family_id, region, status, start, end, _decision_id, coordination = row
            decision = decisions.get(case_id)
            evaluation = evaluations.get(case_id)
            case_start = _d(start)
            policy = select_policy(policies, region or "", _d(decision[0]) if decision
                                   else (case_start or date.today()))
            facts = lc.CaseFactsForLifecycle(
                closed_on=(_d(end) or case_start or date.today()) if status == lc.AFGESLOTEN
                else None,
                case_start=case_start,
                intake_opened=case_id in intakes,
                deployments=deployments.get(case_id, 0),
                running=tuple(running.get(case_id, ())),
                decided_on=_d(decision[0]) if decision else None,
                coordination=(None if decision[1] is None else bool(decision[1])) if decision
                else (None if coordination is None else bool(coordination)),
                interval_months=decision[2] if decision else None,
                last_final_evaluation=_d(evaluation[0]) if evaluation else None,
                evaluation_choice=_d(evaluation[1]) if evaluation else None,
                intake_choice=_d(intakes.get(case_id)),
                margin_days=policy.days_before_end if policy is not None else 0,
            )
            periods = sorted({(b.start, b.end) for b in facts.running},
                             key=lambda p: (p[0] or date.min, p[1] or date.max))
            review_inputs = (region or "", case_start,
                             None if coordination is None else bool(coordination),
                             periods, decided_days.get(case_id, []))
            out[case_id] = (facts, review_inputs, family_id)
    return out


def review_for(policies: list[Policy], region: str, case_start: date | None,
               had_coordination: bool | None, periods, decided: list[date]) -> Review | None:
    """The first policy file of the region decides the transition (core.transition); the
    path without a policy has no transition to judge."""
    first = [p for p in policies if p.advises and p.applies_to(region)]
    if not first:
        return None
    policy = min(first, key=lambda p: p.effective)
    return review(policy.effective, policy.transition, case_start, had_coordination, periods,
                  decided)


def _write(db: Database, states: dict[int, tuple]) -> set[int]:
    families: set[int] = set()
    rows = []
    for case_id, (state, result, family_id) in states.items():
        nxt = state.next_evaluation
        rows.append((state.status, nxt.due.isoformat() if nxt.due else None, nxt.why,
                     result.group if result else "geen_richtlijn",
                     result.due.isoformat() if result and result.due else None, case_id))
        families.add(family_id)
    # Only rows that really change: the audit trail records real changes, not refreshes.
    db.conn.executemany(
        "UPDATE cases SET status = ?, next_evaluation = ?, next_evaluation_why = ?, "
        "review_group = ?, review_due = ? WHERE id = ? AND (status, next_evaluation, "
        "next_evaluation_why, review_group, review_due) IS NOT (?1, ?2, ?3, ?4, ?5)", rows)
    return families


def compute(db: Database, case_ids: list[int], policies: list[Policy]) -> dict[int, tuple]:
    """{case_id: (CaseState, Review | None, family_id)} without writing anything."""
    out = {}
    for case_id, (facts, inputs, family_id) in gather(db, case_ids, policies).items():
        out[case_id] = (lc.case_state(facts), review_for(policies, *inputs), family_id)
    return out


def refresh(db: Database, case_ids: Iterable[int], policies: list[Policy]) -> dict[int, tuple]:
    """Recompute and store; call inside the operation's transaction. Returns compute()'s
    result so the caller can announce what changed."""
    from .families import Families

    states = compute(db, sorted(set(case_ids)), policies)
    with db.atomic():
        families = _write(db, states)
        repo = Families(db)
        for family_id in families:
            repo.refresh_summary(family_id)
    return states


def refresh_all(db: Database, policies: list[Policy], summaries: bool = True) -> int:
    """Every case, in chunks; the family summaries in bulk when asked (demo, rule change)."""
    ids = [r[0] for r in db.execute("SELECT id FROM cases ORDER BY id")]
    with db.atomic():
        for chunk in _chunks(ids):
            _write(db, compute(db, chunk, policies))
        mark_current(db)
    if summaries:
        from .summaries import rebuild_summaries

        with db.atomic():
            rebuild_summaries(db)
    return len(ids)


def refresh_family_range(db: Database, lo: int, hi: int, policies: list[Policy]) -> None:
    """The cases of families lo..hi (a demo batch), with their summaries; in the caller's
    transaction."""
    from .summaries import rebuild_summaries

    ids = [r[0] for r in db.execute(
        "SELECT id FROM cases WHERE family_id BETWEEN ? AND ? ORDER BY id", [lo, hi])]
    for chunk in _chunks(ids):
        _write(db, compute(db, chunk, policies))
    rebuild_summaries(db, lo, hi)


_SNAPSHOT = ("status", "next_evaluation", "review_group", "review_due", "family_id")


def snapshot(db: Database, case_ids: Iterable[int]) -> dict[int, tuple]:
    """The stored derived state, to tell whether an operation changed it."""
    ids = sorted(set(case_ids))
    out = {}
    for chunk in _chunks(ids):
        out.update({r[0]: tuple(r[1:]) for r in db.execute(
            f"SELECT id, {', '.join(_SNAPSHOT)} FROM cases WHERE id IN ({_in(chunk)})", chunk)})
    return out


_DETAILS = ("next_evaluation_why", "review_group", "review_due", "close_reason", "decision_id")


def details(db: Database, case_id: int) -> dict:
    row = db.execute(f"SELECT {', '.join(_DETAILS)} FROM cases WHERE id = ?", [case_id]).fetchone()
    return dict(zip(_DETAILS, row, strict=True)) if row else {}


def close(db: Database, case_id: int, on: date, reason: str, stamp: str) -> None:
    db["cases"].update(case_id, {"status": lc.AFGESLOTEN, "end_date": on.isoformat(),
                                 "close_reason": reason, "updated_at": stamp})


def reopen(db: Database, case_id: int, stamp: str) -> None:
    # The facts decide the status again (refresh): 'aanmelding' is only the starting point.
    db["cases"].update(case_id, {"status": lc.AANMELDING, "end_date": None,
                                 "close_reason": None, "updated_at": stamp})


def mark_current(db: Database) -> None:
    """Every case in the database was computed by this rule version."""
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
               [_SETTING, RULE_VERSION])


def default_policies() -> list[Policy]:
    """The shipped policies, for callers without a session (the demo fill)."""
    from ..core.policy import load_policies
    from ..paths import forms_dir

    return load_policies(forms_dir())


def ensure_current(db: Database, policies: list[Policy]) -> bool:
    """Recompute every case once when the rule changed since the database last saw it."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [_SETTING]).fetchone()
    if row and row[0] == RULE_VERSION:
        return False
    refresh_all(db, policies)
    return True
