"""A rotating log file in the platformdirs log folder.

Nothing personal goes in: log record ids, counts and timings, never names, BSNs,
addresses or free text. A filter scrubs anything that looks like a BSN or a
postcode as a second line of defence.
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .paths import FILE_MODE, log_dir, private_file

_BSN = re.compile(r"\b\d{9}\b")
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Za-z]{2}\b")


def scrub(text: str) -> str:
    return _POSTCODE.sub("[postcode]", _BSN.sub("[bsn]", text))


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, ()
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Every log file 0600 – the first and each one after a rollover (paths.FILE_MODE);
    the rotated ones keep that mode when they are renamed."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        os.close(fd)
        private_file(self.baseFilename)
        return super()._open()


_configured: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    global _configured
    if _configured is not None:
        return _configured
    path = log_dir() / "gezinsplan.log"
    try:
        handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                             encoding="utf-8")
    except OSError:  # a read-only data folder (issue 15): log to stderr, scrubbed alike
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path
