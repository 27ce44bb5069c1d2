"""Evaluations of a case: the wizard's draft (every field autosaved, the step
stored), closing it (conclusions applied to the deployed help with their history,
outcome figures), and what the progress charts and the report read.

The case's next evaluation is not written here: the evaluation keeps the date the
consultant chose (an input of core.lifecycle), and store.case_state computes and stores
the case's date in the session operation that finalises the evaluation."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from ..core import codelists
from ..core import evaluation as ev
from ..core import validation as v
from ..core.costs import Volume
from ..core.evaluation import Conclusion, Evaluation, EvaluationPoint, ResultLevel
from ..core.outcomes import case_uitval
from .families import now
from .outcome_facts import case_endings, clean_usefulness, outcome_rules
from .results import MAX_TEXT, Results, clean_amount, clean_level

TEXT_FIELDS = ("satisfaction_words", "goes_well", "next_steps", "professional_notes")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _text(value: Any, field: str) -> str:
    text = str(value or "").strip()
    if len(text) > MAX_TEXT:
        raise v.ValidationError("text_length", field)
    return text


def _evaluation(r: dict) -> Evaluation:
    return Evaluation(
        id=r["id"], case_id=r["case_id"], held_on=_day(r["held_on"]), status=r["status"],
        step=r["step"] or "", satisfaction=r["satisfaction"],
        satisfaction_words=r["satisfaction_words"] or "", goes_well=r["goes_well"] or "",
        next_steps=r["next_steps"] or "", next_date=_day(r["next_date"]),
        professional_notes=r["professional_notes"] or "", consultant=r["consultant"] or "",
        usefulness=r.get("usefulness"))


def _jz588_of(change_reason: str) -> str:
    return codelists.jz002_jz588().get(change_reason, "") if change_reason else ""


class Evaluations:
    def __init__(self, db: Database):
        self.db = db
        self.results = Results(db)

    # -- reading --------------------------------------------------------------------
    def get(self, evaluation_id: int) -> Evaluation:
        e = _evaluation(self.db["evaluations"].get(evaluation_id))
        for r in self.db.query("SELECT * FROM evaluation_results WHERE evaluation_id = ?", [e.id]):
            e.results[r["result_id"]] = ResultLevel(r["result_id"], r["level"], r["reached"] or "",
                                                    r["words"] or "")
        for r in self.db.query("SELECT * FROM evaluation_conclusions WHERE evaluation_id = ?",
                               [e.id]):
            e.conclusions[r["deployment_id"]] = Conclusion(
                r["deployment_id"], r["conclusion"], r["new_amount"], _day(r["from_date"]),
                r["service"] or "", r["end_reason"] or "", r["why"] or "",
                r["change_reason"] or "")
        return e

    def for_case(self, case_id: int, final_only: bool = False) -> list[Evaluation]:
        """Oldest first."""
        sql = "SELECT id FROM evaluations WHERE case_id = ?"
        if final_only:
            sql += " AND status = 'definitief'"
        return [self.get(r[0]) for r in self.db.execute(sql + " ORDER BY held_on, id", [case_id])]

    def draft_id(self, case_id: int) -> int | None:
        row = self.db.execute("SELECT id FROM evaluations WHERE case_id = ? AND status = 'concept'",
                              [case_id]).fetchone()
        return row[0] if row else None

    def latest_final_id(self, case_id: int) -> int | None:
        row = self.db.execute(
            "SELECT id FROM evaluations WHERE case_id = ? AND status = 'definitief' "
            "ORDER BY held_on DESC, id DESC LIMIT 1", [case_id]).fetchone()
        return row[0] if row else None

    def running_deployments(self, case_id: int, day: date | None = None):
        """Help in force on `day`: not ended, and its beschikking not yet over."""
        day = day or date.today()
        return [d for d in self.results.deployments_for_case(case_id)
                if d.status != "beëindigd" and (d.end is None or d.end >= day)]

    def beschikkingen(self, case_id: int, leaving: set[int] | frozenset[int] = frozenset()
                      ) -> list[tuple[int, str, date | None, date | None]]:
        """(deployment id, provider, start, end) of the help that has not ended (as
        store.case_state counts it), without the deployments in `leaving`."""
        rows = self.db.execute(
            "SELECT d.id, coalesce(p.name, ''), d.start_date, d.end_date FROM deployments d "
            "LEFT JOIN providers p ON p.id = d.provider_id "
            "WHERE d.case_id = ? AND d.status <> 'beëindigd' ORDER BY d.id", [case_id])
        return [(i, name, _day(start), _day(end)) for i, name, start, end in rows
                if i not in leaving]

    def leaving(self, evaluation_id: int) -> set[int]:
        """The deployments this evaluation ends (or moves to the voorliggend veld)."""
        return {r[0] for r in self.db.execute(
            "SELECT deployment_id FROM evaluation_conclusions WHERE evaluation_id = ? "
            "AND conclusion IN (?, ?)", [evaluation_id, ev.END, ev.TO_VOORLIGGEND])}

    def beschikking_end(self, evaluation_id: int) -> date | None:
        """The end of the beschikking for the next date: the latest end of the help that
        goes on after this evaluation (ended or moved help does not count)."""
        e = self.get(evaluation_id)
        ends = [d.end for d in self.running_deployments(e.case_id, e.held_on)
                if d.end and e.conclusions.get(d.id, Conclusion(d.id)).conclusion
                not in (ev.END, ev.TO_VOORLIGGEND)]
        return max(ends) if ends else None

    # -- the draft --------------------------------------------------------------------
    def start(self, case_id: int, today: date | None = None, consultant: str = "") -> int:
        """Resume the case's draft, or start one with a row per result (the last level
        known filled in) and per running deployment ('voortzetten'). The next date is
        left empty: the session proposes the rule's date."""
        existing = self.draft_id(case_id)
        if existing is not None:
            return existing
        today = today or date.today()
        previous = self.latest_final_id(case_id)
        last = self.get(previous).results if previous else {}
        stamp = now()
        with self.db.atomic():
            eid = self.db["evaluations"].insert({
                "case_id": case_id, "held_on": today.isoformat(), "status": "concept",
                "step": ev.STEPS[0], "consultant": consultant, "created_at": stamp,
                "updated_at": stamp}).last_pk
            for r in self.results.results_for_case(case_id):
                known = last.get(r.id)
                level = known.level if known and known.level is not None else r.start_level
                self.db["evaluation_results"].insert(
                    {"evaluation_id": eid, "result_id": r.id, "level": level})
            for d in self.running_deployments(case_id, today):
                self.db["evaluation_conclusions"].insert(
                    {"evaluation_id": eid, "deployment_id": d.id, "conclusion": ev.CONTINUE})
        return eid

    def _editable(self, evaluation_id: int) -> dict:
        row = self.db["evaluations"].get(evaluation_id)
        if row["status"] != "concept":
            raise v.ValidationError("final", "status")
        return row

    def clean_field(self, evaluation_id: int, field: str, value: Any) -> Any:
        self._editable(evaluation_id)
        if field in TEXT_FIELDS:
            return _text(value, field)
        if field == "step":
            return str(value) if value in ev.STEPS else ev.STEPS[0]
        if field == "satisfaction":
            if value in (None, ""):
                return None
            try:
                mark = int(str(value).strip())
            except ValueError:
                raise v.ValidationError("satisfaction", field) from None
            if not 1 <= mark <= 10:
                raise v.ValidationError("satisfaction", field)
            return mark
        if field == "usefulness":
            return clean_usefulness(value)
        if field == "held_on":
            day = v.parse_date(value, field)
            if day is None or day > date.today():
                raise v.ValidationError("held_on", field)
            return day.isoformat()
        if field == "next_date":  # checked against the rule by the session
            return _iso(v.parse_date(value, field))
        raise KeyError(field)

    def set_field(self, evaluation_id: int, field: str, value: Any) -> Any:
        with self.db.atomic():
            cleaned = self.clean_field(evaluation_id, field, value)
            self.db["evaluations"].update(evaluation_id, {field: cleaned, "updated_at": now()})
        return cleaned

    def set_result(self, evaluation_id: int, result_id: int, field: str, value: Any) -> Any:
        self._editable(evaluation_id)
        if field == "level":
            cleaned = clean_level(value, "level")
        elif field == "reached":
            cleaned = str(value or "")
            if cleaned and cleaned not in ev.REACHED:
                raise v.ValidationError("code", field)
        elif field == "words":
            cleaned = _text(value, field)
        else:
            raise KeyError(field)
        with self.db.atomic():
            self.db["evaluation_results"].upsert(
                {"evaluation_id": evaluation_id, "result_id": result_id, field: cleaned},
                pk=("evaluation_id", "result_id"))
            self.db["evaluations"].update(evaluation_id, {"updated_at": now()})
        return cleaned

    def set_conclusion(self, evaluation_id: int, deployment_id: int, field: str,
                       value: Any) -> Any:
        self._editable(evaluation_id)
        if field == "conclusion":
            cleaned = str(value or ev.CONTINUE)
            if cleaned not in ev.CONCLUSIONS:
                raise v.ValidationError("code", field)
        elif field == "new_amount":
            try:
                cleaned = clean_amount(value)
            except v.ValidationError:
                raise v.ValidationError("new_amount", field) from None
        elif field == "from_date":
            cleaned = _iso(v.parse_date(value, field))
        elif field == "end_reason":
            cleaned = str(value or "")
            if cleaned and cleaned not in codelists.jz588():
                raise v.ValidationError("end_reason", field)
        elif field == "change_reason":
            cleaned = str(value or "")
            if cleaned and cleaned not in codelists.jz002():
                raise v.ValidationError("change_reason", field)
        elif field in ("service", "why"):
            cleaned = _text(value, field)
        else:
            raise KeyError(field)
        with self.db.atomic():
            self.db["evaluation_conclusions"].upsert(
                {"evaluation_id": evaluation_id, "deployment_id": deployment_id, field: cleaned},
                pk=("evaluation_id", "deployment_id"))
            self.db["evaluations"].update(evaluation_id, {"updated_at": now()})
        return cleaned

    def discard(self, evaluation_id: int) -> None:
        with self.db.atomic():
            self._editable(evaluation_id)
            for table in ("evaluation_results", "evaluation_conclusions"):
                self.db.execute(f"DELETE FROM {table} WHERE evaluation_id = ?", [evaluation_id])
            self.db["evaluations"].delete(evaluation_id)

    # -- closing ------------------------------------------------------------------------
    def problems(self, evaluation_id: int) -> list[tuple[int | None, str]]:
        """What still blocks closing: (deployment id or None, validation code)."""
        e = self.get(evaluation_id)
        deps = {d.id: d for d in self.running_deployments(e.case_id, e.held_on)}
        out: list[tuple[int | None, str]] = []
        for dep_id, c in e.conclusions.items():
            d = deps.get(dep_id)
            if d is None:
                continue
            if c.conclusion in (ev.SCALE_DOWN, ev.SCALE_UP):
                if c.new_amount is None:
                    out.append((dep_id, "new_amount"))
                elif d.volume.amount is not None and c.conclusion == ev.SCALE_DOWN \
                        and c.new_amount >= d.volume.amount:
                    out.append((dep_id, "scale_down_more"))
                elif d.volume.amount is not None and c.conclusion == ev.SCALE_UP \
                        and c.new_amount <= d.volume.amount:
                    out.append((dep_id, "scale_up_less"))
                elif self._from_date(e, d, c) is None:
                    out.append((dep_id, "from_date"))
            if c.conclusion == ev.END and not (c.end_reason or _jz588_of(c.change_reason)):
                out.append((dep_id, "end_reason"))
            if c.conclusion == ev.TO_VOORLIGGEND and not c.service:
                out.append((dep_id, "service"))
        return out

    @staticmethod
    def _from_date(e: Evaluation, d, c: Conclusion) -> date | None:
        """A change of volume takes effect from the chosen date, else the day after the
        evaluation; it must fall inside the deployment's period."""
        day = c.from_date or e.held_on + timedelta(days=1)
        if d.start and day <= d.start:
            day = d.start + timedelta(days=1)
        if d.end and day > d.end:
            return None
        return day

    def finalize(self, evaluation_id: int) -> Evaluation:
        """Close the evaluation: apply every conclusion (kept as history on the
        deployment; a new volume through Results.change_volume, as the results area does)
        and the outcome figures when help ended with a reason code. One transaction; the
        caller (the session operation) recomputes the case's state in it."""
        problems = self.problems(evaluation_id)
        if problems:
            raise v.ValidationError(problems[0][1], str(problems[0][0] or "next_date"))
        e = self.get(evaluation_id)
        deps = {d.id: d for d in self.running_deployments(e.case_id, e.held_on)}
        stamp = now()
        with self.db.atomic():
            ended = False
            for dep_id, c in e.conclusions.items():
                d = deps.get(dep_id)
                if d is None or c.conclusion == ev.CONTINUE:
                    continue
                event = {"deployment_id": dep_id, "evaluation_id": e.id, "kind": c.conclusion,
                         "old_amount": d.volume.amount, "why": c.why, "recorded_at": stamp,
                         "change_reason": c.change_reason}
                if c.conclusion in (ev.SCALE_DOWN, ev.SCALE_UP):
                    day = self._from_date(e, d, c)
                    reason = c.why or ev.CONCLUSION_LABELS[c.conclusion]
                    self.results.change_volume(
                        dep_id, day, Volume(c.new_amount, d.volume.unit, d.volume.frequency),
                        f"Evaluatie {e.held_on.isoformat()}: {reason}")
                    event.update(on_date=day.isoformat(), new_amount=c.new_amount)
                else:
                    # The JZ588 code chosen, else the one the JZ002 table pairs with it.
                    reason = c.end_reason or _jz588_of(c.change_reason) or ev.PLANNED_END
                    last_day = max(e.held_on, d.start) if d.start else e.held_on
                    if d.end and last_day > d.end:
                        last_day = d.end
                    granted = d.granted_end or d.end  # kept: the report shows it
                    self.db["deployments"].update(dep_id, {
                        "status": "beëindigd", "end_reason": reason,
                        "granted_end": granted.isoformat() if granted else None,
                        "end_date": last_day.isoformat(), "updated_at": stamp})
                    event.update(on_date=last_day.isoformat(), end_reason=reason,
                                 service=c.service)
                    ended = True
                self.db["deployment_events"].insert(event)
            self.db["evaluations"].update(e.id, {"status": "definitief", "finalized_at": stamp,
                                                 "step": "done", "updated_at": stamp})
            if ended:
                self.results._recompute_case(e.case_id)
                self.refresh_outcome(e.case_id)
        return self.get(e.id)

    def refresh_outcome(self, case_id: int) -> ev.Outcome:
        """Outcome figures of the case from the reasons its help ended with, the latest
        satisfaction mark and the results reached at the latest evaluation."""
        endings = case_endings(self.db, case_id)
        latest = self.latest_final_id(case_id)
        e = self.get(latest) if latest else None
        out = ev.outcome([reason for reason, _ in endings], e.satisfaction if e else None,
                         [r.reached for r in e.results.values()] if e else [],
                         uitval=case_uitval(endings, outcome_rules()))
        self.db["cases"].update(case_id, {
            "outcome_uitval": None if out.uitval is None else int(out.uitval),
            "outcome_end_reasons": ",".join(out.end_reasons),
            "outcome_satisfaction": out.satisfaction,
            "outcome_goals_reached": out.goals_reached, "outcome_goals_total": out.goals_total,
            "outcome_set_on": date.today().isoformat()})
        return out

    def deployment_events(self, deployment_id: int) -> list[dict]:
        return list(self.db.query("SELECT * FROM deployment_events WHERE deployment_id = ? "
                                  "ORDER BY on_date, id", [deployment_id]))

    # -- progress ------------------------------------------------------------------------
    def points(self, case_id: int, upto: int | None = None) -> list[EvaluationPoint]:
        """Final evaluations oldest first (and `upto`, a draft, as the last point)."""
        out = []
        for e in self.for_case(case_id):
            if e.final or e.id == upto:
                out.append(EvaluationPoint(
                    e.id, e.held_on, {rid: r.level for rid, r in e.results.items()},
                    {rid: r.reached for rid, r in e.results.items()}, e.satisfaction))
            if e.id == upto:
                break
        return out


def showcase_case(db: Database) -> int | None:
    """For the screenshots: an active case with help still running a month from now, the
    most final evaluations, then the most results."""
    row = db.execute(
        "SELECT c.id FROM cases c WHERE c.status = 'actief' AND EXISTS (SELECT 1 FROM "
        "deployments d WHERE d.case_id = c.id AND d.status <> 'beëindigd' "
        "AND d.end_date >= date('now', '+1 month')) ORDER BY "
        "(SELECT count(*) FROM evaluations e WHERE e.case_id = c.id AND e.status = 'definitief') "
        "DESC, (SELECT count(*) FROM results r WHERE r.case_id = c.id) DESC, c.id LIMIT 1"
    ).fetchone()
    return row[0] if row else None
