"""`report`: documents as PDF. Each module `report_*.py` beside this one exposes
`register(report_subparsers)` and adds one report (e.g. `decision-letters`); they
are discovered automatically, like the commands themselves."""

from __future__ import annotations

import importlib
import pkgutil

from ._common import add_command

ORDER = 60


def _report_modules() -> list:
    from .. import admin

    names = sorted(m.name for m in pkgutil.iter_modules(admin.__path__) if m.name.startswith("report_"))
    modules = [importlib.import_module(f"{admin.__name__}.{name}") for name in names]
    return [m for m in modules if hasattr(m, "register")]


def register(subparsers) -> None:
    p = add_command(subparsers, "report", "documenten als PDF maken (brieven, verslagen)")
    reports = p.add_subparsers(dest="report", metavar="RAPPORT", parser_class=type(p))
    reports.required = True
    for module in _report_modules():
        module.register(reports)
