"""Coordination decision (issue 5): the case action 'Coördinatiebesluit' and the
screens of every wizard step, the advice and the decision history."""

from __future__ import annotations

from . import CaseAction, Feature, Screen

# What this feature adds, collected in order and handed over as FEATURE (at the end).
_case_actions: list = []
_screens: list = []

STEP_SCREENS = {
    "type_zorg": "coordination-type-zorg",
    "aantal_producten": "coordination-aantal-producten",
    "complexiteit": "coordination-complexiteit",
    "hulpvraag": "coordination-hulpvraag",
    "zelfredzaamheid": "coordination-zelfredzaamheid",
    "eigen_kracht": "coordination-eigen-kracht",
}


def _label() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("coordination", "Coördinatiebesluit")


def open_page(window, case_id: int):
    from ..coordination.page import CoordinationPage

    page = CoordinationPage(window.session, window.nav, case_id)
    page.decided.connect(lambda _id: window.caseload.refresh())
    return page


_case_actions.append(CaseAction("coordination", _label, open_page, order=50))


# -- screens (demo database) ---------------------------------------------------------
def _showcase_case(session) -> int:
    """An active MLO case whose decision names the most providers still at work today."""
    from datetime import date

    decisions = session.decisions
    today = date.today()

    def richness(case_id: int) -> tuple:
        facts = decisions.current(case_id).facts
        return (len(facts.provider_names(today)), len(facts.categories(today)),
                len(facts.low_domains()), -case_id)

    return max(decisions.repo.decided_cases("MLO", "actief"), key=richness)


def _open(window, step: int | None = None, deviate: bool = False):
    from ..coordination.page import CoordinationPage

    session, nav = window.session, window.nav
    case_id = _showcase_case(session)
    nav.open_family(session.households.get_case(case_id).family_id)
    page = CoordinationPage(session, nav, case_id)
    nav.push(page)
    if step is not None:
        page.go(step)
    if deviate:
        page.advice_step.deviate.setChecked(True)
        page.advice_step.motivation.setPlainText(
            "Opa en oma kijken dagelijks mee en het gezin regelt de afspraken zelf goed.")
    return page


def _step_builder(index: int):
    return lambda window: _open(window, index)


for _i, (_key, _name) in enumerate(STEP_SCREENS.items()):
    _screens.append(Screen(_name, f"coördinatiebesluit, stap {_i + 1}: {_key.replace('_', ' ')}",
                           _step_builder(_i)))


def _advice(window):
    return _open(window, len(STEP_SCREENS))


def _history(window):
    page = _open(window, len(STEP_SCREENS), deviate=True)
    adv = page.advice_step
    if adv.level.count():
        adv.level.setCurrentIndex(0)
    page.record()
    page.open_history()


_screens.append(Screen("coordination-advice", "coördinatiebesluit: advies met redenen en besluit",
                       _advice))
_screens.append(Screen("coordination-history", "coördinatiebesluit: geschiedenis van besluiten",
                       _history))

FEATURE = Feature(case_actions=tuple(_case_actions), screens=tuple(_screens))
