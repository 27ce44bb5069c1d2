"""Results with the family (resultaten), actions (afspraken) and deployed help
(inzet): plain dataclasses, choices and the rules that need no database."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .costs import CostEstimate, Volume

# Life domains: the 13 ZRM domains plus the ZRM supplement 'kind(eren) in gezin' (DOMAIN.md).
LIFE_DOMAINS: tuple[str, ...] = (
    "Financiën", "Werk & Opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
    "Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL",
    "Instrumentele ADL", "Sociaal netwerk", "Maatschappelijke participatie", "Justitie",
    "Gezinsstructuur", "Lichamelijke verzorging", "Emotionele ondersteuning", "Socialisering",
    "Opvang", "Scholing",
)
ACTION_WHO = ("gezin", "netwerk", "professional")
ACTION_STATUSES = ("gepland", "bezig", "gedaan", "vervallen")
DEPLOYMENT_STATUSES = ("aangevraagd", "toegewezen", "gestart", "beëindigd")
# Where the help happens; OSK = ondersteuning op school (seed 003).
LOCATIONS = ("thuis", "school", "kinderopvang", "aanbieder")
LOCATION_LABELS = {
    "thuis": "thuis",
    "school": "op school (OSK)",
    "kinderopvang": "in de kinderopvang (OSK)",
    "aanbieder": "bij de zorgaanbieder",
}
MAX_WEIGHT = 10


@dataclass
class Result:
    case_id: int
    family_words: str = ""  # the family's own words
    formulation: str = ""  # the professional, SMART formulation
    domains: list[str] = field(default_factory=list)
    member_ids: list[int] = field(default_factory=list)
    owner: str = ""
    target_date: date | None = None
    levels: dict[int, str] = field(default_factory=dict)  # -2..2 -> description
    start_level: int | None = None  # GAS level at the start
    weight: int = 1
    position: int = 0
    id: int | None = None

    @property
    def title(self) -> str:
        text = self.family_words or self.formulation
        return " ".join(text.split()) or "(nog geen omschrijving)"


@dataclass
class Action:
    case_id: int
    what: str = ""
    who_kind: str = "gezin"  # gezin / netwerk / professional
    who: str = ""
    due: date | None = None
    status: str = "gepland"
    result_id: int | None = None
    id: int | None = None


@dataclass
class VolumeChange:
    deployment_id: int
    from_date: date
    old: Volume
    new: Volume
    reason: str = ""
    changed_at: str = ""
    id: int | None = None


@dataclass
class Deployment:
    """Deployed help (inzet): what later issues (coordination, evaluation) read."""

    case_id: int
    provider_id: int | None = None
    product_id: int | None = None
    category: str = ""  # JZ020 productcategorie, copied from the product when chosen
    volume: Volume = field(default_factory=lambda: Volume(None, "04", "2"))
    start: date | None = None
    end: date | None = None
    beschikkingnummer: str = ""
    referrer: str = ""  # verwijzer code
    location: str = "thuis"
    status: str = "aangevraagd"
    end_reason: str = ""  # JZ588 when ended
    granted_end: date | None = None  # the granted end when ending moved `end` (else None)
    result_ids: list[int] = field(default_factory=list)
    contracted: bool | None = None  # None: not checked (no provider/product yet)
    contract_reason: str = ""  # why an uncontracted provider was chosen anyway
    contract_acknowledged_at: str = ""
    provider_name: str = ""
    product_code: str = ""
    product_name: str = ""
    cost: CostEstimate | None = None
    history: list[VolumeChange] = field(default_factory=list)
    id: int | None = None


@dataclass
class CaseCost:
    cents: int  # sum of the known deployment costs
    unknown: int  # deployments whose cost could not be estimated
    per_deployment: dict[int, CostEstimate] = field(default_factory=dict)


@dataclass
class PlanResultsData:
    """What the plan's results/actions/help sections print (gathered by the store)."""

    case_number: str
    region: str
    members: dict[int, str]  # person id -> first name
    results: list[Result]
    actions: list[Action]
    deployments: list[Deployment]
    total: CaseCost | None = None


# -- SMART hints --------------------------------------------------------------------
_NUMBER = re.compile(r"\d|\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elke|iedere|"
                     r"keer|dagen|weken|maanden|uur|minuten|procent)\b", re.I)
_TIME = re.compile(r"\b(voor|binnen|uiterlijk|vanaf|per|week|weken|maand|maanden|jaar|"
                   r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                   r"november|december|zomer|herfst|winter|voorjaar|kerst|vakantie)\b", re.I)
_NEGATIVE = re.compile(r"\b(niet meer|geen|nooit|stoppen met|minder ruzie)\b", re.I)

SMART_HINTS = {
    "specific": "Maak het concreet: wie doet of bereikt wat, en waar?",
    "measurable": "Maak het meetbaar: hoe vaak, hoeveel, of waaraan ziet u het?",
    "timebound": "Zet er een tijd bij: wanneer is het bereikt? Vul ook een streefdatum in.",
    "positive": "Schrijf het doel positief: wat gaat er wél gebeuren?",
    "levels": "Beschrijf alle vijf niveaus, van -2 (veel minder) tot +2 (veel beter).",
}


def smart_hints(result: Result) -> list[str]:
    """Codes of SMART hints for the professional formulation (empty when fine)."""
    text = " ".join(result.formulation.split())
    if not text:
        return ["specific"]
    hints = []
    if len(text.split()) < 6:
        hints.append("specific")
    if not _NUMBER.search(text):
        hints.append("measurable")
    if result.target_date is None and not _TIME.search(text):
        hints.append("timebound")
    if _NEGATIVE.search(text):
        hints.append("positive")
    if any(not (result.levels.get(level) or "").strip() for level in (-2, -1, 0, 1, 2)):
        hints.append("levels")
    return hints


# Validation texts for this feature, added to core.validation's table (CLI and source
# strings) without editing the shared module; ui/messages.py has the translated twins.
RESULT_MESSAGES = {
    "contract_reason": "Deze aanbieder heeft geen contract voor dit product in deze regio. "
                       "Geef een reden op om toch voor deze aanbieder te kiezen.",
    "amount": "Vul de omvang in als een heel getal (0 of meer), of laat het veld leeg.",
    "weight": "Kies een gewicht van 1 tot en met 10.",
    "gas_level": "Kies een niveau van -2 tot en met +2.",
    "date_order": "De einddatum ligt vóór de begindatum.",
    "code": "Kies een waarde uit de lijst.",
    "text_length": "Deze tekst is te lang (hoogstens 4000 tekens).",
    "from_date": "Kies een datum binnen de looptijd van de inzet.",
}


def _register_messages() -> None:
    from . import validation

    for code, text in RESULT_MESSAGES.items():
        validation.MESSAGES.setdefault(code, text)


_register_messages()
