"""User settings: defaults declared as data, stored as JSON beside the database
(not inside it: the language must be known before unlock). Written atomically;
a file that fails to parse is reported, never silently reset."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .paths import FILE_MODE, private_dir, private_file

DEFAULTS: dict[str, Any] = {
    "language": "nl",  # nl | en
    "auto_lock_minutes": 5,
    "consultant_name": "",
    "export_dir": "",
    "window_geometry": "",  # Qt's saveGeometry, base64: last size and place of the window
}

VALID_LANGUAGES = ("nl", "en")


class SettingsError(Exception):
    def __init__(self, path: Path, detail: str):
        super().__init__(detail)
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return f"Het instellingenbestand {self.path} kan niet gelezen worden: {self.detail}"


@dataclass
class Settings:
    path: Path
    values: dict[str, Any] = field(default_factory=lambda: dict(DEFAULTS))

    @classmethod
    def load(cls, path: Path) -> Settings:
        settings = cls(Path(path))
        private_file(settings.path)  # made 0644 by an older version
        if not settings.path.exists():
            return settings
        try:
            data = json.loads(settings.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SettingsError(settings.path, str(exc)) from exc
        if not isinstance(data, dict):
            raise SettingsError(settings.path, "geen object op het hoogste niveau")
        for key, value in data.items():
            if key in DEFAULTS and type(value) is type(DEFAULTS[key]):
                settings.values[key] = value
        if settings.values["language"] not in VALID_LANGUAGES:
            settings.values["language"] = DEFAULTS["language"]
        return settings

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self.values[key] = value
        self.save()

    def save(self) -> None:
        private_dir(self.path.parent)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        os.chmod(tmp, FILE_MODE)  # an older .tmp left behind keeps its mode otherwise
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self.values, fh, indent=2, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
