"""Shared fixtures: offscreen Qt, and each test with its own data folder.

Speed: the demo database is built once per session (`demo_template`, 40 fictional
families) and every test gets its own copy of it (`demo_store`), or of an empty
migrated database (`store`). Opening a copy would still derive the key from the
passphrase each time (PBKDF2, ~0.15 s), so by default tests derive each key once
per session – see `_derive_once` – unless marked `real_kdf`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GEZINSPLAN_PASSPHRASE", None)

import pytest  # noqa: E402
from hypothesis import settings as _hypothesis_settings  # noqa: E402

# Property tests without their own max_examples take it from the profile: 100 inputs in a
# normal run, 1,000 in CI (.ci/run exports HYPOTHESIS_PROFILE=ci).
_hypothesis_settings.register_profile("dev", max_examples=100, deadline=None)
_hypothesis_settings.register_profile("ci", max_examples=1000, deadline=None)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

PASSPHRASE = "kaarsvet molen vlaai fiets"
DEMO_FAMILIES, DEMO_SEED = 40, 11  # what demo_store holds


# -- key derivation once per (passphrase, salt) -----------------------------------------
# The app derives the page key itself (store.cipher.derive: PBKDF2-HMAC-SHA512 over the
# file's salt, SQLCipher 4's defaults) and gives SQLCipher only that key. Copies of a
# template share its salt, so a test derives each (passphrase, salt) once per session.
_derived: dict[tuple[str, bytes], bytes] = {}


@pytest.fixture(autouse=True)
def _derive_once(request, monkeypatch):
    """keys.derive (store.cipher.derive delegates to it) remembered per (passphrase, salt): the same Key, the same code
    path in store/ (production's own derive computes it the first time), the same
    WrongPassphrase for a wrong passphrase or a damaged header – without PBKDF2 on every
    open of a copied template. Tests of the derivation itself are marked `real_kdf`;
    subprocesses never see this."""
    if request.node.get_closest_marker("real_kdf"):
        return
    from desktop_app import keys

    real_derive = keys.derive

    def derive(passphrase, salt):
        raw = _derived.get((passphrase, salt))
        if raw is None:
            key = real_derive(passphrase, salt)
            _derived[(passphrase, salt)] = bytes(key._raw)
            return key
        return keys.Key(raw, salt)

    monkeypatch.setattr(keys, "derive", derive)


# -- data folders and databases ------------------------------------------------------------
@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(folder))
    monkeypatch.delenv("GEZINSPLAN_PASSPHRASE", raising=False)
    return folder


def _template(tmp_path_factory, name: str, families: int) -> Path:
    from desktop_app.store import create_store
    from desktop_app.store.demo import fill_demo

    folder = tmp_path_factory.mktemp(name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEZINSPLAN_DATA_DIR", str(folder))  # the store's lock and logs go here
        store = create_store(folder / "gezinsplan.db", PASSPHRASE)
        if families:
            fill_demo(store, families, seed=DEMO_SEED)
        store.close()  # checkpoints the WAL: the .db file alone is the whole database
    return folder / "gezinsplan.db"


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """A new, migrated, empty database, made once per session with PASSPHRASE."""
    return _template(tmp_path_factory, "empty-template", 0)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """THE demo database of the session (DEMO_FAMILIES families, DEMO_SEED), made once;
    copy it, never open it in place."""
    return _template(tmp_path_factory, "demo-template", DEMO_FAMILIES)


def copy_database(template: Path, folder: Path) -> Path:
    target = Path(folder) / "gezinsplan.db"
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def store(request, data_dir):
    """An open store on the test's own database in data_dir: a copy of the empty
    template, or of the demo template when the test uses demo_store (then the two are
    one and the same store, as when demo_store filled this one)."""
    from desktop_app.store import open_store

    template = "demo_template" if "demo_store" in request.fixturenames else "empty_template"
    s = open_store(copy_database(request.getfixturevalue(template), data_dir), PASSPHRASE)
    yield s
    try:
        s.close()
    except Exception:  # already closed by the test
        pass


@pytest.fixture
def demo_store(store):
    """A store with DEMO_FAMILIES fictional families (fill_demo, seed DEMO_SEED)."""
    return store


@pytest.fixture
def settings(data_dir):
    from desktop_app.settings import Settings

    return Settings.load(data_dir / "settings.json")


@pytest.fixture
def unlocked_window(qtbot, demo_store, settings):
    """A main window unlocked on a small demo database."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_store.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._opened(demo_store)
    return window


def window_through_gate(qtbot, store, settings):
    """`store` closed and opened again the way a consultant does: a main window, the
    passphrase on its unlock screen, and the start's background check (and its backup)
    waited for."""
    from desktop_app.ui.main_window import MainWindow

    path = store.path
    store.close()
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.unlocked, timeout=15000):
        window._unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window._checker is None, timeout=15000)
    return window


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user, Dutch characters included: QTest.keyClicks only knows
    ASCII (it aborts on 'ë'), so other characters go in as key events with text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))
