"""team_pg.connect / check_schema: TLS verify-full, and libpq's failures as Dutch TeamErrors
with their exit codes (the real libpq messages of each case)."""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid

import psycopg
import pytest

from desktop_app.store import team_pg

from .pg_cluster import free_port


@pytest.fixture
def anna(team_server):
    return team_server.add_consultant("anna", team="Noord")


def _connect_error(team_server, consultant, **kwargs) -> team_pg.TeamError:
    options = {"user": consultant.name, "password": consultant.password} | kwargs
    dsn = options.pop("dsn", team_server.dsn)
    with pytest.raises(team_pg.TeamError) as caught:
        team_pg.connect(dsn, **options).close()
    error = caught.value
    assert consultant.password not in str(error) and consultant.name not in str(error)
    return error


def test_connect_works_and_always_verifies_the_certificate(team_server, anna):
    with team_pg.connect(team_server.dsn + " sslmode=disable", user=anna.name,
                         password=anna.password) as conn:
        assert team_pg.check_schema(conn) == team_pg.SCHEMA_VERSION
        ssl = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                           ).fetchone()[0]
        assert ssl is True
        assert conn.info.get_parameters()["sslmode"] == "verify-full"


def test_a_certificate_from_another_ca_is_refused(team_server, anna):
    error = _connect_error(team_server, anna, ca_file=str(team_server.cluster.other_ca_file))
    assert type(error) is team_pg.TeamCertificate and error.code == 12
    assert "CA van het CJG" in str(error)


def test_a_certificate_for_another_host_name_is_refused(team_server, anna):
    dsn = team_server.cluster.dsn(dbname=team_server.dbname, host="teamserver.invalid",
                                  hostaddr="127.0.0.1")
    error = _connect_error(team_server, anna, dsn=dsn)
    assert type(error) is team_pg.TeamCertificate and error.kind == "host name mismatch"


def test_a_missing_ca_file_is_a_certificate_error(team_server, anna, tmp_path):
    error = _connect_error(team_server, anna, ca_file=str(tmp_path / "ca.pem"))
    assert type(error) is team_pg.TeamCertificate and "CA-bestand" in str(error)


def test_wrong_password_and_unknown_user_are_refused(team_server, anna):
    error = _connect_error(team_server, anna, password="verkeerd-wachtwoord")
    assert type(error) is team_pg.TeamAuth and error.code == 3
    assert "verkeerd-wachtwoord" not in str(error)
    error = _connect_error(team_server, anna, user="niemand")
    assert type(error) is team_pg.TeamAuth


def test_no_server_listening_is_unreachable(team_server, anna):
    dsn = team_server.cluster.dsn(dbname=team_server.dbname, port=str(free_port()))
    error = _connect_error(team_server, anna, dsn=dsn)
    assert type(error) is team_pg.TeamUnreachable and error.code == 11


def test_a_server_that_never_answers_times_out(team_server, anna):
    with socket.socket() as silent:  # accepts TCP, never speaks
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        dsn = team_server.cluster.dsn(dbname=team_server.dbname,
                                      port=str(silent.getsockname()[1]))
        started = time.monotonic()
        error = _connect_error(team_server, anna, dsn=dsn, connect_timeout=1)
    assert type(error) is team_pg.TeamUnreachable
    assert time.monotonic() - started < 10


def test_no_server_configured(team_server):
    with pytest.raises(team_pg.TeamNotConfigured) as caught:
        team_pg.connect("")
    assert caught.value.code == 14


def test_the_server_stopped_then_started_again(team_server, anna):
    cluster = team_server.cluster
    conn = anna.connect()
    try:
        cluster.stop()
        error = _connect_error(team_server, anna)
        assert type(error) is team_pg.TeamUnreachable
        with pytest.raises(psycopg.Error) as caught:
            conn.execute("SELECT gz.pull(0, 10)")
        lost = team_pg.translate(caught.value)
        assert type(lost) is team_pg.TeamUnreachable and "verbroken" in str(lost)
        with pytest.raises(psycopg.Error) as caught:  # the same connection, once more
            conn.execute("SELECT 1")
        assert type(team_pg.translate(caught.value)) is team_pg.TeamUnreachable
    finally:
        conn.close()
        cluster.start()
    assert anna.pull(0)["rows"] == []


def test_the_server_stopped_during_a_push_then_the_same_batch_applies_once(team_server,
                                                                           anna):
    """A push waiting inside gz.push (another writer holds the gz.write lock) when the server
    goes down: nothing committed; after the restart the same batch applies, once."""
    family = str(uuid.uuid4())
    batch = str(uuid.uuid4())
    changes = json.dumps([{"gid": family, "tbl": "families", "family": family, "op": "upsert",
                           "base_version": 0, "data": {"family_name": "Fictief-Bakker"}}])
    blocker = team_server.admin(autocommit=False)
    blocker.execute("SELECT pg_advisory_xact_lock(hashtext('gz.write'))")
    failures: list[BaseException] = []

    def push():
        try:
            with anna.connect() as conn:
                conn.execute("SELECT gz.push(%s, %s)", [batch, changes])
        except BaseException as exc:  # noqa: BLE001 - checked below
            failures.append(exc)

    pusher = threading.Thread(target=push)
    pusher.start()
    watcher = team_server.admin()  # autocommit: pg_stat_activity afresh on every query
    try:
        deadline = time.monotonic() + 20
        while not watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = 'anna' "
                "AND wait_event_type = 'Lock'").fetchone()[0]:
            assert time.monotonic() < deadline, "the push never reached the lock"
            time.sleep(0.02)
        team_server.cluster.stop()
        pusher.join(20)
        assert not pusher.is_alive()
    finally:
        watcher.close()
        blocker.close()
        team_server.cluster.start()
    assert len(failures) == 1
    assert type(team_pg.translate(failures[0])) is team_pg.TeamUnreachable

    with anna.connect() as conn:
        first = conn.execute("SELECT gz.push(%s, %s)", [batch, changes]).fetchone()[0]
        again = conn.execute("SELECT gz.push(%s, %s)", [batch, changes]).fetchone()[0]
    assert first["replayed"] is False and first["results"][0]["status"] == "applied"
    assert again["replayed"] is True and again["results"] == first["results"]
    with team_server.admin() as conn:
        assert conn.execute("SELECT count(*) FROM gz.rows").fetchone()[0] == 1


@pytest.mark.parametrize("delta, words", [(-1, "oudere"), (1, "nieuwer")])
def test_a_server_schema_too_old_or_too_new(team_server, anna, delta, words):
    with team_server.admin() as conn:
        conn.execute("UPDATE gz.meta SET value = %s WHERE key = 'schema_version'",
                     [str(team_pg.SCHEMA_VERSION + delta)])
    with anna.connect() as conn, pytest.raises(team_pg.TeamSchema) as caught:
        team_pg.check_schema(conn)
    assert words in str(caught.value) and caught.value.code == 13


def test_a_server_without_the_schema(empty_database):
    with team_pg.connect(empty_database.admin_dsn) as conn:
        with pytest.raises(team_pg.TeamSchema) as caught:
            team_pg.check_schema(conn)
        assert "server init" in str(caught.value)
        assert conn.execute("SELECT 1").fetchone()[0] == 1  # the connection still works


def test_a_role_that_is_no_consultant(team_server):
    with team_server.admin() as conn:
        conn.execute("CREATE ROLE buitenstaander LOGIN PASSWORD 'buiten-staander-1'")
    team_server.roles.append("buitenstaander")
    with team_pg.connect(team_server.dsn, user="buitenstaander",
                         password="buiten-staander-1") as conn:
        with pytest.raises(team_pg.TeamRefused) as caught:
            team_pg.check_schema(conn)
    assert "geen consultant" in str(caught.value)


def test_translate_leaves_other_errors_alone(team_server, anna):
    with anna.connect() as conn, pytest.raises(psycopg.errors.DivisionByZero) as caught:
        conn.execute("SELECT 1 / 0")
    assert team_pg.translate(caught.value) is None
    assert team_pg.translate(ValueError("x")) is None
