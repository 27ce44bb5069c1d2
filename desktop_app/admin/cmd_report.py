"""`report <kind>`: documents as PDF without the GUI.

Kinds are discovered: every module `desktop_app/admin/report_*.py` exposes
`register(report_subparsers)` and adds one parser with `handler=run`. The plan is
`report_plan.py`; decision letters and evaluation reports are added the same way."""

from __future__ import annotations

import importlib
import pkgutil

from ._common import add_command

ORDER = 60


def report_modules() -> list:
    from .. import admin

    names = sorted(m.name for m in pkgutil.iter_modules(admin.__path__) if m.name.startswith("report_"))
    modules = [importlib.import_module(f"{admin.__name__}.{name}") for name in names]
    return [m for m in modules if hasattr(m, "register")]


def register(subparsers) -> None:
    p = add_command(subparsers, "report", "documenten als PDF maken (gezinsplan, brieven, verslagen)")
    kinds = p.add_subparsers(dest="report_kind", metavar="SOORT", parser_class=type(p))
    kinds.required = True
    for module in report_modules():
        module.register(kinds)
