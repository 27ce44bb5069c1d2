"""What a consultant keeps with a case besides the plan (issue 14): appointments,
attachments and the documents the app made – three session areas – and the app's
private temporary folder through which a stored file is opened in another program.

The temporary folder is `<data folder>/temp` (0700), each file 0600 in a folder of its
own. It is emptied when the session closes and when the next one starts (after a crash),
so nothing readable stays on disk outside the encrypted database for longer than the
program that shows it. A password-protected document stays protected in it.
"""

from __future__ import annotations

import mimetypes
import os
import re
import shutil
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ..core import appointments as ap
from ..core import lifecycle as lc
from ..core.validation import ValidationError
from ..paths import FILE_MODE, private_dir
from ..store.appointments import Appointments
from ..store.attachments import KINDS as ATTACHMENT_KINDS
from ..store.attachments import Attachments
from ..store.documents import KINDS as DOCUMENT_KINDS
from ..store.documents import Documents
from .core import SessionCore
from .ics import to_ics

MAX_ATTACHMENT = 25 * 1024 * 1024  # bytes; a larger file is refused, nothing stored
MAX_DOCUMENT_COPY = 25 * 1024 * 1024  # a larger PDF is listed without a stored copy
TEMP_NAME = "temp"


# -- the private temporary folder -----------------------------------------------------------
def temp_root(store) -> Path:
    return Path(store.path).parent / TEMP_NAME


def clear_temp(store) -> int:
    """Remove every file in the private temporary folder; returns how many went. A file
    another program still holds open on Windows stays until the next try."""
    root = temp_root(store)
    if not root.is_dir() or root.is_symlink():
        return 0
    removed = 0
    for entry in list(root.iterdir()):
        try:
            if entry.is_dir() and not entry.is_symlink():
                removed += sum(1 for p in entry.rglob("*") if p.is_file())
                shutil.rmtree(entry)
            else:
                entry.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def safe_file_name(name: str, fallback: str = "bestand") -> str:
    """The last part of a name, without characters a file system refuses."""
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", Path(name or "").name).strip(" .")
    return base[:120] or fallback


def write_temp(store, name: str, content: bytes) -> Path:
    """`content` as `name` in a new 0700 folder under the temporary folder, the file 0600
    from its creation (O_EXCL)."""
    folder = Path(tempfile.mkdtemp(dir=private_dir(temp_root(store))))
    os.chmod(folder, 0o700)
    path = folder / safe_file_name(name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(content)
    return path


class AttachmentTooLarge(ValidationError):
    """A file over MAX_ATTACHMENT: refused before anything is read or stored."""

    def __init__(self, size: int):
        super().__init__("attachment_size", "file")
        self.size = size


def _open_case(core: SessionCore, case_id: int, operation: str):
    case = core.households.get_case(case_id)
    lc.check_allowed(case.status, operation)
    return case


def _allows(core: SessionCore, case_id: int, operation: str) -> bool:
    try:
        _open_case(core, case_id, operation)
    except lc.LifecycleError:
        return False
    return True


# -- appointments ------------------------------------------------------------------------------
class AppointmentsArea:
    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = Appointments(core.store.db)

    def of_case(self, case_id: int) -> list[ap.Appointment]:
        return self.repo.of_case(case_id)

    def get(self, appointment_id: int) -> ap.Appointment:
        return self.repo.get(appointment_id)

    def changeable(self, case_id: int) -> bool:
        """Whether the case's status still allows adding, changing and cancelling (not once
        it is closed): the screen asks before it offers them."""
        return _allows(self._core, case_id, "appointment")

    def agenda(self, today: date) -> tuple[list[ap.Appointment], list[ap.Appointment]]:
        """Today's appointments and the rest of this week's (Monday to Sunday)."""
        _monday, sunday = ap.week_range(today)
        rows = self.repo.between(today, sunday)
        return [a for a in rows if a.day == today], [a for a in rows if a.day != today]

    def _op(self, name: str, case):
        return self._core.operation(name, kinds=("appointments",), family_id=case.family_id,
                                    case_id=case.id)

    def add(self, case_id: int, day: date | str, start: time | str = "10:00",
            end: time | str | None = None, kind: str = "huisbezoek", place: str = "",
            with_whom: str = "", what: str = "") -> int:
        case = _open_case(self._core, case_id, "appointment")
        starts = datetime.combine(ap.parse_day(day), ap.parse_time(start, "start_time"))
        ends = (datetime.combine(starts.date(), ap.parse_time(end, "end_time")) if end
                else starts + timedelta(minutes=ap.DEFAULT_MINUTES))
        ap.check_times(starts, ends)
        a = ap.Appointment(case_id, starts, ends, ap.clean_kind(kind),
                           ap.clean_text(place, "place"), ap.clean_text(with_whom, "with_whom"),
                           ap.clean_text(what, "what"))
        with self._op("add_appointment", case):
            return self.repo.add(a)

    def update(self, appointment_id: int, field: str, value):
        """One field of the form (autosave); returns the cleaned value as the form shows it."""
        a = self.repo.get(appointment_id)
        case = _open_case(self._core, a.case_id, "appointment")
        changed = ap.with_field(a, field, value)
        if changed != a:
            with self._op("update_appointment", case):
                self.repo.save(changed)
        return {"day": changed.day, "start_time": f"{changed.starts_at:%H:%M}",
                "end_time": f"{changed.ends_at:%H:%M}"}.get(field, getattr(changed, field, value))

    def cancel(self, appointment_id: int, cancelled: bool = True) -> None:
        """Afzeggen (kept, marked) – or undo it."""
        case = _open_case(self._core, self.repo.case_of(appointment_id), "appointment")
        with self._op("cancel_appointment" if cancelled else "restore_appointment", case):
            self.repo.set_cancelled(appointment_id, cancelled)

    def export_ics(self, appointment_id: int, target: Path | str, *,
                   family_name: bool = False, details: bool = False) -> Path:
        """The appointment as an .ics file at `target` (temp file, then renamed), then the
        audit entry (which fields went out; no values). Only times, kind and case number
        unless the consultant chose more (`family_name`, `details`: place, with whom, what):
        a calendar file often leaves the laptop."""
        a = self.repo.get(appointment_id)
        data = to_ics(a, family_name=family_name, details=details)
        target = Path(target)
        part = target.with_name(target.name + ".part")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(part, target)
        fields = ["times", "kind"] + (["family_name"] if family_name else []) + (
            ["place", "with_whom", "what"] if details else [])
        with self._core.operation("export_appointment", kinds=(), family_id=a.family_id,
                                  case_id=a.case_id):
            self._core.audit("export", "appointments", appointment_id, fields=fields,
                             detail="ics")
        return target


# -- attachments ------------------------------------------------------------------------------
class AttachmentsArea:
    KINDS = ATTACHMENT_KINDS

    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = Attachments(core.store.db)

    def of_case(self, case_id: int):
        return self.repo.of_case(case_id)

    def get(self, attachment_id: int):
        return self.repo.get(attachment_id)

    def changeable(self, case_id: int) -> bool:
        """Whether files can still be added, described or removed (not in a closed case);
        opening one stays possible."""
        return _allows(self._core, case_id, "attach")

    def add(self, case_id: int, source: Path | str, kind: str = "anders", title: str = "") -> int:
        """Store the file (at most MAX_ATTACHMENT bytes, checked before it is read) in the
        database. The source file is left where it is: the consultant decides about it."""
        case = _open_case(self._core, case_id, "attach")
        if kind not in ATTACHMENT_KINDS:
            raise ValidationError("code", "kind")
        source = Path(source)
        size = source.stat().st_size
        if size > MAX_ATTACHMENT:
            raise AttachmentTooLarge(size)
        content = source.read_bytes()
        if len(content) > MAX_ATTACHMENT:  # grew while we looked
            raise AttachmentTooLarge(len(content))
        media = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        with self._core.operation("add_attachment", kinds=("attachments",),
                                  family_id=case.family_id, case_id=case_id):
            return self.repo.add(case_id, kind, ap.clean_text(title, "title"),
                                 safe_file_name(source.name), media, content)

    def update(self, attachment_id: int, field: str, value) -> str:
        a = self.repo.get(attachment_id)
        case = _open_case(self._core, a.case_id, "attach")
        if field == "kind" and value not in ATTACHMENT_KINDS:
            raise ValidationError("code", "kind")
        cleaned = ap.clean_text(value, field)
        with self._core.operation("update_attachment", kinds=("attachments",),
                                  family_id=case.family_id, case_id=case.id):
            self.repo.set_field(attachment_id, field, cleaned)
        return cleaned

    def remove(self, attachment_id: int) -> None:
        a = self.repo.get(attachment_id)
        case = _open_case(self._core, a.case_id, "attach")
        with self._core.operation("remove_attachment", kinds=("attachments",),
                                  family_id=case.family_id, case_id=case.id):
            self.repo.remove(attachment_id)

    def open_copy(self, attachment_id: int) -> Path:
        """A copy in the private temporary folder for another program (removed at close
        and at the next start); audited as an export of the attachment."""
        a = self.repo.get(attachment_id)
        path = write_temp(self._core.store, a.file_name, self.repo.content(attachment_id))
        case = self._core.households.get_case(a.case_id)
        with self._core.operation("open_attachment", kinds=(), family_id=case.family_id,
                                  case_id=case.id):
            self._core.audit("export", "attachments", attachment_id, fields=["content"],
                             detail="tijdelijk bestand")
        return path

    def clear_temp(self) -> int:
        return clear_temp(self._core.store)


# -- documents made ----------------------------------------------------------------------------
class DocumentsArea:
    KINDS = DOCUMENT_KINDS

    def __init__(self, core: SessionCore):
        self._core = core
        self.repo = Documents(core.store.db)

    def of_case(self, case_id: int):
        return self.repo.of_case(case_id)

    def get(self, document_id: int):
        return self.repo.get(document_id)

    def record(self, family_id: int, case_id: int | None, kind: str, files, *,
               version: int | None = None, recipients=(), protected: bool = False,
               keep_copy: bool = True) -> list[int]:
        """Called by the operation that wrote the PDFs, inside its transaction: one row per
        file (recipients in the same order), with a copy of the file as written."""
        recipients = list(recipients)
        ids = []
        # Joins the caller's operation (the export): the change names the documents too.
        with self._core.operation("record_documents", kinds=("documents",),
                                  family_id=family_id, case_id=case_id):
            for i, path in enumerate(files):
                path = Path(path)
                size = path.stat().st_size if path.is_file() else None
                content = (path.read_bytes() if keep_copy and size is not None
                           and size <= MAX_DOCUMENT_COPY else None)
                recipient = recipients[i] if i < len(recipients) else ""
                doc_kind = kind[i] if isinstance(kind, (list, tuple)) else kind
                ids.append(self.repo.add(family_id, case_id, doc_kind, version, recipient,
                                         protected, path.name, content, size))
        return ids

    def content(self, document_id: int) -> bytes | None:
        return self.repo.content(document_id)

    def find_made(self, family_id: int, file_name: str):
        """The newest document of the family made under this file name (after an export:
        the dialog that offers to open or print it), or None."""
        return self.repo.newest_named(family_id, file_name)

    def open_copy(self, document_id: int) -> Path:
        """The stored PDF in the private temporary folder (a protected one stays
        protected), for the system's viewer."""
        d = self.repo.get(document_id)
        content = self.repo.content(document_id)
        if content is None:
            raise FileNotFoundError(d.file_name)
        path = write_temp(self._core.store, d.file_name or "document.pdf", content)
        with self._core.operation("open_document", kinds=(), family_id=d.family_id,
                                  case_id=d.case_id):
            self._core.audit("export", "documents", document_id, fields=[d.kind],
                             detail="tijdelijk bestand")
        return path

    def record_print(self, document_id: int, pages: int) -> None:
        d = self.repo.get(document_id)
        with self._core.operation("print_document", kinds=(), family_id=d.family_id,
                                  case_id=d.case_id):
            self._core.audit("print", "documents", document_id, fields=[d.kind],
                             detail=f"{pages} blz.")
