"""Translatable texts of the evaluation screens that carry dates: the rule's proposal for
the next evaluation, why a chosen date is refused (core.evaluation_dates), and the
lifecycle's refusals. Dutch source strings, English in resources/i18n/en-evaluation.tsv."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.evaluation_dates import NextDateError, Proposal
from ...core.validation import format_date
from ..case_panel import next_evaluation_text
from ..messages import validation_message


def _t(text: str) -> str:
    return QCoreApplication.translate("evaluation", text)


def _since(kind: str) -> str:
    return {"evaluation": _t("deze evaluatie"), "decision": _t("het besluit"),
            "help": _t("de start van de hulp"), "start": _t("de start van de casus")}[kind]


def next_date_text(exc: NextDateError) -> str:
    """Which limit the chosen date passes, and the last date allowed."""
    lim = exc.limit
    if exc.code == "next_date_before" or lim is None:
        return _t("Kies een datum na de datum van dit gesprek (%1).").replace(
            "%1", format_date(exc.held_on))
    pick = _t("Kies een datum op of vóór %1.").replace("%1", format_date(exc.latest))
    if exc.code in ("next_date_beschikking", "next_date_margin"):
        if exc.code == "next_date_beschikking":
            text = (_t("Deze datum ligt na het einde van de beschikking van %1 (%2).")
                    if lim.provider else _t("Deze datum ligt na het einde van de beschikking (%2)."))
        else:
            text = (_t("Deze datum ligt te dicht bij het einde van de beschikking van %1 (%2): "
                       "evalueer minstens %3 dagen ervoor.") if lim.provider else
                    _t("Deze datum ligt te dicht bij het einde van de beschikking (%2): "
                       "evalueer minstens %3 dagen ervoor."))
        text = (text.replace("%1", lim.provider).replace("%2", format_date(lim.since))
                .replace("%3", str(exc.margin_days)))
        return f"{text} {pick}"
    text = (_t("Deze datum ligt meer dan een maand na %2 (%3).") if lim.months == 1 else
            _t("Deze datum ligt meer dan %1 maanden na %2 (%3).").replace("%1", str(lim.months)))
    text = text.replace("%2", _since(lim.since_kind)).replace("%3", format_date(lim.since))
    return f"{text} {pick}"


def proposal_text(p: Proposal) -> str:
    """The rule's date for the next evaluation and why, as the 'next' step proposes it."""
    n = p.next
    if n.due is None:
        return next_evaluation_text(n)
    lim = n.limit
    if lim.kind == "beschikking" and p.latest != n.due:
        return (_t("De beschikking van %1 loopt af op %2, binnen %3 dagen: de casus blijft aan "
                   "de beurt voor een evaluatie. Kies een datum op of vóór %2.")
                .replace("%1", lim.provider or "–").replace("%2", format_date(lim.since))
                .replace("%3", str(p.margin_days)))
    if lim.kind == "beschikking":
        why = (_t("%1 dagen vóór het einde van de beschikking van %2 (%3)")
               .replace("%1", str((lim.since - lim.day).days)).replace("%2", lim.provider or "–")
               .replace("%3", format_date(lim.since)))
    else:
        why = (_t("een maand na %2 (%3)") if lim.months == 1 else
               _t("%1 maanden na %2 (%3)").replace("%1", str(lim.months)))
        why = why.replace("%2", _since(lim.since_kind)).replace("%3", format_date(lim.since))
    return (_t("Voorstel volgens de regel: %1 – %2. U kunt een eerdere datum kiezen, geen "
               "latere.").replace("%1", format_date(n.due)).replace("%2", why))


def lifecycle_text(code: str) -> str:
    return {
        "closed": _t("Deze casus is afgesloten. Heropen de casus om iets te veranderen."),
        "not_closed": _t("Deze casus is niet afgesloten."),
    }.get(code, code)


def problem_text(code: str, late: NextDateError | None = None) -> str:
    """One thing that still blocks finalising."""
    if late is not None and code == late.code:
        return next_date_text(late)
    return validation_message(code)
