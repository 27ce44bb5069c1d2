"""What the team sync carries, read from the schema (store/team_protocol.md).

Every table of family data is synced, plus the shared catalog (providers, products,
contracts). References are the declared foreign keys and the naming convention of
store.export (`family_id`, `case_id`, `person_id`), plus the few integer references the
schema does not declare. The local audit trail, settings, the destruction journal and the
consultant's own details stay on the laptop.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass, field

from sqlite_utils import Database

from .audit import table_info
from .export import links

# Parents before children: pushes are sent and applied in this order.
TABLES = (
    "providers", "products", "contracts",
    "families", "persons", "cases",
    "intakes", "intake_questions", "intake_domains", "network_contacts", "consents",
    "results", "actions", "deployments", "deployment_results", "deployment_members",
    "deployment_volume_changes", "coordination_decisions", "coordination_drafts",
    "evaluations", "evaluation_results", "evaluation_conclusions", "deployment_events",
    "journal_entries", "appointments", "attachments", "attachment_content",
    "documents", "document_content",
)
CATALOG = {"providers": ("code",), "products": ("code",),
           "contracts": ("provider_id", "product_id", "region")}
# Integer references the schema does not declare.
EXTRA_REFS = {("cases", "decision_id"): "coordination_decisions",
              ("consents", "subject_id"): "persons"}
# References that close a cycle (a case names its latest decision, the decision its case):
# a pulled row is written without them, and they are filled in once the other row is here.
LATE_REFS = {("cases", "decision_id")}
# JSON lists of row ids.
LIST_REFS = {("results", "member_ids"): "persons"}
# Bookkeeping that each laptop keeps for itself (it would make every edit a conflict).
LOCAL_ONLY = {"updated_at"}
# Computed by the rules from the other columns (case_state, refresh_summary, sort keys):
# a conflict on one is no question for the consultant – the laptop takes the server's
# value and computes again after the pull.
DERIVED = {
    "families": {"youths", "case_status", "next_evaluation", "coordination", "estimated_cost",
                 "sort_name"},
    "cases": {"status", "next_evaluation", "next_evaluation_why", "review_group", "review_due",
              "estimated_cost"},
    "deployments": {"estimated_cost"},
}
# Records that are written once and never changed (store triggers guard some of them).
APPEND_ONLY = {"coordination_decisions", "deployment_volume_changes", "deployment_events",
               "attachment_content", "document_content"}
NAMESPACE = uuid.UUID("5b8f6f0e-3c1a-4d1e-9a57-2f3c8e1b7d40")


@dataclass(frozen=True)
class TableMap:
    name: str
    pk: tuple[str, ...]
    columns: tuple[str, ...]          # synced columns (no integer id, no bookkeeping)
    refs: dict[str, str] = field(default_factory=dict)       # column -> parent table
    list_refs: dict[str, str] = field(default_factory=dict)  # JSON list column -> table
    blobs: frozenset[str] = frozenset()
    named: tuple[str, ...] = ()       # the columns whose values make a name-based gid

    @property
    def has_id(self) -> bool:
        return self.pk == ("id",)

    def key_of(self, row: dict) -> str:
        return key_text([row[c] for c in self.pk])


def key_text(values: list) -> str:
    """A row's key as SQLite's json_array() writes it (the triggers' text)."""
    return json.dumps(values, separators=(",", ":"), ensure_ascii=False)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _build(db: Database) -> dict[str, TableMap]:
    graph = links(db)
    tables = table_info(db)  # every table's columns in one read
    out: dict[str, TableMap] = {}
    for table in TABLES:
        if table not in tables:
            continue
        info = tables[table][1]
        pk = tuple(r[1] for r in sorted(info, key=lambda r: r[5]) if r[5])
        refs = {col: parent for col, parent, _pc in graph.get(table, [])}
        for fk in db.execute(f"PRAGMA foreign_key_list({_q(table)})").fetchall():
            refs.setdefault(fk[3], fk[2])
        refs.update({c: p for (t, c), p in EXTRA_REFS.items() if t == table})
        list_refs = {c: p for (t, c), p in LIST_REFS.items() if t == table}
        cols = tuple(r[1] for r in info if r[1] != "id" and r[1] not in LOCAL_ONLY)
        blobs = frozenset(r[1] for r in info if (r[2] or "").upper() == "BLOB")
        named = CATALOG.get(table) or (() if pk == ("id",) else pk)
        out[table] = TableMap(table, pk, cols, refs, list_refs, blobs, named)
    return out


_MAPS: dict[tuple, dict[str, TableMap]] = {}


def table_maps(db: Database) -> dict[str, TableMap]:
    """The maps of the synced tables that exist, parents first (cached per schema)."""
    key = (db.execute("PRAGMA schema_version").fetchone()[0],
           db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    maps = _MAPS.get(key)
    if maps is None:
        maps = _MAPS[key] = _build(db)
    return maps


def name_gid(table: str, values: list) -> str:
    """The gid of a row whose identity is its key: equal on every laptop."""
    return str(uuid.uuid5(NAMESPACE, table + "|" + json.dumps(values, sort_keys=True)))


def uuid7() -> str:
    """A time-ordered random UUID (RFC 9562 version 7); the standard library has it only
    from Python 3.14."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 68 & 0xFFF) << 64 \
        | 0b10 << 62 | rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))
