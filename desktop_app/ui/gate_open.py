"""The gate's two ways in – unlocking a database, creating one – and what loads behind the
unlock screen (issue 17: start to the first paint).

The unlock screen paints from a few light modules; the session, its areas and the first
pages load after that paint (`preload`), while the passphrase is typed. Once it is given,
the worker derives the key first – stdlib only, and PBKDF2 releases the GIL – so the GUI
thread finishes loading meanwhile; the worker opens the database when both are done.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QCoreApplication

from .. import keys
from ..session import DatabaseDamaged, UnreadableDatabase, WrongPassphrase
from .tasks import run_task
from .unlock import DEMO_FAMILIES

log = logging.getLogger(__name__)


def unlock(window, passphrase: str) -> None:
    if window.start_refused:
        return
    if window.session is not None:  # the lock screen: reopen the closed database
        from .safety.locking import unlock as reopen

        reopen(window, passphrase)
        return
    path = window.db_path

    def failed(exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            log.warning("unlock failed: wrong passphrase")
            window.gate.wrong_passphrase(str(exc))
            window.unlock_failed.emit()
        elif isinstance(exc, DatabaseDamaged):
            window.gate.set_busy(False)
            from .safety.damaged import offer_restore

            offer_restore(window, exc, passphrase)
        elif isinstance(exc, UnreadableDatabase):  # a damaged page met while opening
            log.error("database damaged: unreadable page while opening")
            window.gate.set_busy(False)
            window._refuse_damaged(passphrase)
        else:
            window.gate.set_busy(False)
            from .crash import show_error

            show_error(window, exc)

    loaded = threading.Event()

    def work(_progress):
        # The key first: PBKDF2 releases the GIL, so the GUI thread loads the rest of
        # the app meanwhile (preload) – stdlib only here, no import the GUI thread
        # might be in the middle of.
        started = time.perf_counter()
        key = keys.key_for(path, passphrase)
        kdf = time.perf_counter() - started
        loaded.wait()
        if window.start_refused:  # behind the gate, the start stopped (a broken form file)
            key.wipe()
            return None
        # A damaged first page is told apart from a wrong passphrase here. The full
        # integrity check reads every page (≈10 s at 100,000 families), so it runs
        # after the caseload is shown, on its own connection (_verify_in_background).
        from ..session import Session

        try:  # the store keeps this Key (and wipes it at lock and close)
            return Session.open_diagnosed(path, key, kdf_seconds=kdf)
        except WrongPassphrase:
            key.wipe()
            # Told apart from a damaged header with the passphrase itself: the backups it
            # is tried on have salts of their own (store.backups.open_or_diagnose).
            return Session.open_diagnosed(path, passphrase)
        except BaseException:
            key.wipe()  # nothing keeps it
            raise

    run_task(window, work, window._opened_by_gate, failed)
    try:
        window.preload()
    finally:
        loaded.set()


# The session areas that opening the session and the first page use (the rest load once the
# start has settled: ui/app.py); tests/ui/test_start_page.py keeps this list complete.
START_AREAS = ("consultant", "safety", "households", "evaluations", "appointments", "team")


def preload(window) -> None:
    """Load what the unlock screen did not need: the session with the areas the start
    uses and the workspace's first pages, then the steps features deferred
    (`window.preloads`). Once, on the GUI thread: after the unlock screen's first paint, and at the latest while
    the key is derived (issue 17: start to the first paint)."""
    if window._preloaded:
        return
    window._preloaded = True
    from ..session import Session

    Session.load_areas(*START_AREAS)
    from . import caseload, session_bridge  # noqa: F401
    from .session_bridge import Navigator  # noqa: F401

    for step in window.preloads:
        step()


def create(window, passphrase: str, demo: bool) -> None:
    path = window.db_path

    def work(progress):
        from ..session import Session

        return Session.create_database(path, passphrase, DEMO_FAMILIES if demo else 0,
                                       progress)

    def failed(exc: BaseException) -> None:
        window.gate.set_busy(False)
        from .crash import show_error

        show_error(window, exc)

    label = (QCoreApplication.translate("MainWindow", "Demo-gezinnen worden aangemaakt…")
             if demo else None)
    window.preload()  # the audit trail's actor first: the new database writes entries
    if window.start_refused:
        return
    run_task(window, work, window._opened_by_gate, failed, label=label)

