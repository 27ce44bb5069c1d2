"""Fictional coordination decisions for the demo dataset. Pure: the store's demo
writer (store/demo_coordination.py) calls `decisions_for` per family.

Every active or closed case in a region with a policy gets what the case says
(fictional providers, products, domain scores, help question, Krachtenwijzer)
and one decision, taken a few days after the start. The facts lean towards the
coordination the case already has, so most decisions follow the advice; where
they do not, the demo records a deviation with a motivation, as a consultant
would. Deterministic: the random stream depends only on the case number.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from datetime import date, timedelta

from .coordination import CaseFacts, Decision, Deployment, Provider, decide, prefill_all
from .dates import add_months
from .demo import DemoFamily
from .policy import Policy, load_policies, select_policy

ZRM_DOMAINS = ("Financiën", "Werk & Opleiding", "Tijdsbesteding", "Huisvesting",
               "Huiselijke relaties", "Geestelijke gezondheid", "Lichamelijke gezondheid",
               "Middelengebruik", "Basale ADL", "Instrumentele ADL", "Sociaal netwerk",
               "Maatschappelijke participatie", "Justitie")

# Fictional providers (no real organisations), some with long names and Dutch characters.
PROVIDERS: tuple[Provider, ...] = (
    Provider("Stichting Jeugdhulp Roerdelta", "Mw. A. Geelen", "Maasboulevard 12", "6041 AB Roermond"),
    Provider("Praktijk voor Kind en Gezin De Wilgenhoek", "Dhr. R. Thissen", "Kloosterhof 3",
             "6077 CD Sint Odiliënberg"),
    Provider("Orthopedagogisch Behandelcentrum Sint-Odiliënberg voor Jeugd en Gezin",
             "Mw. drs. Noëlle Vaessen-Crombach", "Roerdalerweg 140", "6077 EF Sint Odiliënberg"),
    Provider("Jeugd-ggz Maas en Roer", "Mw. I. Ëlbers", "Bredeweg 8", "6043 GH Roermond"),
    Provider("Gezinshuizen Limburg-Midden", "Dhr. J. Hüskens", "Peijerstraat 21", "6102 JK Echt"),
    Provider("Crisisdienst Jeugd Zuidoost", "Dienstdoend coördinator", "Oude Rijksweg 2",
             "6114 LM Susteren"),
    Provider("Dagbehandeling 't Kwetternest", "Mw. R. Kessels", "Melickerweg 55", "6074 NP Melick"),
    Provider("Gecertificeerde Instelling Jeugdbescherming Zuid", "Mw. C. Rutten", "Hamstraat 40",
             "6041 RS Roermond"),
    Provider("Zorgboerderij De Hééskes", "Dhr. W. Smeets", "Posterholterstraat 9",
             "6061 TV Posterholt"),
)

# JZ020 category -> fictional product names
PRODUCTS: dict[str, tuple[str, ...]] = {
    "40": ("Persoonlijke verzorging jeugd",),
    "41": ("Dagbehandeling kinderen 4-12 jaar", "Dagbehandeling jongeren"),
    "42": ("Vervoer naar dagbehandeling",),
    "43": ("Residentiële behandelgroep",),
    "44": ("Pleegzorg (langdurig)", "Gezinshuis"),
    "45": ("Ambulante gezinsbegeleiding", "Individuele begeleiding jeugdige",
           "Ambulante gezinsbehandeling", "Begeleiding bij opvoeden"),
    "46": ("Crisisopvang jeugd",),
    "48": ("Ondertoezichtstelling (jeugdbescherming)",),
    "50": ("Maatwerkarrangement ondersteuning op school",),
    "51": ("Generalistische basis-ggz, kort",),
    "54": ("Jeugd-ggz behandeling", "Diagnostiek jeugd-ggz"),
}
LIGHT = ("45", "45", "45", "51", "54", "40")
HEAVY = ("41", "41", "44", "44", "43", "50", "48", "46", "42")

HELP_QUESTIONS = (
    "We willen dat er thuis minder ruzie is en dat Sem weer naar school wil.",
    "Ik wil weten hoe ik mijn dochter kan helpen met haar angsten.",
    "We willen rust in huis, en hulp bij de schulden zodat de kinderen dat niet merken.",
    "Onze zoon slaapt slecht en is vaak boos. We weten niet meer wat we moeten doen.",
    "Ik wil dat mijn kinderen veilig bij mij kunnen blijven wonen.",
    "We willen dat Zoë weer vriendinnen heeft en zich goed voelt op school.",
)
MOTIVATIONS = {
    True: ("Moeder heeft net een nieuwe baan en het netwerk is klein; we volgen het eerste "
           "halfjaar toch op.",
           "Vorige hulp liep vast door slechte afstemming; het gezin vraagt zelf om een vaste "
           "contactpersoon bij het CJG."),
    False: ("De aanbieder werkt al jaren met dit gezin en evalueert zelf; het gezin wil liever "
            "geen extra contactpersoon.",
            "Opa en oma kijken dagelijks mee en het gezin regelt de afspraken zelf goed."),
}


@functools.cache
def shipped_policies(folder: str) -> tuple[Policy, ...]:
    return tuple(load_policies(folder))


def _facts(rng: random.Random, coordinated: bool, start: date, end: date | None,
           renewed_until: date | None) -> CaseFacts:
    n = rng.choice((1, 2, 2, 3, 3, 4)) if coordinated else rng.choice((1, 1, 1, 2))
    cats = [rng.choice(HEAVY if coordinated and rng.random() < 0.35 else LIGHT) for _ in range(n)]
    providers = rng.sample(PROVIDERS, k=min(len(PROVIDERS), rng.randint(1, n)))
    deployments, used = [], {}
    for i, cat in enumerate(cats):
        prov = providers[i % len(providers)]
        used[prov.name] = prov
        dep_start = start + timedelta(days=rng.randint(0, 20))
        dep_end = end or add_months(dep_start, 12) - timedelta(days=1)
        if renewed_until and dep_end < renewed_until:  # beschikking extended while active
            dep_end = renewed_until + timedelta(days=rng.randint(30, 240))
        hours = rng.choice((2, 3, 4, 6))
        deployments.append(Deployment(rng.choice(PRODUCTS[cat]), cat, prov.name, dep_start, dep_end,
                                      f"{hours} uur per week" if cat in ("45", "54", "40")
                                      else "volgens beschikking"))
    domains = rng.sample(ZRM_DOMAINS, k=rng.randint(6, 10))
    low = (2, 2, 3, 3) if coordinated else (2, 3, 3, 4)
    scores = {d: min(5, rng.choice(low) + rng.randint(0, 2)) for d in domains}
    if coordinated and rng.random() < 0.06:
        scores[domains[0]] = 1
    return CaseFacts(
        deployments=deployments, providers=sorted(used.values(), key=lambda p: p.name.lower()),
        domain_scores=scores, help_question=rng.choice(HELP_QUESTIONS),
        help_question_clear=rng.random() < (0.6 if coordinated else 0.9),
        own_strength_share=round(rng.uniform(0.05, 0.45) if coordinated else rng.uniform(0.3, 0.8), 2),
        network_size=rng.randint(0, 4) if coordinated else rng.randint(2, 9),
        family_plan=rng.random() < 0.1, help_start=start,
    )


def decisions_for(demo: DemoFamily, forms_folder: str,
                  deployments_for: Callable[[str], list[Deployment]] | None = None,
                  ) -> list[tuple[str, Decision]]:
    """One decision per active or closed case that has coordination set (case_id 0:
    the writer fills it in). Cases keep their generated coordination yes/no.
    `deployments_for(case_number)` gives the help the stored case really has, so the
    decision and its letters name the case's real products and providers; generated
    ones are the fallback for cases without deployed help."""
    policies = list(shipped_policies(forms_folder))
    result = []
    for case in demo.cases:
        if case.coordination is None or case.start_date is None:
            continue
        rng = random.Random(f"gezinsplan-demo-coordination:{case.case_number}")
        decided_on = case.start_date + timedelta(days=rng.randint(3, 21))
        if case.end_date and decided_on > case.end_date:
            decided_on = case.start_date
        policy = select_policy(policies, case.region, decided_on)
        if policy is None:
            continue
        facts = _facts(rng, case.coordination, case.start_date, case.end_date,
                       case.next_evaluation if case.status == "actief" else None)
        real = deployments_for(case.case_number) if deployments_for else []
        if real:
            facts.deployments = real
            facts.providers = sorted({d.provider: Provider(d.provider) for d in real if d.provider}.values(),
                                     key=lambda p: p.name.lower())
        answers = {k: v or policy.criterion(k).options[0].id
                   for k, v in prefill_all(policy, facts, decided_on).items()}
        draft = decide(policy, 0, answers, facts, decided_on, consultant=case.consultant)
        if draft.coordination == case.coordination:
            result.append((case.case_number, draft))
            continue
        level = next(lv.id for lv in policy.levels if lv.coordination == case.coordination)
        result.append((case.case_number, decide(policy, 0, answers, facts, decided_on, level_id=level,
                             motivation=rng.choice(MOTIVATIONS[case.coordination]),
                             consultant=case.consultant)))
    return result
