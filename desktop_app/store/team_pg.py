"""The one place that opens connections to the team server (PostgreSQL, issue 18).

Every connection uses TLS with `sslmode=verify-full`: the server's certificate must be
signed by the CJG's CA (`ca_file`, libpq's sslrootcert) and name the host in the address.
(libpq ignores sslmode for a Unix-domain socket – the administrator on the server itself.)

libpq's errors are translated into TeamError subclasses, each with an exit code (`.code`)
and a Dutch message fit for the user: no personal data, no password, no user name. The
libpq text itself is never shown or logged – it names the user and the host; `.kind` says
in a few words what went wrong, for a log line.
"""

from __future__ import annotations

import psycopg
from psycopg import conninfo as _conninfo
from psycopg import errors as _errors

SCHEMA_VERSION = 1  # the server schema (desktop_app/store/team_schema_*.sql) this code knows


class TeamError(Exception):
    """A team-server failure; str() is the Dutch message, `.code` the exit code."""

    code = 1
    default = "Er ging iets mis met de teamserver."

    def __init__(self, message: str | None = None, *, kind: str = ""):
        self.message = message or self.default
        self.kind = kind or type(self).__name__
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class TeamAuth(TeamError):
    code = 3
    default = ("De gebruikersnaam of het wachtwoord voor de teamserver klopt niet. "
               "Controleer ze, of vraag de beheerder om een nieuw wachtwoord.")


class TeamRefused(TeamError):
    code = 6
    default = "De teamserver weigert dit: deze gebruiker heeft er geen rechten voor."


class TeamInvalid(TeamError):
    code = 7
    default = "De teamserver kent dit niet (ongeldige invoer)."


class TeamUnreachable(TeamError):
    code = 11
    default = ("De teamserver is niet bereikbaar. Controleer de netwerkverbinding en het "
               "adres van de server, of probeer het later opnieuw.")


class TeamCertificate(TeamError):
    code = 12
    default = ("Het certificaat van de teamserver wordt niet vertrouwd: het is niet "
               "ondertekend door de CA van het CJG, of het hoort niet bij dit serveradres. "
               "Er is geen verbinding gemaakt. Vraag de beheerder om het juiste CA-bestand.")


class TeamSchema(TeamError):
    code = 13
    default = ("Op de teamserver is Gezinsplan nog niet ingericht. Vraag de beheerder om "
               "'gezinsplan-admin server init --dsn ...' uit te voeren.")


class TeamNotConfigured(TeamError):
    code = 14
    default = ("Er is geen teamserver ingesteld. Stel er een in bij Instellingen → "
               "Teamserver of met 'gezinsplan-admin connect'.")


LOST = ("De verbinding met de teamserver is verbroken. Probeer het later opnieuw; "
        "wat nog niet is verstuurd, blijft bewaard.")

# libpq's messages (lower case) -> (class, message or None for the class default, kind)
_PATTERNS: tuple[tuple[tuple[str, ...], type[TeamError], str | None, str], ...] = (
    (("password authentication failed", "password is required", "no password supplied",
      "scram", "authentication failed"), TeamAuth, None, "wrong password"),
    (("no pg_hba.conf entry", "pg_hba.conf rejects"), TeamRefused,
     "De teamserver laat deze verbinding niet toe (pg_hba.conf). Vraag de beheerder.",
     "pg_hba refused"),
    (("does not match host name", "server certificate for"), TeamCertificate,
     "Het certificaat van de teamserver hoort niet bij dit serveradres. Er is geen "
     "verbinding gemaakt. Controleer het adres, of vraag de beheerder.", "host name mismatch"),
    (("root certificate file", "could not read root certificate", "could not load"),
     TeamCertificate,
     "Het CA-bestand van het CJG ontbreekt of is onleesbaar. Er is geen verbinding gemaakt.",
     "ca file missing"),
    (("server does not support ssl", "ssl is not enabled"), TeamCertificate,
     "De teamserver biedt geen versleutelde verbinding (TLS) aan. Er is geen verbinding "
     "gemaakt. Vraag de beheerder.", "no tls"),
    (("certificate", "ssl error", "tlsv1 alert", "sslv3 alert", "wrong version number"),
     TeamCertificate, None, "certificate refused"),
    (("database system is shutting down", "database system is starting up",
      "database system is in recovery", "terminating connection", "server closed the connection",
      "connection is lost", "connection is closed", "consuming input failed",
      "could not receive data", "could not send data", "eof detected", "ssl syscall error",
      "connection reset", "broken pipe", "lost synchronization"), TeamUnreachable, LOST,
     "connection lost"),
    (("connection refused", "timeout expired", "timed out", "could not translate host name",
      "name or service not known", "no route to host", "network is unreachable",
      "is the server running", "could not connect", "nodename nor servname",
      "no such file or directory"),
     TeamUnreachable, None, "unreachable"),
    (("does not exist",), TeamSchema,
     "De database op de teamserver bestaat niet. Controleer het adres (dbname) of vraag "
     "de beheerder.", "no database"),
)


def translate(exc: BaseException) -> TeamError | None:
    """The TeamError for a psycopg error, or None when it is not about the connection,
    the certificate, the password or the schema (a bug, a constraint: re-raise it)."""
    if isinstance(exc, TeamError):
        return exc
    if not isinstance(exc, psycopg.Error):
        return None
    sqlstate = getattr(exc, "sqlstate", None) or ""
    if sqlstate in ("28P01", "28000") and "pg_hba" not in str(exc):
        return TeamAuth(kind="wrong password")
    if sqlstate.startswith("08") or sqlstate.startswith("57P"):
        return TeamUnreachable(LOST, kind=f"connection lost ({sqlstate})")
    if isinstance(exc, _errors.InsufficientPrivilege):
        return TeamRefused(kind="insufficient privilege")
    if isinstance(exc, _errors.InvalidSchemaName | _errors.UndefinedFunction):
        return TeamSchema(kind="schema missing")
    if not isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return None
    text = str(exc).lower()
    for needles, cls, message, kind in _PATTERNS:
        if any(n in text for n in needles):
            return cls(message, kind=kind)
    if isinstance(exc, psycopg.InterfaceError):
        return None
    return TeamUnreachable(kind="operational error")


def conninfo(dsn: str, *, user: str | None = None, password: str | None = None,
             ca_file: str | None = None, connect_timeout: int = 5) -> str:
    """The libpq connection string: the given dsn with TLS verify-full forced."""
    extra: dict[str, object] = {"sslmode": "verify-full", "connect_timeout": connect_timeout}
    if user:
        extra["user"] = user
    if password is not None:
        extra["password"] = password
    if ca_file:
        extra["sslrootcert"] = str(ca_file)
    params = _conninfo.conninfo_to_dict(dsn or "")
    params.setdefault("application_name", "gezinsplan")
    params.update(extra)
    return _conninfo.make_conninfo(**params)


def connect(dsn: str, *, user: str | None = None, password: str | None = None,
            ca_file: str | None = None, connect_timeout: int = 5,
            autocommit: bool = False) -> psycopg.Connection:
    """A connection to the team server over TLS (verify-full); TeamError when refused."""
    if not dsn or not dsn.strip():
        raise TeamNotConfigured()
    try:
        info = conninfo(dsn, user=user, password=password, ca_file=ca_file,
                        connect_timeout=connect_timeout)
    except psycopg.ProgrammingError:
        raise TeamNotConfigured("Het adres van de teamserver is ongeldig. Controleer het "
                                "(bijvoorbeeld host=server.cjg.nl dbname=gezinsplan).",
                                kind="invalid dsn") from None
    try:
        return psycopg.connect(info, autocommit=autocommit)
    except psycopg.Error as exc:
        error = translate(exc) or TeamUnreachable(kind="connect failed")
    raise error from None


def check_schema(conn: psycopg.Connection) -> int:
    """The server's schema version; TeamSchema unless it is SCHEMA_VERSION."""
    try:
        row = conn.execute("SELECT gz.schema_version()").fetchone()
    except (_errors.InvalidSchemaName, _errors.UndefinedFunction, _errors.UndefinedTable):
        conn.rollback()
        raise TeamSchema(kind="schema missing") from None
    except _errors.InsufficientPrivilege:
        conn.rollback()
        raise TeamRefused("Deze gebruiker is geen consultant op de teamserver. Vraag de "
                          "beheerder om 'gezinsplan-admin server add-consultant'.",
                          kind="not a consultant") from None
    except psycopg.Error as exc:
        error = translate(exc)
        if error is None:
            raise
        raise error from None
    version = row[0] if row else None
    if version is None:
        raise TeamSchema(kind="schema missing")
    if version < SCHEMA_VERSION:
        raise TeamSchema(
            f"De teamserver heeft een oudere versie van Gezinsplan (schema {version}) dan "
            f"deze Gezinsplan verwacht ({SCHEMA_VERSION}). Vraag de beheerder om "
            "'gezinsplan-admin server init --dsn ...' uit te voeren; dat werkt de server bij.",
            kind="schema too old")
    if version > SCHEMA_VERSION:
        raise TeamSchema(
            f"De teamserver is nieuwer (schema {version}) dan deze Gezinsplan kent "
            f"({SCHEMA_VERSION}). Werk Gezinsplan op deze laptop bij.", kind="schema too new")
    return version


__all__ = [
    "SCHEMA_VERSION", "TeamAuth", "TeamCertificate", "TeamError", "TeamInvalid",
    "TeamNotConfigured", "TeamRefused", "TeamSchema", "TeamUnreachable", "check_schema",
    "connect", "conninfo", "translate",
]
