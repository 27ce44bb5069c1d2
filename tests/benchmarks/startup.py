"""Whole-process start: the app to its caseload's first paint, next to a bare
PySide6 window, both as fresh processes in the same run."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from .common import PYTHON, ROOT, env, median


def _timed(cmd: list[str], environment: dict, marker: str, timeout: float = 300) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=environment, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(marker):
            break
    seconds = time.perf_counter() - started
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if not line.startswith(marker):
        raise RuntimeError(f"{cmd}: no {marker} line (exit {proc.returncode})")
    return seconds, line


def measure(data_dir: Path, runs: int = 5) -> dict:
    bare, app, kdf = [], [], []
    app_env = env(data_dir, GEZINSPLAN_EXIT_AFTER_CASELOAD="1")
    bare_cmd = [PYTHON, "-m", "tests.benchmarks.bare_qt"]
    app_cmd = [PYTHON, "-m", "desktop_app"]
    # One warm-up of each so both read their files from the OS cache, then alternate.
    _timed(bare_cmd, env(), "BARE_SHOWN")
    _timed(app_cmd, app_env, "GEZINSPLAN_CASELOAD_SHOWN")
    for _ in range(runs):
        seconds, _line = _timed(bare_cmd, env(), "BARE_SHOWN")
        bare.append(seconds)
        seconds, line = _timed(app_cmd, app_env, "GEZINSPLAN_CASELOAD_SHOWN")
        app.append(seconds)
        fields = dict(part.split("=", 1) for part in line.split()[1:])
        kdf.append(float(fields["kdf"]))
    return {"bare": median(bare), "app": median(app), "kdf": median(kdf),
            "app_runs": app, "bare_runs": bare}
