"""Shared helpers: the cached demo databases, statistics, subprocess timing."""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "benchmark wachtwoord molen vlaai 2026"
PYTHON = sys.executable


def bench_dir() -> Path:
    """Outside git: $GEZINSPLAN_BENCH_DIR, else ~/.cache/gezinsplan-bench."""
    folder = Path(os.environ.get("GEZINSPLAN_BENCH_DIR") or Path.home() / ".cache" / "gezinsplan-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def schema_key() -> str:
    """The cache key: the migrations that shape the database, plus the demo writers
    (a feature that adds demo history also adds a migration)."""
    folder = ROOT / "desktop_app" / "store" / "migrations"
    names = sorted(p.name for p in folder.glob("m[0-9]*.py"))
    return hashlib.sha256("\n".join(names).encode()).hexdigest()[:12]


def env(data_dir: Path | None = None, **extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    e["QT_QPA_PLATFORM"] = "offscreen"
    e["GEZINSPLAN_PASSPHRASE"] = PASSPHRASE
    # The installed app starts from compiled bytecode (PyInstaller bundles .pyc): a start
    # must not include compiling every module from source, as it does when the shell sets
    # PYTHONDONTWRITEBYTECODE. The bytecode goes outside the repository.
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e["PYTHONPYCACHEPREFIX"] = str(bench_dir() / "pycache")
    if data_dir is not None:
        e["GEZINSPLAN_DATA_DIR"] = str(data_dir)
    e.update(extra)
    return e


def admin(args: list[str], data_dir: Path, timeout: float = 3600) -> subprocess.CompletedProcess:
    code = "import sys; from desktop_app.admin import main; sys.exit(main())"
    return subprocess.run([PYTHON, "-c", code, *args], env=env(data_dir), cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def demo_database(families: int, log=print) -> tuple[Path, dict]:
    """The data folder of a demo database with `families` families, generated once
    with `gezinsplan-admin demo` and reused; keyed by schema version."""
    folder = bench_dir() / f"demo-{families}-{schema_key()}"
    meta_file = folder / "meta.json"
    if meta_file.exists() and (folder / "gezinsplan.db").exists():
        return folder, json.loads(meta_file.read_text())
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    log(f"  generating a demo database of {families:,} families in {folder} (once) …")
    started = time.perf_counter()
    result = admin(["demo", "--families", str(families)], folder)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"demo generation failed: {result.stderr[-2000:]}")
    meta = {"families": families, "seconds": seconds, "per_second": families / seconds,
            "generated": time.strftime("%Y-%m-%d %H:%M"), "schema": schema_key()}
    meta_file.write_text(json.dumps(meta, indent=1))
    return folder, meta


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def run_json(module: str, args: list[str], data_dir: Path | None = None,
             timeout: float = 1800) -> dict:
    """Run `python -m tests.benchmarks.<module> ARGS` and read the JSON it prints last."""
    result = subprocess.run([PYTHON, "-m", f"tests.benchmarks.{module}", *args], env=env(data_dir),
                            cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])
