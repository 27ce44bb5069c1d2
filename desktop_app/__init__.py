"""Gezinsplan: 1Gezin1Plan for CJG consultants in Midden-Limburg."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("gezinsplan")
except _metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.1.0"

APP_NAME = "Gezinsplan"
