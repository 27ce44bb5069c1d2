"""`report <kind>`: documents as PDF without the GUI.

Each kind is a module `desktop_app/admin/report_*.py` with
`register(report_subparsers)`, which adds one parser with `handler=run`; KINDS
lists them in their --help order (a new kind is added there)."""

from __future__ import annotations

from . import report_decision_letters, report_evaluation, report_management, report_plan
from ._common import add_command

KINDS = (report_decision_letters, report_evaluation, report_management, report_plan)


def register(subparsers) -> None:
    p = add_command(subparsers, "report", "documenten als PDF maken (gezinsplan, brieven, verslagen)")
    kinds = p.add_subparsers(dest="report_kind", metavar="SOORT", parser_class=type(p))
    kinds.required = True
    for module in KINDS:
        module.register(kinds)
