"""Fixtures of the team-server tests (issue 18). The names below are stable: the laptop-sync
tests under tests/team/ use them too.

`pg_server` (session): a running throw-away PostgreSQL cluster (tests/team/pg_cluster.py's
    PgCluster) on a free localhost port, TLS only (our own CA, a server certificate for
    localhost / 127.0.0.1 / ::1), SCRAM passwords, an administrator superuser. Stopped and
    removed at the end of the session, also after a failure.
      .admin_dsn(dbname="postgres") -> str     the administrator's connection string
      .dsn(user=None, password=None, dbname="postgres", **extra) -> str
                                               TLS verify-full against .ca_file
      .ca_file, .other_ca_file (a CA that signed nothing), .log_file, .log_text()
      .host ("localhost"), .port, .stop(mode="fast"), .start()   (a test that stops the
                                               server need not restart it: the fixtures do)
`team_server` (function): a database with the gz schema installed (by
    team_admin.init_server, once per session) and emptied for each test: no data, no
    consultants, visibility 'own', the version sequence restarted; the consultant roles a
    test made are dropped after it. (A fresh CREATE DATABASE costs 0.3 s; emptying, 20 ms.)
    A test that changes the schema's functions or tables themselves uses empty_database.
    A TeamServer:
      .dbname, .dsn (address only: host, port, dbname, sslrootcert – what a laptop keeps),
      .admin_dsn, .ca_file, .cluster (the pg_server)
      .add_consultant(name, team=None, leader=False, password=None) -> Consultant
            Consultant: .name .password .prefix .team .leader
                        .dsn (address with user and password: for raw psycopg)
                        .connect(autocommit=True) -> psycopg.Connection (team_pg.connect)
                        .push(changes, batch=None) -> dict   gz.push's response (own connection)
                        .pull(after=0, limit=1000) -> dict   gz.pull's response
                        .sql(query, params=None) -> list[tuple]   raw SQL as this role
      .admin(autocommit=True) -> psycopg.Connection as administrator (close it, or use with)
      .set_visibility("own" | "team")
      .reset()   empties the synced data (rows, families, conflicts, batches, hand-overs,
                 destructions), keeps the consultants, restarts the version sequence
                 (e.g. between the examples of a hypothesis test)
`empty_database` (function): a TeamServer whose new database has no gz schema yet (for
    the init tests); append the names of consultants made in it to .roles (dropped after).

Without PostgreSQL the team tests are skipped, except in CI (CI=true), where they fail:
.ci/run installs Debian's postgresql.
"""

from __future__ import annotations

import itertools
import json
import os
import uuid
from dataclasses import dataclass, field

import psycopg
import pytest
from psycopg import sql

from desktop_app.store import team_admin, team_pg

from .pg_cluster import PgCluster, pg_bindir

SHARED = "gz_team"  # the team_server fixture's database, emptied for each test
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    if pg_bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: .ci/run should install it")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    cluster = PgCluster().create()
    try:
        cluster.start()
        with psycopg.connect(cluster.admin_dsn(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(SHARED)))
        team_admin.init_server(cluster.admin_dsn(SHARED))
        yield cluster
    finally:
        cluster.destroy()


@dataclass
class Consultant:
    name: str
    password: str
    prefix: str
    team: str | None
    leader: bool
    server: TeamServer = field(repr=False)

    @property
    def dsn(self) -> str:
        return self.server.cluster.dsn(self.name, self.password, self.server.dbname)

    def connect(self, autocommit: bool = True) -> psycopg.Connection:
        return team_pg.connect(self.server.dsn, user=self.name, password=self.password,
                               autocommit=autocommit)

    def push(self, changes: list[dict], batch: uuid.UUID | str | None = None) -> dict:
        with self.connect() as conn:
            return conn.execute("SELECT gz.push(%s, %s)",
                                [str(batch or uuid.uuid4()), json.dumps(changes)]).fetchone()[0]

    def pull(self, after: int = 0, limit: int = 1000) -> dict:
        with self.connect() as conn:
            return conn.execute("SELECT gz.pull(%s, %s)", [after, limit]).fetchone()[0]

    def sql(self, query: str, params=None) -> list[tuple]:
        with self.connect() as conn:
            cur = conn.execute(query, params)
            return cur.fetchall() if cur.description else []


class TeamServer:
    def __init__(self, cluster: PgCluster, dbname: str):
        self.cluster = cluster
        self.dbname = dbname
        self.ca_file = str(cluster.ca_file)
        self.roles: list[str] = []

    @property
    def dsn(self) -> str:
        return self.cluster.dsn(dbname=self.dbname)

    @property
    def admin_dsn(self) -> str:
        return self.cluster.admin_dsn(self.dbname)

    def admin(self, autocommit: bool = True) -> psycopg.Connection:
        return psycopg.connect(self.admin_dsn, autocommit=autocommit)

    def add_consultant(self, name: str, team: str | None = None, leader: bool = False,
                       password: str | None = None) -> Consultant:
        new = team_admin.create_consultant(self.admin_dsn, name, team=team, leader=leader,
                                           password=password)
        self.roles.append(new.name)
        return Consultant(new.name, new.password, new.prefix, new.team, new.leader, self)

    def set_visibility(self, visibility: str) -> None:
        team_admin.set_visibility(self.admin_dsn, visibility)

    def reset(self) -> None:
        with self.admin() as conn:
            conn.execute("TRUNCATE gz.rows, gz.families, gz.conflicts, gz.batches, gz.case_counters, "
                         "gz.destructions, gz.handovers RESTART IDENTITY")
            conn.execute("ALTER SEQUENCE gz.change_seq RESTART")

    def empty(self) -> None:
        """As after init: no data, no consultants, the default settings. Connections a
        previous test left open are ended first (they could hold locks TRUNCATE waits for)."""
        with self.admin() as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        self.reset()
        with self.admin() as conn:
            conn.execute("TRUNCATE gz.consultants")
            conn.execute("UPDATE gz.settings SET value = 'own' WHERE key = 'visibility'")
            conn.execute("UPDATE gz.meta SET value = %s WHERE key = 'schema_version'",
                         [str(team_pg.SCHEMA_VERSION)])

    def drop_roles(self) -> None:
        if not self.cluster.running:
            self.cluster.start()
        with psycopg.connect(self.cluster.admin_dsn(), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE usename = ANY(%s)", [self.roles])
            for role in self.roles:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        self.roles.clear()

    def drop(self) -> None:
        if not self.cluster.running:
            self.cluster.start()
        with psycopg.connect(self.cluster.admin_dsn(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(self.dbname)))
        self.drop_roles()


def _new_database(cluster: PgCluster) -> str:
    if not cluster.running:
        cluster.start()
    name = f"gz_test_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(cluster.admin_dsn(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return name


@pytest.fixture
def team_server(pg_server):
    if not pg_server.running:
        pg_server.start()
    server = TeamServer(pg_server, SHARED)
    server.empty()
    try:
        yield server
    finally:
        server.drop_roles()


@pytest.fixture
def empty_database(pg_server):
    server = TeamServer(pg_server, _new_database(pg_server))
    try:
        yield server
    finally:
        server.drop()


@pytest.fixture
def laptops(tmp_path, team_server, demo_template, empty_template):
    """laptops(name, consultant, demo=False) -> tests.team.laptops.Laptop: a data folder
    with its own database (the demo or an empty one) and session; closed afterwards."""
    from .laptops import Laptop

    made: list[Laptop] = []

    def make(name: str, consultant, *, demo: bool = False) -> Laptop:
        laptop = Laptop(tmp_path / name, demo_template if demo else empty_template,
                        team_server, consultant)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()
