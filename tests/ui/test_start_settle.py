"""What the start leaves until after its first page (issue 17: start to the first paint):
the form files are checked behind the unlock screen and still stop a broken start; garbage
collection is off until the start has settled; the session areas the start does not use
load afterwards, and the ones it does are loaded behind the unlock screen."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.paths import forms_dir
from desktop_app.session import Session
from desktop_app.store import create_store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _broken_forms(tmp_path) -> Path:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    intake = folder / "intake.toml"
    intake.write_text(intake.read_text(encoding="utf-8").replace("version = 1", 'version = "één"'),
                      encoding="utf-8")
    return folder


def _start(data_dir, forms, **extra) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               GEZINSPLAN_DATA_DIR=str(data_dir), GEZINSPLAN_FORMS_DIR=str(forms), **extra)
    return subprocess.run([sys.executable, "-m", "desktop_app"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_a_broken_form_file_stops_the_start_behind_the_unlock_screen(data_dir, tmp_path):
    """The check runs while the key is derived: the unlock under way stops before the
    database opens, the message names file, line and field, and the exit code is 2."""
    create_store(data_dir / "gezinsplan.db", PASSPHRASE).close()
    result = _start(data_dir, _broken_forms(tmp_path), GEZINSPLAN_PASSPHRASE=PASSPHRASE,
                    GEZINSPLAN_EXIT_AFTER_FIRST_PAINT="1")
    assert result.returncode == 2, result.stderr[-2000:]
    assert "intake.toml, regel" in result.stderr and "veld 'version'" in result.stderr
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "GEZINSPLAN_FIRST_PAINT" not in result.stdout
    log = (data_dir / "logs" / "gezinsplan.log").read_text(encoding="utf-8")
    assert "form file invalid: intake.toml" in log
    assert "database unlocked" not in log  # nothing opened


def test_a_broken_form_file_stops_the_first_start_too(data_dir, tmp_path):
    result = _start(data_dir, _broken_forms(tmp_path))  # no database yet: the create screen
    assert result.returncode == 2, result.stderr[-2000:]
    assert "veld 'version'" in result.stderr
    assert not (data_dir / "gezinsplan.db").exists()


def _through_gate(qtbot, path, settings, before_show=None):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.remember_geometry = False
    if before_show is not None:
        before_show(window)
    window.show()
    window.gate.passphrase.setText(PASSPHRASE)
    window.gate.unlock_button.click()
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=15000)
    return window


def test_the_start_makes_only_the_areas_loaded_behind_the_unlock_screen(qtbot, demo_store,
                                                                         settings):
    """gate_open.START_AREAS is complete: no area module is imported between the key and
    the first page (on the start's critical path)."""
    from desktop_app.ui.gate_open import START_AREAS

    path = demo_store.path
    demo_store.close()
    window = _through_gate(qtbot, path, settings)
    for _ in range(5):
        QApplication.processEvents()
    made = {name for name, _area in Session.AREAS if name in vars(window.session)}
    assert made <= set(START_AREAS), made - set(START_AREAS)
    assert {"evaluations", "households", "safety"} <= made  # the start page and the gate
    assert set(START_AREAS) <= {name for name, _area in Session.AREAS}
    window.close()


def test_collection_comes_back_and_the_other_areas_load_once_the_start_settled(
        qtbot, demo_store, settings, monkeypatch):
    from desktop_app.core import validation
    from desktop_app.ui.app import after_start_settled
    from desktop_app.ui.gate_open import START_AREAS

    loaded: list[tuple] = []
    monkeypatch.setattr(Session, "load_areas", classmethod(lambda cls, *names: loaded.append(names)))
    monkeypatch.setattr(validation, "load_checkers", lambda: loaded.append("checkers"))
    path = demo_store.path
    demo_store.close()
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        window = _through_gate(qtbot, path, settings, before_show=after_start_settled)
        assert not gc.isenabled()  # the page is not on screen yet: nothing collected
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        assert gc.get_freeze_count() > frozen  # what the start made is left out from now on
        # Behind the unlock screen the start's areas, once settled every area's module.
        qtbot.waitUntil(lambda: len(loaded) == 3, timeout=5000)
        assert loaded == [START_AREAS, (), "checkers"]
        window.close()
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_idle_lock_joins_the_application_filter_behind_the_unlock_screen(qtbot, store,
                                                                            settings):
    """Not before the unlock screen's first paint: an application-wide Python filter made
    that paint ~20 ms slower. Nothing is open before the preload anyway."""
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.safety import idle

    path = store.path
    store.close()
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.remember_geometry = False
    window.show()
    assert not hasattr(window, "idle_lock")
    window.preload()
    assert window.idle_lock._key in idle._shared.locks
    window.close()
