"""The audit trail: who did what to which record, when – never the values.

Design
------
* One table, `audit_log` (migration m0700). Every user table gets three
  triggers (`audit_<table>_ins/_upd/_del`) generated from its columns by
  `install_triggers(db)`, which `store.connection` runs after the migrations on
  every open. Tables added by any later migration are covered automatically;
  a table whose columns changed gets its triggers regenerated. Skipped: SQLite's
  own tables, `_sqlite_migrations`, FTS virtual tables and their shadow tables,
  and `audit_log` itself.
* An update entry lists the NAMES of the columns whose value changed (OLD vs NEW
  per column, `IS NOT`); an update that changed nothing is not recorded.
* Hash chain: every entry stores `prev_hash` (the hash of the entry before it)
  and `hash = HMAC-SHA256(key, prev_hash | at | who | action | tbl | row_ref |
  fields | detail)`, computed by the SQL function `audit_hash()` that
  store.cipher.connect registers on every keyed connection, with a key derived
  from the database's secret (store.audit_chain: never stored). Every backup
  carries the head of the chain it was made from (`audit_head`);
  `verify_copies` checks them.
  `verify(db)` recomputes the chain: an edited entry breaks its own hash, a removed
  entry breaks the link (and leaves a gap in the AUTOINCREMENT ids, which also
  catches removal of the newest entries).
* 'who' is the consultant name from the settings, else the OS user: the SQL
  function `audit_who()` returns `set_actor(...)`'s value for this process.

Recording what triggers cannot see
----------------------------------
Exports, prints, unlocks, failed unlocks, destructions, restores and other events
that are not a row change are recorded with::

    from desktop_app.store import audit
    audit.record(store.db, "export", table="families", row=family_id,
                 fields=["plan"], detail="pdf")

`action` is a short code (see ACTIONS for the usual ones; features may add their
own, e.g. "print"), `table`/`row` name the record, `fields` the names of what was
included and `detail` a short code or count. NEVER pass names, BSNs, addresses,
free text or file paths that contain them: the audit trail must stay free of
personal data. `record` writes in its own small transaction (or joins the caller's).
"""

from __future__ import annotations

import functools
import getpass
import threading
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

TABLE = "audit_log"
ACTIONS = {
    "insert": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "export": "geëxporteerd",
    "print": "afgedrukt",
    "unlock": "ontgrendeld",
    "unlock_failed": "ontgrendelen mislukt",
    "destroy": "vernietigd op verzoek",
    "restore": "back-up teruggezet",
    "rekey": "wachtwoord gewijzigd",
    "access_request": "inzage-export",
    "team_connect": "verbonden met de teamserver",
    "team_conflict": "conflict opgelost",
    "handover": "casus overgedragen",
}
SKIP_TABLES = {TABLE, "audit_head", "_sqlite_migrations", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}
GENESIS = "0" * 64
_NOW = "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')"

_actor = ""


def set_actor(name: str | None) -> None:
    """Who is working: the consultant name from the settings; empty → the OS user."""
    global _actor
    _actor = (name or "").strip()[:100]


# A worker thread writing on someone else's behalf (the team sync: "teamserver (name)").
_thread = threading.local()


@contextmanager
def acting_as(name: str):
    """Audit this thread's writes under `name` for the block; other threads keep theirs."""
    before = getattr(_thread, "actor", "")
    _thread.actor = name[:100]
    try:
        yield
    finally:
        _thread.actor = before


def actor() -> str:
    return getattr(_thread, "actor", "") or _actor or _os_user()


@functools.cache
def _os_user() -> str:
    """Read once: the triggers ask for it on every audited write (autosave, per keystroke)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system
        return "onbekend"


def register_functions(conn) -> None:
    """Called for every connection (store.connection._configure); the keyed
    audit_hash() comes with the key (store.cipher.connect, store.audit_chain)."""
    conn.create_function("audit_who", 0, actor)


def _hash(db: Database, *parts) -> str:
    return db.execute("SELECT audit_hash(?, ?, ?, ?, ?, ?, ?, ?)", list(parts)).fetchone()[0]


# -- triggers -------------------------------------------------------------------
def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def audited_tables(db: Database) -> list[str]:
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    out = []
    for name, _sql in rows:
        # sync_*: the team sync's bookkeeping (keys and gids; its values are audited
        # where they land, in the family's own tables).
        if name in SKIP_TABLES or name.startswith(("sqlite_", "sync_")) or name in virtual:
            continue
        if any(name.startswith(v + "_") for v in virtual):  # FTS shadow tables
            continue
        out.append(name)
    return out


def table_info(db: Database, table: str | None = None) -> dict[str, tuple[str, list[tuple]]]:
    """{table: (its CREATE statement, its PRAGMA table_info rows)} – of every table in one
    read (the triggers refreshed at each open: ~240 statements fewer, issue 17), or of
    `table` alone."""
    where = "m.type = 'table'" + (" AND m.name = ?" if table is not None else "")
    out: dict[str, tuple[str, list[tuple]]] = {}
    for name, sql, *column in db.execute(
            'SELECT m.name, m.sql, p.cid, p.name, p.type, p."notnull", p.dflt_value, p.pk '
            f"FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE {where} "
            "ORDER BY m.name, p.cid", [] if table is None else [table]).fetchall():
        out.setdefault(name, (sql or "", []))[1].append(tuple(column))
    return out


def _row_ref(create_sql: str, columns: list[tuple], which: str) -> str:
    pks = [r[1] for r in sorted(columns, key=lambda r: r[5]) if r[5]]
    if len(pks) == 1:
        return f"CAST({which}.{_q(pks[0])} AS TEXT)"
    if pks and "WITHOUT ROWID" in create_sql.upper():
        return " || '|' || ".join(f"CAST({which}.{_q(p)} AS TEXT)" for p in pks)
    return f"CAST({which}.rowid AS TEXT)"


def _insert_sql(action: str, table: str, row_ref: str, fields: str) -> str:
    # prev = the newest entry's hash; writers are serialised by SQLite, so the
    # chain cannot fork.
    prev = f"coalesce((SELECT hash FROM {TABLE} ORDER BY id DESC LIMIT 1), {_lit(GENESIS)})"
    return (
        f"INSERT INTO {TABLE} (at, who, action, tbl, row_ref, fields, detail, prev_hash, hash) "
        f"SELECT at, who, action, tbl, row_ref, fields, '', prev, "
        f"audit_hash(prev, at, who, action, tbl, row_ref, fields, '') FROM (SELECT "
        f"{_NOW} AS at, audit_who() AS who, {_lit(action)} AS action, {_lit(table)} AS tbl, "
        f"{row_ref} AS row_ref, {fields} AS fields, {prev} AS prev);"
    )


def trigger_sql(db: Database, table: str, entry=_insert_sql, prefix: str = "audit",
                create: str = "CREATE TRIGGER", info=None) -> dict[str, str]:
    """The three triggers of `table`. `entry(action, table, row_ref, fields)` is the
    body's statement: the audit_log insert, or store.audit_bulk's staging twin (the
    same entries, hashed later). `info`: table_info(db) when read already."""
    create_sql, columns = (info if info is not None else table_info(db, table))[table]
    cols = [r[1] for r in columns]
    t = _q(table)
    changed = " || ".join(
        f"CASE WHEN OLD.{_q(c)} IS NOT NEW.{_q(c)} THEN {_lit(c + ',')} ELSE '' END" for c in cols
    )
    any_change = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in cols)
    all_cols = _lit(",".join(cols))
    base = f"{prefix}_{table}"
    new, old = _row_ref(create_sql, columns, "NEW"), _row_ref(create_sql, columns, "OLD")
    return {
        f"{base}_ins": f"{create} {_q(base + '_ins')} AFTER INSERT ON {t} BEGIN "
        + entry("insert", table, new, all_cols) + " END",
        f"{base}_upd": f"{create} {_q(base + '_upd')} AFTER UPDATE ON {t} "
        f"WHEN {any_change} BEGIN "
        + entry("update", table, new, f"rtrim({changed}, ',')")
        + " END",
        f"{base}_del": f"{create} {_q(base + '_del')} AFTER DELETE ON {t} BEGIN "
        + entry("delete", table, old, "''") + " END",
    }


def install_triggers(db: Database) -> int:
    """Create or refresh the audit triggers of every user table; returns how many
    were (re)written. Cheap when nothing changed (compares the stored SQL)."""
    if not db[TABLE].exists():
        return 0
    wanted: dict[str, str] = {}
    info = table_info(db)
    for table in audited_tables(db):
        wanted.update(trigger_sql(db, table, info=info))
    return refresh_triggers(db, "audit", wanted)


def refresh_triggers(db: Database, prefix: str, wanted: dict[str, str]) -> int:
    """Make the triggers named `prefix`_… exactly `wanted` (name -> CREATE TRIGGER):
    stale ones dropped, changed ones rewritten, in one transaction; returns how many were
    (re)written. The audit and the team sync's triggers both keep themselves so."""
    existing = dict(db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\'",
        [prefix + "\\_%"]).fetchall())
    stale = [n for n in existing if n not in wanted]
    changed = {n: sql for n, sql in wanted.items() if existing.get(n) != sql}
    if not stale and not changed:
        return 0
    with db.atomic():
        for name in stale + list(changed):
            db.execute(f"DROP TRIGGER IF EXISTS {_q(name)}")
        for sql in changed.values():
            db.execute(sql)
    return len(changed)


# -- explicit entries -------------------------------------------------------------
def record(db: Database, action: str, table: str = "", row: int | str | None = None,
           fields: Iterable[str] = (), detail: str = "", at: str | None = None) -> None:
    """Record an event that is not a row change (export, print, unlock...).
    Names and codes only – never personal data (see the module docstring)."""
    at = at or datetime.now().isoformat(timespec="seconds")
    row_ref = "" if row is None else str(row)
    field_text = ",".join(fields)
    with db.atomic():
        prev = db.execute(f"SELECT hash FROM {TABLE} ORDER BY id DESC LIMIT 1").fetchone()
        prev_hash = prev[0] if prev else GENESIS
        who = actor()
        db.execute(
            f"INSERT INTO {TABLE} (at, who, action, tbl, row_ref, fields, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [at, who, action, table, row_ref, field_text, detail, prev_hash,
             _hash(db, prev_hash, at, who, action, table, row_ref, field_text, detail)],
        )


# -- verification -------------------------------------------------------------------
@dataclass
class Verification:
    entries: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database, max_problems: int = 20) -> Verification:
    """Recompute the whole chain. Problems name the entry id, never a value."""
    problems: list[str] = []
    prev_hash, prev_id, count = GENESIS, 0, 0
    # The keyed hash of each entry over its stored prev_hash, computed in the query.
    cur = db.execute(
        f"SELECT id, prev_hash, hash, audit_hash(prev_hash, at, who, action, tbl, row_ref, "
        f"fields, detail) FROM {TABLE} ORDER BY id"
    )
    for row in cur:
        count += 1
        id_, stored_prev, stored, computed = row
        if id_ != prev_id + 1:
            problems.append(f"regels {prev_id + 1} tot {id_ - 1} ontbreken")
        if stored_prev != prev_hash:
            problems.append(f"regel {id_}: de koppeling met de vorige regel klopt niet")
        if computed != stored:
            problems.append(f"regel {id_}: de inhoud is veranderd")
        prev_hash, prev_id = stored, id_
        if len(problems) >= max_problems:
            break
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", [TABLE]).fetchone()
    if seq and seq[0] > prev_id and len(problems) < max_problems:
        problems.append(f"de laatste {seq[0] - prev_id} regel(s) zijn verwijderd")
    return Verification(count, problems)


def entries(db: Database, limit: int = 500, before_id: int | None = None,
            table: str | None = None, row: str | None = None,
            action: str | None = None) -> list[dict]:
    clauses, params = [], []
    if action:
        clauses.append("action = ?")
        params.append(action)
    if before_id is not None:
        clauses.append("id < ?")
        params.append(before_id)
    if table:
        clauses.append("tbl = ?")
        params.append(table)
    if row is not None:
        clauses.append("row_ref = ?")
        params.append(str(row))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (f"SELECT id, at, who, action, tbl, row_ref, fields, detail FROM {TABLE}{where} "
           "ORDER BY id DESC LIMIT ?")
    return [dict(r) for r in db.query(sql, params + [limit])]


def count(db: Database) -> int:
    return db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
