"""A throw-away PostgreSQL cluster for the team-server tests (issue 18).

`PgCluster(base).create()` runs initdb (as the `postgres` OS user when this process is
root: PostgreSQL refuses to run as root), makes a CA and a server certificate for
localhost / 127.0.0.1 / ::1 with trustme, and configures TLS only for TCP (`hostssl ...
scram-sha-256`, no `trust` anywhere), SCRAM passwords and an administrator superuser with
a random password. `start()` / `stop()` / `destroy()`; the server log is `log_file`.

Used by tests/team/conftest.py (the fixtures); nothing here imports pytest.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

ADMIN = "gz_admin"
HOST = "localhost"


def pg_bindir() -> Path | None:
    """The newest PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin), or
    GEZINSPLAN_PG_BIN, or the folder of an initdb on PATH."""
    env = os.environ.get("GEZINSPLAN_PG_BIN")
    if env:
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres() -> list[str]:
    """Prefix for commands that must not run as root."""
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


def _chown_postgres(path: Path) -> None:
    if os.geteuid() == 0:
        import pwd

        pw = pwd.getpwnam("postgres")
        os.chown(path, pw.pw_uid, pw.pw_gid)


class PgCluster:
    """One PostgreSQL cluster in `base` (a folder the postgres user can reach)."""

    def __init__(self, base: Path | None = None, bindir: Path | None = None):
        root = os.environ.get("GEZINSPLAN_PG_TMP") or tempfile.gettempdir()
        self.base = Path(base or tempfile.mkdtemp(prefix="gz-pg-", dir=root))
        self.bindir = bindir or pg_bindir()
        if self.bindir is None:
            raise RuntimeError("PostgreSQL is not installed (no initdb found)")
        self.datadir = self.base / "data"
        self.socket_dir = self.base / "sock"
        self.log_file = self.base / "server.log"
        self.ca_file = self.base / "ca.pem"
        self.other_ca_file = self.base / "other-ca.pem"  # a CA that signed nothing here
        self.port = 0
        self.host = HOST
        self.admin_user = ADMIN
        self.admin_password = secrets.token_urlsafe(16)
        self.running = False

    # -- set-up ---------------------------------------------------------------------------
    def _run(self, *cmd: str, as_postgres: bool = True) -> subprocess.CompletedProcess:
        prefix = _as_postgres() if as_postgres else []
        return subprocess.run([*prefix, *cmd], check=True, capture_output=True, text=True,
                              timeout=120, cwd=self.base)

    def create(self) -> PgCluster:
        import trustme

        os.chmod(self.base, 0o755)
        _chown_postgres(self.base)
        self.socket_dir.mkdir(mode=0o700)
        _chown_postgres(self.socket_dir)
        pwfile = self.base / "pwfile"
        pwfile.write_text(self.admin_password + "\n")
        os.chmod(pwfile, 0o600)
        _chown_postgres(pwfile)
        self._run(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", ADMIN,
                  f"--pwfile={pwfile}", "--auth=scram-sha-256", "--encoding=UTF8",
                  "--locale=C", "--no-sync")
        pwfile.unlink()

        ca = trustme.CA(organization_name="Gezinsplan test-CA")
        ca.cert_pem.write_to_path(str(self.ca_file))
        trustme.CA(organization_name="Een andere CA").cert_pem.write_to_path(
            str(self.other_ca_file))
        leaf = ca.issue_cert("localhost", "127.0.0.1", "::1")
        cert, key = self.datadir / "server.crt", self.datadir / "server.key"
        cert.write_bytes(b"".join(blob.bytes() for blob in leaf.cert_chain_pems))
        leaf.private_key_pem.write_to_path(str(key))
        for path in (cert, key):
            os.chmod(path, 0o600)
            _chown_postgres(path)

        with open(self.datadir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                "\n# tests/team/pg_cluster.py\n"
                "listen_addresses = 'localhost'\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                "ssl = on\n"
                "ssl_cert_file = 'server.crt'\n"
                "ssl_key_file = 'server.key'\n"
                "password_encryption = 'scram-sha-256'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "shared_buffers = 32MB\nmax_connections = 60\n"
                # What a real server logs by default and more: connections, errors with
                # the statement that failed. The tests check it holds no personal data.
                "log_connections = on\nlog_disconnections = on\n"
                "log_min_messages = info\nlog_min_error_statement = error\n"
                "log_line_prefix = '%m [%p] %q%u@%d '\n"
            )
        (self.datadir / "pg_hba.conf").write_text(
            "# tests/team/pg_cluster.py: TLS and SCRAM only, no trust\n"
            "local   all all                scram-sha-256\n"
            "hostssl all all 127.0.0.1/32   scram-sha-256\n"
            "hostssl all all ::1/128        scram-sha-256\n"
        )
        return self

    # -- running ----------------------------------------------------------------------------
    def start(self, attempts: int = 5) -> None:
        """Start on a free port (a new one if the chosen port was taken meanwhile)."""
        if self.running:
            return
        for attempt in range(attempts):
            if not self.port or attempt:
                self.port = free_port()
            try:
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l",
                          str(self.log_file), "-w", "-t", "60", "-o", f"-p {self.port}",
                          "start")
                self.running = True
                return
            except subprocess.CalledProcessError as exc:
                if attempt == attempts - 1:
                    raise RuntimeError("the test cluster did not start:\n" + self.log_tail()
                                       ) from exc

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (mode fast: sessions are ended, as when a server goes down)."""
        if not self.running:
            return
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", mode, "-w",
                  "stop")
        self.running = False

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with psycopg.connect(self.admin_dsn(), connect_timeout=2):
                    return
            except psycopg.OperationalError:
                time.sleep(0.05)
        raise RuntimeError("the test cluster does not accept connections")

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def log_text(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    # -- connection strings -----------------------------------------------------------------
    def dsn(self, user: str | None = None, password: str | None = None,
            dbname: str = "postgres", **extra: str) -> str:
        """A libpq connection string over TLS (verify-full, our CA). Without a user: the
        address only (host, port, dbname, sslrootcert), as the laptop stores it."""
        params = {"host": self.host, "port": str(self.port), "dbname": dbname,
                  "sslmode": "verify-full", "sslrootcert": str(self.ca_file)}
        if user:
            params["user"] = user
        if password is not None:
            params["password"] = password
        params.update(extra)
        return psycopg.conninfo.make_conninfo(**params)

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return self.dsn(ADMIN, self.admin_password, dbname)
