"""The documents the app made (tables `documents` + `document_content`, migration
m1007): recorded by the session operation that wrote the PDF, listed on the case and on
its timeline, and kept as written so they can be opened and printed again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from ..core.timeline import TimelineEntry
from .families import now

TABLE, CONTENT = "documents", "document_content"
KINDS = {
    "plan": "Gezinsplan",
    "letter_family": "Besluitbrief aan het gezin",
    "letter_provider": "Besluitbrief aan aanbieder",
    "evaluation": "Evaluatieverslag",
    "evaluation_professional": "Evaluatieverslag met bijlage voor professionals",
    "access_request": "Inzage-export",
}


@dataclass(frozen=True)
class Document:
    id: int
    family_id: int
    case_id: int | None
    kind: str
    version: int | None
    recipient: str
    made_at: str
    protected: bool
    file_name: str
    size: int | None
    has_copy: bool = False

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, self.kind)


_SELECT = (f"SELECT d.*, (SELECT 1 FROM {CONTENT} c WHERE c.document_id = d.id) AS has_copy "
           f"FROM {TABLE} d")


def _row(r) -> Document:
    return Document(r["id"], r["family_id"], r["case_id"], r["kind"], r["version"],
                    r["recipient"], r["made_at"], bool(r["protected"]), r["file_name"],
                    r["size"], bool(r["has_copy"]))


class Documents:
    def __init__(self, db: Database):
        self.db = db

    def of_case(self, case_id: int) -> list[Document]:
        """Newest first."""
        return [_row(r) for r in self.db.query(
            f"{_SELECT} WHERE d.case_id = ? ORDER BY d.made_at DESC, d.id DESC", [case_id])]

    def get(self, document_id: int) -> Document:
        rows = list(self.db.query(f"{_SELECT} WHERE d.id = ?", [document_id]))
        if not rows:
            raise KeyError(document_id)
        return _row(rows[0])

    def newest_named(self, family_id: int, file_name: str) -> Document | None:
        rows = list(self.db.query(f"{_SELECT} WHERE d.family_id = ? AND d.file_name = ? "
                                  "ORDER BY d.id DESC LIMIT 1", [family_id, file_name]))
        return _row(rows[0]) if rows else None

    def content(self, document_id: int) -> bytes | None:
        row = self.db.execute(f"SELECT content FROM {CONTENT} WHERE document_id = ?",
                              [document_id]).fetchone()
        return bytes(row[0]) if row else None

    def add(self, family_id: int, case_id: int | None, kind: str, version: int | None,
            recipient: str, protected: bool, file_name: str, content: bytes | None,
            size: int | None) -> int:
        cur = self.db.execute(
            f"INSERT INTO {TABLE} (family_id, case_id, kind, version, recipient, made_at, "
            "protected, file_name, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [family_id, case_id, kind, version, recipient, now(), int(protected), file_name,
             size])
        if content is not None:
            self.db.execute(f"INSERT INTO {CONTENT} (document_id, content) VALUES (?, ?)",
                            [cur.lastrowid, content])
        return cur.lastrowid


def timeline_entries(store, case_id: int) -> list[TimelineEntry]:
    """'Gezinsplan versie 2 · aan het gezin'. Shareable: the family received it (a letter
    to a provider is about the family too, and the family may ask for it)."""
    out = []
    for d in Documents(store.db).of_case(case_id):
        parts = []
        if d.version:
            parts.append(f"versie {d.version}")
        if d.recipient:
            parts.append(f"aan {d.recipient}")
        if d.protected:
            parts.append("met wachtwoord")
        out.append(TimelineEntry(datetime.fromisoformat(d.made_at), "document", d.label,
                                 " · ".join(parts), shareable=True, source=("document", d.id)))
    return out
