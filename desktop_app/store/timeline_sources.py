"""Where a case's timeline comes from: one function per source, each
`(store, case_id) -> list[TimelineEntry]`, read from the tables and the audit trail.

SOURCES is the ordered tuple the case file merges (core.timeline.merged, newest first; a source lists
what happened within the same second newest first, as merged keeps source order on ties); a
feature adds its own source with one line there (appointments, attachments, documents
made). The texts are the app's own records as core messages (core/messages.py: Dutch
for str(), English in the English UI); the audit trail stores names of
changed columns, never values, so what it alone knows (a case closed and reopened, a consent
withdrawn, intake steps taken) is told without values."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from ..core import codelists
from ..core.costs import Volume, volume_message
from ..core.messages import msg
from ..core.timeline import TimelineEntry
from . import appointments, attachments, documents

_SNIPPET = 160


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _earliest(recorded: str | None, day: str | None) -> datetime | None:
    """When it happened: the day it took effect when that was before it was recorded (help
    entered afterwards), else the moment it was recorded."""
    at, on = _when(recorded), _when(day)
    if at is None or on is None:
        return at or on
    return min(at, on)


def _day(text: str | None) -> str:
    return date.fromisoformat(text).strftime("%d-%m-%Y") if text else "–"


def _short(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 1] + "…"


def _audit_updates(db, table: str, row_refs: list, column: str) -> list[tuple[str, str]]:
    """(at, row_ref) of every update of `table` rows that changed `column`, oldest first."""
    if not row_refs:
        return []
    marks = ",".join("?" * len(row_refs))
    return [(at, ref) for at, ref, fields in db.execute(
        f"SELECT at, row_ref, fields FROM audit_log WHERE action = 'update' AND tbl = ? "
        f"AND row_ref IN ({marks}) ORDER BY id", [table, *map(str, row_refs)])
        if column in (fields or "").split(",")]


def journal(store, case_id: int) -> list[TimelineEntry]:
    out = []
    for id_, kind, at, participants, notes, shareable in store.db.execute(
            "SELECT id, kind, happened_at, participants, notes, shareable FROM journal_entries "
            "WHERE case_id = ?", [case_id]):
        # The notes are the consultant's own words: plain text after the 'With:' line.
        detail = notes.strip()
        if participants:
            detail = msg("tl.with_notes", who=participants, notes=detail)
        out.append(TimelineEntry(_when(at), "contact", msg("tl.journal_kind", kind=kind), detail,
                                 bool(shareable),
                                 ("journal", id_)))
    return out


def case_events(store, case_id: int) -> list[TimelineEntry]:
    db = store.db
    row = db.execute("SELECT case_number, created_at, status, close_reason, start_date "
                     "FROM cases WHERE id = ?", [case_id]).fetchone()
    if row is None:
        return []
    number, created, status, reason, start = row
    out = [TimelineEntry(_earliest(created, start), "case", msg("tl.case_opened"), number,
                         source=("case", case_id))]
    # Closing sets close_reason, reopening clears it: the updates alternate.
    moves = _audit_updates(db, "cases", [case_id], "close_reason")
    for i, (at, _ref) in enumerate(moves):
        closing = i % 2 == 0
        last = i == len(moves) - 1
        detail = msg("tl.close_reason", reason=reason) \
            if closing and last and status == "afgesloten" and reason else ""
        out.append(TimelineEntry(_when(at), "case", msg("tl.case_closed") if closing
                                 else msg("tl.case_reopened"), detail, source=("case", case_id)))
    return out[::-1]  # newest first: moves within one second keep their order


def intake(store, case_id: int) -> list[TimelineEntry]:
    db = store.db
    out = []
    row = db.execute("SELECT created_at FROM intakes WHERE case_id = ?", [case_id]).fetchone()
    if row:
        out.append(TimelineEntry(_when(row[0]), "intake", msg("tl.intake_started"),
                                 source=("intake", case_id)))
        # Each move to a next step of the wizard; one line per day.
        per_day: dict[str, list[str]] = defaultdict(list)
        for at, _ref in _audit_updates(db, "intakes", [case_id], "step"):
            per_day[at[:10]].append(at)
        for _day_text, stamps in per_day.items():
            n = len(stamps)
            out.append(TimelineEntry(_when(stamps[-1]), "intake", msg("tl.intake_worked"),
                                     msg("tl.intake_steps", n=n),
                                     source=("intake", case_id)))
    consents = list(db.execute(
        "SELECT id, what, with_whom, given_on, created_at, withdrawn FROM consents "
        "WHERE case_id = ?", [case_id]))
    for id_, what, with_whom, given_on, created, _withdrawn in consents:
        when = _when(given_on) or _when(created)
        if given_on and created and created[:10] == given_on:
            when = _when(created)  # same day: the moment it was recorded
        detail = msg("tl.consent_detail", what=_short(what), whom=with_whom or "")
        out.append(TimelineEntry(when, "intake", msg("tl.consent_given"), detail,
                                 source=("consent", id_)))
    whats = {str(c[0]): c[1] for c in consents}
    seen: dict[str, int] = defaultdict(int)  # withdrawing and giving again alternate
    for at, ref in _audit_updates(db, "consents", list(whats), "withdrawn"):
        title = msg("tl.consent_withdrawn") if seen[ref] % 2 == 0 else msg("tl.consent_given_again")
        seen[ref] += 1
        out.append(TimelineEntry(_when(at), "intake", title, _short(whats.get(ref)),
                                 source=("consent", int(ref))))
    return out


def results(store, case_id: int) -> list[TimelineEntry]:
    db = store.db
    rows = list(db.execute("SELECT id, family_words, formulation, created_at FROM results "
                           "WHERE case_id = ?", [case_id]))
    out = [TimelineEntry(_when(created), "result", msg("tl.result_set"),
                         _short(words or formulation), source=("result", id_))
           for id_, words, formulation, created in rows]
    words = {str(r[0]): r[1] or r[2] for r in rows}
    made_on = {(str(r[0]), (r[3] or "")[:10]) for r in rows}
    changed: dict[tuple[str, str], str] = {}
    if rows:
        marks = ",".join("?" * len(rows))
        for at, ref in db.execute(
                "SELECT at, row_ref FROM audit_log WHERE action = 'update' AND tbl = 'results' "
                f"AND row_ref IN ({marks}) AND fields != 'position' AND fields != 'updated_at' "
                "ORDER BY id", [str(r[0]) for r in rows]):
            if (ref, at[:10]) not in made_on:  # the day it was set says enough
                changed[(ref, at[:10])] = at  # one line per result and day: the last change
    for (ref, _day_text), at in changed.items():
        out.append(TimelineEntry(_when(at), "result", msg("tl.result_changed"),
                                 _short(words.get(ref)), source=("result", int(ref))))
    return out


def deployments(store, case_id: int) -> list[TimelineEntry]:
    db = store.db
    out = []
    rows = list(db.execute(
        "SELECT d.id, coalesce(p.name, ''), coalesce(pr.name, ''), d.amount, d.unit, "
        "d.frequency, d.start_date, d.end_date, d.status, d.end_reason, d.created_at "
        "FROM deployments d LEFT JOIN providers p ON p.id = d.provider_id "
        "LEFT JOIN products pr ON pr.id = d.product_id WHERE d.case_id = ?", [case_id]))
    names = {}
    for (id_, provider, product, amount, unit, freq, start, end, status, reason,
         created) in rows:
        what = " – ".join(p for p in (provider, product) if p) or msg("tl.help")
        names[id_] = what
        detail = msg("tl.help_period", volume=volume_message(Volume(amount, unit, freq)),
                     start=_day(start), end=_day(end))
        out.append(TimelineEntry(_earliest(created, start), "deployment",
                                 msg("tl.help_started", what=what), detail,
                                 source=("deployment", id_)))
        if status == "beëindigd" and end:
            label = codelists.label("jz588", reason) if reason else ""
            out.append(TimelineEntry(_when(end), "deployment", msg("tl.help_ended", what=what),
                                     label, source=("deployment", id_)))
    if rows:
        marks = ",".join("?" * len(rows))
        for dep, from_date, oa, ou, of, na, nu, nf, why, at in db.execute(
                "SELECT deployment_id, from_date, old_amount, old_unit, old_frequency, "
                "new_amount, new_unit, new_frequency, reason, changed_at "
                f"FROM deployment_volume_changes WHERE deployment_id IN ({marks})",
                [r[0] for r in rows]):
            detail = msg("tl.volume_change", old=volume_message(Volume(oa, ou, of)),
                         new=volume_message(Volume(na, nu, nf)), day=_day(from_date),
                         why=_short(why))
            out.append(TimelineEntry(_when(at), "deployment",
                                     msg("tl.volume_changed", what=names[dep]), detail,
                                     source=("deployment", dep)))
    return out


def decisions(store, case_id: int) -> list[TimelineEntry]:
    out = []
    for id_, decided_on, recorded, label, coordination, months, consultant in store.db.execute(
            "SELECT id, decided_on, recorded_at, level_label, coordination, interval_months, "
            "consultant FROM coordination_decisions WHERE case_id = ?", [case_id]):
        when = _when(recorded) if recorded and recorded[:10] == decided_on else _when(decided_on)
        detail = msg("tl.decision_detail", level=label or "", coordination=bool(coordination),
                     months=months, consultant=consultant or "")
        out.append(TimelineEntry(when, "decision", msg("tl.decision"), detail,
                                 source=("decision", id_)))
    return out


def evaluations(store, case_id: int) -> list[TimelineEntry]:
    out = []
    for id_, held_on, status, created, finalized, next_date in store.db.execute(
            "SELECT id, held_on, status, created_at, finalized_at, next_date FROM evaluations "
            "WHERE case_id = ?", [case_id]):
        if status == "definitief":
            when = _when(finalized) if finalized and finalized[:10] == held_on \
                else _when(held_on)
            detail = msg("tl.talk_on", day=_day(held_on), next_day=_day(next_date) if next_date else "")
            out.append(TimelineEntry(when, "evaluation", msg("tl.evaluation_done"), detail,
                                     source=("evaluation", id_)))
        else:
            out.append(TimelineEntry(_when(created), "evaluation", msg("tl.evaluation_started"),
                                     msg("tl.talk_on", day=_day(held_on)),
                                     source=("evaluation", id_)))
    return out


# The case file merges these, in this order (equal times keep it). Add a source here.
SOURCES = (
    journal,
    case_events,
    intake,
    results,
    deployments,
    decisions,
    evaluations,
    appointments.timeline_entries,
    attachments.timeline_entries,
    documents.timeline_entries,
)


def timeline_entries(store, case_id: int, sources=SOURCES) -> list[list[TimelineEntry]]:
    """Every source's entries (entries without a known time are left out)."""
    return [[e for e in source(store, case_id) if e.when is not None] for source in sources]
