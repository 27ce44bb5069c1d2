"""The coordination decision: drafts, the recorded decision, and the letters to the family
and every provider. A decision is an input of the lifecycle (status, interval, review).

One date everywhere: when the follow-up is due is core.lifecycle's rule alone. The wizard's
preview, the date stored with the decision (`follow_up_due`), the case's next evaluation
and the date in the letters are all that rule's answer for the case with the decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from ..core import lifecycle as lc
from ..core.coordination import CaseFacts, Decision, DecisionRefused, decide
from ..core.coordination_free import decide_free
from ..core.policy import Policy, select_policy
from ..reports.letters import DecisionLetters, involved_providers
from ..store import case_state
from ..store.coordination_facts import gather_facts
from ..store.decisions import Decisions, StaleDecision
from ..store.families import Families
from ..store.letter_details import provider_details
from .core import SessionCore

__all__ = ["DecisionRefused", "DecisionsArea", "NoDecision", "StaleDecision"]


class NoDecision(LookupError):
    """No decision (or not this one) to write letters about; `code` keys a Dutch message."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code  # none | not_of_case


class DecisionsArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self._db = core.store.db
        self.repo = Decisions(core.store.db)
        self._families = Families(core.store.db)

    # -- reads ---------------------------------------------------------------------------
    def history(self, case_id: int) -> list[Decision]:
        """Newest first."""
        return self.repo.history(case_id)

    def current(self, case_id: int) -> Decision | None:
        return self.repo.current(case_id)

    def draft(self, case_id: int) -> dict:
        return self.repo.draft(case_id)

    def facts(self, case_id: int) -> CaseFacts:
        """What the case already says (intake, deployed help) for the wizard."""
        return gather_facts(self._db, case_id)

    def policy_for(self, case_id: int, day: date | None = None) -> Policy | None:
        """The policy of the case's region on `day` (read once per session)."""
        case = self._families.get_case(case_id)
        return select_policy(self._core.policies, case.region, day or date.today())

    def policy_of(self, decision: Decision) -> Policy | None:
        """The policy file a recorded decision followed (its texts in either language)."""
        return next((p for p in self._core.policies if p.id == decision.policy_id
                     and p.version == decision.policy_version), None)

    def preview_next_evaluation(self, case_id: int, level_id: str,
                                day: date | None = None) -> lc.NextEvaluation:
        """The case's next evaluation if `level_id` were decided on `day`: the lifecycle
        rule over the case's facts with the prospective decision."""
        day = day or date.today()
        policy = self._policy(case_id, day)
        level = policy.level(level_id)
        return self._prospective(case_id, policy, day, level.coordination, level.interval_months)

    def _policy(self, case_id: int, day: date) -> Policy:
        policy = self.policy_for(case_id, day)
        if policy is None:
            raise DecisionRefused("policy")
        return policy

    def _prospective(self, case_id: int, policy: Policy, day: date, coordination: bool,
                     interval_months: int | None) -> lc.NextEvaluation:
        facts, _review, _family = case_state.gather(self._db, [case_id],
                                                    self._core.policies)[case_id]
        # Once recorded, case_state selects the decision's policy by its date: the same
        # policy, so the same margin before a beschikking ends.
        return lc.next_evaluation(replace(
            facts, decided_on=day, coordination=coordination, interval_months=interval_months,
            margin_days=policy.days_before_end))

    # -- the wizard's draft ----------------------------------------------------------------
    def save_draft(self, case_id: int, **changes) -> None:
        """Answers, level and motivation as the consultant goes (autosave). Nothing else
        shows a draft: the change names no kind."""
        case = self._families.get_case(case_id)
        lc.check_allowed(case.status, "save_decision_draft")
        with self._core.operation("save_decision_draft", family_id=case.family_id,
                                  case_id=case_id):
            self.repo.save_draft(case_id, **changes)

    # -- the decision ----------------------------------------------------------------------
    def record_decision(self, case_id: int, answers: dict[str, str], level_id: str | None = None,
                        motivation: str = "", consultant: str = "",
                        decided_on: date | None = None, expected_current: int | None | bool = False,
                        facts: CaseFacts | None = None) -> Decision:
        """Record the consultant's decision in one transaction: the decision row with the
        case's next evaluation as its follow-up date, the case's decision columns, and the
        recomputed case state (status 'actief', next evaluation, review). Raises
        DecisionRefused (no policy, missing answers, a deviation without motivation),
        StaleDecision (decided elsewhere meanwhile) or LifecycleError (a closed case)."""
        case = self._families.get_case(case_id)
        lc.check_allowed(case.status, "record_decision")
        decided_on = decided_on or date.today()
        policy = self._policy(case_id, decided_on)
        # A region without a policy file: the same questions, the consultant's own decision
        # with a motivation (core/coordination_free.py).
        decide_with = decide if policy.advises else decide_free
        decision = decide_with(policy, case_id, answers,
                               facts if facts is not None else self.facts(case_id), decided_on,
                               level_id=level_id, motivation=motivation, consultant=consultant)
        with self._core.operation("record_decision", kinds=("decision",),
                                  family_id=case.family_id, case_id=case_id, refresh=True):
            due = self._prospective(case_id, policy, decided_on, decision.coordination,
                                    decision.interval_months).due
            # The row is immutable, so its date is computed first and checked against the
            # rule over the stored case before the commit; the operation then stores it.
            stored = self.repo.record(replace(decision, follow_up_due=due), expected_current)
            state, _review, _family = case_state.compute(
                self._db, [case_id], self._core.policies)[case_id]
            if state.next_evaluation.due != due:
                raise RuntimeError("the decision's follow-up date differs from the case's")
        return stored

    # -- letters ---------------------------------------------------------------------------
    def letters(self, case_id: int, decision_id: int | None = None,
                day: date | None = None) -> DecisionLetters:
        """What the letters about a decision (the current one by default) need; writing
        them needs no database (DecisionLetters.write, on any thread)."""
        history = self.repo.history(case_id)
        if not history:
            raise NoDecision("none")
        decision = history[0] if decision_id is None else next(
            (d for d in history if d.id == decision_id), None)
        if decision is None:
            raise NoDecision("not_of_case")
        case = self._families.get_case(case_id)
        family = self._families.get_family(case.family_id)
        current = decision.id == history[0].id
        follow_up = self._core.households.next_evaluation(case_id) if current else None
        version = sum(1 for d in history if d.id <= decision.id)
        return DecisionLetters(decision, family, case, follow_up, version, day,
                               self._core.consultant.details(),
                               provider_details(self._db, case_id, family))

    def record_letters(self, letters: DecisionLetters, files: list[Path]) -> None:
        """After every PDF was written (family letter first): one audit entry per letter,
        on the decision, in one operation. Never names or paths."""
        case = letters.case
        with self._core.operation("make_decision_letters", kinds=("documents",),
                                  family_id=case.family_id, case_id=case.id):
            self._core.documents.record(
                case.family_id, case.id, ["letter_family"] + ["letter_provider"] * (len(files) - 1),
                files, version=letters.version,
                recipients=["het gezin"] + [p.name for p in involved_providers(letters.decision)])
            for i, _file in enumerate(files):
                self._core.audit("export", "coordination_decisions", letters.decision.id,
                                 fields=["letter_family" if i == 0 else "letter_provider"],
                                 detail="pdf")

    def make_letters(self, case_id: int, out_dir: Path | str, decision_id: int | None = None,
                     day: date | None = None) -> list[Path]:
        """The family letter and one letter per involved provider, as one operation: every
        PDF is written first (temp file, then renamed), then each is recorded."""
        letters = self.letters(case_id, decision_id, day)
        with self._core.operation("make_decision_letters", kinds=("documents",),
                                  family_id=letters.case.family_id, case_id=case_id):
            files = letters.write(out_dir)
            self.record_letters(letters, files)
        return files
