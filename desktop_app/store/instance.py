"""One writer per data folder: an OS file lock on `gezinsplan.lock` beside the
database, taken by every open/create of a store (GUI and admin CLI alike) and
by the GUI at start.

The OS drops the lock when the process ends – also after a crash or SIGKILL –
so a stale lock never blocks a start. Within one process the lock is counted
(the GUI's worker connections and tests open the same folder more than once).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from .errors import AlreadyRunning

LOCK_NAME = "gezinsplan.lock"
__all__ = ["AlreadyRunning", "acquire", "held", "release"]

_held: dict[str, list] = {}  # folder -> [fd, count]
_guard = threading.Lock()


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def acquire(folder: Path) -> str:
    """Take (or count once more) the lock of `folder`; AlreadyRunning if another
    process holds it. Returns the key to pass to release()."""
    folder = Path(folder).resolve()
    key = str(folder)
    with _guard:
        if key in _held:
            _held[key][1] += 1
            return key
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise AlreadyRunning(folder)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        _held[key] = [fd, 1]
        return key


def release(key: str) -> None:
    with _guard:
        entry = _held.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] <= 0:
            del _held[key]
            os.close(entry[0])  # closing drops the lock


def held(folder: Path) -> bool:
    return str(Path(folder).resolve()) in _held
