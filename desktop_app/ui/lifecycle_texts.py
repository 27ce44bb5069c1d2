"""How the case's lifecycle reads on screen (translatable twins of core.lifecycle's Dutch
texts): the next evaluation with its reason, the review state, the reasons for closing. Used
by the case panel, the intake, the decision wizard and the evaluation wizard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ..core import lifecycle as lc
from ..core.messages import msg
from ..core.validation import format_date
from .i18n import in_ui_lang


def close_reason_label(code: str) -> str:
    return {
        "doelen_bereikt": QCoreApplication.translate("CasePanel", "De doelen zijn bereikt"),
        "voorliggend_veld": QCoreApplication.translate("CasePanel", "Afgeschaald naar het voorliggend veld"),
        "overgedragen": QCoreApplication.translate("CasePanel", "Overgedragen aan een andere organisatie"),
        "verhuisd": QCoreApplication.translate("CasePanel", "Het gezin is verhuisd"),
        "gezin_stopt": QCoreApplication.translate("CasePanel", "Het gezin wil niet verder"),
        "anders": QCoreApplication.translate("CasePanel", "Anders"),
    }.get(code, code)


def next_evaluation_text(n: lc.NextEvaluation) -> str:
    """core.lifecycle.explain, translatable."""
    if n.due is None:
        return {
            "none_closed": QCoreApplication.translate("CasePanel", "De casus is afgesloten."),
            "none_not_started": QCoreApplication.translate("CasePanel", "Nog geen evaluatie: de intake is nog niet begonnen."),
            "none_no_follow_up": QCoreApplication.translate("CasePanel", "Het CJG volgt deze casus niet op (geen coördinatie)."),
        }.get(n.why, "")
    lim = n.limit
    if lim.kind == "beschikking":
        return (QCoreApplication.translate("CasePanel", "Eerder: de beschikking van %1 loopt af op %2.").replace("%1", lim.provider)
                .replace("%2", format_date(lim.since)))
    if lim.kind == "chosen":
        return QCoreApplication.translate("CasePanel", "Gekozen datum.")
    since = {"evaluation": QCoreApplication.translate("CasePanel", "de laatste evaluatie"), "decision": QCoreApplication.translate("CasePanel", "het besluit"),
             "help": QCoreApplication.translate("CasePanel", "de start van de hulp"), "start": QCoreApplication.translate("CasePanel", "de start van de casus")}
    return (QCoreApplication.translate("CasePanel", "Elke %1 maanden, gerekend vanaf %2 (%3).").replace("%1", str(lim.months))
            .replace("%2", since[lim.since_kind]).replace("%3", format_date(lim.since)))


def review_text(group: str | None, due: str | None) -> str:
    if not group or group == "geen_richtlijn":
        return QCoreApplication.translate("CasePanel", "Geen overgangsregel voor deze regio.")
    label = in_ui_lang(msg("transition.group", group=group))
    if due:
        return QCoreApplication.translate("CasePanel", "%1 – besluit nodig vanaf %2").replace("%1", label).replace(
            "%2", format_date(date.fromisoformat(due)))
    return QCoreApplication.translate("CasePanel", "%1 – nu niets te besluiten").replace("%1", label)
