"""Dutch renderings of the core messages (core/messages.py). Plain B1 Dutch."""

from __future__ import annotations


def _volume(amount, unit, frequency) -> str:
    singular, plural = UNITS.get(unit, (unit, unit))
    word = singular if amount == 1 else plural
    return f"{amount} {word} {FREQUENCIES.get(frequency, '')}".strip()


UNITS = {
    "01": ("minuut", "minuten"), "04": ("uur", "uur"), "14": ("etmaal", "etmalen"),
    "16": ("dagdeel", "dagdelen"), "82": ("stuk", "stuks"), "83": ("euro", "euro"),
    "84": ("keer", "keer"),
}
FREQUENCIES = {"1": "per dag", "2": "per week", "4": "per maand", "6": "in totaal"}

TEMPLATES = {
    # core/consent.py
    "consent.no_gezag": "{about}: er is geen ouder met gezag bekend. Vraag {what} aan wie het "
                        "gezag heeft (bijvoorbeeld de voogd).",
    "consent.youth": "{about}: {what} van {who} zelf ontbreekt.",
    "consent.parent": "{about}: {what} van {who} (ouder met gezag) ontbreekt.",
    "consent.kind.hulp": "toestemming voor de hulp",
    "consent.kind.delen": "toestemming om informatie te delen",
    "consent.kind.both": "toestemming voor de hulp en om informatie te delen",
    # core/costs.py
    "volume": _volume,
    "volume.unknown": "omvang niet vastgelegd",
    # store/timeline_sources.py: the case file's timeline
    "tl.journal_kind": lambda kind: _journal_kind(kind),
    "tl.case_opened": "Casus geopend (aanmelding)",
    "tl.case_closed": "Casus afgesloten",
    "tl.case_reopened": "Casus heropend",
    "tl.close_reason": lambda reason: _close_reason(reason),
    "tl.intake_started": "Intake gestart",
    "tl.intake_worked": "Aan de intake gewerkt",
    "tl.intake_steps": lambda n: f"{n} stap{'pen' if n != 1 else ''} van de intake doorlopen",
    "tl.consent_given": "Toestemming gegeven",
    "tl.consent_withdrawn": "Toestemming ingetrokken",
    "tl.consent_given_again": "Toestemming weer gegeven",
    "tl.consent_detail": lambda what, whom: " – ".join(
        p for p in (what, f"met {whom}" if whom else "") if p),
    "tl.result_set": "Resultaat vastgesteld",
    "tl.result_changed": "Resultaat aangepast",
    "tl.help": "Hulp",
    "tl.help_started": "Hulp ingezet: {what}",
    "tl.help_ended": "Hulp beëindigd: {what}",
    "tl.help_period": "{volume}, van {start} tot {end}",
    "tl.volume_changed": "Omvang gewijzigd: {what}",
    "tl.with_notes": lambda who, notes: f"Met: {who}" + (f"\n{notes}" if notes else ""),
    "tl.volume_change": lambda old, new, day, why="": f"Van {old} naar {new} vanaf {day}" + (
        f"\n{why}" if why else ""),
    "tl.decision": "Coördinatiebesluit genomen",
    "tl.decision_detail": lambda level, coordination, months, consultant: ", ".join(p for p in (
        level or ("coördinatie door het CJG" if coordination else "geen coördinatie door het CJG"),
        f"evaluatie elke {months} maanden" if coordination and months else "",
        f"door {consultant}" if consultant else "") if p),
    "tl.evaluation_done": "Evaluatie afgerond",
    "tl.evaluation_started": "Evaluatie begonnen",
    "tl.talk_on": lambda day, next_day="": f"Gesprek op {day}" + (
        f"; volgende evaluatie {next_day}" if next_day else ""),
    # core/coordination_texts.py: the coordination wizard
    "coord.no_help_yet": "Er is nog geen hulp ingezet. Nog niet vastgelegd.",
    "coord.product": lambda product, category, provider: (
        f"{product} – categorie {category}, {_jz020(category)} – "
        f"bij {provider or 'onbekende aanbieder'}"),
    "coord.count": lambda n, providers: (f"{n} product{'en' if n != 1 else ''} ingezet, bij "
                                         f"{providers} aanbieder{'s' if providers != 1 else ''}."),
    "coord.providers": lambda names: "Aanbieders: " + _and(list(names)) + ".",
    "coord.low_domain": lambda name, score: (
        f"{name}: {score} ({'acuut probleem' if score == 1 else 'niet zelfredzaam'})"),
    "coord.no_low_domain": "Geen van de {n} gescoorde leefgebieden scoort 1 of 2.",
    "coord.no_scores": "Er zijn nog geen leefgebieden gescoord.",
    "coord.safety": "Er is zorg over de veiligheid vastgelegd.",
    "coord.no_question": "Er is nog geen hulpvraag vastgelegd.",
    "coord.question_clear": lambda clear: ("De consulent vond de hulpvraag helder." if clear
                                           else "De consulent vond de hulpvraag niet helder."),
    "coord.mean": lambda n, mean: (f"Gemiddelde score op {n} leefgebieden: "
                                   + f"{mean:.1f}".replace(".", ",")
                                   + " (1 = acuut probleem, 5 = volledig zelfredzaam)."),
    "coord.mean_how": ("Per leefgebied telt de laagste score van de volwassenen, met de scores van "
                       "het huishouden; de scores van jongeren tellen hier niet mee."),
    "coord.no_strength": "De Krachtenwijzer is nog niet ingevuld.",
    "coord.strength": "Volgens de Krachtenwijzer rust {percent}% van wat goed gaat op eigen "
                      "kracht en netwerk.",
    "coord.network": lambda n: f"Netwerk: {n} {'persoon' if n == 1 else 'personen'} in beeld.",
    "coord.family_plan": "Er is een familiegroepsplan.",
    "coord.free_headline": "Geen advies: er is geen richtlijn voor regio {region}",
    "coord.free_summary": "Er is geen richtlijn voor deze regio. Het CJG besluit per casus, "
                          "zonder berekend advies, en schrijft op waarom.",
    "intake.household": "het gezin",
    "intake.household_old": "het gezin, oude score",
    "code.name": lambda name, code: _code_name(name, code),
    "unit": lambda code: UNITS.get(code, (code, code))[0],
    "cost.problem": lambda code: _cost_problem(code),
    "transition.group": lambda group: _transition_group(group),
    "coord.weight": lambda weight: (
        "maakt het advies lichter" if weight < 0 else "telt niet mee" if weight == 0
        else "telt licht mee (1 punt)" if weight == 1 else f"telt zwaar mee ({weight} punten)"),
    "coord.summary": lambda score, threshold, forced, level: (
        f"Samen {score} punt{'en' if abs(score) != 1 else ''}."
        + (f" Vanaf {threshold} punten is coördinatie en opvolging door het CJG nodig."
           if threshold is not None else "")
        + (f" Door {_and([c.title.lower() for c in forced])} is het advies minstens: "
           f"{level.label.lower()}." if forced else "")),
}


def _code_name(name: str, code: str) -> str:
    from .codelists import codelist

    return codelist(name).get(code, code)


COST_PROBLEMS = {  # core/costs.PROBLEMS is this
    "no_volume": "geen omvang ingevuld",
    "no_tariff": "geen contract of tarief",
    "no_period": "begin- of einddatum ontbreekt",
    "unit_mismatch": "eenheid past niet bij het tarief",
}


def _cost_problem(code: str) -> str:
    return COST_PROBLEMS.get(code, "")


def _transition_group(group: str) -> str:
    from .transition import GROUP_LABELS

    return GROUP_LABELS.get(group, group)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _jz020(category: str) -> str:
    from .coordination_facts import JZ020

    return JZ020.get(category, "onbekend")


def _journal_kind(kind: str) -> str:
    from .journal import KINDS

    return KINDS.get(kind, kind)


def _close_reason(reason: str) -> str:
    from .lifecycle import CLOSE_REASONS

    return CLOSE_REASONS.get(reason, "")
