"""Administrator operations on the team server (issue 18): install or upgrade the schema,
add consultants, hand a family over. Each takes an administrator's DSN (or, for handover,
an open connection) and opens it through team_pg.connect (TLS verify-full).

SQL never carries user input as text: role names are quoted with psycopg.sql.Identifier,
values are parameters (a role's password travels only as its SCRAM verifier).
"""

from __future__ import annotations

import re
import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from .team_pg import (
    SCHEMA_VERSION,
    TeamError,
    TeamInvalid,
    TeamRefused,
    TeamSchema,
    check_schema,
    connect,
    translate,
)

# In this order: group roles, tables, functions (need the tables), privileges and RLS.
SQL_FILES = ("team_schema_roles.sql", "team_schema_tables.sql", "team_schema_functions.sql",
             "team_schema_security.sql", "team_schema_cases.sql")

GROUPS = {False: "gz_consultant", True: "gz_leader"}
MIN_PASSWORD_LENGTH = 12
_NAME = re.compile(r"^[a-z][a-z0-9._-]{1,62}$")
_RESERVED = {"public", "postgres", "none", "current_user", "session_user", "current_role",
             "user", "all"}


@dataclass(frozen=True)
class NewConsultant:
    name: str
    password: str
    prefix: str
    team: str | None
    leader: bool


def schema_sql(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@contextmanager
def _admin(dsn_or_conn):
    """An open connection: the one given, or a new one from a DSN (closed afterwards).
    psycopg errors inside become TeamError where they are about the connection/rights."""
    if isinstance(dsn_or_conn, psycopg.Connection):
        conn, own = dsn_or_conn, False
    else:
        conn, own = connect(dsn_or_conn, autocommit=True), True
    try:
        yield conn
    except psycopg.Error as exc:
        error = translate(exc)
        if error is None:
            raise
        raise error from None
    finally:
        if own:
            conn.close()


def installed_version(conn: psycopg.Connection) -> int | None:
    """The schema version recorded on the server, None when gz is not installed."""
    if conn.execute("SELECT to_regclass('gz.meta')").fetchone()[0] is None:
        return None
    row = conn.execute("SELECT value FROM gz.meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def init_server(dsn_or_conn) -> tuple[int | None, int]:
    """Install or upgrade the schema, idempotently (all data kept). Returns (the version
    before, or None for a fresh install; the version now)."""
    with _admin(dsn_or_conn) as conn:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('gz.init'))")
            conn.execute("SET LOCAL client_min_messages = warning")  # "already exists"
            before = installed_version(conn)
            if before is not None and before > SCHEMA_VERSION:
                raise TeamSchema(
                    f"De teamserver is nieuwer (schema {before}) dan deze Gezinsplan kent "
                    f"({SCHEMA_VERSION}). Er is niets veranderd. Werk Gezinsplan bij.",
                    kind="schema too new")
            try:
                for name in SQL_FILES:
                    conn.execute(schema_sql(name))
            except pg_errors.InsufficientPrivilege:
                raise TeamRefused(
                    "Deze gebruiker mag de teamserver niet inrichten: daarvoor zijn de rechten "
                    "CREATEROLE en CREATE op de database nodig. Er is niets veranderd.",
                    kind="init not allowed") from None
            conn.execute("INSERT INTO gz.meta (key, value) VALUES ('schema_version', %s) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         [str(SCHEMA_VERSION)])
    return before, SCHEMA_VERSION


def check_name(name: str) -> str:
    """A consultant's login name: lower case letters, digits, '.', '_' or '-', starting
    with a letter, 2 to 63 characters; not a name PostgreSQL or Gezinsplan reserves."""
    value = (name or "").strip().lower()
    if not _NAME.match(value) or value.startswith(("pg_", "gz_")) or value in _RESERVED:
        raise TeamInvalid(
            "Die gebruikersnaam kan niet: gebruik 2 tot 63 kleine letters, cijfers, '.', '_' "
            "of '-', beginnend met een letter (niet 'pg_' of 'gz_' vooraan).",
            kind="invalid name")
    return value


def prefix_candidates(name: str):
    """Case-number prefixes for a name, best first: initials (anna.de-vries -> ADV), the
    first letters, then the first two letters with a number (AN2 ... AN99)."""
    parts = [p for p in re.split(r"[^a-z]+", name.lower()) if p]
    letters = re.sub(r"[^A-Z0-9]", "", name.upper())
    initials = "".join(p[0] for p in parts).upper()[:4]
    if len(initials) >= 2:
        yield initials
    for n in (2, 3, 4):
        if len(letters) >= n:
            yield letters[:n]
    stem = (letters + "X")[:2]
    for i in range(2, 100):
        yield f"{stem}{i}"
    while True:
        yield "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


def generate_password() -> str:
    return secrets.token_urlsafe(18)  # 24 characters, 144 bits


def create_consultant(dsn, name: str, *, team: str | None = None, leader: bool = False,
                      password: str | None = None) -> NewConsultant:
    """Create a LOGIN role (SCRAM password) in gz_consultant, or gz_leader for a team
    leader, with a unique case-number prefix. A generated password when none is given."""
    name = check_name(name)
    team = (team or "").strip() or None
    if password is None:
        password = generate_password()
    elif len(password) < MIN_PASSWORD_LENGTH:
        raise TeamInvalid(f"Het wachtwoord is te kort: gebruik minstens {MIN_PASSWORD_LENGTH} "
                          "tekens.", kind="password too short")
    with _admin(dsn) as conn:
        check_schema(conn)
        conn.rollback()
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('gz.consultants'))")
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone():
                raise TeamRefused("Er bestaat al een gebruiker met die naam op de server. "
                                  "Kies een andere naam. Er is niets veranderd.",
                                  kind="role exists")
            taken = {r[0] for r in conn.execute("SELECT prefix FROM gz.consultants")}
            prefix = next(p for p in prefix_candidates(name) if p not in taken)
            verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(),
                                                    b"scram-sha-256").decode()
            try:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(name), sql.Literal(verifier), sql.Identifier(GROUPS[leader])))
            except pg_errors.InsufficientPrivilege:
                raise TeamRefused("Deze gebruiker mag geen consultants toevoegen: daarvoor is "
                                  "het recht CREATEROLE nodig. Er is niets veranderd.",
                                  kind="createrole missing") from None
            conn.execute("INSERT INTO gz.consultants (role, team, leader, prefix) "
                         "VALUES (%s, %s, %s, %s)", [name, team, leader, prefix])
    return NewConsultant(name, password, prefix, team, leader)


def add_consultant(dsn, name: str, *, team: str | None = None, leader: bool = False,
                   password: str | None = None) -> str:
    """create_consultant, returning only the password (generated when none was given)."""
    return create_consultant(dsn, name, team=team, leader=leader, password=password).password


def set_visibility(dsn_or_conn, visibility: str) -> None:
    """The server setting: 'own' (a consultant sees their own families) or 'team'."""
    if visibility not in ("own", "team"):
        raise TeamInvalid("Kies 'own' (eigen gezinnen) of 'team'.", kind="invalid visibility")
    with _admin(dsn_or_conn) as conn, conn.transaction():
        conn.execute("UPDATE gz.settings SET value = %s WHERE key = 'visibility'", [visibility])


def handover(dsn_or_conn, case_number: str, to: str) -> dict:
    """Hand the family of a case to another consultant (gz.handover). As administrator
    or as the current owner. Returns {"family", "from", "to", "version", "rows", "changed"}."""
    with _admin(dsn_or_conn) as conn:
        try:
            with conn.transaction():
                return conn.execute("SELECT gz.handover(%s, %s)", [case_number, to]).fetchone()[0]
        except pg_errors.NoDataFound:
            raise TeamInvalid("Er is geen casus met dat zaaknummer op de teamserver.",
                              kind="unknown case") from None
        except pg_errors.InvalidParameterValue:
            raise TeamInvalid("De nieuwe eigenaar is geen consultant op de teamserver.",
                              kind="unknown consultant") from None
        except pg_errors.InsufficientPrivilege:
            raise TeamRefused("Alleen de huidige eigenaar of een beheerder mag deze casus "
                              "overdragen.", kind="handover not allowed") from None


__all__ = ["GROUPS", "NewConsultant", "SQL_FILES", "TeamError", "add_consultant",
           "check_name", "create_consultant", "handover", "init_server", "installed_version",
           "prefix_candidates", "set_visibility"]
