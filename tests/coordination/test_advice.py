"""The advice table: case facts -> suggested answers -> advice with reasons (seed 000).
Each row: what the case says, the answers the wizard suggests, the score, the advice
and a phrase the plain-words reasons must contain."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.coordination import (
    DecisionRefused,
    IncompleteAnswers,
    advise,
    case_says,
    decide,
    prefill_all,
)
from desktop_app.core.policy import load_policy
from desktop_app.paths import forms_dir

from .helpers import DAY, facts

POLICY = load_policy(forms_dir() / "coordination.toml")
LOW4 = {"Financiën": 2, "Huisvesting": 2, "Huiselijke relaties": 2, "Geestelijke gezondheid": 2}

# name, facts, (type_zorg, aantal_producten, complexiteit, hulpvraag, zelfredzaamheid,
# eigen_kracht), score, advice, phrase in the reasons/summary
SCENARIOS = [
    ("licht ambulant, sterk netwerk", facts([("45", "A")], share=0.7),
     ("ambulant", "een", "enkelvoudig", "helder", "zelfredzaam", "sterk"), 0, "geen",
     "dragen veel zelf"),
    ("alleen basis-ggz", facts([("51", "A")]),
     ("licht_ambulant", "een", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 0, "geen",
     "De hulp is licht"),
    ("residentiële behandeling", facts([("43", "B")], share=0.7),
     ("verblijf", "een", "enkelvoudig", "helder", "zelfredzaam", "sterk"), 2, "standaard",
     "Door type zorg is het advies minstens"),
    ("pleegzorg", facts([("44", "A")]),
     ("verblijf", "een", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 3, "standaard",
     "woont (deels) ergens anders"),
    ("crisishulp", facts([("46", "C")]),
     ("crisis", "een", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 3, "intensief",
     "elke drie maanden"),
    ("drie aanbieders", facts([("45", "A"), ("45", "B"), ("54", "C")]),
     ("ambulant", "drie_of_meer", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 4,
     "standaard", "overzicht houden; dat doet het CJG"),
    ("twee producten bij één aanbieder", facts([("45", "A"), ("54", "A")]),
     ("ambulant", "twee", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 2, "geen",
     "wat afstemming"),
    ("acute score op een leefgebied",
     facts([("45", "A")], scores={"Financiën": 1, "Huisvesting": 4, "Huiselijke relaties": 3,
                                  "Geestelijke gezondheid": 4}),
     ("ambulant", "een", "acuut", "helder", "beperkt", "gemiddeld"), 5, "intensief",
     "acuut probleem of zorg over de veiligheid"),
    ("zorg over veiligheid", facts([("45", "A")], safety=True),
     ("ambulant", "een", "acuut", "helder", "zelfredzaam", "gemiddeld"), 4, "intensief",
     "Door complexiteit problematiek is het advies minstens"),
    ("hulpvraag niet helder", facts([("45", "A")], clear=False),
     ("ambulant", "een", "enkelvoudig", "onduidelijk", "zelfredzaam", "gemiddeld"), 4,
     "standaard", "kijkt dan mee of de hulp past"),
    ("hulpvraag niet helder, sterk netwerk", facts([("45", "A")], clear=False, share=0.6),
     ("ambulant", "een", "enkelvoudig", "onduidelijk", "zelfredzaam", "sterk"), 3, "geen",
     "Samen 3 punten. Vanaf 4 punten"),
    ("geen hulpvraag vastgelegd", facts([("45", "A")], question="", clear=None),
     ("ambulant", "een", "enkelvoudig", "onduidelijk", "zelfredzaam", "gemiddeld"), 4,
     "standaard", "De hulpvraag is niet duidelijk"),
    ("hulpvraag nog niet beoordeeld", facts([("45", "A")], clear=None),
     ("ambulant", "een", "enkelvoudig", "deels", "zelfredzaam", "gemiddeld"), 2, "geen",
     "nog niet helemaal duidelijk"),
    ("drie leefgebieden op 2",
     facts([("45", "A")], scores={"Financiën": 2, "Huisvesting": 2, "Huiselijke relaties": 2,
                                  "Geestelijke gezondheid": 4}),
     ("ambulant", "een", "meervoudig", "helder", "beperkt", "gemiddeld"), 5, "standaard",
     "veel leefgebieden tegelijk"),
    ("veel problemen, weinig eigen kracht", facts([("45", "A")], scores=LOW4, share=0.1),
     ("ambulant", "een", "meervoudig", "helder", "niet", "zwak"), 8, "standaard",
     "kunnen nu weinig zelf dragen"),
    ("idem, met een tweede aanbieder", facts([("45", "A"), ("45", "B")], scores=LOW4, share=0.1),
     ("ambulant", "twee", "meervoudig", "helder", "niet", "zwak"), 9, "intensief",
     "Samen 9 punten"),
    ("jeugdbescherming, zwak netwerk", facts([("48", "D")], share=0.1),
     ("justitieel", "een", "enkelvoudig", "helder", "zelfredzaam", "zwak"), 4, "standaard",
     "gecertificeerde instelling"),
    ("dagbehandeling met vervoer", facts([("41", "B"), ("42", "B")]),
     ("dagbehandeling", "twee", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 3, "geen",
     "zwaardere hulp"),
    ("dagbehandeling, zwak netwerk", facts([("41", "B")], share=0.2),
     ("dagbehandeling", "een", "enkelvoudig", "helder", "zelfredzaam", "zwak"), 4, "standaard",
     "Vanaf 4 punten"),
    ("grens: gemiddelde 2,5 en aandeel 0,5",
     facts([("45", "A")], scores={"Financiën": 2, "Huisvesting": 3}, share=0.5),
     ("ambulant", "een", "beperkt", "helder", "beperkt", "sterk"), 2, "geen",
     "Op een of twee leefgebieden"),
    ("grens: aandeel precies 0,25", facts([("45", "A")], share=0.25),
     ("ambulant", "een", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 1, "geen",
     "dragen een deel zelf"),
    ("grens: aandeel net onder 0,25", facts([("45", "A")], share=0.2499),
     ("ambulant", "een", "enkelvoudig", "helder", "zelfredzaam", "zwak"), 3, "geen",
     "weinig zelf dragen"),
    ("afgelopen inzet telt niet mee",
     facts([("45", "A"), ("45", "B", date(2024, 4, 30)), ("54", "C", date(2024, 4, 15))]),
     ("ambulant", "een", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 1, "geen",
     "Er is één aanbieder"),
    ("alles zwaar",
     facts([("46", "A"), ("43", "B"), ("45", "C"), ("45", "D")], clear=False, share=0.05,
           scores={"Financiën": 1, "Huisvesting": 2, "Huiselijke relaties": 1, "Justitie": 2}),
     ("crisis", "drie_of_meer", "acuut", "onduidelijk", "niet", "zwak"), 16, "intensief",
     "Samen 16 punten"),
    ("alleen verzorging en vervoer", facts([("40", "A"), ("42", "A")]),
     ("licht_ambulant", "twee", "enkelvoudig", "helder", "zelfredzaam", "gemiddeld"), 1, "geen",
     "Samen 1 punt."),
]


@pytest.mark.parametrize("name, case, answers, score, level, phrase", SCENARIOS,
                         ids=[s[0] for s in SCENARIOS])
def test_advice_table(name, case, answers, score, level, phrase):
    suggested = prefill_all(POLICY, case, DAY)
    assert tuple(suggested[c.id] for c in POLICY.criteria) == answers
    advice = advise(POLICY, suggested)
    assert (advice.score, advice.level) == (score, level)
    assert advice.coordination == (level != "geen")
    # Criterion by criterion, in policy order, each with the plain words of its answer.
    assert [r.criterion for r in advice.reasons] == [c.id for c in POLICY.criteria]
    for reason, criterion in zip(advice.reasons, POLICY.criteria, strict=True):
        option = criterion.option(reason.option)
        assert (reason.text, reason.answer, reason.weight) == (option.reason, option.label, option.weight)
        assert reason.raised_to == option.minimum
    words = " ".join(r.text for r in advice.reasons) + " " + advice.summary
    assert phrase in words


def test_table_covers_every_level_and_enough_rows():
    assert len(SCENARIOS) >= 20
    assert {s[4] for s in SCENARIOS} == {"geen", "standaard", "intensief"}


def test_nothing_known_gives_no_advice_yet():
    empty = facts([], scores={}, question="", clear=None, share=None, network=None)
    suggested = prefill_all(POLICY, empty, DAY)
    assert suggested["type_zorg"] is None and suggested["complexiteit"] is None
    with pytest.raises(IncompleteAnswers) as info:
        advise(POLICY, suggested)
    assert "type_zorg" in info.value.missing
    lines = case_says(POLICY.criterion("type_zorg"), empty, DAY)
    assert lines == ["Er is nog geen hulp ingezet. Nog niet vastgelegd."]


def test_case_says_shows_products_domains_and_strength():
    case = facts([("45", "A"), ("44", "B")], scores={"Financiën": 1, "Huisvesting": 2, "Justitie": 5},
                 share=0.35, network=1)
    type_lines = case_says(POLICY.criterion("type_zorg"), case, DAY)
    assert type_lines[1].startswith(
        "Product 44 – categorie 44, Jeugdhulp verblijf (excl. behandeling) – bij Orthopedagogisch")
    count = case_says(POLICY.criterion("aantal_producten"), case, DAY)
    assert count[0] == "2 producten ingezet, bij 2 aanbieders."
    domains = case_says(POLICY.criterion("complexiteit"), case, DAY)
    assert domains == ["Financiën: 1 (acuut probleem)", "Huisvesting: 2 (niet zelfredzaam)"]
    strength = case_says(POLICY.criterion("eigen_kracht"), case, DAY)
    assert strength == ["Volgens de Krachtenwijzer rust 35% van wat goed gaat op eigen kracht en "
                        "netwerk.", "Netwerk: 1 persoon in beeld."]


def test_deviation_needs_a_motivation():
    case = facts([("45", "A"), ("45", "B"), ("54", "C")])
    answers = prefill_all(POLICY, case, DAY)
    accepted = decide(POLICY, 7, answers, case, DAY)
    assert (accepted.level, accepted.deviates, accepted.coordination) == ("standaard", False, True)
    assert accepted.interval_months == 6
    # When the follow-up is due is core.lifecycle's rule: the session stores it on recording.
    assert accepted.follow_up_due is None
    with pytest.raises(DecisionRefused) as info:
        decide(POLICY, 7, answers, case, DAY, level_id="geen", motivation="  ok  ")
    assert info.value.code == "motivation"
    deviated = decide(POLICY, 7, answers, case, DAY, level_id="geen",
                      motivation="De aanbieders stemmen al jaren goed af; het gezin wil dit zo.")
    assert deviated.deviates and not deviated.coordination and deviated.follow_up_due is None
    assert deviated.advice.level == "standaard"


def test_there_is_one_follow_up_rule():
    import desktop_app.core.coordination as coordination

    assert not hasattr(coordination, "follow_up_due")
