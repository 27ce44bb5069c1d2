"""The intake screens on the session: they change data only through session.intake's
operations, follow the changes other screens make (the case closing, the next evaluation
moving), refuse an answer in a closed case with a Dutch message without losing the typed
text, and export the plan through the one plan operation."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel

from desktop_app.core.dates import add_months
from desktop_app.core.models import Family, Person
from desktop_app.ui.autosave import flush_all
from desktop_app.ui.registry import CASE_ACTIONS
from tests.conftest import type_text

TODAY = date.today()


def _new_case(window, start: date = TODAY) -> int:
    members = [Person(0, "ouder", "Mariëlle", "Peeters", add_months(TODAY, -12 * 38), gezag=True),
               Person(0, "jeugdige", "Zoë", "Peeters", add_months(TODAY, -12 * 13))]
    households = window.session.households
    family_id = households.new_family(Family("Peeters", municipality="Roermond", members=members),
                                      start=start)
    return households.cases_of(family_id)[0].id


def _wizard(window, case_id):
    window.open_case_action(CASE_ACTIONS["intake"], case_id)
    return window.workspace.currentWidget()


def _add_beschikking(session, case_id: int, provider: str, start: date, end: date) -> None:
    """The results area's add_deployment, as another screen's operation."""
    db = session.store.db
    family_id = session.households.get_case(case_id).family_id
    with session.operation("add_deployment", kinds=("deployments",), family_id=family_id,
                           case_id=case_id, refresh=True):
        provider_id = db["providers"].insert({"code": provider[:4], "name": provider}).last_pk
        db["deployments"].insert({"case_id": case_id, "provider_id": provider_id, "unit": "uur",
                                  "frequency": "week", "status": "toegewezen",
                                  "start_date": start.isoformat(), "end_date": end.isoformat()})


def _visible_errors(widget) -> list[str]:
    return [lbl.text() for lbl in widget.findChildren(QLabel, "error") if lbl.isVisible()]


def test_the_case_page_follows_the_intake_being_opened(qtbot, unlocked_window):
    window = unlocked_window
    case_id = _new_case(window)
    family_id = window.session.households.get_case(case_id).family_id
    page = window.open_family(family_id)
    status = page.findChild(QLabel, "caseStatus")
    assert status is not None and "aanmelding" in status.text()
    _wizard(window, case_id)
    # Another screen's operation (opening the intake) reached the case page beneath.
    assert "intake" in status.text()


def test_the_regie_step_shows_the_next_evaluation_and_follows_other_screens(qtbot, unlocked_window):
    window = unlocked_window
    case_id = _new_case(window, start=add_months(TODAY, -1))
    wizard = _wizard(window, case_id)
    page = wizard.go_to("regie")
    label = page.next_evaluation
    interval = add_months(add_months(TODAY, -1), 6)
    assert interval.strftime("%d-%m-%Y") in label.text() and "Elke 6 maanden" in label.text()

    # The consultant types an earlier moment: the rule takes it, the label says so.
    field = page.reg_form.widgets["evaluation_date"]
    chosen = TODAY + timedelta(days=45)
    field.setFocus()
    type_text(qtbot, field, chosen.strftime("%d-%m-%Y"))
    page.reg_form.savers["evaluation_date"].flush()
    assert window.session.households.get_case(case_id).next_evaluation == chosen
    assert chosen.strftime("%d-%m-%Y") in label.text() and "Gekozen datum" in label.text()

    # Help granted elsewhere ends sooner: the wizard's label moves without a reload.
    end = TODAY + timedelta(days=40)
    _add_beschikking(window.session, case_id, "Roerdal", TODAY - timedelta(days=3), end)
    due = window.session.households.get_case(case_id).next_evaluation
    assert due < chosen
    assert due.strftime("%d-%m-%Y") in label.text()
    assert "Roerdal" in label.text()

    # The closing overview shows the case's date too, and follows the same way.
    done = wizard.go_to("done")
    assert due.strftime("%d-%m-%Y") in done.summary.text()
    _add_beschikking(window.session, case_id, "Maasland", TODAY - timedelta(days=1),
                     TODAY + timedelta(days=35))
    sooner = window.session.households.get_case(case_id).next_evaluation
    assert sooner < due and sooner.strftime("%d-%m-%Y") in done.summary.text()


def test_a_closed_case_refuses_an_answer_and_keeps_the_typed_text(qtbot, unlocked_window):
    window = unlocked_window
    case_id = _new_case(window)
    wizard = _wizard(window, case_id)
    page = wizard.go_to("question")
    assert not wizard.notice.isVisible()

    # Closed on another screen while the wizard is open: the banner says so at once.
    window.session.households.close_case(case_id, "doelen_bereikt")
    assert wizard.notice.isVisible() and "afgesloten" in wizard.notice.text()

    words = "Wij willen weer rust in huis; één vaste persoon."
    page.question.setFocus()
    type_text(qtbot, page.question, words)
    assert not flush_all(wizard)
    errors = _visible_errors(page)
    assert errors == ["Deze casus is afgesloten. Heropen de casus om iets te veranderen."]
    assert page.question.toPlainText() == words  # nothing typed is lost
    assert window.session.intake.get(case_id).help_question == ""
    assert "Niet opgeslagen" in wizard.indicator.text()

    # A button refuses too, with the same message, and nothing is added.
    network = wizard.go_to("network")
    network.add_button.click()
    assert window.session.intake.contacts(case_id) == []
    assert "Heropen de casus" in wizard.notice.text()

    # Reopened: the words typed in the closed case are saved on the next flush.
    window.session.households.reopen_case(case_id)
    assert not wizard.notice.isVisible()
    assert flush_all(wizard)
    assert window.session.intake.get(case_id).help_question == words
    assert _visible_errors(page) == []


def test_samen_kijken_follows_changes_and_shows_why_that_day(qtbot, unlocked_window):
    window = unlocked_window
    case_id = _new_case(window)
    window.session.intake.set_field(case_id, "evaluation_date", TODAY + timedelta(days=20))
    window.open_case_action(CASE_ACTIONS["samen-kijken"], case_id)
    page = window.workspace.currentWidget()
    assert page.objectName() == "samenKijken"
    reason = page.findChild(QLabel, "lookBackReason")
    assert reason is not None and reason.text() == "Die datum hebben we samen gekozen."

    # Another screen writes the family's question: the page shows it without a reload.
    window.session.intake.set_field(case_id, "help_question", "Wij willen dat Zoë weer naar school gaat.")
    assert "Wij willen dat Zoë weer naar school gaat." in page.all_text()
    end = TODAY + timedelta(days=15)
    _add_beschikking(window.session, case_id, "Roerdal", TODAY - timedelta(days=10), end)
    text = page.all_text()
    assert "Eerder dan gepland, omdat de hulp van Roerdal" in text
    # A change for another family leaves the page alone.
    before = page.findChild(QLabel, "lookBackReason")
    other = _new_case(window)
    window.session.intake.set_field(other, "help_question", "Iets anders")
    assert page.findChild(QLabel, "lookBackReason") is before


def test_the_plan_exported_from_the_wizard_is_recorded_after_it_is_written(
        qtbot, unlocked_window, tmp_path, monkeypatch):
    from desktop_app.ui.export_dialog import ExportChoice
    from desktop_app.ui.intake import export as export_ui

    window = unlocked_window
    case_id = _new_case(window)
    window.session.intake.set_field(case_id, "help_question", "Wij willen rust in huis.")
    folder = tmp_path / "plannen"
    folder.mkdir()
    monkeypatch.setattr(export_ui, "ask_export", lambda *a, **k: ExportChoice(folder, None))
    shown = []
    monkeypatch.setattr(export_ui, "show_made", lambda *a: shown.append(str(a[3][0])))
    db = window.session.store.db
    before = db.execute("SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0]
    wizard = _wizard(window, case_id)
    done = wizard.go_to("done")
    done.pdf_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    files = list(folder.iterdir())
    assert len(files) == 1 and files[0].name.endswith(" v1.pdf") and str(files[0]) in shown[0]
    assert window.session.intake.get(case_id).plan_version == 1
    after = db.execute("SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0]
    assert after == before + 1
