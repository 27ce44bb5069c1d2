"""Translatable texts of the evaluation screens that carry dates: the rule's proposal for
the next evaluation, why a chosen date is refused (core.evaluation_dates), and the
lifecycle's refusals. Dutch source strings, English in resources/i18n/en-evaluation.tsv."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.evaluation_dates import NextDateError, Proposal
from ...core.validation import format_date
from ..lifecycle_texts import next_evaluation_text
from ..messages import validation_message

# Called by this name so that lupdate finds the strings (it does not follow a wrapper).
translate = QCoreApplication.translate


def _since(kind: str) -> str:
    return {"evaluation": translate("evaluation", "deze evaluatie"),
            "decision": translate("evaluation", "het besluit"),
            "help": translate("evaluation", "de start van de hulp"),
            "start": translate("evaluation", "de start van de casus")}[kind]


def next_date_text(exc: NextDateError) -> str:
    """Which limit the chosen date passes, and the last date allowed."""
    lim = exc.limit
    if exc.code == "next_date_before" or lim is None:
        return translate("evaluation", "Kies een datum na de datum van dit gesprek (%1).").replace(
            "%1", format_date(exc.held_on))
    pick = translate("evaluation", "Kies een datum op of vóór %1.").replace(
        "%1", format_date(exc.latest))
    if exc.code == "next_date_beschikking":
        text = (translate("evaluation",
                          "Deze datum ligt na het einde van de beschikking van %1 (%2).")
                if lim.provider else
                translate("evaluation", "Deze datum ligt na het einde van de beschikking (%2)."))
    elif exc.code == "next_date_margin":
        text = (translate("evaluation",
                          "Deze datum ligt te dicht bij het einde van de beschikking van %1 "
                          "(%2): evalueer minstens %3 dagen ervoor.")
                if lim.provider else
                translate("evaluation",
                          "Deze datum ligt te dicht bij het einde van de beschikking (%2): "
                          "evalueer minstens %3 dagen ervoor."))
    elif lim.months == 1:
        text = translate("evaluation", "Deze datum ligt meer dan een maand na %4 (%5).")
    else:
        text = translate("evaluation", "Deze datum ligt meer dan %3 maanden na %4 (%5).")
    text = (text.replace("%1", lim.provider).replace("%2", format_date(lim.since))
            .replace("%3", str(exc.margin_days if lim.kind == "beschikking" else lim.months))
            .replace("%4", _since(lim.since_kind) if lim.since_kind else "")
            .replace("%5", format_date(lim.since)))
    return f"{text} {pick}"


def proposal_text(p: Proposal) -> str:
    """The rule's date for the next evaluation and why, as the 'next' step proposes it."""
    n = p.next
    if n.due is None:
        return next_evaluation_text(n)
    lim = n.limit
    if lim.kind == "beschikking" and p.latest != n.due:
        return (translate("evaluation",
                          "De beschikking van %1 loopt af op %2, binnen %3 dagen: de casus "
                          "blijft aan de beurt voor een evaluatie. Kies een datum op of vóór %2.")
                .replace("%1", lim.provider or "–").replace("%2", format_date(lim.since))
                .replace("%3", str(p.margin_days)))
    if lim.kind == "beschikking":
        days = (lim.since - lim.day).days
        why = (translate("evaluation", "%1 dagen vóór het einde van de beschikking van %2 (%3)")
               if days else translate("evaluation", "het einde van de beschikking van %2 (%3)"))
        why = (why.replace("%1", str(days)).replace("%2", lim.provider or "–")
               .replace("%3", format_date(lim.since)))
    else:
        why = (translate("evaluation", "een maand na %2 (%3)") if lim.months == 1 else
               translate("evaluation", "%1 maanden na %2 (%3)").replace("%1", str(lim.months)))
        why = why.replace("%2", _since(lim.since_kind)).replace("%3", format_date(lim.since))
    return (translate("evaluation", "Voorstel volgens de regel: %1 – %2. U kunt een eerdere "
                                    "datum kiezen, geen latere.")
            .replace("%1", format_date(n.due)).replace("%2", why))


def lifecycle_text(code: str) -> str:
    return {
        "closed": translate("evaluation", "Deze casus is afgesloten. Heropen de casus om iets "
                                          "te veranderen."),
        "not_closed": translate("evaluation", "Deze casus is niet afgesloten."),
    }.get(code, code)


def problem_text(code: str, late: NextDateError | None = None) -> str:
    """One thing that still blocks finalising."""
    if late is not None and code == late.code:
        return next_date_text(late)
    return validation_message(code)
