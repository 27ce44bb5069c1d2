"""Triggers that list every change of a synced row in sync_outbox – only while a server
is connected (sync_state.mode = 'on'): a pull writes in mode 'apply', a laptop without a
server in mode 'off', and neither is captured. The outbox holds keys, never values: the
values are read when the batch is made (store.sync_push)."""

from __future__ import annotations

from sqlite_utils import Database

from .audit import refresh_triggers, table_info
from .sync_map import LOCAL_ONLY, table_maps

_ON = "(SELECT mode FROM sync_state WHERE id = 1) = 'on'"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _key(pk: tuple[str, ...], which: str) -> str:
    return "json_array(" + ", ".join(f"{which}.{_q(c)}" for c in pk) + ")"


def trigger_sql(db: Database) -> dict[str, str]:
    out = {}
    info = table_info(db)
    for m in table_maps(db).values():
        t = _q(m.name)
        cols = [r[1] for r in info[m.name][1] if r[1] not in LOCAL_ONLY]
        changed = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in cols)
        lit = "'" + m.name + "'"
        for op, event, which, when in (("ins", "INSERT", "NEW", ""),
                                       ("upd", "UPDATE", "NEW", f" AND ({changed})"),
                                       ("del", "DELETE", "OLD", "")):
            kind = {"ins": "insert", "upd": "update", "del": "delete"}[op]
            name = f"sync_{m.name}_{op}"
            out[name] = (
                f"CREATE TRIGGER {_q(name)} AFTER {event} ON {t} WHEN {_ON}{when} BEGIN "
                f"INSERT INTO sync_outbox (tbl, key, op) VALUES ({lit}, {_key(m.pk, which)}, "
                f"'{kind}'); END")
    return out


def install_triggers(db: Database) -> int:
    """Create or refresh the triggers (cheap when nothing changed); returns how many were
    (re)written."""
    if not db["sync_state"].exists():
        return 0
    return refresh_triggers(db, "sync", trigger_sql(db))
