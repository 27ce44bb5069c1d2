"""Closing interrupts the backup banner's check of the newest backup (issue 17): the
window must not stay alive seconds for a backup's pages; an interrupted check is not
damage."""

from __future__ import annotations

import pytest

from desktop_app.session import Session
from desktop_app.store.errors import CheckInterrupted


def test_backup_status_reads_the_backup_until_interrupted(demo_store):
    session = Session(demo_store)
    session.safety.backup_now()
    status = session.safety.backup_status()
    assert status.last_good is not None and not status.stale
    session.safety.interrupt_backup_checks()
    with pytest.raises(CheckInterrupted):
        session.safety.backup_status()
    from desktop_app.store.errors import StoreError

    assert not issubclass(CheckInterrupted, StoreError)  # no caller takes it for damage
