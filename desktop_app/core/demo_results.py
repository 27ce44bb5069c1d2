"""Demo step: results with GAS levels, actions and deployed help for the fictional
families (pure; store/demo_results.py writes them). Per family its own random stream
(step 'results'), so earlier steps produce the same data as before."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from .costs import Volume
from .dates import add_months
from .demo import DemoContext, DemoFamily
from .demo_catalog import PRODUCTS, providers_for
from .results import Action, Deployment, Result

# family words, professional formulation, domains, levels -2..+2, fitting products
TEMPLATES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("We willen dat {y} weer gewoon naar school gaat.",
     "{y} gaat binnen drie maanden weer vijf dagen per week naar school.",
     ("Scholing",),
     ("{y} gaat niet naar school.", "{y} gaat 1 tot 2 dagen per week.",
      "{y} gaat 5 dagen per week naar school.", "{y} gaat elke dag en haalt het huiswerk.",
      "{y} gaat elke dag, maakt huiswerk en doet mee met een club op school."),
     ("45A03", "45A01")),
    ("Minder ruzie thuis, vooral 's ochtends.",
     "Het gezin heeft binnen zes maanden hoogstens één keer per week ruzie bij het opstaan.",
     ("Huiselijke relaties", "Gezinsstructuur"),
     ("Elke ochtend ruzie.", "3 tot 4 ochtenden per week ruzie.", "Hoogstens 1 keer per week ruzie.",
      "Een hele week geen ruzie.", "Een maand geen ruzie en een vast ochtendritme."),
     ("45A02",)),
    ("{y} moet beter kunnen zeggen wat er in hem of haar omgaat.",
     "{y} benoemt in drie maanden bij boosheid zelf wat er aan de hand is, minstens 3 van de 5 keer.",
     ("Geestelijke gezondheid", "Emotionele ondersteuning"),
     ("{y} slaat of gooit met spullen.", "{y} loopt weg zonder iets te zeggen.",
      "{y} zegt 3 van de 5 keer wat er is.", "{y} zegt het bijna altijd.",
      "{y} zegt het en bedenkt zelf een oplossing."),
     ("54G01", "45A01")),
    ("Wij willen als ouders op één lijn zitten.",
     "De ouders maken binnen vier maanden samen vaste afspraken over bedtijd en schermtijd "
     "en houden zich er 5 van de 7 dagen aan.",
     ("Gezinsstructuur",),
     ("Geen afspraken.", "Afspraken gemaakt, niet gehouden.", "5 van de 7 dagen gehouden.",
      "Elke dag gehouden.", "Elke dag gehouden en samen bijgesteld."),
     ("45A02",)),
    ("Even rust voor ons en een fijne plek voor {y}.",
     "{y} logeert twee weekenden per maand, zodat de ouders op adem komen.",
     ("Opvang", "Sociaal netwerk"),
     ("Geen opvang geregeld.", "Eén keer gelogeerd.", "Twee weekenden per maand.",
      "Ook opa en oma vangen één weekend op.", "Het netwerk vangt zelf op, logeren is niet meer nodig."),
     ("44V01",)),
    ("Dat {y} vriendjes heeft en ergens bij hoort.",
     "{y} doet binnen zes maanden elke week mee aan een vrijetijdsactiviteit in het dorp.",
     ("Socialisering", "Tijdsbesteding"),
     ("{y} is alleen thuis.", "{y} gaat af en toe mee.", "{y} gaat elke week.",
      "{y} gaat elke week en spreekt ook buiten de club af.", "{y} helpt mee bij de club."),
     ("45A10", "41D01")),
    ("De rekeningen weer op orde krijgen.",
     "Moeder heeft binnen drie maanden een overzicht van vaste lasten en schulden en betaalt "
     "huur en energie op tijd.",
     ("Financiën",),
     ("Achterstand in huur en energie.", "Overzicht gemaakt, nog achterstand.",
      "Huur en energie op tijd betaald.", "Ook een betalingsregeling voor schulden.",
      "Moeder spaart elke maand een klein bedrag."),
     ("45A02",)),
)
ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("gezin", "Moeder", "Maakt een vast ochtendschema en hangt het op de koelkast."),
    ("gezin", "Vader", "Belt de mentor elke twee weken om te horen hoe het gaat."),
    ("netwerk", "Oma", "Haalt {y} op woensdag uit school."),
    ("netwerk", "Buurvrouw", "Past op als moeder naar de afspraak gaat."),
    ("professional", "CJG-consulent", "Vraagt de beschikking aan en belt de aanbieder."),
    ("professional", "Mentor op school", "Maakt een rooster voor rustig opbouwen."),
    ("gezin", "{y}", "Schrijft elke avond op hoe de dag ging (duim omhoog of omlaag)."),
)
REASONS_UNCONTRACTED = (
    "Het gezin heeft al een vertrouwensband met deze hulpverlener; wisselen zou de hulp terugzetten.",
    "Geen gecontracteerde aanbieder heeft plek binnen zes weken; overleg met de gemeente volgt.",
)
AFSCHAAL_REASONS = (
    "Evaluatie: de ochtenden gaan beter, minder uren nodig.",
    "Afschalen: het netwerk neemt een deel over.",
)


@dataclass
class DemoPlan:
    """Results, actions and deployments of one case; persons by index in the family."""

    case_index: int
    results: list[tuple[Result, list[int]]] = field(default_factory=list)
    actions: list[tuple[Action, int | None]] = field(default_factory=list)  # result index
    # deployment, provider code, product code, result indexes, volume changes
    deployments: list[tuple[Deployment, str, str, list[int], list[tuple[date, Volume, str]]]] = \
        field(default_factory=list)


_PRODUCTS = {p[0]: p for p in PRODUCTS}
# (amount, frequency) per unit for realistic volumes
_VOLUMES = {"04": ((2, "2"), (3, "2"), (4, "2"), (6, "4"), (40, "6")),
            "16": ((1, "2"), (2, "2"), (3, "2")), "01": ((60, "2"), (90, "2"), (45, "2")),
            "82": ((1, "6"), (2, "2")), "14": ((4, "4"), (1, "1")), "83": ((2500, "6"),)}


def step_results(ctx: DemoContext, demo: DemoFamily) -> None:
    rng = ctx.rng(demo.index, "results")
    members = demo.family.members
    youths = [i for i, p in enumerate(members) if p.role == "jeugdige"]
    plans = []
    for case_index, case in enumerate(demo.cases):
        if case.status == "aanmelding" or not youths:
            continue
        plan = DemoPlan(case_index)
        chosen = rng.sample(TEMPLATES, rng.choice((1, 2, 2, 3)))
        for template in chosen:
            youth = rng.choice(youths)
            name = members[youth].first_name
            words, formulation, domains, levels, _ = template
            result = Result(
                case_id=0, family_words=words.format(y=name), formulation=formulation.format(y=name),
                domains=list(domains), owner=rng.choice(("Ouders", "Moeder", name, "CJG-consulent")),
                target_date=add_months(case.start_date, rng.choice((3, 6))),
                levels={lvl: text.format(y=name) for lvl, text in zip((-2, -1, 0, 1, 2), levels,
                                                                     strict=True)},
                start_level=rng.choice((-2, -2, -1)), weight=rng.choice((1, 1, 2, 3)))
            plan.results.append((result, [youth]))
        for _ in range(rng.randint(1, 4)):
            kind, who, what = rng.choice(ACTIONS)
            name = members[rng.choice(youths)].first_name
            due = case.start_date + timedelta(days=rng.randint(7, 90))
            status = "gepland" if due > ctx.today else rng.choice(("gedaan", "gedaan", "bezig"))
            action = Action(case_id=0, what=what.format(y=name), who_kind=kind,
                            who=who.format(y=name), due=due, status=status)
            plan.actions.append((action, rng.randrange(len(plan.results))))
        if case.status in ("actief", "afgesloten"):
            _deployments(ctx, rng, case, plan, chosen)
        plans.append(plan)
    demo.extras["results"] = plans


def _deployments(ctx, rng: random.Random, case, plan: DemoPlan, chosen) -> None:
    codes = []
    for template in chosen:
        codes.append(rng.choice(template[4]))
    if rng.random() < 0.2:
        codes.append("42V01" if "41D01" in codes else rng.choice(("54G01", "50M01")))
    for n, code in enumerate(dict.fromkeys(codes)):
        _, _, category, unit = _PRODUCTS[code]
        offered, others = providers_for(code, case.region)
        uncontracted = bool(others) and rng.random() < 0.06
        provider = rng.choice(others if uncontracted or not offered else offered)
        amount, frequency = rng.choice(_VOLUMES[unit])
        start = case.start_date + timedelta(days=rng.randint(14, 45))
        end = add_months(start, rng.choice((6, 12))) - timedelta(days=1)
        if case.end_date:
            end = min(end, case.end_date)
            start = min(start, end)
        status = "beëindigd" if case.status == "afgesloten" else (
            "gestart" if start <= ctx.today else "toegewezen")
        location = {"45A03": "school", "41D01": "aanbieder", "43V01": "aanbieder",
                    "44V01": "aanbieder", "45A10": "aanbieder"}.get(code, "thuis")
        if code == "45A03" and rng.random() < 0.3:
            location = "kinderopvang"
        dep = Deployment(
            case_id=0, category=category, volume=Volume(amount, unit, frequency), start=start,
            end=end, beschikkingnummer=f"{start.year}-{case.municipality[:3].upper()}-"
                                       f"{rng.randint(10000, 99999)}",
            referrer=rng.choice(("01", "01", "01", "02", "03", "04")), location=location,
            status=status, end_reason="31" if status == "beëindigd" else "",
            contract_reason=rng.choice(REASONS_UNCONTRACTED) if uncontracted else "")
        changes = []
        if status == "gestart" and frequency != "6" and amount > 1 and rng.random() < 0.2:
            middle = start + (end - start) // 2
            if start < middle <= min(end, ctx.today + timedelta(days=60)):
                changes.append((middle, Volume(amount // 2 or 1, unit, frequency),
                                rng.choice(AFSCHAAL_REASONS)))
        results = [i for i, t in enumerate(chosen) if code in t[4]] or [0]
        plan.deployments.append((dep, provider, code, results, changes))
        if n >= 3:
            break
