"""Attachments on a case (tables `attachments` + `attachment_content`, migration m1006):
the file's bytes inside the encrypted database, the list's metadata beside them. The
size limit is checked by the session before anything is written."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from ..core.timeline import TimelineEntry
from .families import now

TABLE, CONTENT = "attachments", "attachment_content"
# What a consultant attaches (kind -> Dutch label for the list and the timeline).
KINDS = {
    "plan_getekend": "Ondertekend plan",
    "beschikking": "Beschikking",
    "toestemming": "Toestemming (scan)",
    "verslag": "Verslag van een aanbieder",
    "anders": "Anders",
}


@dataclass(frozen=True)
class Attachment:
    id: int
    case_id: int
    kind: str
    title: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: str

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, self.kind)


def _row(r) -> Attachment:
    return Attachment(r["id"], r["case_id"], r["kind"], r["title"], r["file_name"],
                      r["media_type"], r["size"], r["sha256"], r["added_at"])


class Attachments:
    def __init__(self, db: Database):
        self.db = db

    def of_case(self, case_id: int) -> list[Attachment]:
        """Newest first; never reads the content."""
        return [_row(r) for r in self.db.query(
            f"SELECT * FROM {TABLE} WHERE case_id = ? ORDER BY added_at DESC, id DESC",
            [case_id])]

    def get(self, attachment_id: int) -> Attachment:
        rows = list(self.db.query(f"SELECT * FROM {TABLE} WHERE id = ?", [attachment_id]))
        if not rows:
            raise KeyError(attachment_id)
        return _row(rows[0])

    def content(self, attachment_id: int) -> bytes:
        row = self.db.execute(f"SELECT content FROM {CONTENT} WHERE attachment_id = ?",
                              [attachment_id]).fetchone()
        if row is None:
            raise KeyError(attachment_id)
        return bytes(row[0])

    def add(self, case_id: int, kind: str, title: str, file_name: str, media_type: str,
            content: bytes) -> int:
        cur = self.db.execute(
            f"INSERT INTO {TABLE} (case_id, kind, title, file_name, media_type, size, sha256, "
            "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [case_id, kind, title, file_name, media_type, len(content),
             hashlib.sha256(content).hexdigest(), now()])
        self.db.execute(f"INSERT INTO {CONTENT} (attachment_id, content) VALUES (?, ?)",
                        [cur.lastrowid, content])
        return cur.lastrowid

    def set_field(self, attachment_id: int, field: str, value: str) -> None:
        if field not in ("kind", "title"):
            raise ValueError(field)
        self.db.execute(f"UPDATE {TABLE} SET {field} = ? WHERE id = ?", [value, attachment_id])

    def remove(self, attachment_id: int) -> None:
        """The content first (its key points at the row), with secure_delete so the
        freed pages are overwritten."""
        self.db.execute("PRAGMA secure_delete = ON")
        try:
            self.db.execute(f"DELETE FROM {CONTENT} WHERE attachment_id = ?", [attachment_id])
            self.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [attachment_id])
        finally:
            self.db.execute("PRAGMA secure_delete = OFF")


def timeline_entries(store, case_id: int) -> list[TimelineEntry]:
    """One entry per attachment, when it was added. Shareable: the family gave or signed
    these papers (the title is the consultant's own)."""
    out = []
    for a in Attachments(store.db).of_case(case_id):
        detail = " · ".join(p for p in (a.title, a.file_name) if p)
        out.append(TimelineEntry(datetime.fromisoformat(a.added_at), "attachment",
                                 f"Bijlage: {a.label}", detail, shareable=True,
                                 source=("attachment", a.id)))
    return out
