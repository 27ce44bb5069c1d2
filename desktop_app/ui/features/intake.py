"""The 1Gezin1Plan intake plugs into the main window: a case action, and screens
for every wizard step, 'Samen kijken' and the network map."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import CaseAction, Feature, Screen

# What this feature adds, collected in order and handed over as FEATURE (at the end).
_case_actions: list = []
_screens: list = []


def _open_wizard(window, case_id: int):
    from ..intake.wizard import IntakeWizard

    return IntakeWizard(window.session, window.nav, case_id)


def _open_together(window, case_id: int):
    from ..intake.samen_kijken import SamenKijkenPage

    return SamenKijkenPage(window.session, window.nav, case_id)


_case_actions.append(CaseAction(
    "intake", lambda: QCoreApplication.translate("intake", "Intake (1Gezin1Plan)"), _open_wizard, order=10))
_case_actions.append(CaseAction(
    "samen-kijken", lambda: QCoreApplication.translate("intake", "Samen kijken"), _open_together, order=11))


def _case(window) -> int:
    return window.session.intake.richest_case()


def _wizard_at(step: str):
    def build(window):
        from ..intake.wizard import IntakeWizard

        wizard = IntakeWizard(window.session, window.nav, _case(window))
        window.nav.push(wizard)
        keys = wizard.keys()
        if step == "youth":
            key = next((k for k in keys if k.startswith("domains:jongeren:")), keys[3])
        elif step == "domains":
            key = next(k for k in keys if k.startswith("domains:"))
        elif step == "household-zrm":
            key = next(k for k in keys if k.startswith("domains:huishouden:"))
        else:
            key = step
        wizard.go(keys.index(key), store=False)  # a screenshot must not move the family's intake
        return None

    return build


def _together(window):
    page = _open_together(window, _case(window))
    window.nav.push(page)


def _network_map(window):
    from ...core.form_intake import intake_form
    from ..intake.network_view import NetworkMapDialog

    session = window.session
    case_id = _case(window)
    family = session.households.get_family(session.households.get_case(case_id).family_id)
    groups = [(g.key, g.label) for g in intake_form().network_groups]
    return NetworkMapDialog(family.family_name, groups, session.intake.contacts(case_id), window)


for _name, _step, _text in (
    ("intake-household", "household", "intake: gezin en gezag"),
    ("intake-network", "network", "intake: netwerkkaart (ecogram) met lijst"),
    ("intake-question", "question", "intake: de vraag in eigen woorden"),
    ("intake-domains", "domains", "intake: leefgebieden van een volwassene (ZRM per volwassene)"),
    ("intake-household-zrm", "household-zrm", "intake: het huishouden als geheel (ZRM-Huishoudens)"),
    ("intake-youth", "youth", "intake: leefgebieden van een jongere (ZRM-Jongeren)"),
    ("intake-summary", "summary", "intake: samenvatting score 1 of 2 en prioriteiten"),
    ("intake-safety", "safety", "intake: veiligheid en de route naar Veilig Thuis"),
    ("intake-regie", "regie", "intake: familiegroepsplan, regisseur, terugkijken"),
    ("intake-consent", "consent", "intake: toestemming met de leeftijdsregels"),
    ("intake-done", "done", "intake: klaar, plan als PDF"),
):

    _screens.append(Screen(_name, _text, _wizard_at(_step)))
_screens.append(Screen("samen-kijken", "Samen kijken: het plan voor het gezin op het scherm", _together))
_screens.append(Screen("network-map", "de netwerkkaart groot", _network_map))

FEATURE = Feature(case_actions=tuple(_case_actions), screens=tuple(_screens))
