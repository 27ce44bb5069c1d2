"""Soak: 10,000 keystrokes with ë, é and ï into the real intake wizard and family page, with
autosave on, in a process of their own. It must end normally (a Qt binding that leaks
references to None aborted the app after minutes of typing) and every character typed must be
in the database afterwards."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

PROBE = Path(__file__).parent / "qt_probes" / "soak_typing.py"
KEYSTROKES = 10_000


def test_ten_thousand_keystrokes_end_normally_and_are_all_stored(tmp_path):
    data = tmp_path / "soak"
    data.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GEZINSPLAN_DATA_DIR=str(data),
               GEZINSPLAN_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run([sys.executable, str(PROBE), str(data), str(KEYSTROKES)],
                          capture_output=True, text=True, timeout=600, env=env,
                          cwd=Path(__file__).parents[1])
    assert proc.returncode == 0, f"the app died ({proc.returncode}): {proc.stderr[-3000:]}"
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["keystrokes"] == KEYSTROKES
    # Autosave kept up while typing, not only at the end.
    assert result["rounds"] > 100
    assert result["saves"] == result["rounds"], result
    # A leaking binding loses one per call (thousands here); a few are objects made on the way.
    assert set(result["none_drift"]) == {"intake", "family"}  # both phases measured
    assert all(abs(d) < 100 for d in result["none_drift"].values()), result["none_drift"]
    question, street = result["help_question"], result["street"]
    assert len(question) > 4_000 and {"ë", "é", "ï"} <= set(question)
    assert street and {"ë", "é", "ï"} & set(street)

    from desktop_app.store import open_store
    from desktop_app.store.families import Families
    from desktop_app.store.intake import IntakeRepository

    os.environ["GEZINSPLAN_DATA_DIR"] = str(data)
    store = open_store(data / "gezinsplan.db", PASSPHRASE)
    try:
        assert IntakeRepository(store.db).get(result["case_id"]).help_question == question
        assert Families(store.db).get_family(result["family_id"]).street == street
    finally:
        store.close()
