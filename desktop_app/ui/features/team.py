"""The team server in the window (issue 18): Instellingen › Teamserver, 'Nu
synchroniseren' (Bestand, F5) and 'Conflicten' (Ga naar) – the last two only while a
server is configured –, the status bar line with the sync every few minutes
(ui/team/status.py), the case action 'Overdragen aan collega…' and their screens.

Nothing here imports psycopg or the team sync: without a server the window is as it was
(the menu item Instellingen › Teamserver aside)."""

from __future__ import annotations

from . import CaseAction, Feature, Screen


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate, imported late; called by this name so lupdate reads it."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def open_settings(window):
    from ..team.settings_dialog import open_team_settings

    return open_team_settings(window)


def open_conflicts(window):
    from ..team.conflicts import open_conflicts as push

    return push(window)


def install(window) -> None:
    from PySide6.QtGui import QKeySequence

    from ..team.status import TeamSync

    sync = window.team_sync = TeamSync(window)
    settings = window.settings_menu.addAction(translate("TeamMenu", "Team&server…"),
                                              lambda: open_settings(window))
    settings.setObjectName("teamSettingsAction")
    file_menu = window.file_menu
    last = [a for a in file_menu.actions() if a.isSeparator()]
    now = file_menu.addAction(translate("TeamMenu", "Nu &synchroniseren"),
                              QKeySequence("F5"), lambda: sync.sync_now(quiet=False))
    if last:  # above 'Afsluiten'
        file_menu.removeAction(now)
        file_menu.insertAction(last[-1], now)
    now.setObjectName("teamSyncAction")
    now.setVisible(False)
    conflicts = window.go_menu.addAction(translate("TeamMenu", "Con&flicten (teamserver)"),
                                         lambda: open_conflicts(window))
    conflicts.setObjectName("teamConflictsAction")
    conflicts.setVisible(False)
    sync.sync_action, sync.conflicts_action = now, conflicts
    for act in (settings, now, conflicts):
        act.setEnabled(window.session is not None)
        window.data_actions.append(act)


def _configured(session) -> bool:
    return session.team.status().configured


def _handover(window, case_id: int):
    from ..team.handover import open_handover

    return open_handover(window, case_id)


# -- screens ---------------------------------------------------------------------------
def _screen_settings(window):
    """The dialog filled in, with the messages for bad input beside the fields."""
    from ..team.settings_dialog import TeamSettingsDialog

    dialog = TeamSettingsDialog(window.session, window)
    dialog.host.setText("teamserver.cjg-midden-limburg.nl")
    dialog.port.setText("54x2")
    dialog.user.setText("noelle.geelen")
    dialog.values()
    return dialog


def _sample_conflicts(window) -> list:
    """Examples on the demo's families for the screenshot (a real conflict needs a team
    server): a phone number and a family's own words changed on two laptops."""
    from ...session.team import Conflict

    session = window.session
    rows = session.households.page(limit=3)
    out = []
    for i, (table, field, kind, base, mine, theirs) in enumerate((
            ("persons", "phone", "field", "06-12345678", "06-87654321 (moeder, na 17 uur)",
             "06-12345678 (werk), of via de buurvrouw: 0475-334455"),
            ("results", "family_words", "field",
             "We willen dat Noah weer naar school gaat.",
             "We willen dat Noah weer elke dag naar school gaat en dat hij 's ochtends zelf "
             "opstaat. Oma Truus brengt hem op maandag en donderdag.",
             "We willen dat Noah weer naar school gaat, eerst drie ochtenden per week."),
            ("families", "street", "gone", "Kloosterstraat", "Kloosterstraat 12a", None))):
        row = rows[i % len(rows)] if rows else {"id": None, "family_name": ""}
        family = session.households.get_family(row["id"]) if row["id"] else None
        cases = session.households.cases_of(row["id"]) if row["id"] else []
        out.append(Conflict(i + 1, table, field, kind, base, mine, theirs,
                            f"2025-03-0{i + 4}T14:0{i}:00", row["id"],
                            family.family_name if family else "",
                            cases[0].case_number if cases else ""))
    return out


def _screen_conflicts(window):
    from ..team.conflicts import ConflictsPage

    examples = _sample_conflicts(window)
    page = ConflictsPage(window.session, window.nav, listing=lambda: examples)
    window.push_page(page)
    return page


def _screen_conflicts_empty(window):
    from ..team.conflicts import ConflictsPage

    page = ConflictsPage(window.session, window.nav, listing=list)
    window.push_page(page)
    return page


def _screen_status(window):
    """The status bar line as it reads after a sync with changes waiting and a conflict
    (a sample status: the demo has no server)."""
    from datetime import datetime

    from ...session.team import TeamStatus
    from ..team.status import TeamStatusWidget

    status = TeamStatus(True, {"host": "teamserver.cjg-midden-limburg.nl", "port": 5432,
                               "dbname": "gezinsplan", "ca_file": ""}, "noelle.geelen", "NG",
                        datetime.now().replace(hour=14, minute=5).isoformat(timespec="seconds"),
                        None, 3, 1, True)
    widget = TeamStatusWidget()
    widget.show_status(status, running=False, error=None)
    window.statusBar().addPermanentWidget(widget)
    return None


def _screen_handover(window):
    from ..team.handover import HandoverDialog

    session = window.session
    case_id = session.intake.richest_case()
    case = session.households.get_case(case_id)
    family = session.households.get_family(case.family_id)
    dialog = HandoverDialog(session, case.case_number, family.family_name, window)
    dialog.colleague.setText("bart.smeets")
    return dialog


FEATURE = Feature(
    case_actions=(CaseAction("handover", lambda: translate("TeamMenu", "Overdragen aan collega…"),
                             _handover, order=95, available=_configured),),
    screens=(
        Screen("team-settings", "Instellingen › Teamserver, met meldingen bij de velden",
               _screen_settings),
        Screen("team-conflicts", "conflicten met de teamserver: eerder, mijn waarde, server",
               _screen_conflicts),
        Screen("team-conflicts-empty", "conflicten: geen conflicten", _screen_conflicts_empty),
        Screen("team-status", "de statusbalk met de teamserver: laatste synchronisatie, "
               "wachtende wijzigingen, conflicten", _screen_status),
        Screen("team-handover", "een casus overdragen aan een collega", _screen_handover),
    ),
    window_hooks=(install,),
)
