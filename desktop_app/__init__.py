"""Gezinsplan: 1Gezin1Plan for CJG consultants in Midden-Limburg."""

from pathlib import Path as _Path


def _version() -> str:
    """pyproject.toml is the one source of the version. In a source checkout (editable
    install, PYTHONPATH) read it there, so a version bump shows without reinstalling;
    otherwise the installed metadata (a wheel, or the frozen app's bundled dist-info)."""
    pyproject = _Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        try:
            text = pyproject.read_text(encoding="utf-8")
        except OSError:
            text = ""
        found = _plain_project_version(text)
        if found:
            return found
        import tomllib

        try:
            return tomllib.loads(text)["project"]["version"]
        except (ValueError, KeyError):
            pass
    from importlib import metadata

    try:
        return metadata.version("gezinsplan")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _plain_project_version(text: str) -> str | None:
    """The `version = "…"` line of the [project] table, or None for anything less plain
    (then tomllib reads it): importing tomllib cost every start ~8 ms before the unlock
    screen (issue 17); tests/test_version.py keeps both answers equal."""
    table = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            table = line
        elif table == "[project]":
            key, eq, value = line.partition("=")
            value = value.strip()
            if eq and key.strip() == "version" and len(value) > 2 and value[0] == value[-1] == '"' \
                    and '"' not in value[1:-1] and "\\" not in value:
                return value[1:-1]
    return None


__version__ = _version()

APP_NAME = "Gezinsplan"
