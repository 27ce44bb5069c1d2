"""The case file's words: phases, next steps, journal and timeline kinds (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.next_step import NextStep
from ...core.validation import format_date


def phase_label(phase: str) -> str:
    return {
        "aanmelding": QCoreApplication.translate("CaseFile", "Aanmelding"),
        "intake": QCoreApplication.translate("CaseFile", "Intake"),
        "plan": QCoreApplication.translate("CaseFile", "Plan"),
        "besluit": QCoreApplication.translate("CaseFile", "Besluit"),
        "opvolging": QCoreApplication.translate("CaseFile", "Opvolging"),
        "afgesloten": QCoreApplication.translate("CaseFile", "Afgesloten"),
    }.get(phase, phase)


def _in_days(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("CaseFile", "vandaag")
    if days == 1:
        return QCoreApplication.translate("CaseFile", "morgen")
    if days > 1:
        return QCoreApplication.translate("CaseFile", "over %1 dagen").replace("%1", str(days))
    if days == -1:
        return QCoreApplication.translate("CaseFile", "1 dag te laat")
    return QCoreApplication.translate("CaseFile", "%1 dagen te laat").replace("%1", str(-days))


def next_step_text(step: NextStep) -> str:
    """'Evaluatie over 12 dagen', 'Beschikking Roerdal loopt af op 01-02-2027', …"""
    kind = step.kind
    if kind == "evaluation":
        return QCoreApplication.translate("CaseFile", "Evaluatie %1 (%2)").replace(
            "%1", _in_days(step.days)).replace("%2", format_date(step.day))
    if kind == "beschikking_ends":
        text = (QCoreApplication.translate("CaseFile", "Beschikking %1 loopt af op %2")
                .replace("%1", step.provider) if step.provider else
                QCoreApplication.translate("CaseFile", "Een beschikking loopt af op %2"))
        text = text.replace("%2", format_date(step.day))
        if step.evaluation_due:
            text += " – " + QCoreApplication.translate(
                "CaseFile", "evalueer uiterlijk %1").replace("%1", format_date(step.evaluation_due))
        return text
    return {
        "closed": QCoreApplication.translate(
            "CaseFile", "De casus is afgesloten. Een nieuwe aanmelding kan als nieuwe casus."),
        "start_intake": QCoreApplication.translate("CaseFile", "Intake starten met het gezin"),
        "set_results": QCoreApplication.translate(
            "CaseFile", "Resultaten met het gezin vaststellen"),
        "decide": QCoreApplication.translate("CaseFile", "Coördinatiebesluit nog nemen"),
        "finish_evaluation": QCoreApplication.translate(
            "CaseFile", "De begonnen evaluatie afronden"),
        "no_follow_up": QCoreApplication.translate(
            "CaseFile", "Geen evaluatie: het CJG volgt deze casus niet op"),
    }.get(kind, kind)


def journal_kind_label(kind: str) -> str:
    return {
        "huisbezoek": QCoreApplication.translate("CaseFile", "Huisbezoek"),
        "telefonisch": QCoreApplication.translate("CaseFile", "Telefonisch contact"),
        "overleg_aanbieder": QCoreApplication.translate("CaseFile", "Overleg met aanbieder"),
        "mdo": QCoreApplication.translate("CaseFile", "Multidisciplinair overleg"),
        "email": QCoreApplication.translate("CaseFile", "E-mail"),
        "anders": QCoreApplication.translate("CaseFile", "Anders"),
    }.get(kind, kind)


def timeline_kind_label(kind: str) -> str:
    return {
        "contact": QCoreApplication.translate("CaseFile", "Contactmomenten"),
        "appointment": QCoreApplication.translate("CaseFile", "Afspraken"),
        "intake": QCoreApplication.translate("CaseFile", "Intake en toestemming"),
        "result": QCoreApplication.translate("CaseFile", "Resultaten"),
        "deployment": QCoreApplication.translate("CaseFile", "Hulp"),
        "decision": QCoreApplication.translate("CaseFile", "Besluiten"),
        "evaluation": QCoreApplication.translate("CaseFile", "Evaluaties"),
        "document": QCoreApplication.translate("CaseFile", "Documenten"),
        "attachment": QCoreApplication.translate("CaseFile", "Bijlagen"),
        "case": QCoreApplication.translate("CaseFile", "Casus"),
    }.get(kind, kind)


