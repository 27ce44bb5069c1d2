"""Where Gezinsplan keeps its data, logs and bundled files.

The data folder follows the DESIGN.md contract: `--data-dir` wins, then the
environment variable GEZINSPLAN_DATA_DIR, then platformdirs' user data dir.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Gezinsplan"
DB_FILENAME = "gezinsplan.db"
ENV_DATA_DIR = "GEZINSPLAN_DATA_DIR"
ENV_PASSPHRASE = "GEZINSPLAN_PASSPHRASE"
# Nothing of Gezinsplan is for other users of the machine: the data, backup and log
# folders are 0700, the database, its WAL/SHM, backups, settings and logs 0600 (POSIX;
# on Windows the profile's ACLs apply and chmod only sets the read-only bit).
DIR_MODE, FILE_MODE = 0o700, 0o600
PRIVATE_UMASK = 0o077


def private_dir(path: str | os.PathLike) -> Path:
    """Create `path` (and missing parents) and make the folder itself 0700. Parents that
    existed before (the user's profile) are left as they are."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    _chmod(path, DIR_MODE)
    return path


def private_file(path: str | os.PathLike) -> Path:
    """Make an existing file 0600 (files made by older versions, or by a library that
    does not take a mode); a missing file is no error."""
    _chmod(Path(path), FILE_MODE)
    return Path(path)


def create_private_file(path: str | os.PathLike) -> Path:
    """An empty file created 0600 from the start (O_EXCL: never an existing one)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    return Path(path)


def _chmod(path: Path, mode: int) -> None:
    try:
        if (path.stat().st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except OSError:
        pass  # a folder we do not own (read-only media): reported where it is written


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        path = Path(override)
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    return private_dir(path)


def database_path(override: str | os.PathLike | None = None) -> Path:
    return data_dir(override) / DB_FILENAME


def backup_dir(override: str | os.PathLike | None = None) -> Path:
    return private_dir(data_dir(override) / "backups")


def log_dir() -> Path:
    # Logs go beside the data when the data folder is overridden, so tests and
    # portable installs never write into the user's real profile.
    if os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR]) / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    return private_dir(path)


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def forms_dir() -> Path:
    override = os.environ.get("GEZINSPLAN_FORMS_DIR")
    return Path(override) if override else _root() / "forms"
