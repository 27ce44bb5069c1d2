"""The case extras on screen (issue 14): the appointments box (autosave, cancel, .ics),
the attachments box (25 MB message, opening through the private temporary folder), the
documents box (open, print to a PDF printer and read back), the dialog after an export,
the Opvolging agenda and the tab on the family page."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.core.models import Family, Person
from desktop_app.core.validation import format_date
from desktop_app.session import casextras as cx
from tests.conftest import type_text
from tests.printing import assert_printed_like, page_count, pdf_printer

TODAY = date.today()
NAME = "Ëlbers-van den Heuvel"


@pytest.fixture
def window(qtbot, store, settings):
    from desktop_app.session import Session
    from desktop_app.ui.main_window import MainWindow

    session = Session(store, policies=[])
    w = MainWindow(store.path, settings)
    w.remember_geometry = False
    qtbot.addWidget(w)
    w.show()
    w._opened(session)
    return w


@pytest.fixture
def case(window):
    s = window.session
    fid = s.households.new_family(Family(NAME, municipality="Roermond", street="Kapelaan "
                                         "Verheggenstraat", house_number="12A", city="Roermond"))
    s.households.add_person(Person(fid, "ouder", "Mariëlle", "Ëlbers", bsn="999900006",
                                   gezag=True))
    return fid, s.households.cases_of(fid)[0].id


@pytest.fixture
def opened(monkeypatch):
    """The system viewer, replaced: the files it was given."""
    from desktop_app.ui.casextras import printing

    given: list[Path] = []
    monkeypatch.setattr(printing, "open_external", lambda path: given.append(Path(path)) or True)
    return given


# -- appointments ------------------------------------------------------------------------------
def test_appointments_box_adds_autosaves_and_cancels(qtbot, window, case, tmp_path):
    from desktop_app.ui.autosave import flush_all
    from desktop_app.ui.casextras.appointments_box import AppointmentsBox

    fid, cid = case
    s = window.session
    box = AppointmentsBox(s, cid, window.nav.events, window.settings)
    qtbot.addWidget(box)
    box.show()
    assert box.empty.isVisible() and not box.editor.isVisible()
    aid = box.add()
    assert box.current_id == aid and box.editor.isVisible()
    day = TODAY + timedelta(days=3)
    field = box.fields["day"]
    field.clear()
    type_text(qtbot, field, format_date(day))
    start = box.fields["start_time"]
    start.clear()
    type_text(qtbot, start, "9.30")
    type_text(qtbot, box.fields["place"], "Thuis; daarna school (Zoë)")
    flush_all(box)
    a = s.appointments.get(aid)
    assert (a.day, a.starts_at.strftime("%H:%M"), a.place) == (day, "09:30",
                                                              "Thuis; daarna school (Zoë)")
    assert start.text() == "09:30"  # shown as saved
    assert "Thuis; daarna school" in box.list.currentItem().text()
    # Bad input: the message under the field, the text kept, nothing stored.
    end = box.fields["end_time"]
    end.clear()
    type_text(qtbot, end, "08:00")
    flush_all(box)
    assert end.text() == "08:00" and s.appointments.get(aid).ends_at.strftime("%H:%M") == "10:30"
    errors = [e.text() for e in box.editor.findChildren(type(box.error)) if e.isVisible()]
    assert "De eindtijd ligt vóór of op de begintijd." in errors
    # A change made elsewhere shows at once (the change event).
    other = s.appointments.add(cid, TODAY + timedelta(days=10), "14:00", kind="overleg")
    assert box.list.count() == 2 and box.current_id == aid
    box.toggle_cancel()
    assert s.appointments.get(aid).cancelled and "(afgezegd)" in box.list.currentItem().text()
    assert box.cancel_button.text() == "Afspraak &terugzetten"
    assert not box.fields["place"].isEnabled()
    # The calendar file, neutral by default.
    box.list.setCurrentRow([box.list.item(i).data(256) for i in range(2)].index(other))
    out = box.export_ics(tmp_path / "a.ics")
    raw = out.read_bytes()
    assert b"SUMMARY:Overleg casus " in raw and NAME.encode() not in raw
    assert b"999900006" not in raw and b"LOCATION" not in raw
    box.grab().save(str(tmp_path / "appointments.png"))


def test_ics_dialog_defaults_to_neutral(qtbot):
    from desktop_app.ui.casextras.appointments_box import IcsDialog

    dialog = IcsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.family_name.isChecked() and not dialog.details.isChecked()


def test_a_closed_case_offers_no_new_or_changed_appointments_or_files(qtbot, window, case,
                                                                       tmp_path, opened):
    """Closing the case turns the boxes read-only at once (they said 'Nieuwe afspraak' and
    then refused it); what can still be done stays: the .ics, opening a file; reopening
    gives everything back."""
    from desktop_app.ui.casextras.appointments_box import AppointmentsBox
    from desktop_app.ui.casextras.attachments_box import AttachmentsBox

    _fid, cid = case
    s = window.session
    aid = s.appointments.add(cid, TODAY + timedelta(days=2), "10:00", place="Thuis")
    scan = tmp_path / "toestemming Zoë.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    att = s.attachments.add(cid, scan)
    appointments = AppointmentsBox(s, cid, window.nav.events, window.settings)
    attachments = AttachmentsBox(s, cid, window.nav.events)
    for box in (appointments, attachments):
        qtbot.addWidget(box)
        box.show()
    assert appointments.add_button.isEnabled() and appointments.fields["place"].isEnabled()
    assert attachments.add_button.isEnabled() and attachments.remove_button.isEnabled()
    assert not appointments.closed.isVisible() and not attachments.closed.isVisible()

    s.households.close_case(cid, "doelen_bereikt")
    assert appointments.current_id == aid and appointments.editor.isVisible()
    assert not appointments.add_button.isEnabled()
    assert not appointments.cancel_button.isEnabled()
    assert not any(w.isEnabled() for w in appointments.fields.values())
    assert appointments.ics_button.isEnabled() and appointments.closed.isVisible()
    assert "afgesloten" in appointments.closed.text()
    assert appointments.export_ics(tmp_path / "a.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert not attachments.add_button.isEnabled() and not attachments.remove_button.isEnabled()
    assert not attachments.kind.isEnabled() and not attachments.title_edit.isEnabled()
    assert attachments.open_button.isEnabled() and attachments.closed.isVisible()
    assert attachments.open_current().read_bytes() == scan.read_bytes()
    assert not s.appointments.changeable(cid) and not s.attachments.changeable(cid)
    appointments.grab().save(str(tmp_path / "appointments-closed.png"))

    # The empty line (shown when there is nothing) does not point to a disabled button.
    assert appointments.empty.text() == "Deze casus heeft geen afspraken."
    assert attachments.empty.text() == "Deze casus heeft geen bijlagen."
    s.households.reopen_case(cid)
    assert "Nieuwe afspraak" in appointments.empty.text()
    assert appointments.add_button.isEnabled() and appointments.cancel_button.isEnabled()
    assert appointments.fields["place"].isEnabled() and not appointments.closed.isVisible()
    assert attachments.add_button.isEnabled() and attachments.title_edit.isEnabled()
    assert attachments.current_id == att and not attachments.closed.isVisible()


# -- attachments ---------------------------------------------------------------------------------
def test_attachments_box_refuses_over_25_mb_and_opens_a_private_copy(qtbot, window, case,
                                                                      tmp_path, opened):
    from desktop_app.ui.casextras.attachments_box import AttachmentsBox

    _fid, cid = case
    s = window.session
    box = AttachmentsBox(s, cid, window.nav.events)
    qtbot.addWidget(box)
    box.show()
    big = tmp_path / "scan groot.pdf"
    with open(big, "wb") as fh:
        fh.truncate(cx.MAX_ATTACHMENT + 1)
    assert box.add_file(big) is None
    assert box.error.isVisible() and "groter dan 25 MB" in box.error.text()
    assert "niet bewaard" in box.error.text()
    assert s.attachments.of_case(cid) == [] and box.empty.isVisible()
    scan = tmp_path / "beschikking Roerdal.pdf"
    scan.write_bytes(b"%PDF-1.4 " + b"scan" * 3000)
    att = box.add_file(scan)
    assert att and not box.error.isVisible() and box.list.count() == 1
    box.kind.setCurrentIndex(box.kind.findData("beschikking"))
    box.kind.activated.emit(box.kind.currentIndex())
    type_text(qtbot, box.title_edit, "Beschikking Roerdal 2027")
    box.title_edit.editingFinished.emit()
    got = s.attachments.get(att)
    assert (got.kind, got.title) == ("beschikking", "Beschikking Roerdal 2027")
    assert "Beschikking · Beschikking Roerdal 2027" in box.list.item(0).text()
    path = box.open_current()
    assert opened == [path] and path.read_bytes() == scan.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(cx.temp_root(s.store).stat().st_mode) == 0o700
    box.grab().save(str(tmp_path / "attachments.png"))
    window.lock()  # locking hides the data: the opened copy goes too
    assert not path.exists()
    from tests.conftest import PASSPHRASE

    window.gate.passphrase.setText(PASSPHRASE)
    window.gate.unlock_button.click()
    qtbot.waitUntil(lambda: not s.locked, timeout=10000)
    box.remove_current()
    assert box.list.count() == 0 and s.attachments.of_case(cid) == []


# -- documents -------------------------------------------------------------------------------------
def test_documents_box_lists_opens_and_prints_the_plan(qtbot, window, case, tmp_path, opened):
    from desktop_app.ui.casextras.documents_box import DocumentsBox

    _fid, cid = case
    s = window.session
    s.intake.set_field(cid, "help_question", "Wij willen weer rust in huis.")
    box = DocumentsBox(s, cid, window.nav.events)
    qtbot.addWidget(box)
    box.show()
    assert box.empty.isVisible() and not box.print_button.isEnabled()
    plan = s.intake.export_plan(cid, tmp_path / "plan")
    assert box.tree.topLevelItemCount() == 1  # followed the export's change
    row = box.tree.topLevelItem(0)
    assert [row.text(i) for i in (0, 1, 3)] == ["Gezinsplan", "1", "het gezin"]
    copy = box.open_current()
    assert opened == [copy] and copy.read_bytes() == plan.read_bytes()
    assert cx.temp_root(s.store) in copy.parents
    printed = tmp_path / "afgedrukt.pdf"
    pages = box.print_current(pdf_printer(printed))
    assert pages == page_count(plan) >= 1
    assert_printed_like(printed, plan, tmp_path, pages)
    trail = s.store.db.execute("SELECT tbl, fields, detail FROM audit_log WHERE action = 'print'"
                               ).fetchall()
    assert [tuple(t) for t in trail] == [("documents", "plan", f"{pages} blz.")]
    box.grab().save(str(tmp_path / "documents.png"))


def test_a_protected_plan_prints_with_its_password_and_opens_protected(qtbot, window, case,
                                                                       tmp_path, opened,
                                                                       monkeypatch):
    from desktop_app.ui import export_dialog
    from desktop_app.ui.casextras import printing
    from desktop_app.ui.casextras.documents_box import DocumentsBox

    fid, cid = case
    s = window.session
    plan = s.intake.export_plan(cid, tmp_path / "plan", password="geheim-wachtwoord")
    assert plan.read_bytes().count(b"/Encrypt") >= 1
    # Right after the export: the dialog prints with the password it was given.
    made = export_dialog.show_made(window, s, fid, [plan], "geheim-wachtwoord")
    qtbot.addWidget(made)
    assert made.isVisible() and made.list.count() == 1
    out = tmp_path / "direct.pdf"
    assert made.print_current(pdf_printer(out)) >= 1
    assert made.open_current() and opened == [plan]  # the file as written: still protected
    made.close()
    # Later, from the case's list: the password is asked, in memory only.
    asked = []
    monkeypatch.setattr(printing, "_ask_password",
                        lambda _parent, again: asked.append(again) or
                        ("fout" if not again else "geheim-wachtwoord"))
    box = DocumentsBox(s, cid, window.nav.events)
    qtbot.addWidget(box)
    assert "met wachtwoord" in box.tree.topLevelItem(0).text(0)
    later = tmp_path / "later.pdf"
    from desktop_app.ui.casextras.printing import print_pdf

    data = s.documents.content(box.current_id())
    assert print_pdf(box, data, printer=pdf_printer(later), ask=printing._ask_password) >= 1
    assert asked == [False, True]
    assert_printed_like(later, out, tmp_path, page_count(out))
    assert s.documents.open_copy(box.current_id()).read_bytes() == plan.read_bytes()


# -- Opvolging and the family page ---------------------------------------------------------------
def test_opvolging_shows_todays_and_this_weeks_appointments_above_the_lists(qtbot, window, case,
                                                                           tmp_path):
    from desktop_app.ui.evaluation.opvolging import OpvolgingPage

    fid, cid = case
    s = window.session
    page = OpvolgingPage(s, window.nav, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.agenda.counts == (0, 0)
    assert page.agenda.tree.topLevelItem(0).child(0).text(0) == "Geen afspraken gepland."
    s.appointments.add(cid, TODAY, "13:30", kind="huisbezoek", place="Thuis")
    assert page.agenda.counts[0] == 1  # followed the change
    item = page.agenda.tree.topLevelItem(0).child(0)
    assert [item.text(i) for i in range(3)][1:] == [NAME, s.households.get_case(cid).case_number]
    layout = page.layout()
    assert layout.indexOf(page.agenda) < layout.indexOf(page.tree)
    page.grab().save(str(tmp_path / "opvolging.png"))
    with qtbot.waitSignal(page.agenda.case_opened):
        page.agenda._activate(item)
    family_page = window.workspace.currentWidget()
    assert family_page.family_id == fid and family_page.current_case_id() == cid


def test_family_page_tab_follows_the_chosen_case(qtbot, window, case, tmp_path):
    fid, cid = case
    page = window.open_family(fid)
    window.resize(1366, 768)
    page.tabs.setCurrentWidget(page.cases)
    tabs = page.cases.file_tabs
    index = tabs.indexOf(page.extras)
    assert index >= 0 and tabs.tabText(index) == "Afspraken en stu&kken"
    tabs.setCurrentIndex(index)
    assert page.extras.appointments.case_id == cid
    assert page.extras.documents.case_id == cid
    number = window.session.households.get_case(cid).case_number
    assert number in page.extras.case_label.text()
    window.grab().save(str(tmp_path / "family_tab.png"))


def test_the_print_dialog_choice_of_pages_is_followed(qtbot, window, case, tmp_path,
                                                      monkeypatch):
    """Without a printer given, the Qt print dialog asks; here it 'chooses' a PDF file and
    page 2 only (the dialog itself is replaced: it cannot be clicked offscreen)."""
    from desktop_app.ui.casextras import printing

    _fid, cid = case
    s = window.session
    plan = s.intake.export_plan(cid, tmp_path / "plan")
    assert page_count(plan) >= 2
    out = tmp_path / "pagina2.pdf"
    seen = {}

    class FakeDialog:
        def __init__(self, printer, _parent):
            self.printer = printer

        def setMinMax(self, low, high):  # noqa: N802 - Qt API
            seen["range"] = (low, high)

        def exec(self):
            self.printer.setOutputFormat(printing.QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            self.printer.setPrintRange(printing.QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(2, 2)
            seen["size"] = self.printer.pageLayout().pageSize().id()
            return printing.QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", FakeDialog)
    assert printing.print_pdf(None, plan.read_bytes()) == 1
    assert seen["range"] == (1, page_count(plan))
    assert seen["size"] == printing.QPageSize.PageSizeId.A4  # the PDF's own paper
    assert page_count(out) == 1
    from PIL import ImageChops, ImageFilter, ImageStat

    from tests.printing import page_png

    second = page_png(plan, 2, tmp_path / "p2").filter(ImageFilter.GaussianBlur(3))
    got = page_png(out, 1, tmp_path / "o1").resize(second.size).filter(ImageFilter.GaussianBlur(3))
    assert ImageStat.Stat(ImageChops.difference(second, got)).mean[0] < 2


def test_cancelling_the_print_dialog_prints_nothing(qtbot, monkeypatch):
    from desktop_app.ui.casextras import printing

    class Cancel:
        def __init__(self, *_a):
            pass

        def setMinMax(self, *_a):  # noqa: N802 - Qt API
            pass

        def exec(self):
            return printing.QDialog.DialogCode.Rejected

    monkeypatch.setattr(printing, "QPrintDialog", Cancel)
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "Zoë")
    c.save()
    assert printing.print_pdf(None, buf.getvalue()) == 0
