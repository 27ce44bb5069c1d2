"""`gezinsplan --screenshot OUT.png --show SCREEN` for every screen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from desktop_app.ui.app import main
from desktop_app.ui.screenshot import screen_names
from tests.conftest import PASSPHRASE, copy_database


@pytest.mark.parametrize("screen", sorted(screen_names()))
def test_every_screen_renders(qapp, tmp_path, data_dir, demo_template, monkeypatch, screen):
    # A copy of the session's demo database (tests/conftest.py): building the demo history
    # per screen would dominate the run. The throw-away path that builds its own demo
    # database is covered by test_screenshot_as_a_whole_process.
    copy_database(demo_template, data_dir)
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    out = tmp_path / f"{screen}.png"
    assert main(["--screenshot", str(out), "--show", screen]) == 0
    image = QImage(str(out))
    assert image.width() >= 300 and image.height() >= 200
    # Not a blank canvas: a rendered screen has many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5


def test_unknown_screen_is_refused(qapp, tmp_path, capsys):
    assert main(["--screenshot", str(tmp_path / "x.png"), "--show", "nope"]) == 2
    assert "Onbekend scherm" in capsys.readouterr().err


def test_screenshot_as_a_whole_process(tmp_path):
    out = tmp_path / "caseload.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--screenshot", str(out), "--show", "caseload"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def test_screenshot_never_runs_the_full_integrity_check(qapp, tmp_path, data_dir, demo_template,
                                                       monkeypatch):
    """It reads every page (seconds at 10,000 families); a screenshot only shows a screen."""
    from desktop_app.store.connection import Store

    calls: list[str] = []
    real_check = Store.integrity_check

    def counted(store):
        calls.append(store.path.name)
        return real_check(store)

    monkeypatch.setattr(Store, "integrity_check", counted)
    copy_database(demo_template, data_dir)
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "caseload.png"
    assert main(["--screenshot", str(out), "--show", "caseload"]) == 0
    assert out.stat().st_size > 10_000
    assert calls == []
