"""The passphrase change interrupted at every step (in-process; the SIGKILL version is
tests/test_kill_matrix.py): afterwards the database and every backup open with exactly
one of the two passphrases – the old one before the database's swap, the new one from
it on – and the next open leaves no copy behind."""

from __future__ import annotations

import pytest

from desktop_app.session import Session
from desktop_app.store import WrongPassphrase, audit, backups, cipher, open_store, rekey
from desktop_app.store.demo import fill_demo
from tests.conftest import PASSPHRASE

NEW = "nieuwe zin voor de laptop"


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs."""


def _opens(path, secret) -> bool:
    try:
        cipher.verify_backup(path, secret)
    except Exception:  # noqa: BLE001 - any failure means: not with this one
        return False
    return True


def _state(path) -> tuple[str, int]:
    """Which passphrase the database opens with, after the next open finished it; and the
    number of families."""
    for secret in (NEW, PASSPHRASE):
        try:
            store = open_store(path, secret)
        except WrongPassphrase:
            continue
        Session(store)
        n = store.db.execute("SELECT count(*) FROM families").fetchone()[0]
        assert audit.verify(store.db).ok
        store.close()
        return secret, n
    raise AssertionError("opens with neither passphrase")


SLOW = pytest.mark.slow  # the default run keeps one moment on each side of the commit point


@pytest.mark.parametrize("where,after", [
    # the two backups' copies, the database's; the database's swap, then the backups'
    ("copy", 0), pytest.param("copy", 1, marks=SLOW), pytest.param("copy", 2, marks=SLOW),
    ("replace", 0), ("replace", 1), pytest.param("replace", 2, marks=SLOW),
])
def test_interrupted_change_leaves_one_passphrase(data_dir, store, monkeypatch, capsys, where,
                                                 after):
    fill_demo(store, 1, seed=1)
    backups.auto_backup(store)
    families = store.db.execute("SELECT count(*) FROM families").fetchone()[0]
    path, folder = store.path, backups.backup_folder(store)
    calls = {"n": 0}
    name = {"copy": "_write_copy", "replace": "_swap"}[where]
    real = getattr(rekey, name)

    def crashing(*args, **kwargs):
        if calls["n"] == after:
            raise Crash()
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(rekey, name, crashing)
    with pytest.raises(Crash):
        rekey.change_passphrase(store, PASSPHRASE, NEW)
    monkeypatch.undo()
    holds = NEW if where == "replace" and after >= 1 else PASSPHRASE
    if rekey.interrupted(path):  # copies left: the refused passphrase gets a hint
        from desktop_app.admin import main
        from desktop_app.store import instance as inst

        monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", NEW if holds == PASSPHRASE else PASSPHRASE)
        store.conn.close()
        inst.release(store._lock_key)
        store._lock_key = None
        assert main(["--data-dir", str(path.parent), "check"]) == 3
        assert "wachtwoordwijziging is onderbroken" in capsys.readouterr().err
        monkeypatch.undo()
    try:
        store.conn.close()
    except Exception:  # noqa: BLE001 - closed already by the change
        pass
    from desktop_app.store import instance

    if store._lock_key is not None:
        instance.release(store._lock_key)
        store._lock_key = None
    secret, count = _state(path)
    # The database's swap is the commit point.
    assert secret == holds
    assert count == families
    found = backups.list_backups(folder)
    assert len(found) == 2  # auto + voor-wachtwoord
    assert all(_opens(b.path, secret) for b in found)
    other = PASSPHRASE if secret == NEW else NEW
    assert not any(_opens(b.path, other) for b in found)
    assert not [p for p in list(folder.iterdir()) + list(path.parent.iterdir())
                if ".rekey" in p.name]


def test_completed_change_rechains_the_audit_log_and_backup_heads(store):
    fill_demo(store, 2, seed=1)
    backups.auto_backup(store)
    assert rekey.change_passphrase(store, PASSPHRASE, NEW) == 2
    session = Session(store)
    assert session.safety.verify_audit().ok
    checks = session.safety.verify_audit_copies()
    assert len(checks) == 2 and all(c.outcome == "ok" for c in checks), checks
    assert audit.entries(store.db, 1)[0]["action"] == "rekey"


def test_second_connections_follow_the_new_file(store):
    """A reader opened before the change (the Opvolging lists, the caseload) reads the
    new file afterwards, not the replaced one."""
    from desktop_app.core.models import Family

    session = Session(store)
    reader = store.reconnect()
    closed = store.reconnect()
    closed.conn.close()
    rekey.change_passphrase(store, PASSPHRASE, NEW)
    session.households.new_family(Family("Na-de-wissel", municipality="Roermond"))
    names = [r[0] for r in reader.db.execute("SELECT family_name FROM families")]
    assert "Na-de-wissel" in names
    reader.close()
