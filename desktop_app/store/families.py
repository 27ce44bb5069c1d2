"""Families, their members and cases; the caseload listing and search."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from ..core import validation as v
from ..core.household import (  # noqa: E402 - the cleaning rules are core's
    FAMILY_FIELDS,
    PERSON_FIELDS,
    clean_family_field,
    clean_person_field,
)
from ..core.models import Case, Family, Person
from ..core.names import sort_key
from ..core.regions import region_of
from ..core.search import fts_query
from . import caseload_search

# Leaf pages per idle merge step of the search index (FTS5 merges in 64-page units; ~1-2 ms).
SEARCH_MERGE_PAGES = 64

# A family's cases open first, newest first: as its summary and its search row read them.
_CASE_ORDER = "ORDER BY status = 'afgesloten', start_date DESC, id DESC"

CASE_FIELDS = ("status", "consultant", "start_date", "end_date", "municipality")


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class Families:
    def __init__(self, db: Database):
        self.db = db
        self._walk_cache = caseload_search.WalkCache()  # broad searches (issue 17)

    # -- families ------------------------------------------------------------
    def add_family(self, family: Family) -> int:
        row = {f: clean_family_field(f, getattr(family, f)) for f in FAMILY_FIELDS}
        row.update(sort_name=sort_key(row["family_name"]), created_at=now(), updated_at=now())
        with self.db.atomic():
            family_id = self.db["families"].insert(row).last_pk
            for person in family.members:
                person.family_id = family_id
                self._insert_person(person)
            self.refresh_summary(family_id)
        family.id = family_id
        return family_id

    def update_family(self, family_id: int, field: str, value: Any) -> Any:
        cleaned = clean_family_field(field, value)
        changes = {field: cleaned, "updated_at": now()}
        if field == "family_name":
            changes["sort_name"] = sort_key(cleaned)
        with self.db.atomic():
            self._set("families", family_id, changes)
            if field in _SEARCH_FAMILY_FIELDS:  # autosave: skip work that changes nothing
                self.refresh_search(family_id)
        return cleaned

    def get_family(self, family_id: int) -> Family:
        row = self.db["families"].get(family_id)
        family = Family(id=row["id"], **{f: row[f] or "" for f in FAMILY_FIELDS})
        family.members = self.members(family_id)
        return family

    # -- persons -------------------------------------------------------------
    def _insert_person(self, person: Person) -> int:
        row = {f: clean_person_field(f, getattr(person, f)) for f in PERSON_FIELDS}
        row.update(family_id=person.family_id, created_at=now(), updated_at=now())
        person.id = self.db["persons"].insert(row).last_pk
        return person.id

    def add_person(self, person: Person) -> int:
        with self.db.atomic():
            person_id = self._insert_person(person)
            self.refresh_summary(person.family_id)
        return person_id

    def update_person(self, person_id: int, field: str, value: Any) -> Any:
        cleaned = clean_person_field(field, value)
        with self.db.atomic():
            self._set("persons", person_id, {field: cleaned, "updated_at": now()})
            # Autosave: skip work that changes nothing. A surname or BSN is only in the search
            # row; a first name, role or birth date also in the caseload's youths column.
            if field in _SUMMARY_PERSON_FIELDS:
                self.refresh_summary(self.family_of_person(person_id))
            elif field in _SEARCH_PERSON_FIELDS:
                self.refresh_search(self.family_of_person(person_id))
        return cleaned

    def _set(self, table: str, row_id: int, changes: dict[str, Any]) -> None:
        """One autosaved field: a plain UPDATE (sqlite-utils' update() first reads the table's
        schema and the row, ~0.5 ms of the GUI thread's share per keystroke). The column names
        come from the cleaning rules' fixed field lists, never from input."""
        columns = ", ".join(f"[{name}] = ?" for name in changes)
        cursor = self.db.execute(f"UPDATE [{table}] SET {columns} WHERE id = ?",
                                 [*changes.values(), row_id])
        if cursor.rowcount != 1:
            from sqlite_utils.db import NotFoundError

            raise NotFoundError(f"{table} {row_id}")

    def family_of_person(self, person_id: int) -> int:
        row = self.db.execute("SELECT family_id FROM persons WHERE id = ?", [person_id]).fetchone()
        if row is None:
            from sqlite_utils.db import NotFoundError

            raise NotFoundError(f"persons {person_id}")
        return row[0]

    def delete_person(self, person_id: int) -> None:
        with self.db.atomic():
            family_id = self.db["persons"].get(person_id)["family_id"]
            self.db["persons"].delete(person_id)
            self.refresh_summary(family_id)

    def members(self, family_id: int) -> list[Person]:
        rows = self.db.query(
            "SELECT * FROM persons WHERE family_id = ? ORDER BY role = 'jeugdige', birth_date, id",
            [family_id],
        )
        return [_person(r) for r in rows]

    def get_person(self, person_id: int) -> Person:
        cursor = self.db.execute("SELECT * FROM persons WHERE id = ?", [person_id])
        row = cursor.fetchone()
        if row is None:
            from sqlite_utils.db import NotFoundError

            raise NotFoundError(f"persons {person_id}")
        return _person(dict(zip([c[0] for c in cursor.description], row, strict=True)))

    # -- cases ---------------------------------------------------------------
    def add_case(self, case: Case) -> int:
        municipality = v.clean_municipality(case.municipality)
        row = {
            "family_id": case.family_id,
            "case_number": case.case_number or self.next_case_number(case.start_date),
            "municipality": municipality,
            "region": region_of(municipality),
            "status": v.clean_status(case.status),
            "consultant": case.consultant,
            "start_date": _iso(case.start_date),
            "end_date": _iso(case.end_date),
            "next_evaluation": _iso(case.next_evaluation),
            "coordination": None if case.coordination is None else int(case.coordination),
            "created_at": now(),
            "updated_at": now(),
        }
        with self.db.atomic():
            case.id = self.db["cases"].insert(row).last_pk
            case.case_number = row["case_number"]
            case.region = row["region"]
            self.refresh_summary(case.family_id)
        return case.id

    def next_case_number(self, start: date | None = None) -> str:
        year = (start or date.today()).year
        team = self._team_prefix()
        # In a team each consultant numbers with their own prefix (unique on the server),
        # past the highest number the server knew at connect (cases handed away included).
        prefix = f"CJG-{team}-{year}-" if team else f"CJG-{year}-"
        row = self.db.execute(
            "SELECT max(case_number) FROM cases WHERE case_number LIKE ?", [prefix + "%"]
        ).fetchone()
        last = int(row[0][len(prefix):]) if row and row[0] else 0
        if team:
            high, block_year, nxt, end = self.db.execute(
                "SELECT case_high, case_year, case_next, case_end FROM sync_state").fetchone()
            if block_year == year and nxt is not None and nxt < end:
                # A number the server reserved for this laptop (team_sync.reserve_numbers).
                self.db.execute("UPDATE sync_state SET case_next = ?", [nxt + 1])
                return f"{prefix}{nxt:06d}"
            # Offline beyond the block: past everything this laptop and the server knew.
            last = max(last, high, (end - 1) if block_year == year and end else 0)
            self.db.execute("UPDATE sync_state SET case_high = ?", [last + 1])
        return f"{prefix}{last + 1:06d}"

    def _team_prefix(self) -> str | None:
        if not self.db["sync_state"].exists():
            return None
        row = self.db.execute("SELECT mode, prefix FROM sync_state").fetchone()
        return row[1] if row and row[0] != "off" and row[1] else None

    def update_case(self, case_id: int, field: str, value: Any) -> Any:
        if field == "status":
            cleaned = v.clean_status(value)
        elif field in ("start_date", "end_date", "next_evaluation"):
            cleaned = _iso(v.parse_date(value, field))
        elif field == "coordination":
            cleaned = None if value is None else int(bool(value))
        elif field == "consultant":
            cleaned = v.clean_name(value, field, required=False)
        else:
            raise KeyError(field)
        with self.db.atomic():
            self.db["cases"].update(case_id, {field: cleaned, "updated_at": now()})
            self.refresh_summary(self.db["cases"].get(case_id)["family_id"])
        return cleaned

    def cases_of(self, family_id: int) -> list[Case]:
        rows = self.db.query(
            "SELECT * FROM cases WHERE family_id = ? ORDER BY start_date DESC, id DESC", [family_id]
        )
        return [_case(r) for r in rows]

    def get_case(self, case_id: int) -> Case:
        return _case(self.db["cases"].get(case_id))

    # -- summary and search --------------------------------------------------
    def refresh_summary(self, family_id: int) -> None:
        """Recompute the caseload columns and the search row of one family.
        Call inside the transaction that changed persons or cases."""
        db = self.db
        people = self._search_people(family_id)
        cases = db.execute(
            "SELECT case_number, status, next_evaluation, coordination, estimated_cost FROM cases "
            f"WHERE family_id = ? {_CASE_ORDER}",
            [family_id],
        ).fetchall()
        youths = ", ".join(p[1] for p in people if p[0] == "jeugdige")
        current = cases[0] if cases else None
        open_evals = [c[2] for c in cases if c[2] and c[1] != "afgesloten"]
        db.execute(
            "UPDATE families SET youths = ?, case_status = ?, next_evaluation = ?, coordination = ?, "
            "estimated_cost = ? WHERE id = ?",
            [
                youths,
                current[1] if current else "",
                min(open_evals) if open_evals else None,
                current[3] if current else None,
                current[4] if current else None,  # estimated cost of the current case (cents)
                family_id,
            ],
        )
        self._write_search(family_id, people, [c[0] for c in cases])

    def refresh_search(self, family_id: int) -> None:
        """Recompute only the search row of one family, for an edit of nothing the caseload
        columns show (a surname, a BSN, the family name, the postcode): the row refresh_summary
        writes, without its families UPDATE (autosave, issue 17). Call inside the transaction
        that made the edit."""
        cases = self.db.execute(
            f"SELECT case_number FROM cases WHERE family_id = ? {_CASE_ORDER}",
            [family_id],
        ).fetchall()
        self._write_search(family_id, self._search_people(family_id), [c[0] for c in cases])

    def _search_people(self, family_id: int) -> list:
        return self.db.execute(
            "SELECT role, first_name, last_name, bsn FROM persons WHERE family_id = ? "
            "ORDER BY birth_date, id",
            [family_id],
        ).fetchall()

    def _write_search(self, family_id: int, people: list, numbers: list[str]) -> None:
        db = self.db
        fam = db.execute(
            "SELECT family_name, postcode FROM families WHERE id = ?", [family_id]
        ).fetchone()
        names = " ".join([fam[0]] + [f"{p[1]} {p[2]}" for p in people])
        bsns = " ".join(p[3] for p in people if p[3])
        postcode = fam[1] or ""
        postcodes = f"{postcode} {postcode.replace(' ', '')}".strip()
        db.execute("DELETE FROM family_fts WHERE rowid = ?", [family_id])
        db.execute(
            "INSERT INTO family_fts (rowid, names, bsns, postcodes, case_numbers) "
            "VALUES (?, ?, ?, ?, ?)",
            [family_id, names, bsns, postcodes, " ".join(numbers)],
        )

    def merge_search(self, pages: int = SEARCH_MERGE_PAGES) -> bool:
        """Up to `pages` leaf pages of the search index's merge work (FTS5 'merge'), in the
        caller's transaction; True when work was done (more may remain). FTS5 does this work
        itself in a commit once enough was written – a few ms of one autosave in ten; done
        here beforehand, at idle, the autosaves find none left (issue 17). Search results
        are unchanged."""
        before = self.db.conn.total_changes
        self.db.execute("INSERT INTO family_fts (family_fts, rank) VALUES ('merge', ?)", [pages])
        return self.db.conn.total_changes - before >= 2  # SQLite's documented test for work

    def _where(self, text: str, municipality: str | None, status: str | None,
               to_review: tuple[str, ...] | None = None) -> tuple[str, list]:
        clauses, params = [], []
        match = fts_query(text)
        if match:
            clauses.append("f.id IN (SELECT rowid FROM family_fts WHERE family_fts MATCH ?)")
            params.append(match)
        if municipality:
            clauses.append("f.municipality = ?")
            params.append(municipality)
        if status:
            clauses.append("f.case_status = ?")
            params.append(status)
        if to_review is not None:
            # 'Te beoordelen' (coordination, issue 5): an open case in a region with a
            # coordination policy with a decision due – the review store/case_state.py
            # stored (core.transition). The term implies idx_cases_to_review's condition.
            marks = ", ".join("?" * len(to_review)) or "NULL"
            clauses.append(
                "f.id IN (SELECT family_id FROM cases WHERE status IN ('intake', 'actief') AND "
                f"review_due IS NOT NULL AND region IN ({marks}))")
            params += list(to_review)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def count(self, text: str = "", municipality: str | None = None, status: str | None = None,
              to_review: tuple[str, ...] | None = None) -> int:
        where, params = self._where(text, municipality, status, to_review)
        return self.db.execute(f"SELECT count(*) FROM families f{where}", params).fetchone()[0]

    def page(
        self,
        text: str = "",
        municipality: str | None = None,
        status: str | None = None,
        after: tuple[str, int] | None = None,
        limit: int = 200,
        to_review: tuple[str, ...] | None = None,
    ) -> list[dict]:
        """One page of caseload rows in Dutch name order; `after` is the last
        (sort_name, id) seen, so paging stays fast however deep the consultant scrolls."""
        # Broad searches ('j', '6', 'CJG-2') walk the name index instead (perf, issue 8).
        prefixes = caseload_search.ascii_prefixes(text)
        if prefixes and to_review is None and caseload_search.is_broad(self.db, fts_query(text)):
            rows = caseload_search.walk_page(
                self.db, prefixes, _PAGE_COLUMNS, municipality, status, after, limit,
                max_rows=20 * limit, cache=self._walk_cache,
            )
            if rows is not None:
                return rows
        where, params = self._where(text, municipality, status, to_review)
        if after is not None:
            where += (" AND " if where else " WHERE ") + "(f.sort_name, f.id) > (?, ?)"
            params += [after[0], after[1]]
        sql = f"SELECT {_PAGE_COLUMNS} FROM families f{where} ORDER BY f.sort_name, f.id LIMIT ?"
        return [dict(r) for r in self.db.query(sql, params + [limit])]

    def warm_search(self, rows: int = 250, upto: int = 20_000) -> bool:
        """One idle step of reading ahead for broad searches (caseload_search.warm)."""
        return caseload_search.warm(self.db, self._walk_cache, rows, upto)

    def richest_family(self) -> int | None:
        row = self.db.execute(
            "SELECT f.id FROM families f JOIN persons p ON p.family_id = f.id "
            "GROUP BY f.id ORDER BY count(p.id) DESC, length(f.family_name) DESC, f.id LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def family_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM families").fetchone()[0]


# The fields that refresh_summary reads (caseload columns and the search row).
# The fields the caseload columns (youths: the youths' first names by birth date) and the
# search row are made of (refresh_summary); the search row alone for the others (refresh_search).
_SUMMARY_PERSON_FIELDS = frozenset({"role", "first_name", "birth_date"})
_SEARCH_PERSON_FIELDS = frozenset({"last_name", "bsn"})
_SEARCH_FAMILY_FIELDS = frozenset({"family_name", "postcode"})

_PAGE_COLUMNS = (
    "f.id, f.family_name, f.sort_name, f.youths, f.municipality, f.case_status, "
    "f.next_evaluation, f.coordination, f.postcode, f.city, f.estimated_cost"
)


def _person(r: dict) -> Person:
    return Person(
        id=r["id"], family_id=r["family_id"], role=r["role"], first_name=r["first_name"],
        last_name=r["last_name"] or "", birth_date=_day(r["birth_date"]), bsn=r["bsn"],
        gezag=bool(r["gezag"]), phone=r["phone"] or "", email=r["email"] or "",
        geslacht=r.get("geslacht") or "0",
    )


def _case(r: dict) -> Case:
    return Case(
        id=r["id"], family_id=r["family_id"], case_number=r["case_number"],
        municipality=r["municipality"], region=r["region"], status=r["status"],
        consultant=r["consultant"] or "", start_date=_day(r["start_date"]),
        end_date=_day(r["end_date"]), next_evaluation=_day(r["next_evaluation"]),
        coordination=None if r["coordination"] is None else bool(r["coordination"]),
        estimated_cost=r.get("estimated_cost"),
    )


__all__ = ["Families", "asdict"]
