"""The audit trail's keyed hash chain and its heads in the backups (issue 15).

Key: HMAC-SHA256(page key, LABEL), the page key being the SQLCipher key the database and
its backups share (store.cipher.Key, derived from the passphrase once at unlock). It lives only in the SQL function
`audit_hash()` of each connection (a closure): never stored, never logged. Anyone without
the secret cannot compute a valid entry: dropping the triggers, editing a row and
recomputing the old unkeyed SHA-256 chain now fails `verify`. Someone who knows the
passphrase can still derive the key and rewrite the chain of one file; that shows
against the heads below unless every copy is rewritten too.

Head: before every copy (store.cipher.copy_verified) the id and hash of the newest entry
are written to `audit_head` (one row, not audited, so the chain is not touched); the copy
carries it. `check_copies` compares each backup's head with the database's own entry of
that id: a truncated tail (the entry is gone) or a rewrite (another hash) shows. A copy
made before a restore (a `restore` entry at or before its head) legitimately diverges:
it is reported as such, not as tampering.

A passphrase change gives a new key: `rechain` recomputes every entry (the database and
each backup, store.backups.change_passphrase) and the head of a backup.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

try:
    from _hashlib import hmac_new as _hmac_new  # the C module behind hmac (CPython)
except ImportError:
    _hmac_new = None

GENESIS = "0" * 64
LABEL = b"gezinsplan/audit-chain/v1"
TABLE = "audit_log"
HEAD = "audit_head"
_COLUMNS = "at, who, action, tbl, row_ref, fields, detail"


def derive_key(secret) -> bytes:
    """The chain's key from the database's secret (HMAC of a fixed label): a
    store.cipher.Key (what every connection is keyed with), or raw bytes/a string."""
    if hasattr(secret, "subkey"):  # a store.cipher.Key: HMAC(page key, LABEL)
        return secret.subkey(LABEL)
    raw = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
    return hmac.new(raw, LABEL, hashlib.sha256).digest()


def keyed_hash(key: bytes):
    """audit_hash(prev, at, who, action, tbl, row_ref, fields, detail) for this key."""
    # The keyed HMAC state is made once and copied per entry (the key's pads are not
    # hashed again); the parts are joined as they come when all are text, the usual case.
    # The same HMAC-SHA256 as hmac.new(key, text).hexdigest(): one call per audited row
    # (issue 17).
    copy = _hmac_state(key).copy

    def audit_hash(*parts) -> str:
        try:
            text = "\x1f".join(parts)
        except TypeError:  # NULL or a number among them
            text = "\x1f".join(["" if p is None else str(p) for p in parts])
        mac = copy()
        mac.update(text.encode("utf-8"))
        return mac.hexdigest()

    return audit_hash


def _hmac_state(key: bytes):
    """OpenSSL's HMAC object itself where there is one (what hmac.new wraps in Python: its
    copy/update/hexdigest per entry cost a third more); else hmac.new's."""
    if _hmac_new is not None:
        try:
            return _hmac_new(key, digestmod="sha256")
        except ValueError:  # an OpenSSL without it
            pass
    return hmac.new(key, digestmod=hashlib.sha256)


def register_key(conn, secret) -> None:
    """Every keyed connection gets the keyed audit_hash (the triggers call it)."""
    conn.create_function("audit_hash", 8, keyed_hash(derive_key(secret)), deterministic=True)


def _exists(conn, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        [table]).fetchone() is not None


def rechain(conn) -> int:
    """Recompute prev_hash and hash of every entry with this connection's key, in id
    order (one recursive query; the caller's transaction). Returns the entry count."""
    if not _exists(conn, TABLE):
        return 0
    rows = conn.execute(
        f"WITH RECURSIVE c(id, h) AS (SELECT 0, '{GENESIS}' UNION ALL "
        f"SELECT a.id, audit_hash(c.h, {', '.join('a.' + x.strip() for x in _COLUMNS.split(','))}) "
        f"FROM c JOIN {TABLE} a ON a.id = (SELECT min(id) FROM {TABLE} WHERE id > c.id)) "
        "SELECT id, h FROM c WHERE id > 0 ORDER BY id").fetchall()
    prev = GENESIS
    updates = []
    for id_, h in rows:
        updates.append((prev, h, id_))
        prev = h
    conn.executemany(f"UPDATE {TABLE} SET prev_hash = ?, hash = ? WHERE id = ?", updates)
    if _exists(conn, HEAD):
        head = conn.execute(f"SELECT entry FROM {HEAD} WHERE id = 1").fetchone()
        if head is not None:
            found = conn.execute(f"SELECT hash FROM {TABLE} WHERE id = ?", [head[0]]).fetchone()
            conn.execute(f"UPDATE {HEAD} SET hash = ? WHERE id = 1",
                         [found[0] if found else None])
    return len(rows)


def store_head(conn) -> None:
    """The newest entry's id and hash into `audit_head` (before a copy is made of it)."""
    if not (_exists(conn, TABLE) and _exists(conn, HEAD)):
        return
    conn.execute(f"INSERT OR REPLACE INTO {HEAD} (id, entry, hash, at) "
                 f"SELECT 1, id, hash, at FROM {TABLE} ORDER BY id DESC LIMIT 1")


def read_head(conn) -> tuple[int, str] | None | str:
    """A copy's head: the stored one, else its newest entry (a copy made by a file copy:
    a restore's voor-herstel); "older" for a copy made before the keyed chain (m1020)."""
    if not _exists(conn, HEAD):
        return "older"
    row = conn.execute(f"SELECT entry, hash FROM {HEAD} WHERE id = 1").fetchone()
    if row is not None and row[0] is not None:
        return int(row[0]), row[1]
    if _exists(conn, TABLE):
        row = conn.execute(f"SELECT id, hash FROM {TABLE} ORDER BY id DESC LIMIT 1").fetchone()
        if row is not None:
            return int(row[0]), row[1]
    return None


def ensure_head(conn) -> None:
    """A copy without a stored head gets one from its newest entry, before anything is
    appended to its own chain (destruction purging it)."""
    if _exists(conn, HEAD) and conn.execute(f"SELECT 1 FROM {HEAD}").fetchone() is None:
        store_head(conn)


@dataclass(frozen=True)
class CopyCheck:
    name: str  # file name in the backups folder
    outcome: str  # ok / restored / older / empty / truncated / rewritten / unreadable
    entry: int | None = None

    @property
    def ok(self) -> bool:
        return self.outcome in ("ok", "restored", "older", "empty")

    @property
    def message(self) -> str:
        """Dutch, for the CLI: names the entry id, never a value."""
        return MESSAGES[self.outcome].format(entry=self.entry)


MESSAGES = {
    "ok": "klopt met het logboek",
    "restored": "gemaakt vóór het terugzetten van een back-up (mag afwijken)",
    "truncated": "regel {entry} staat in de back-up maar ontbreekt in het logboek (ingekort)",
    "rewritten": "regel {entry} is in het logboek anders dan in de back-up (herschreven)",
    "older": "gemaakt vóór de beveiligde keten (niet te vergelijken)",
    "unreadable": "opent niet met het huidige wachtwoord (niet gecontroleerd)",
    "empty": "heeft geen auditlogboek",
}


def compare(conn, head: tuple[int, str] | None | str, name: str) -> CopyCheck:
    """One copy's head against the database on `conn`."""
    if head is None:
        return CopyCheck(name, "empty")
    if head == "older":
        return CopyCheck(name, "older")
    entry, digest = head
    row = conn.execute(f"SELECT hash FROM {TABLE} WHERE id = ?", [entry]).fetchone()
    if row is not None and hmac.compare_digest(str(row[0]), str(digest)):
        return CopyCheck(name, "ok", entry)
    restored = conn.execute(f"SELECT 1 FROM {TABLE} WHERE action = 'restore' AND id <= ? "
                            "LIMIT 1", [entry]).fetchone()
    if restored is not None:
        return CopyCheck(name, "restored", entry)
    return CopyCheck(name, "truncated" if row is None else "rewritten", entry)


def check_copies(conn, files: list[Path], connect) -> list[CopyCheck]:
    """Every backup in `files` against the database on `conn`; `connect(path)` opens a
    copy with the same secret (store.cipher.connect)."""
    out = []
    for path in files:
        try:
            other = connect(path)
            try:
                head = read_head(other)
            finally:
                other.close()
        except Exception:  # noqa: BLE001 - sqlcipher3.DatabaseError or OSError
            out.append(CopyCheck(Path(path).name, "unreadable"))
            continue
        out.append(compare(conn, head, Path(path).name))
    return out
