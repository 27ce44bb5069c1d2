"""Make the migration test database of a schema version: a 20-family demo made by that
version's own `gezinsplan-admin demo --families 20`, with the test passphrase.

    python tests/migration_dbs/make.py               # the current checkout (HEAD's code)
    python tests/migration_dbs/make.py --commit REV  # an older version, from a temporary
                                                     # worktree of REV with its own code

Writes tests/migration_dbs/schema-<number of migrations>-<first 7 of the commit>.db and
records it in manifest.json (its commit, the migrations it holds). Run it for every new migration:
tests/test_migration_dbs.py fails until the newest migration has its database.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
MANIFEST = HERE / "manifest.json"
PASSPHRASE = "migratie test wachtwoord 2026"  # test data only: fictional families
FAMILIES = 20


def _git(*args: str, cwd: Path = REPO) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


def _demo(code: Path, data: Path) -> None:
    """That version's own CLI, with its own code first on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEZINSPLAN_")}
    env.update(GEZINSPLAN_DATA_DIR=str(data), GEZINSPLAN_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=str(code), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c",
                    "import sys; from desktop_app.admin import main; "
                    f"sys.exit(main(['demo', '--families', '{FAMILIES}']))"],
                   cwd=code, env=env, check=True, capture_output=True, text=True)


def _applied(db: Path) -> list[str]:
    """The migrations recorded in the file (read with this checkout's cipher module)."""
    sys.path.insert(0, str(REPO))
    from desktop_app.store import cipher

    conn, key, _ = cipher.unlock(db, PASSPHRASE)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY name")]
    finally:
        conn.close()
        key.wipe()


def make(commit: str | None) -> Path:
    with tempfile.TemporaryDirectory(prefix="gezinsplan-migration-db-") as tmp:
        tmp = Path(tmp)
        if commit:
            full = _git("rev-parse", commit)
            code = tmp / "code"
            _git("worktree", "add", "--detach", str(code), full)
        else:
            full = _git("rev-parse", "HEAD")
            code = REPO
        try:
            data = tmp / "data"
            data.mkdir()
            _demo(code, data)
            db = data / "gezinsplan.db"
            migrations = _applied(db)
            name = f"schema-{len(migrations):02d}-{full[:7]}.db"
            shutil.copyfile(db, HERE / name)
        finally:
            if commit:
                _git("worktree", "remove", "--force", str(code))
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.exists() else {}
    files = [f for f in manifest.get("files", []) if f["file"] != name]
    files.append({"file": name, "commit": full, "families": FAMILIES, "migrations": migrations,
                  "made_by": "gezinsplan-admin demo --families 20 of that commit"})
    files.sort(key=lambda f: (len(f["migrations"]), f["migrations"]))
    manifest = {"passphrase": PASSPHRASE, "files": files}
    MANIFEST.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    return HERE / name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", help="an older commit (made in a temporary worktree)")
    args = parser.parse_args()
    print(make(args.commit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
