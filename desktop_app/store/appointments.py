"""Appointments on a case (table `appointments`, migration m1005): the rows as
core.appointments.Appointment, the Opvolging agenda (a range scan on the start) and the
case timeline's entries. Writes run inside a session operation (session.casextras)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from ..core.appointments import KIND_LABELS, Appointment, summary
from ..core.timeline import TimelineEntry
from .families import now

TABLE = "appointments"
_COLUMNS = ("a.id, a.case_id, a.uid, a.kind, a.starts_at, a.ends_at, a.place, a.with_whom, "
            "a.what, a.cancelled_at, a.sequence, c.case_number, c.family_id, f.family_name")
_FROM = (f"FROM {TABLE} a JOIN cases c ON c.id = a.case_id "
         "JOIN families f ON f.id = c.family_id")


def _minute(moment: datetime) -> str:
    return moment.replace(second=0, microsecond=0).isoformat(timespec="minutes")


def _row(r) -> Appointment:
    return Appointment(
        id=r["id"], case_id=r["case_id"], uid=r["uid"], kind=r["kind"],
        starts_at=datetime.fromisoformat(r["starts_at"]),
        ends_at=datetime.fromisoformat(r["ends_at"]), place=r["place"],
        with_whom=r["with_whom"], what=r["what"], cancelled=r["cancelled_at"] is not None,
        sequence=r["sequence"],
        case_number=r["case_number"], family_id=r["family_id"], family_name=r["family_name"])


class Appointments:
    def __init__(self, db: Database):
        self.db = db

    def get(self, appointment_id: int) -> Appointment:
        rows = list(self.db.query(f"SELECT {_COLUMNS} {_FROM} WHERE a.id = ?", [appointment_id]))
        if not rows:
            raise KeyError(appointment_id)
        return _row(rows[0])

    def of_case(self, case_id: int, cancelled: bool = True) -> list[Appointment]:
        """Soonest first; cancelled ones last of their day (kept for the timeline)."""
        where = "" if cancelled else " AND a.cancelled_at IS NULL"
        return [_row(r) for r in self.db.query(
            f"SELECT {_COLUMNS} {_FROM} WHERE a.case_id = ?{where} "
            "ORDER BY a.starts_at, a.cancelled_at IS NOT NULL, a.id", [case_id])]

    def between(self, first: date, last: date) -> list[Appointment]:
        """Not cancelled, starting on a day first..last (both included), of open cases."""
        lo = datetime.combine(first, datetime.min.time())
        hi = datetime.combine(last + timedelta(days=1), datetime.min.time())
        return [_row(r) for r in self.db.query(
            f"SELECT {_COLUMNS} {_FROM} WHERE a.cancelled_at IS NULL AND a.starts_at >= ? "
            "AND a.starts_at < ? AND c.status != 'afgesloten' ORDER BY a.starts_at, a.id",
            [_minute(lo), _minute(hi)])]

    def add(self, a: Appointment) -> int:
        cur = self.db.execute(
            f"INSERT INTO {TABLE} (case_id, uid, kind, starts_at, ends_at, place, with_whom, "
            "what, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.case_id, a.uid or str(uuid.uuid4()), a.kind, _minute(a.starts_at),
             _minute(a.ends_at), a.place, a.with_whom, a.what, now()])
        return cur.lastrowid

    def save(self, a: Appointment) -> None:
        self.db.execute(
            f"UPDATE {TABLE} SET kind = ?, starts_at = ?, ends_at = ?, place = ?, "
            "with_whom = ?, what = ?, sequence = sequence + 1 WHERE id = ?",
            [a.kind, _minute(a.starts_at), _minute(a.ends_at), a.place, a.with_whom, a.what,
             a.id])

    def set_cancelled(self, appointment_id: int, cancelled: bool) -> None:
        self.db.execute(f"UPDATE {TABLE} SET cancelled_at = ?, sequence = sequence + 1 "
                        "WHERE id = ?",
                        [now() if cancelled else None, appointment_id])

    def case_of(self, appointment_id: int) -> int:
        row = self.db.execute(f"SELECT case_id FROM {TABLE} WHERE id = ?",
                              [appointment_id]).fetchone()
        if row is None:
            raise KeyError(appointment_id)
        return row[0]


def timeline_entries(store, case_id: int) -> list[TimelineEntry]:
    """The case's appointments for the timeline (casefile's source function): at their
    start; a cancelled one says so. Shareable: the family knows when the consultant comes."""
    out = []
    for a in Appointments(store.db).of_case(case_id):
        title = KIND_LABELS.get(a.kind, a.kind)
        if a.cancelled:
            title += " (afgezegd)"
        out.append(TimelineEntry(a.starts_at, "appointment", title, summary(a),
                                 shareable=True, source=("appointment", a.id)))
    return out
