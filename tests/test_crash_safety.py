"""Crash safety, proven: a child process runs the autosave's write path
(the session operations households.update_person / update_family, one small
transaction per edit, audit triggers included) and reports each edit through a file AFTER the commit
returned. It is killed with SIGKILL at random moments. After every kill the
database must open, pass the integrity check, keep its audit chain intact, and
hold every acknowledged edit (or a later one of the same field)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
SLOTS = 8  # 4 person phone fields and 4 family phone fields
MIN_KILLS = 21
MIN_EDITS = 210

CHILD = r"""
import os, sys
from desktop_app.session import Session

path, ack, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
repo = Session.open(path, os.environ["GP_TEST_PASSPHRASE"]).households
fd = os.open(ack, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
os.write(fd, b"ready\n")
i = start
while True:
    slot = i % 8
    if slot < 4:
        repo.update_person(slot + 1, "phone", f"e{i}")
    else:
        repo.update_family(slot - 3, "phone", f"e{i}")
    os.write(fd, f"{i}\n".encode())  # only after the commit returned
    i += 1
"""


def _db_values(store) -> dict[int, int]:
    values = {}
    for slot in range(SLOTS):
        if slot < 4:
            row = store.db.execute("SELECT phone FROM persons WHERE id = ?", [slot + 1]).fetchone()
        else:
            row = store.db.execute("SELECT phone FROM families WHERE id = ?", [slot - 3]).fetchone()
        text = row[0] or ""
        values[slot] = int(text[1:]) if text.startswith("e") else -1
    return values


def _wait_for(ack: Path, lines_before: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ack.exists() and ack.read_text().count("\n") > lines_before:
            return
        time.sleep(0.01)
    raise AssertionError("the child never became ready")


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_loses_no_acknowledged_edit(store, data_dir):
    from desktop_app.store import audit, open_store
    from desktop_app.store.demo import fill_demo

    fill_demo(store, 6, seed=3)
    path = store.path
    store.close()
    ack = data_dir / "acks.txt"
    rng = random.Random(20260707)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GP_TEST_PASSPHRASE": PASSPHRASE}
    acked: dict[int, int] = {}  # slot -> highest acknowledged edit
    kills = lost = next_edit = 0
    total_acked = 0
    killed_before_ready = 0
    while kills < MIN_KILLS or total_acked < MIN_EDITS:
        lines_before = ack.read_text().count("\n") if ack.exists() else 0
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(ack), str(next_edit)],
                                 cwd=ROOT, env=env, stderr=subprocess.PIPE)
        if kills % 6 == 5:
            time.sleep(rng.uniform(0.0, 0.4))  # sometimes while it is still opening
        else:
            _wait_for(ack, lines_before)
            time.sleep(rng.uniform(0.0, 0.25))
        if child.poll() is not None:
            raise AssertionError(child.stderr.read().decode(errors="replace")[-2000:])
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stderr.close()
        kills += 1
        new = [ln for ln in ack.read_text().splitlines()[lines_before:] if ln.isdigit()]
        if not new and "ready" not in ack.read_text().splitlines()[lines_before:]:
            killed_before_ready += 1
        for n in map(int, new):
            acked[n % SLOTS] = max(acked.get(n % SLOTS, -1), n)
        total_acked += len(new)

        reopened = open_store(path, PASSPHRASE)  # runs the integrity check itself
        try:
            assert reopened.integrity_check() == []
            assert audit.verify(reopened.db).ok
            values = _db_values(reopened)
        finally:
            reopened.close()
        for slot, want in acked.items():
            got = values[slot]
            if got < want:
                lost += 1
            else:
                assert got % SLOTS == slot
        next_edit = max([next_edit, *values.values(), *acked.values()]) + 1

    print(f"\ncrash safety: {kills} SIGKILLs ({killed_before_ready} before the first edit), "
          f"{total_acked} acknowledged edits, {lost} lost")
    assert lost == 0
    assert kills >= MIN_KILLS and total_acked >= MIN_EDITS
