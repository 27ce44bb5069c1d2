"""Reading a file the user hands in (a catalogue CSV, a form file) safely.

A FIFO, a device or a socket named as input would block the reader forever or stream
without end (`import-catalog /dev/zero`), so only a regular file is read: the path is
checked with stat() before it is opened, and opened with O_NONBLOCK and checked again
(the name may have been swapped in between). The size is capped before reading.
No Qt, no database: usable from core, the CLI and the GUI.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_INPUT_BYTES = 20 * 1024 * 1024  # a regional catalogue is well under 1 MB


class InputFileError(ValueError):
    """The file cannot be used as input; str() is a Dutch sentence. `missing` tells a
    file that does not exist from one of the wrong kind."""

    def __init__(self, message: str, missing: bool = False):
        super().__init__(message)
        self.message = message
        self.missing = missing

    def __str__(self) -> str:
        return self.message


def _kind(mode: int) -> str | None:
    """A Dutch word for anything that is not a regular file; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een pijp (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    if stat.S_ISSOCK(mode):
        return "een socket"
    return "geen gewoon bestand"


def read_input_file(path: str | os.PathLike, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; InputFileError otherwise.
    Never blocks on a FIFO or device."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputFileError(f"Het bestand {name} bestaat niet.", missing=True) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise InputFileError(f"Het bestand {name} kan niet worden gelezen "
                             f"({getattr(exc, 'strerror', None) or 'ongeldige naam'}).") from None
    kind = _kind(info.st_mode)
    if kind:
        raise InputFileError(f"{name} is {kind}, geen gewoon bestand. Kies een bestand.")
    if info.st_size > limit:
        raise InputFileError(f"Het bestand {name} is te groot ({info.st_size // 1_048_576} MB; "
                             f"hoogstens {limit // 1_048_576} MB).")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InputFileError(f"Het bestand {name} kan niet worden gelezen "
                             f"({exc.strerror}).") from None
    with os.fdopen(fd, "rb") as fh:
        kind = _kind(os.fstat(fh.fileno()).st_mode)
        if kind:
            raise InputFileError(f"{name} is {kind}, geen gewoon bestand. Kies een bestand.")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputFileError(f"Het bestand {name} is te groot (hoogstens "
                             f"{limit // 1_048_576} MB).")
    return data
