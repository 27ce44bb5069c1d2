"""Guard against a Qt for Python release that drops references to None.

PySide6 6.12.0 on Python 3.11 lost one reference to None on every QLabel.setText,
setPlainText, setToolTip, polish/unpolish and processEvents; after a few thousand calls CPython
aborted with 'Fatal Python error: none_dealloc' in the middle of typing. The probe runs in a
subprocess so that such an abort fails this test instead of the test run."""

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

PROBE = Path(__file__).parent / "qt_probes" / "none_refcount.py"
CALLS = 20_000


def test_installed_qt_is_the_pinned_release():
    lock = (Path(__file__).parents[1] / "requirements.lock").read_text(encoding="utf-8")
    pinned = {
        line.split("==")[0].lower().replace("-", "_"): line.split("==")[1].strip()
        for line in lock.splitlines()
        if "==" in line and not line.startswith("#")
    }
    for dist in ("PySide6_Essentials", "PySide6_Addons", "shiboken6"):
        assert version(dist) == pinned[dist.lower()], dist


@pytest.mark.parametrize("translators", [False, True], ids=["bare", "app-translators"])
def test_common_qt_calls_keep_the_references_to_none(translators):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    extra = ["--app-translators"] if translators else []
    proc = subprocess.run(
        [sys.executable, str(PROBE), str(CALLS), *extra],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert proc.returncode == 0, f"probe died ({proc.returncode}): {proc.stderr[-2000:]}"
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["calls"] == CALLS
    deltas = result["deltas"]
    assert len(deltas) >= 16
    # A leaking binding loses one reference per call (-20,000 here); a few stray
    # references from caches are not a leak.
    leaking = {name: d for name, d in deltas.items() if abs(d) > 20}
    assert not leaking, f"references to None changed over {CALLS} calls: {leaking}"


def test_every_install_path_uses_the_lock_file():
    root = Path(__file__).parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    for marker in ("<!-- start-command -->", "<!-- test-command -->"):
        command = readme.split(marker, 1)[1].split("```", 2)[1]
        assert "-c requirements.lock" in command, marker
    assert '-c "$ROOT/requirements.lock"' in (root / "installer" / "build-linux").read_text()
    assert "requirements.lock" in (root / "installer" / "windows" / "build-windows.ps1").read_text()
