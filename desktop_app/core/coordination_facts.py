"""What the case already says, for the coordination decision: the deployed help (JZ020
categories, providers, beschikking periods), the intake (life-domain scores, help question,
Krachtenwijzer shares, network) – filled by store/coordination_facts.py, kept with every
decision as its snapshot (the letters go to the providers it names). Pure: no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# JZ020 productcategorie (iStandaarden Jeugdwet 3.2), for the texts on screen and in letters.
JZ020: dict[str, str] = {
    "40": "Persoonlijke verzorging", "41": "Dagbehandeling", "42": "Vervoerdiensten",
    "43": "Jeugdhulp verblijf (incl. behandeling)", "44": "Jeugdhulp verblijf (excl. behandeling)",
    "45": "Jeugdhulp ambulant", "46": "Jeugdhulp crisis", "47": "Jeugdreclassering",
    "48": "Jeugdbescherming", "49": "Activiteiten in het preventief justitieel kader",
    "50": "Maatwerkarrangementen jeugd", "51": "Generalistische basis-ggz", "52": "Specialistische ggz",
    "53": "Kindergeneeskunde", "54": "Jeugd-ggz", "55": "Landelijk ingekochte zorg",
}


@dataclass(frozen=True)
class Provider:
    """A zorgaanbieder involved in the case, with what a letter needs."""

    name: str
    contact: str = ""  # contact person
    street: str = ""  # street and number
    postcode_city: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Deployment:
    """One deployed product (JW301 toewijzing): provider, product, category, beschikking period."""

    product: str
    category: str  # JZ020 code, e.g. "45"
    provider: str
    start: date | None = None
    end: date | None = None
    volume: str = ""


@dataclass
class CaseFacts:
    """What the case already says, gathered before the wizard opens."""

    deployments: list[Deployment] = field(default_factory=list)
    providers: list[Provider] = field(default_factory=list)
    domain_scores: dict[str, int] = field(default_factory=dict)  # ZRM domain (whose) -> 1..5
    # One score per domain for 'zelfredzaamheid' (core.zrm.self_reliance_scores: the lowest
    # adult score per ZRM domain plus the household sets). Empty in snapshots made before it.
    self_reliance: dict[str, int] = field(default_factory=dict)
    help_question: str = ""
    help_question_clear: bool | None = None
    own_strength_share: float | None = None  # Krachtenwijzer: eigen kracht + netwerk, 0..1
    network_size: int | None = None
    safety_concerns: bool = False
    family_plan: bool = False  # a familiegroepsplan exists
    last_evaluation: date | None = None
    help_start: date | None = None

    # -- derived -----------------------------------------------------------------
    def active(self, day: date) -> list[Deployment]:
        return [d for d in self.deployments if d.end is None or d.end >= day]

    def categories(self, day: date | None = None) -> list[str]:
        deps = self.active(day) if day else self.deployments
        return sorted({d.category for d in deps if d.category})

    def product_count(self, day: date | None = None) -> int:
        return len(self.active(day) if day else self.deployments)

    def provider_names(self, day: date | None = None) -> list[str]:
        deps = self.active(day) if day else self.deployments
        names = {d.provider for d in deps if d.provider}
        if day is None or not self.deployments:  # providers known without a deployment
            names |= {p.name for p in self.providers}
        return sorted(names, key=str.lower)

    def low_domains(self) -> dict[str, int]:
        return {k: v for k, v in self.domain_scores.items() if v in (1, 2)}

    def self_reliance_scores(self) -> dict[str, int]:
        """What the criterion 'zelfredzaamheid' averages: the aggregated scores, or (an old
        snapshot) every scored domain."""
        return self.self_reliance or self.domain_scores

    def mean_score(self) -> float | None:
        scores = list(self.self_reliance_scores().values())
        return sum(scores) / len(scores) if scores else None

    # -- snapshot for the decision record ------------------------------------------
    def to_json(self) -> dict[str, Any]:
        # By hand rather than dataclasses.asdict: the demo writes thousands of these.
        def iso(d):
            return d.isoformat() if d else None

        return {
            "deployments": [{"product": d.product, "category": d.category, "provider": d.provider,
                             "start": iso(d.start), "end": iso(d.end), "volume": d.volume}
                            for d in self.deployments],
            "providers": [{"name": p.name, "contact": p.contact, "street": p.street,
                           "postcode_city": p.postcode_city, "email": p.email, "phone": p.phone}
                          for p in self.providers],
            "domain_scores": dict(self.domain_scores), "self_reliance": dict(self.self_reliance),
            "help_question": self.help_question,
            "help_question_clear": self.help_question_clear,
            "own_strength_share": self.own_strength_share, "network_size": self.network_size,
            "safety_concerns": self.safety_concerns, "family_plan": self.family_plan,
            "last_evaluation": iso(self.last_evaluation), "help_start": iso(self.help_start),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CaseFacts:
        def day(v):
            return date.fromisoformat(v) if v else None

        return cls(
            deployments=[Deployment(**{**d, "start": day(d.get("start")), "end": day(d.get("end"))})
                         for d in data.get("deployments", [])],
            providers=[Provider(**p) for p in data.get("providers", [])],
            domain_scores={k: int(v) for k, v in data.get("domain_scores", {}).items()},
            self_reliance={k: int(v) for k, v in data.get("self_reliance", {}).items()},
            help_question=data.get("help_question", ""),
            help_question_clear=data.get("help_question_clear"),
            own_strength_share=data.get("own_strength_share"),
            network_size=data.get("network_size"),
            safety_concerns=bool(data.get("safety_concerns")),
            family_plan=bool(data.get("family_plan")),
            last_evaluation=day(data.get("last_evaluation")),
            help_start=day(data.get("help_start")),
        )
