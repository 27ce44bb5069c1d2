"""Gezinsplan: 1Gezin1Plan for CJG consultants in Midden-Limburg."""

from pathlib import Path as _Path


def _version() -> str:
    """pyproject.toml is the one source of the version. In a source checkout (editable
    install, PYTHONPATH) read it there, so a version bump shows without reinstalling;
    otherwise the installed metadata (a wheel, or the frozen app's bundled dist-info)."""
    pyproject = _Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, ValueError, KeyError):
            pass
    from importlib import metadata

    try:
        return metadata.version("gezinsplan")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _version()

APP_NAME = "Gezinsplan"
