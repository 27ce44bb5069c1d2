"""The journal of a case: contact moments in the consultant's own words (migration m1000).

Each field is written on its own (the journal form autosaves field by field) and validated
here: the kind from core.journal's list, the date and time, the texts' length, the
'mag met het gezin gedeeld worden' mark."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ..core.journal import JournalEntry, clean_field, with_date, with_time
from .families import now

TABLE = "journal_entries"
_COLUMNS = ("id", "case_id", "kind", "happened_at", "participants", "notes", "shareable",
            "created_at", "updated_at")


def _entry(row) -> JournalEntry:
    r = dict(zip(_COLUMNS, row, strict=True))
    return JournalEntry(case_id=r["case_id"], kind=r["kind"],
                        happened_at=datetime.fromisoformat(r["happened_at"]),
                        participants=r["participants"], notes=r["notes"],
                        shareable=bool(r["shareable"]), id=r["id"],
                        updated_at=r["updated_at"])


class Journal:
    def __init__(self, db: Database):
        self.db = db

    def add(self, entry: JournalEntry) -> int:
        stamp = now()
        row = {"case_id": entry.case_id, "kind": clean_field("kind", entry.kind),
               "happened_at": clean_field("happened_at", entry.happened_at).isoformat(
                   timespec="minutes"),
               "participants": clean_field("participants", entry.participants),
               "notes": clean_field("notes", entry.notes),
               "shareable": int(clean_field("shareable", entry.shareable)),
               "created_at": stamp, "updated_at": stamp}
        with self.db.atomic():
            return self.db[TABLE].insert(row).last_pk

    def get(self, entry_id: int) -> JournalEntry:
        row = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM {TABLE} WHERE id = ?",
                              [entry_id]).fetchone()
        if row is None:
            raise KeyError(entry_id)
        return _entry(row)

    def for_case(self, case_id: int) -> list[JournalEntry]:
        """Newest first."""
        return [_entry(r) for r in self.db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM {TABLE} WHERE case_id = ? "
            "ORDER BY happened_at DESC, id DESC", [case_id])]

    def update(self, entry_id: int, field: str, value: Any) -> Any:
        """One field; returns the cleaned value (what the form shows again). 'date' and
        'time' change one half of `happened_at` (the form has a field for each)."""
        if field in ("date", "time"):
            current = self.get(entry_id).happened_at
            moved = (with_date if field == "date" else with_time)(current, value)
            self.update(entry_id, "happened_at", moved)
            return moved.date() if field == "date" else moved.time()
        cleaned = clean_field(field, value)
        stored = cleaned
        if field == "happened_at":
            stored = cleaned.isoformat(timespec="minutes")
        elif field == "shareable":
            stored = int(cleaned)
        with self.db.atomic():
            self.db.execute(f"UPDATE {TABLE} SET {field} = ?, updated_at = ? WHERE id = ?",
                            [stored, now(), entry_id])
        return cleaned

    def delete(self, entry_id: int) -> None:
        with self.db.atomic():
            self.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [entry_id])
