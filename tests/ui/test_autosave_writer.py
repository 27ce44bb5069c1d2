"""Autosave never waits on the disk on the GUI thread (issue 17): the commit returns without
its fsync, the store's writer thread makes it durable, and only then does the indicator say
'Opgeslagen'. A blocked or failing writer leaves every edit pending and visible, and nothing
is lost."""

from __future__ import annotations

import errno
import threading

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.core.models import Family, Person
from desktop_app.session import Session
from desktop_app.store import durability, open_store
from desktop_app.ui.autosave import FieldSaver, SaveIndicator, flush_pending
from tests.conftest import PASSPHRASE


@pytest.fixture
def form(qtbot, store):
    session = Session(store)
    fid = session.households.new_family(Family("Ëlberts-Ïşık", municipality="Roermond"))
    pid = session.households.add_person(Person(family_id=fid, role="ouder", first_name="Zoë", last_name="Ëlberts"))
    root, indicator = QWidget(), SaveIndicator()
    qtbot.addWidget(root)
    fields = {}
    for name, save in (
        ("street", lambda v: session.households.update_family(fid, "street", v)),
        ("family_phone", lambda v: session.households.update_family(fid, "phone", v)),
        ("person_phone", lambda v: session.households.update_person(pid, "phone", v)),
    ):
        edit = QLineEdit(root)
        fields[name] = (edit, FieldSaver(edit, save, indicator))
    yield session, fid, pid, root, indicator, fields
    session.writer.close(timeout=5)


def _type(edit: QLineEdit, text: str) -> None:
    edit.setText(text)
    edit.textEdited.emit(text)


def _blocked_sync(monkeypatch):
    gate, calls = threading.Event(), []
    real = durability.sync_file

    def sync(path):
        calls.append(path)
        assert gate.wait(10), "the test never released the writer"
        real(path)

    monkeypatch.setattr(durability, "sync_file", sync)
    return gate, calls


def test_queued_edits_wait_for_the_writer_and_none_is_lost(qtbot, store, form, monkeypatch):
    session, fid, pid, root, indicator, fields = form
    gate, calls = _blocked_sync(monkeypatch)
    values = {"street": "Kloosterstraat 12", "family_phone": "06-12345678",
              "person_phone": "06-87654321"}
    for name, value in values.items():
        edit, saver = fields[name]
        _type(edit, value)
        assert saver.flush() is True  # committed, without waiting for the disk
    # The GUI connection is back to synchronous=FULL for every other operation.
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=5000)
    savers = [saver for _edit, saver in fields.values()]
    assert savers and not any(saver.durable for saver in savers)
    assert indicator.text() == "Wordt opgeslagen…"
    assert session.writer.pending() >= 1
    # The edits are committed (the page reads them back) and still in their fields.
    family = session.households.get_family(fid)
    assert (family.street, family.phone) == (values["street"], values["family_phone"])
    assert [fields[n][0].text() for n in values] == list(values.values())

    gate.set()
    qtbot.waitUntil(lambda: all(saver.durable for saver in savers), timeout=5000)
    assert indicator.text().startswith("✓ Opgeslagen")
    assert session.writer.pending() == 0

    # On disk, through a connection of its own after the session closed.
    session.writer.close()
    store.close()
    again = open_store(store.path, PASSPHRASE)
    try:
        row = again.db.execute("SELECT street, phone FROM families WHERE id = ?", [fid]).fetchone()
        assert row == (values["street"], values["family_phone"])
        phone = again.db.execute("SELECT phone FROM persons WHERE id = ?", [pid]).fetchone()[0]
        assert phone == values["person_phone"]
    finally:
        again.close()


def test_a_failing_sync_stays_pending_is_said_and_retried(qtbot, form, monkeypatch):
    session, fid, _pid, _root, indicator, fields = form
    session.writer._retry = 0.05
    real, failures = durability.sync_file, []

    def sync(path):
        if len(failures) < 3:
            failures.append(path)
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path)

    monkeypatch.setattr(durability, "sync_file", sync)
    edit, saver = fields["street"]
    _type(edit, "Markt 1")
    assert saver.flush() is True
    qtbot.waitUntil(lambda: indicator.text().startswith("Nog niet veilig opgeslagen"), timeout=5000)
    assert not saver.durable and edit.text() == "Markt 1"
    qtbot.waitUntil(lambda: saver.durable, timeout=5000)
    assert len(failures) == 3
    assert indicator.text().startswith("✓ Opgeslagen")
    assert session.households.get_family(fid).street == "Markt 1"


def test_flush_pending_blocks_until_every_edit_is_durable(qtbot, form, monkeypatch):
    session, _fid, _pid, root, indicator, fields = form
    gate, calls = _blocked_sync(monkeypatch)
    edit, saver = fields["person_phone"]
    _type(edit, "043-1234567")  # typed, not yet flushed: flush_pending saves it too
    release = threading.Timer(0.2, gate.set)
    release.start()
    try:
        assert flush_pending(root) is True
    finally:
        release.join()
    assert calls and session.writer.pending() == 0  # on disk when flush_pending returns
    # The field and the indicator hear it through the GUI thread's event queue.
    qtbot.waitUntil(lambda: saver.durable, timeout=5000)
    assert indicator.text().startswith("✓ Opgeslagen")


def test_other_operations_still_commit_durably_in_the_call(form, store, monkeypatch):
    session, fid, _pid, _root, _indicator, _fields = form
    synced = []
    monkeypatch.setattr(durability, "sync_file", lambda path: synced.append(path))
    session.households.update_family(fid, "street", "Dorpsstraat 3")  # not an autosave
    assert session.writer.pending() == 0 and not synced
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_the_writer_checkpoints_on_its_own_connection(qtbot, form, store):
    session, fid, _pid, _root, _indicator, fields = form
    session.writer._checkpoint_bytes = 0  # checkpoint after every sync
    edit, saver = fields["street"]
    _type(edit, "Steenweg 7")
    assert saver.flush() is True
    qtbot.waitUntil(lambda: saver.durable, timeout=5000)
    assert session.writer.wait(5)
    qtbot.waitUntil(lambda: session.writer._checkpointer is not None, timeout=5000)
    # The session's connection checkpoints its own ordinary commits as before.
    assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert session.writer.close() is True
    assert session.writer._checkpointer is None
    assert session.households.get_family(fid).street == "Steenweg 7"


def test_locking_closes_the_writers_connection_and_autosave_goes_on_after_unlock(
        qtbot, form, store):
    session, fid, _pid, _root, _indicator, fields = form
    session.writer._checkpoint_bytes = 0
    edit, saver = fields["street"]
    _type(edit, "Pastoorstraat 1")
    assert saver.flush() is True
    qtbot.waitUntil(lambda: session.writer._checkpointer is not None, timeout=5000)
    session.lock()  # the checkpointer is one of the store's second connections
    assert session.writer._checkpointer.locked
    session.unlock(PASSPHRASE)
    _type(edit, "Pastoorstraat 2")
    assert saver.flush() is True
    qtbot.waitUntil(lambda: saver.durable, timeout=5000)
    assert session.writer.close() is True
    assert session.households.get_family(fid).street == "Pastoorstraat 2"
