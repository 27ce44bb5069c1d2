"""The keyed audit chain (issue 15): HMAC-SHA256 with a key derived from the database's
secret, and the chain's head carried by every backup."""

from __future__ import annotations

import hashlib
import importlib

from desktop_app.admin import main
from desktop_app.core.models import Family
from desktop_app.session import Session
from desktop_app.store import audit, audit_chain, backups
from tests.conftest import PASSPHRASE
from tests.destruction_requests import lawful

GENESIS = "0" * 64


def _unkeyed_rechain(db) -> None:
    """What an attacker with SQL access did to the old chain: plain SHA-256 recomputed."""
    prev = GENESIS
    for row in list(db.execute("SELECT id, at, who, action, tbl, row_ref, fields, detail "
                               "FROM audit_log ORDER BY id")):
        text = "\x1f".join("" if p is None else str(p) for p in [prev, *row[1:]])
        digest = hashlib.sha256(text.encode()).hexdigest()
        db.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                   [prev, digest, row[0]])
        prev = digest


def _family(session: Session) -> int:
    return session.households.new_family(Family("Verbeek-Ëlberink", municipality="Roermond"))


def test_dropped_triggers_edit_and_unkeyed_chain_fail_verify(store):
    session = Session(store)
    fid = _family(session)
    assert session.safety.verify_audit().ok
    for (name,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE 'audit_%'").fetchall():
        store.db.execute(f'DROP TRIGGER "{name}"')
    store.db.execute("UPDATE families SET family_name = 'Anders' WHERE id = ?", [fid])
    store.db.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    store.db.execute("UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit_log) "
                     "WHERE name = 'audit_log'")
    _unkeyed_rechain(store.db)
    result = session.safety.verify_audit()
    assert not result.ok
    assert len(result.problems) >= 1 and "de inhoud is veranderd" in result.problems[0]


def test_a_different_key_does_not_verify(store):
    """The key is derived from the secret: a chain made with another one fails."""
    _family(Session(store))
    conn = store.conn
    conn.create_function("audit_hash", 8, audit_chain.keyed_hash(
        audit_chain.derive_key("een ander geheim van iemand")), deterministic=True)
    audit_chain.rechain(conn)
    audit_chain.register_key(conn, PASSPHRASE)
    assert not audit.verify(store.db).ok


def test_truncated_tail_fails_against_a_backups_head(store, data_dir, monkeypatch, capsys):
    session = Session(store)
    _family(session)
    backups.auto_backup(store)  # its head: the newest entry now
    head = store.db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    checks = session.safety.verify_audit_copies()
    assert [c.outcome for c in checks] == ["ok"]
    # With the key (someone who knows the passphrase): the tail removed, the sequence
    # fixed, the chain itself still valid – only the backup's head shows it.
    store.db.execute("DELETE FROM audit_log WHERE id > ?", [head - 3])
    store.db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_log'", [head - 3])
    assert session.safety.verify_audit().ok
    checks = session.safety.verify_audit_copies()
    assert [(c.outcome, c.entry) for c in checks] == [("truncated", head)]
    path = store.path
    store.close()
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(path.parent), "audit", "verify"]) == 5
    err = capsys.readouterr().err
    assert "ingekort" in err and "Traceback" not in err


def test_rewritten_chain_fails_against_a_backups_head(store):
    session = Session(store)
    fid = _family(session)
    backups.auto_backup(store)
    store.db.execute("UPDATE audit_log SET row_ref = '999' WHERE tbl = 'families' "
                     "AND row_ref = ?", [str(fid)])
    audit_chain.rechain(store.conn)  # recomputed with the right key
    assert session.safety.verify_audit().ok
    assert [c.outcome for c in session.safety.verify_audit_copies()] == ["rewritten"]


def test_purged_backup_keeps_the_head_it_was_made_with(store):
    session = Session(store)
    fid = _family(session)
    _family(session)
    backups.auto_backup(store)
    session.safety.destroy_family(fid, lawful(session, fid))
    result = session.safety.purge_backups(fid)
    assert [c.outcome for c in result.copies] == ["purged"]
    assert [c.outcome for c in session.safety.verify_audit_copies()] == ["ok"]


def test_migration_recomputes_an_unkeyed_chain(store):
    session = Session(store)
    _family(session)
    _unkeyed_rechain(store.db)
    assert not audit.verify(store.db).ok
    m1020 = importlib.import_module("desktop_app.store.migrations.m1020_keyed_audit_chain")
    with store.db.atomic():
        m1020.migrate(store.db)
    result = audit.verify(store.db)
    assert result.ok and result.entries > 3


def test_keyed_hash_is_hmac_sha256_of_the_joined_parts(monkeypatch):
    """The quicker keyed hash (a copied C HMAC state, parts joined as they come) is the
    HMAC-SHA256 the chain always used, with the C object and with hmac.new's."""
    import hmac as std_hmac

    chain = audit_chain
    key = b"k" * 32
    samples = [("0" * 64, "2026-03-01T10:00:00", "anna", "insert", "persons", "12",
                "id,family_id", ""), ("x", None, 3, "update", "é", "", "a,b", "pdf")]
    for with_c in (True, False):
        if not with_c:
            monkeypatch.setattr(chain, "_hmac_new", None)
        h = chain.keyed_hash(key)
        for parts in samples:
            text = "\x1f".join("" if p is None else str(p) for p in parts)
            assert h(*parts) == std_hmac.new(key, text.encode(), "sha256").hexdigest()
