"""Demo step: a realistic 1Gezin1Plan intake for the fictional families.

Listed with its writer in store/demo_steps.py; it has its own random stream per
family, so the earlier steps produce the same data.
People are referred to by their index in `family.members`; the store writer
maps them to ids. Registered families with status 'aanmelding' have no intake
yet; 'intake' ones stop halfway (resumable); the others are complete.
"""

from __future__ import annotations

from bisect import bisect
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .dates import add_months
from .demo import CONSULTANTS, DemoContext, DemoFamily, _phone
from .form_intake import IntakeForm, intake_form
from .models import age_on
from .regions import region_of
from .zrm import matrix_targets

GOOD = {
    "financien": ["Er komt elke maand een vast inkomen binnen en de huur wordt op tijd betaald.",
                  "We houden samen een kasboekje bij; dat geeft rust."],
    "werk_opleiding": ["Papa werkt vier dagen in de logistiek in Venlo en vindt het werk fijn.",
                       "Mama volgt een opleiding tot doktersassistente en haalt goede cijfers."],
    "huisvesting": ["Het huis is ruim genoeg en de kinderen hebben elk een eigen kamer.",
                    "We wonen dicht bij oma en de school; alles is op de fiets te doen."],
    "huiselijke_relaties": ["We eten elke avond samen en praten dan over de dag.",
                            "Als er ruzie is, maken we het 's avonds weer goed."],
    "sociaal_netwerk": ["Oma en de buurvrouw springen bij als het nodig is.",
                        "We hebben een groep vrienden van de voetbalclub die echt meeleven."],
    "geestelijke_gezondheid": ["Wandelen langs de Maas helpt om het hoofd leeg te maken.",
                               "De gesprekken met de huisarts hebben geholpen."],
    "emotionele_steun": ["De kinderen komen naar ons toe als ze verdrietig zijn.",
                         "We knuffelen veel en zeggen vaak dat we trots zijn."],
    "scholing": ["Op de crèche gaat het goed en de juf is tevreden.",
                 "Op school heeft hij een fijne mentor bij wie hij terecht kan."],
    "school_werk": ["Ik haal voldoendes voor de meeste vakken en mijn stage in het café is leuk.",
                    "Mijn mentor helpt me met plannen."],
    "tijdsbesteding": ["Ik zit op voetbal en speel in de harmonie.",
                       "In het weekend gaan we vaak samen naar het bos."],
}
WORRIES = {
    "financien": ["Er zijn schulden bij de energieleverancier en de zorgverzekering. De brieven "
                  "durven we bijna niet meer open te maken.",
                  "Het geld is altijd op vóór het einde van de maand; naar de Voedselbank gaan voelt naïef "
                  "en beschamend."],
    "huiselijke_relaties": ["Er is veel ruzie over naar bed gaan en over de telefoon. Soms loopt het "
                            "zo hoog op dat de buren het horen.",
                            "Sinds de scheiding is er weinig contact met de vader; de kinderen missen hem."],
    "geestelijke_gezondheid": ["Mama slaapt slecht en is vaak somber. Ze zegt: 'Ik heb geen energie "
                               "meer voor de ideeën van de kinderen.'",
                               "Papa heeft last van paniekaanvallen sinds hij zijn werk verloor."],
    "werk_opleiding": ["Mama is haar baan kwijtgeraakt en zoekt iets voor schooltijd.",
                       "Papa werkt in ploegen en is daardoor weinig thuis."],
    "huisvesting": ["Het huis is te klein en er zit schimmel in de slaapkamer van de kinderen.",
                    "We moeten misschien verhuizen omdat de huur omhoog gaat."],
    "socialisering": ["De oudste luistert niet meer en komt 's avonds te laat thuis.",
                      "We weten niet goed hoe we grenzen moeten stellen zonder te schreeuwen."],
    "scholing": ["Er is veel verzuim; de leerplichtambtenaar heeft al gebeld.",
                 "School maakt zich zorgen over het gedrag in de klas."],
    "school_werk": ["Ik spijbel vaak omdat ik me op school niet op mijn gemak voel.",
                    "Ik snap de lessen niet en haal onvoldoendes."],
    "sociaal_netwerk": ["We kennen bijna niemand in de buurt sinds we hier wonen.",
                        "De familie woont ver weg in Groningen."],
    "middelengebruik": ["Hij gamet tot diep in de nacht en is daardoor moe op school.",
                        "Papa drinkt meer dan vroeger, vooral in het weekend."],
    "emotionele_steun": ["We hebben zo veel aan ons hoofd dat we weinig tijd hebben voor de kinderen."],
}
QUESTIONS = [
    "We willen weer rust in huis. Nu is er elke avond ruzie over huiswerk en naar bed gaan, en daar "
    "worden we allemaal moe van. We willen leren hoe we dat samen anders kunnen doen.",
    "Ik wil dat {youth} weer met plezier naar school gaat, zonder buikpijn. We weten niet hoe we "
    "haar of hem kunnen helpen en de school ook niet.",
    "Wij willen overzicht over ons geld. De schulden groeien en we durven de post niet meer open te "
    "maken. Eerst dát, dan hebben we weer ruimte voor de kinderen.",
    "We zijn net gescheiden. We willen allebei een goede ouder blijven voor {youth} en de afspraken "
    "over de weekenden samen goed maken, zonder ruzie. Dat is best een idee, toch?",
]
YOUTH_QUESTIONS = [
    "Ik wil dat ze me thuis serieus nemen. Ik ben geen kind meer.",
    "Ik wil gewoon weer naar school kunnen zonder dat ik me elke ochtend zorgen maak.",
    "Ik wil meer vrijheid, en dat mama niet steeds boos wordt om mijn telefoon.",
]
CONTACTS = [  # (group, name, relation, ties, formal)
    ("herkomst", "Oma Mia Janssen", "oma", "PGE", False),
    ("herkomst", "Opa Sjef", "opa", "PG", False),
    ("familie", "Tante Anaïs", "tante", "EA", False),
    ("familie", "Oom Raphaël", "oom", "P", False),
    ("vrienden", "Chloë van de voetbal", "vriendin van mama", "GE", False),
    ("vrienden", "Daniël", "vriend van papa", "GP", False),
    ("kennissen", "Juf Renée van de harmonie", "kennis", "G", False),
    ("buren", "Buurvrouw Mariëlle", "buurvrouw", "PG", False),
    ("school", "Mevrouw Geurts", "mentor", "A", True),
    ("school", "Kinderopvang 't Wiegje", "kinderopvang", "P", True),
    ("professionals", "Huisarts Dr. Smeets", "huisarts", "A", True),
    ("professionals", "Jeugdverpleegkundige GGD", "consultatiebureau", "A", True),
    ("professionals", "Schuldhulpverlening Roermond", "schuldhulp", "AP", True),
]


@dataclass
class DemoIntake:
    step: str
    help_question: str = ""
    member_questions: dict[int, str] = field(default_factory=dict)
    domains: list[tuple] = field(default_factory=list)  # (set, domain, member index or -1, good,
    #                                                      worries, score, eigen, netwerk, hulp, prio)
    contacts: list[tuple] = field(default_factory=list)  # (group, name, relation, ties, formal, phone)
    consents: list[tuple] = field(default_factory=list)  # (member idx, subject idx or None, what,
    #                                                       with_whom, given_on, method)
    safety: str = ""
    fgp: str = ""
    fgp_date: date | None = None
    fgp_where: str = ""
    regisseur: tuple[str, str, str] = ("", "", "")
    evaluation_date: date | None = None
    day: date | None = None  # the intake started: the ages for the ZRM count on this day


# ZRM-Huishoudens domains read the texts of the matching adult domain.
_HOUSEHOLD_TEXTS = {"financien_huishouden": "financien", "huisvesting_huishouden": "huisvesting",
                    "relaties_huishouden": "huiselijke_relaties", "sociale_omgeving": "sociaal_netwerk"}


def _pick(rng, texts: dict[str, list[str]], key: str, per_person: bool) -> str:
    """A demo text for a domain; for one adult not a text that names 'mama' or 'papa'
    (it could be the other parent)."""
    found = _candidates(texts, key, per_person)
    return rng.choice(found) if found else ""


_CANDIDATES: dict[tuple[int, str, bool], list[str]] = {}


def _candidates(texts: dict[str, list[str]], key: str, per_person: bool) -> list[str]:
    """The texts _pick draws from, filtered once per domain (it runs for every domain of
    every intake; issue 17). The same list in the same order, so the same draws. Keyed by
    the identity of `texts`: GOOD and WORRIES, module constants."""
    cached = _CANDIDATES.get((id(texts), key, per_person))
    if cached is None:
        cached = texts.get(key) or texts.get(_HOUSEHOLD_TEXTS.get(key, ""), [])
        if per_person:
            cached = [t for t in cached if "mama" not in t.lower() and "papa" not in t.lower()]
        _CANDIDATES[(id(texts), key, per_person)] = cached
    return cached


# rng.choices((1, 2, 3, 4, 5), weights=(4, 14, 34, 34, 14))[0] without its per-call setup:
# the same draw (random() * total bisected in the cumulative weights), so the same scores.
_SCORE_CUM = (4, 18, 52, 86, 100)


_FORM: IntakeForm | None = None


def _form() -> IntakeForm:
    global _FORM
    if _FORM is None:
        _FORM = intake_form()
    return _FORM


def step_intake(ctx: DemoContext, demo: DemoFamily) -> None:
    case = demo.cases[0] if demo.cases else None
    if case is None or case.status == "aanmelding":
        return
    rng = ctx.rng(demo.index, "intake")
    form = _form()
    members = demo.family.members
    day = min(ctx.today, case.start_date + timedelta(days=rng.randint(7, 30)))
    youths = [i for i, m in enumerate(members) if m.role == "jeugdige"]
    adults = [i for i, m in enumerate(members) if m.role != "jeugdige"]
    first_youth = members[youths[0]].first_name if youths else "ons kind"
    it = DemoIntake(step="done" if case.status != "intake" else rng.choice(
        ("network", "question", "domains:huishouden:0", "safety")))
    it.day = day
    it.help_question = rng.choice(QUESTIONS).replace("{youth}", first_youth)
    for i in youths:
        if age_on(members[i].birth_date, day) >= 12 and rng.random() < 0.6:
            it.member_questions[i] = rng.choice(YOUTH_QUESTIONS)
    for group, name, relation, ties, formal in rng.sample(CONTACTS, rng.randint(3, 10)):
        if group == "herkomst" and name.startswith("Oma"):
            name = f"Oma {rng.choice(('Mia', 'Truus', 'Leny', 'Fatima'))} {demo.family.family_name}"
        it.contacts.append((group, name, relation, ties, formal, _phone(rng)))
    # Life domains by the rule of core.zrm: the ZRM of each adult, ZRM-Huishoudens and the
    # children supplement once, ZRM-Jongeren per youth of 12 to 17 (member index + 1 as id,
    # so that 0 stays 'the household').
    numbered = [replace(m, id=i + 1) for i, m in enumerate(members)]
    targets = [(form.set(t.set_key), t.person_id - 1) for t in matrix_targets(form, numbered, day)]
    for dset, who in targets:
        per_person = dset.applies_to == "adult"
        for domain in dset.domains:
            if rng.random() < 0.25:
                continue
            score = 1 + bisect(_SCORE_CUM, rng.random() * 100.0, 0, 4)
            good = _pick(rng, GOOD, domain.key, per_person) if score >= 3 and rng.random() < 0.6 else ""
            worries = _pick(rng, WORRIES, domain.key, per_person) if score <= 3 else ""
            eigen = rng.randint(1, 7) if score >= 3 else rng.randint(0, 3)
            netwerk = rng.randint(0, 10 - eigen)
            hulp = 10 - eigen - netwerk
            prio = score <= 2 and rng.random() < 0.6
            it.domains.append((dset.key, domain.key, who, good, worries, score, eigen, netwerk, hulp, prio))
    it.safety = rng.choices(("nee", "ja", "weet_niet"), weights=(85, 8, 7))[0]
    if rng.random() < 0.12:
        it.fgp, it.fgp_date, it.fgp_where = "ja", case.start_date - timedelta(days=rng.randint(30, 300)), \
            "Bij oma thuis, map in de kast; kopie bij het CJG"
    else:
        it.fgp = "nee"
    kind = rng.choices(("ouder", "professional", "familielid", "vriend"), weights=(40, 40, 15, 5))[0]
    if kind == "ouder" and adults:
        adult = members[adults[0]]
        it.regisseur = (kind, adult.full_name, adult.phone)
    elif kind in ("familielid", "vriend"):
        it.regisseur = (kind, "Oma Truus" if kind == "familielid" else "Chloë Peeters", _phone(rng))
    else:
        it.regisseur = ("professional", case.consultant or rng.choice(CONSULTANTS[region_of(case.municipality)]),
                        "CJG Midden-Limburg, 088-0000000")
    it.evaluation_date = case.next_evaluation or add_months(case.start_date, 6)
    # Consent according to the age rules; now and then one is still missing.
    signers = {i for i in adults if members[i].gezag}
    signers |= {i for i in youths if age_on(members[i].birth_date, ctx.today) >= 12}
    for i in sorted(signers):
        if rng.random() < 0.08:
            continue
        it.consents.append((i, None, "Informatie uit het gezinsplan en de leefgebieden",
                            "huisarts, school en de jeugdhulpaanbieder", day,
                            rng.choice(("mondeling", "schriftelijk", "digitaal"))))
    if case.status == "intake":  # stopped halfway: the later parts are still empty
        order = ("network", "question", "domains:huishouden:0", "safety")
        cut = order.index(it.step)
        if cut <= 0:
            it.contacts = []
        if cut <= 1:
            it.help_question, it.member_questions = "", {}
        if cut <= 2:
            it.domains = []
        it.safety, it.fgp, it.regisseur, it.consents = "", "", ("", "", ""), []
        it.evaluation_date = None
    demo.extras["intake"] = it
