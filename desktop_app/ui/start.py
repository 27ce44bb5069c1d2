"""What the workspace shows first after unlocking, and the caseload built on first use.

The caseload (every family) is the workspace's home page, at index 0; a feature may offer a
start page that covers it at unlock (Opvolging, features/evaluation.py) through
`window.start_pages`: factories asked in order, the first page returned is pushed. Then the
caseload is not built at unlock – nobody sees it yet, and building it cost the start some
40 ms of widgets and queries at 10,000 families – but when it is first needed: shown (back
from the start page, Ctrl+1) or asked for (`window.caseload`). An empty page holds its
place at index 0 until then. Without a start page the caseload is built at once, as the
page shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .caseload import CaseloadView
    from .main_window import MainWindow

PLACEHOLDER = "caseloadPlaceholder"


def build_workspace(window: MainWindow) -> None:
    """The workspace of a just opened session: the start page, or the caseload."""
    from .caseload import BackgroundCounter

    # Counting a broad search of a large caseload happens off the GUI thread.
    window.counter = BackgroundCounter(window.session.households.reader, window)
    start = next((page for page in (offer() for offer in window.start_pages)
                  if page is not None), None)
    if start is None:
        build_caseload(window)
        return
    placeholder = QWidget()
    placeholder.setObjectName(PLACEHOLDER)
    window.workspace.addWidget(placeholder)  # current for a moment: not built for that
    window._caseload_placeholder = placeholder
    window.push_page(start)


def build_caseload(window: MainWindow) -> CaseloadView:
    """The caseload at index 0 of the workspace, in place of its placeholder (and shown
    if the placeholder was)."""
    from ..core.policy import policy_regions
    from .caseload import CaseloadView

    session = window.session
    view = CaseloadView(session.households, counter=window.counter,
                        review_regions=policy_regions(session.policies))
    view.family_opened.connect(window.open_family)
    view.new_family_requested.connect(window.new_family)
    placeholder, window._caseload_placeholder = window._caseload_placeholder, None
    window._caseload = view
    workspace = window.workspace
    workspace.insertWidget(0, view)
    if placeholder is not None:
        if workspace.currentWidget() is placeholder:
            workspace.setCurrentWidget(view)
        workspace.removeWidget(placeholder)
        placeholder.deleteLater()
    return view
