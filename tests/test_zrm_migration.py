"""m1050 on a real old database (a 20-family demo made by the schema-14 code, see
tests/migration_dbs/): the 'household and parents' ZRM scores move to the read-only legacy
set 'zrm_oud' with every field as it was scored; nothing is lost, and the old scores still
reach the summary, the coordination facts and the plan."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop_app.store import cipher, open_store
from desktop_app.store.coordination_facts import gather_facts

HERE = Path(__file__).resolve().parent / "migration_dbs"
MANIFEST = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
PASSPHRASE = MANIFEST["passphrase"]
COLUMNS = "case_id, set_key, domain_key, person_id, good, worries, score, eigen, netwerk, hulp, priority, updated_at"


def _old_file() -> str:
    """The newest old database that does not have m1050 yet."""
    before = [f for f in MANIFEST["files"] if "m1050_zrm_per_adult" not in f["migrations"]]
    return max(before, key=lambda f: len(f["migrations"]))["file"]


def test_m1050_keeps_every_old_score(data_dir):
    from desktop_app.session import Session

    path = data_dir / "gezinsplan.db"
    shutil.copyfile(HERE / _old_file(), path)
    conn, key, _ = cipher.unlock(path, PASSPHRASE)
    try:
        old = conn.execute(f"SELECT {COLUMNS} FROM intake_domains ORDER BY case_id, set_key, "
                           "domain_key, person_id").fetchall()
        steps = conn.execute("SELECT case_id FROM intakes WHERE step = 'domains:zrm:0' ORDER BY 1").fetchall()
    finally:
        conn.close()
        key.wipe()
    old_zrm = [r for r in old if r[1] == "zrm"]
    assert old_zrm and all(r[3] == 0 for r in old_zrm)  # the old form: once for the household
    store = open_store(path, PASSPHRASE)
    try:
        new = store.db.execute(f"SELECT {COLUMNS} FROM intake_domains ORDER BY case_id, set_key, "
                               "domain_key, person_id").fetchall()
        assert len(new) == len(old)
        moved = [(r[0], "zrm_oud", *r[2:]) if r[1] == "zrm" else tuple(r) for r in old]
        assert sorted(map(tuple, new)) == sorted(moved)  # every value as it was scored
        assert store.db.execute("SELECT count(*) FROM intake_domains WHERE set_key = 'zrm'").fetchone()[0] == 0
        # A wizard left on the old step reopens on the old scores.
        assert store.db.execute("SELECT case_id FROM intakes WHERE step = 'domains:zrm_oud:0' "
                                "ORDER BY 1").fetchall() == steps
        # The old scores are read, read-only, wherever self-reliance is shown.
        session = Session(store)
        case_id = next(r[0] for r in old_zrm if r[6] is not None)
        scored = [r for r in old_zrm if r[0] == case_id and r[6] is not None]
        targets = session.intake.matrix_targets(case_id)
        assert any(t.set_key == "zrm_oud" and t.read_only for t in targets)
        plan = session.intake.plan(case_id)
        assert sorted(d.score for d in plan.domains if d.set_key == "zrm_oud") == sorted(r[6] for r in scored)
        facts = gather_facts(store.db, case_id)
        assert len(facts.self_reliance) >= len(scored) and facts.mean_score() is not None
    finally:
        store.close()
