"""Follow-up and evaluation (issue 6): the Opvolging start page, the evaluation
wizard, progress charts and the report preview; their screens. Every page gets the
session (`window.session`) and the navigator (`window.nav`), never the store."""

from __future__ import annotations

from . import CaseAction, Feature, MainPage, Screen

# What this feature adds, collected in order and handed over as FEATURE (at the end).
_case_actions: list = []
_main_pages: list = []
_screens: list = []
_window_hooks: list = []


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate, imported late; called by this name so lupdate reads it."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def open_wizard(window, case_id: int):
    from PySide6.QtWidgets import QMessageBox

    from ...core.lifecycle import LifecycleError
    from ..evaluation.texts import lifecycle_text
    from ..evaluation.wizard import EvaluationWizard

    try:
        page = EvaluationWizard(window.session, window.nav, case_id)
    except LifecycleError as exc:  # a closed case: no new evaluation
        QMessageBox.information(window, translate("evaluation", "Evaluatie"),
                                lifecycle_text(exc.code))
        return None
    page.finished.connect(lambda _id: window.caseload.refresh())
    return page


def open_progress(window, case_id: int):
    from ..evaluation.progress import ProgressPage

    return ProgressPage(window.session, window.nav, case_id)


def open_report(window, case_id: int):
    from PySide6.QtWidgets import QMessageBox

    from ..evaluation.preview import PreviewPage

    evaluations = window.session.evaluations
    evaluation_id = evaluations.latest_final_id(case_id) or evaluations.draft_id(case_id)
    if evaluation_id is None:
        QMessageBox.information(window, translate("evaluation", "Evaluatieverslag"),
                                translate("evaluation", "Deze casus heeft nog geen evaluatie."))
        return None
    return PreviewPage(window.session, window.nav, case_id, evaluation_id)


def open_opvolging(window, counts_later: bool = False):
    from ..evaluation.opvolging import OpvolgingPage

    return OpvolgingPage(window.session, window.nav, counts_later=counts_later)


_case_actions.append(CaseAction("evaluation", lambda: translate("evaluation", "Evaluatie"),
                                open_wizard, order=60))
_case_actions.append(CaseAction("progress", lambda: translate("evaluation", "Voortgang"),
                                open_progress, order=61))
_case_actions.append(CaseAction("evaluation-report",
                                lambda: translate("evaluation", "Evaluatieverslag"),
                                open_report, order=62))
_main_pages.append(MainPage("opvolging", lambda: translate("evaluation", "&Opvolging"),
                            open_opvolging, shortcut="Ctrl+0", order=10))


def _start_on_opvolging(window) -> None:
    """Opvolging is the page right after unlocking (the caseload stays Ctrl+1 away, built
    when first shown: ui/start.py): for a database opened through the gate that has
    families (a new, empty database starts at the caseload with 'Nieuw gezin')."""

    def offer():
        if window.session is None or not window.backup_at_close:
            return None
        try:
            if window.session.households.family_count():
                return open_opvolging(window, counts_later=True)
        except Exception as exc:  # noqa: BLE001 - a damaged database: the integrity check
            # reports it itself; the caseload stays the start page.
            import logging

            logging.getLogger(__name__).warning("opvolging not shown (%s)", type(exc).__name__)
        return None

    window.start_pages.append(offer)
    window.preloads.append(_load_page_module)


def _load_page_module() -> None:
    """Behind the unlock screen (ui/gate_open.py): the start page's module."""
    from ..evaluation import opvolging  # noqa: F401


_window_hooks.append(_start_on_opvolging)


# -- screens (demo database) ---------------------------------------------------------
def showcase_case(window) -> int:
    """An active case with help still running, the most final evaluations, then the
    most results."""
    return window.session.evaluations.showcase_case()


def _wizard(window, step: str):
    case_id = showcase_case(window)
    window.open_family(window.session.households.get_case(case_id).family_id)
    page = open_wizard(window, case_id)
    window.push_page(page)
    page.go_to(step)
    return page


def _step_builder(step: str):
    return lambda window: _wizard(window, step)


for _key in ("results", "help", "satisfaction", "next", "done"):
    _screens.append(Screen(f"evaluation-{_key}", f"evaluatie, stap: {_key}", _step_builder(_key)))
_screens.append(Screen("opvolging", "opvolging: startpagina met wat aandacht vraagt",
                       lambda w: w.push_page(open_opvolging(w))))
_screens.append(Screen("progress", "voortgang: niveaus, T-score en doelrealisatie",
                       lambda w: w.push_page(open_progress(w, showcase_case(w)))))
_screens.append(Screen("evaluation-preview", "evaluatieverslag: voorbeeld in de app",
                       lambda w: w.push_page(open_report(w, showcase_case(w)))))

FEATURE = Feature(
    case_actions=tuple(_case_actions),
    main_pages=tuple(_main_pages),
    screens=tuple(_screens),
    window_hooks=tuple(_window_hooks),
)
