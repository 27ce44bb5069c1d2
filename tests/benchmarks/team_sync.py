"""The team server's budgets measured through the laptop's session (issue 18), beside their
floors from the same run, on a throw-away TLS PostgreSQL cluster on loopback:

* initial pull of a 60-family caseload (a new laptop) – budget 5 s;
* push of 1,000 changed rows – budget 2 s;
* a sync with nothing to do while the server holds 100,000 families of 50 consultants –
  budget 100 ms.

Floors: a TLS connection with SCRAM (what every sync opens) and one `SELECT 1` round trip.

    PYTHONPATH=$PWD GEZINSPLAN_PG_TMP=/var/tmp python -m tests.benchmarks.team_sync [--runs 5]

Writes tests/benchmarks/team_results.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSPHRASE = "benchmark wachtwoord teamserver"


def _median(values):
    return statistics.median(values)


def _laptop(folder: Path, families: int):
    from desktop_app.session import Session
    from desktop_app.store import create_store
    from desktop_app.store.demo import fill_demo

    folder.mkdir(parents=True)
    os.environ["GEZINSPLAN_DATA_DIR"] = str(folder)
    store = create_store(folder / "gezinsplan.db", PASSPHRASE)
    if families:
        fill_demo(store, families, seed=18)
    store.close()
    return Session.open(folder / "gezinsplan.db", PASSPHRASE)


def _fill_colleagues(admin_dsn: str, families: int, consultants: int) -> None:
    import psycopg

    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute("INSERT INTO gz.consultants (role, team, prefix) SELECT 'collega' || i, "
                     "'T' || (i %% 5), 'C' || i FROM generate_series(1, %s) i", [consultants - 1])
        conn.execute("CREATE TEMP TABLE f AS SELECT gen_random_uuid() AS gid, i, "
                     "'collega' || (1 + i %% %s) AS owner FROM generate_series(1, %s) i",
                     [consultants - 1, families])
        conn.execute("INSERT INTO gz.families (gid, owner, team) SELECT gid, owner, 'T1' FROM f")
        for tbl, data in (("families", "jsonb_build_object('family_name', 'Fictief-' || i)"),
                          ("persons", "jsonb_build_object('first_name', 'Kind')"),
                          ("cases", "jsonb_build_object('case_number', 'CJG-C1-2026-' || i, "
                                    "'status', 'intake')")):
            gid = "gid" if tbl == "families" else "gen_random_uuid()"
            conn.execute(f"INSERT INTO gz.rows (gid, tbl, family, data, version, changed_by) "
                         f"SELECT {gid}, '{tbl}', gid, {data}, nextval('gz.change_seq'), owner "
                         f"FROM f")
        conn.execute("ANALYZE")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--families", type=int, default=100_000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.store import team_admin, team_pg
    from tests.team.pg_cluster import PgCluster

    work = Path(tempfile.mkdtemp(prefix="gz-bench-"))
    cluster = PgCluster().create()
    rows = []
    try:
        cluster.start()
        dsn = cluster.admin_dsn()
        team_admin.init_server(dsn)
        anna = team_admin.create_consultant(dsn, "anna")
        server = {"host": cluster.host, "port": cluster.port, "dbname": "postgres",
                  "ca_file": str(cluster.ca_file)}
        address = cluster.dsn(dbname="postgres")

        # Floors: a TLS + SCRAM connection, and one round trip on it.
        connects, trips = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            conn = team_pg.connect(address, user="anna", password=anna.password, autocommit=True)
            connects.append(time.perf_counter() - started)
            started = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            trips.append(time.perf_counter() - started)
            conn.close()

        # The caseload: 60 demo families pushed by anna's first laptop.
        first = _laptop(work / "first", 60)
        first.team.connect(server, "anna", anna.password)
        started = time.perf_counter()
        pushed = first.team.sync_now()
        first_push = time.perf_counter() - started
        held = first.store.db.execute("SELECT count(*) FROM sync_rows").fetchone()[0]

        pulls = []
        for n in range(args.runs):
            laptop = _laptop(work / f"new-{n}", 0)
            laptop.team.connect(server, "anna", anna.password)
            started = time.perf_counter()
            laptop.team.sync_now()
            pulls.append(time.perf_counter() - started)
            laptop.store.close()

        pushes = []
        db = first.store.db
        for n in range(args.runs):
            with db.atomic():
                db.execute("UPDATE intake_domains SET good = coalesce(good, '') || ? WHERE rowid IN "
                           "(SELECT rowid FROM intake_domains ORDER BY rowid LIMIT 1000)", [f" {n}"])
            waiting = first.team.status().pending
            started = time.perf_counter()
            first.team.sync_now()
            pushes.append(time.perf_counter() - started)
            assert waiting == 1000, waiting

        _fill_colleagues(dsn, args.families, 50)
        idles = []
        first.team.sync_now()
        for _ in range(args.runs):
            started = time.perf_counter()
            result = first.team.sync_now()
            idles.append(time.perf_counter() - started)
            assert result.pushed == 0
        first.store.close()

        floor = f"TLS connect {_median(connects) * 1000:.0f} ms + round trip {_median(trips) * 1000:.2f} ms"
        rows = [
            ("first push of the 60-family caseload", f"{held:,} rows", first_push, None, floor),
            ("initial pull of the 60-family caseload (new laptop)", f"{held:,} rows",
             _median(pulls), 5.0, floor),
            ("push of 1,000 changed rows", "1,000 rows", _median(pushes), 2.0, floor),
            (f"sync with nothing to do, {args.families:,} families / 50 consultants on the "
             "server", "0 rows", _median(idles), 0.100, floor),
        ]
        del pushed
    finally:
        cluster.destroy()
        shutil.rmtree(work, ignore_errors=True)

    load = os.getloadavg()
    lines = ["# Team server benchmark (issue 18)", "",
             f"Measured {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} CPUs, load average "
             f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}; medians of {args.runs} runs, whole "
             "syncs through `session.team.sync_now()` (connect, push, pull, derived columns), a "
             "throw-away PostgreSQL 15 on loopback with TLS verify-full and SCRAM "
             "(its test settings: fsync off).", "",
             "| measure | rows | median | budget | floor in the same run |", "|---|---|---|---|---|"]
    for name, size, value, budget, floor in rows:
        lines.append(f"| {name} | {size} | {value:.3f} s | "
                     f"{'-' if budget is None else f'{budget:g} s'} | {floor} |")
    text = "\n".join(lines) + "\n"
    (HERE / "team_results.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
