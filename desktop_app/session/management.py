"""The management report (issue 16) for a team leader and the municipality: the figures
per municipality and period (core.management, read by store.management), the public table
with small counts suppressed (core.disclosure), and its PDF and CSV. Reading changes
nothing; writing a file is recorded in the audit trail (what, never names or paths).

For the GUI the figures are read on a second connection in a worker thread
(`ManagementReader`), as the Opvolging lists are."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from ..core import codelists
from ..core.disclosure import PublicTable, public_table
from ..core.form_outcomes import outcomes_form
from ..core.management import ManagementData, build
from ..core.outcomes import OutcomeRules
from ..store import management as reader

__all__ = ["ManagementArea", "ManagementData", "ManagementReader", "PublicTable", "gather"]


def gather(db, start: date, end: date, municipality: str | None = None,
           today: date | None = None) -> ManagementData:
    """The report's figures from the database `db` (any connection)."""
    if end < start:
        raise ValueError("period")
    today = today or date.today()
    form = outcomes_form()
    cases = reader.read_cases(db, municipality)
    trajects, costs = reader.read_trajects(db, municipality, today)
    scale_downs = reader.read_scale_downs(db, municipality)
    names = {**codelists.jz020_legacy(), **codelists.jz020()}
    levels = reader.level_order(db)
    return build(start, end, today, cases, trajects, costs, scale_downs,
                 OutcomeRules.from_form(form), names, levels, municipality,
                 form.afscherming.min_count, form.version)


class ManagementReader:
    """The report read on its own connection, for a worker thread: opened on first use,
    one request at a time, closed by its owner (the page)."""

    def __init__(self, store):
        self._store = store
        self._reader = None
        self._lock = threading.Lock()
        self._closed = False

    def load(self, start: date, end: date, municipality: str | None = None
             ) -> tuple[ManagementData, PublicTable] | None:
        with self._lock:
            if self._closed:
                return None
            if self._reader is None:
                self._reader = self._store.reconnect()
            data = gather(self._reader.db, start, end, municipality)
            return data, public_table(data)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._reader is not None:
                self._reader.close()
                self._reader = None


class ManagementArea:
    def __init__(self, session):
        self._core = session
        self._db = session.store.db

    def municipalities(self) -> list[str]:
        return reader.municipalities(self._db)

    def report(self, start: date, end: date, municipality: str | None = None,
               today: date | None = None) -> ManagementData:
        return gather(self._db, start, end, municipality, today)

    def table(self, data: ManagementData) -> PublicTable:
        return public_table(data)

    def reader(self) -> ManagementReader:
        return ManagementReader(self._core.store)

    def write(self, data: ManagementData, out: Path | str, password: str | None = None) -> Path:
        """The report as PDF (out ends in .pdf, protected with `password` when given) or CSV
        (.csv): written to a temp file, then moved into place. Touches no database, so a
        worker thread may call it; `record_export` afterwards, on the session's thread."""
        from ..reports.management import write_management_csv, write_management_pdf

        path = Path(out)
        kind = path.suffix.lower().lstrip(".")
        if kind == "pdf":
            return write_management_pdf(data, path, password)
        if kind == "csv":
            return write_management_csv(data, path)
        raise ValueError("suffix")

    def file_name(self, data: ManagementData, kind: str) -> str:
        from ..reports.management import file_name

        return file_name(data, kind)

    def record_export(self, data: ManagementData, kinds: list[str],
                      protected: bool = False) -> None:
        """One audit entry for what was written: kinds and period, never names or paths."""
        detail = "+".join(kinds) + ("+wachtwoord" if protected else "")
        with self._core.operation("export_management_report", kinds=("documents",)):
            self._core.audit("export", "", None, fields=["management"],
                             detail=f"{detail} {data.start:%Y-%m-%d}/{data.end:%Y-%m-%d}")

    def export(self, data: ManagementData, out: Path | str) -> Path:
        """Write one file (PDF or CSV, by its suffix), then record it."""
        path = self.write(data, out)
        self.record_export(data, [path.suffix.lower().lstrip(".")])
        return path


class DeploymentExportArea:
    """The export per deployment in iJw field names (JW301/JW315), CSV or JSON, for the
    municipality's back office. It holds BSNs and names: written only when asked for, 0600,
    recorded in the audit trail (what and how many, never names or paths)."""

    def __init__(self, session):
        self._core = session
        self._db = session.store.db

    def rows(self, case_id: int | None = None, municipality: str | None = None):
        from ..store.deployment_export import read_rows

        return read_rows(self._db, case_id, municipality)

    def export(self, out: Path | str, case_id: int | None = None,
               municipality: str | None = None) -> tuple[Path, int]:
        from ..core.deployment_export import to_csv, to_json
        from ..reports.base import write_bytes_atomically

        path = Path(out)
        kind = path.suffix.lower().lstrip(".")
        rows = self.rows(case_id, municipality)
        if kind == "csv":
            text = to_csv(rows)
        elif kind == "json":
            text = to_json(rows, date.today().isoformat())
        else:
            raise ValueError("suffix")
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(path, text.encode("utf-8"))
        with self._core.operation("export_deployments", kinds=("documents",), case_id=case_id):
            self._core.audit("export", "deployments", case_id, fields=["jw301"],
                             detail=f"{kind} {len(rows)} regels")
        return path, len(rows)
