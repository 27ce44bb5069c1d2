"""The consultant's own details (one row, table consultant_details, migration m1010)."""

from __future__ import annotations

from sqlite_utils import Database

from ..core.contact import ConsultantDetails, clean_consultant_field
from .families import now


class ConsultantStore:
    def __init__(self, db: Database):
        self.db = db

    def get(self) -> ConsultantDetails:
        row = self.db.execute(
            "SELECT name, phone, email, team, address FROM consultant_details WHERE id = 1"
        ).fetchone()
        return ConsultantDetails(*row) if row else ConsultantDetails()

    def set_field(self, field: str, value: str | None) -> str:
        """Store one cleaned field; ValidationError (nothing stored) when it is not valid."""
        cleaned = clean_consultant_field(field, value)
        self.db.execute("INSERT OR IGNORE INTO consultant_details (id) VALUES (1)")
        # `field` is one of ConsultantDetails.FIELDS (clean_consultant_field refuses others).
        self.db.execute(f"UPDATE consultant_details SET [{field}] = ?, updated_at = ? "
                        "WHERE id = 1", [cleaned, now()])
        return cleaned
