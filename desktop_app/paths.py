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


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        path = Path(override)
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(override: str | os.PathLike | None = None) -> Path:
    return data_dir(override) / DB_FILENAME


def backup_dir(override: str | os.PathLike | None = None) -> Path:
    path = data_dir(override) / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    # Logs go beside the data when the data folder is overridden, so tests and
    # portable installs never write into the user's real profile.
    if os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR]) / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


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
