"""Results with the family, deployed help and costs (issue 4): the case action
'Resultaten en hulp', the main page 'Catalogus' and their screenshot screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import CaseAction, Feature, MainPage, Screen

# What this feature adds, collected in order and handed over as FEATURE (at the end).
_case_actions: list = []
_main_pages: list = []
_screens: list = []


def _open_results(window, case_id: int):
    from ..results.page import ResultsPage

    return ResultsPage(window.session, window.nav, case_id)


def _open_catalog(window):
    from ..results.catalog_page import CatalogPage

    return CatalogPage(window.session, window.nav)


_case_actions.append(CaseAction(
    "results", lambda: QCoreApplication.translate("features", "Resultaten en hulp"),
    _open_results, order=20))
_main_pages.append(MainPage(
    "catalog", lambda: QCoreApplication.translate("features", "Ca&talogus"), _open_catalog,
    shortcut="Ctrl+T", order=50))


# -- screens --------------------------------------------------------------------------
def _page(window, tab: int):
    page = _open_results(window, window.session.results.showcase_case())
    window.push_page(page)
    page.tabs.setCurrentIndex(tab)
    return page


def _show_deployments_uncontracted(window):
    # Prefer a deployment with an acknowledged contract warning and a volume change.
    row = window.session.results.showcase_deployment()
    page = _open_results(window, row[0])
    window.push_page(page)
    page.tabs.setCurrentIndex(2)
    page.deployments_tab.reload(select=row[1])
    return page


def _show_contract_warning(window):
    from ..results.dialogs import ContractWarningDialog

    dialog = ContractWarningDialog(
        "Jeugdzorgcentrum Midden-Limburg voor Kinderen, Jongeren en Hun Ouders",
        "45A03 · Ambulante jeugdhulp op school of in de kinderopvang (OSK)", "MLW", window)
    dialog.reason.setPlainText("Het gezin heeft al een vertrouwensband met deze hulpverlener.")
    return dialog


def _show_catalog(window):
    page = _open_catalog(window)
    window.push_page(page)
    return page


_screens.append(Screen("results", "resultaten en doelniveaus (GAS) van een casus",
                       lambda w: _page(w, 0)))
_screens.append(Screen("actions", "afspraken: wie doet wat en wanneer", lambda w: _page(w, 1)))
_screens.append(Screen("deployments", "ingezette hulp, met contractcontrole",
                       _show_deployments_uncontracted))
_screens.append(Screen("costs", "kosten van de casus en wat afschalen scheelt",
                       lambda w: _page(w, 3)))
_screens.append(Screen("catalog", "de regionale catalogus: aanbieders, producten, contracten",
                       _show_catalog))
_screens.append(Screen("contract-warning", "waarschuwing: aanbieder zonder contract",
                       _show_contract_warning))

FEATURE = Feature(
    case_actions=tuple(_case_actions),
    main_pages=tuple(_main_pages),
    screens=tuple(_screens),
)
