"""PySide6's per-import scan, answered from the file's bytes (ui/pyside_scan.py, issue 17):
still there in the pinned PySide6, installed by the app, and the same answer as PySide6's own
for every kind of module the app imports."""

from __future__ import annotations

import importlib
import sys
import zipfile

import PySide6.QtCore  # noqa: F401 - the scan belongs to PySide6's import hook

from desktop_app.ui import pyside_scan


def _feature():
    return sys.modules["shibokensupport.feature"]


def test_the_pinned_pyside6_still_has_the_scan_it_replaces():
    """An upgrade that renames or drops it must be looked at, not silently lose the gain."""
    feature = _feature()
    assert callable(getattr(feature, "_mod_uses_pyside", None))
    assert callable(getattr(feature, "feature_imported", None))


def test_the_app_installs_it_before_its_own_imports(qapp):
    from desktop_app.ui.app import _app

    assert _app([]) is qapp
    assert pyside_scan.installed()
    assert pyside_scan.install()  # idempotent: the same function stays
    scan = _feature()._mod_uses_pyside
    assert not hasattr(scan.original, pyside_scan._MARK)


def test_both_answers_agree_for_the_modules_the_app_imports(qapp):
    pyside_scan.install()
    scan = _feature()._mod_uses_pyside
    original = scan.original
    import desktop_app.store.connection
    import desktop_app.ui.main_window  # noqa: F401
    from desktop_app.session import Session

    Session.load_areas()  # every area's modules, whichever tests ran before

    names = [name for name in sorted(sys.modules) if name.startswith("desktop_app.")]
    names += ["json", "sqlite3", "sys", "_sqlite3", "PySide6", "sqlite_utils.db"]
    checked = {name: (scan(sys.modules[name]), original(sys.modules[name]))
               for name in names if name in sys.modules}
    assert len(checked) > 100
    assert {name: pair for name, pair in checked.items() if pair[0] != pair[1]} == {}
    assert checked["desktop_app.ui.main_window"] == (True, True)  # imports PySide6
    assert checked["desktop_app.store.connection"] == (False, False)  # no Qt in the store
    assert checked["sys"] == (False, False)  # built in: PySide6's own function decides


def test_a_module_from_a_zip_is_read_through_its_loader(tmp_path, qapp):
    """No file on disk (as in a frozen app): the loader's source, as inspect finds it."""
    pyside_scan.install()
    scan = _feature()._mod_uses_pyside
    archive = tmp_path / "mods.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("gz_zip_qt.py", "import PySide6\n")
        z.writestr("gz_zip_plain.py", "VALUE = 1\n")
    sys.path.insert(0, str(archive))
    try:
        with_qt = importlib.import_module("gz_zip_qt")
        plain = importlib.import_module("gz_zip_plain")
        assert with_qt.__file__.endswith(".py")
        assert (scan(with_qt), scan.original(with_qt)) == (True, True)
        assert (scan(plain), scan.original(plain)) == (False, False)
    finally:
        sys.path.remove(str(archive))
        sys.modules.pop("gz_zip_qt", None)
        sys.modules.pop("gz_zip_plain", None)
