"""A cheaper answer to the question PySide6 asks of every module imported after it.

For its opt-in `from __feature__ import snake_case` switches, PySide6 (shibokensupport.feature,
PYSIDE-2029) records for each newly imported module whether its source mentions "PySide6",
and it finds out with `inspect.getsource(module)`. That call tokenizes the file and runs
`inspect.getmodule`, which walks all of sys.modules, so the scan grows with every import:
importing the session, the start's areas and the first pages took 255 ms with it and 208 ms
with this module (medians of 12 alternating processes; issue 17).

`install()` keeps PySide6's question and its answer but reads the file as bytes: the same
True/False for a .py file (or the source its loader gives, as inspect would find it), and
anything else is still asked of PySide6's own function. Gezinsplan uses no __feature__
switch; the answer only decides which modules such a switch could affect.

This replaces a private function of the pinned PySide6 (requirements.lock):
tests/ui/test_pyside_scan.py checks that it is still there and that both answers agree, so
an upgrade that moves it fails a test instead of silently losing the gain."""

from __future__ import annotations

import sys

_MARK = "_gezinsplan_light_scan"


def _feature_module():
    return sys.modules.get("shibokensupport.feature")


def install() -> bool:
    """Replace PySide6's scan (once PySide6 is imported); True if it is in place."""
    feature = _feature_module()
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in, extension, namespace package: PySide6 decides
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:  # no file (a frozen app): its loader's source, as inspect would find
            pass
        try:
            text = module.__loader__.get_source(module.__name__)
        except Exception:  # noqa: BLE001 - any odd loader: PySide6 decides
            return original(module)
        return text is not None and "PySide6" in text

    setattr(uses_pyside, _MARK, True)
    uses_pyside.original = original
    feature._mod_uses_pyside = uses_pyside
    return True


def installed() -> bool:
    return getattr(getattr(_feature_module(), "_mod_uses_pyside", None), _MARK, False)
