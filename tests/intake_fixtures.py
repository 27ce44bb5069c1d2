"""A large family with a full intake: many members, long names and long free text
with Dutch characters. Used by tests and to look at screens and the plan PDF. Made
through the session's operations, as the wizard makes it."""

from __future__ import annotations

from datetime import date

from desktop_app.core.dates import add_months
from desktop_app.core.intake import Consent, NetworkContact
from desktop_app.core.models import Case, Family, Person
from desktop_app.session import Session

LONG_QUESTION = (
    "Wij willen dat er weer rust komt in ons gezin. Sinds de verhuizing naar Roermond is er "
    "elke avond ruzie over huiswerk, de telefoon en naar bed gaan. Chloë en Anaïs zijn vaak "
    "bang, Daniël trekt zich terug op zijn kamer. We zijn moe en weten niet meer hoe we het "
    "samen anders kunnen doen. Wij hebben ideeën, maar het lukt ons niet alleen; één vaste "
    "persoon die met ons meedenkt, zou veel schelen. Ook willen we dat de school en de "
    "huisarts van elkaar weten wat er speelt, zodat we niet alles steeds opnieuw hoeven te "
    "vertellen – dat is naïef misschien, maar het is wat we willen."
)


def make_large_family(store, today: date | None = None, session: Session | None = None) -> int:
    today = today or date.today()
    session = session or Session(store)
    families = session.households
    repo = session.intake

    def born(years: int, months: int = 0) -> date:
        return add_months(today, -12 * years - months)

    members = [
        Person(0, "ouder", "Mariëlle Anne-Sophie", "Janssen-van den Heuvel", born(41), gezag=True,
               phone="06-01234567", bsn="999900006"),
        Person(0, "ouder", "Raphaël", "Verheggen-Schoonbrood", born(44), gezag=True, phone="06-07654321"),
        Person(0, "verzorger", "Truus", "Hüskens", born(68), gezag=False),
        Person(0, "jeugdige", "Daniël", "Verheggen-Schoonbrood", born(16, 3)),
        Person(0, "jeugdige", "Chloë", "Verheggen-Schoonbrood", born(14, 1)),
        Person(0, "jeugdige", "Anaïs", "Verheggen-Schoonbrood", born(12, 2)),
        Person(0, "jeugdige", "Noë", "Verheggen-Schoonbrood", born(9)),
        Person(0, "jeugdige", "Zoë", "Verheggen-Schoonbrood", born(6)),
        Person(0, "jeugdige", "Joël", "Verheggen-Schoonbrood", born(2)),
    ]
    fam = Family("Verheggen-Schoonbrood", street="Burgemeester Geurtsstraat", house_number="112-3",
                 postcode="6041 AB", city="Roermond", municipality="Roermond", members=members)
    family_id = families.add_family(fam)
    case = Case(family_id, "", "Roermond", "MLO", consultant="Ingrid Vaessen",
                start_date=add_months(today, -1))
    case_id = families.add_case(case)
    ids = {m.first_name.split()[0]: m.id for m in members}

    repo.set_field(case_id, "help_question", LONG_QUESTION)
    repo.set_member_question(case_id, ids["Daniël"], "Ik wil dat ze me serieus nemen. Ik ben bijna "
                             "volwassen en wil zelf kunnen beslissen over mijn opleiding (café-werk "
                             "naast school).")
    repo.set_member_question(case_id, ids["Chloë"], "Ik wil dat het thuis gezelliger wordt.")
    contacts = [
        ("herkomst", "Oma Truus Hüskens-Geraedts", "oma van moederskant", "PGE", False),
        ("herkomst", "Opa Sjef", "opa", "PG", False),
        ("herkomst", "Overgrootmoeder Leny", "overgrootmoeder", "G", False),
        ("familie", "Tante Anaïs van Kessel-Wijnands", "tante", "EA", False),
        ("familie", "Oom Raphaël", "oom", "P", False),
        ("familie", "Neef Joël", "neef", "G", False),
        ("vrienden", "Chloë van de voetbalclub", "vriendin van mama", "GE", False),
        ("vrienden", "Daniël Crombach", "vriend van papa", "GP", False),
        ("vrienden", "Renée", "vriendin", "E", False),
        ("kennissen", "Juf Renée van de harmonie", "kennis", "G", False),
        ("buren", "Buurvrouw Mariëlle", "buurvrouw", "PG", False),
        ("buren", "Buurman Göbbels", "buurman", "P", False),
        ("school", "Mevrouw Geurts (mentor Daniël)", "mentor", "A", True),
        ("school", "Basisschool De Wiekslag", "school", "A", True),
        ("school", "Kinderopvang 't Wiegje", "kinderopvang", "P", True),
        ("professionals", "Huisarts Dr. Smeets", "huisarts", "A", True),
        ("professionals", "Jeugdverpleegkundige GGD Limburg-Noord", "consultatiebureau", "A", True),
        ("professionals", "Schuldhulpverlening gemeente Roermond", "schuldhulp", "AP", True),
        ("professionals", "Praktijkondersteuner jeugd-ggz", "POH", "AE", True),
    ]
    for group, name, relation, ties, formal in contacts:
        repo.add_contact(NetworkContact(case_id, group, name, relation, ties, formal, phone="06-0" + "1234567"))
    answers = [
        ("zrm", "financien", ids["Mariëlle"], "We betalen de huur altijd als eerste; dat lukt.",
         "Er zijn schulden bij de energieleverancier en de zorgverzekering. De brieven durven we "
         "bijna niet meer open te maken; dat voelt naïef, maar het is zo.", 2, 2, 1, 7, True),
        ("huishouden", "relaties_huishouden", 0, "We eten elke avond samen en praten dan over de dag.",
         "Veel ruzie over naar bed gaan en over de telefoon; soms hoort de buurvrouw het.", 2, 3, 2, 5, True),
        ("zrm", "sociaal_netwerk", ids["Mariëlle"], "Oma Truus en de buurvrouw springen bij; één keer per week "
         "kookt oma voor iedereen.", "", 4, 4, 6, 0, False),
        ("zrm", "werk_opleiding", ids["Raphaël"], "Papa werkt vier dagen in de logistiek in Venlo.", "", 4, 8, 1, 1, False),
        ("kind", "scholing", 0, "Op de crèche gaat het goed met Joël.", "Chloë verzuimt vaak.", 3, 4, 3, 3, False),
        ("jongeren", "school_werk", ids["Daniël"], "Mijn stage in het café is leuk.", "Ik spijbel vaak.", 2, 3, 1, 6, True),
        ("jongeren", "geestelijke_gezondheid", ids["Chloë"], "", "Ik ben vaak somber en bang.", 1, 1, 2, 7, True),
    ]
    for s, d, pid, good, worries, score, e, n, h, prio in answers:
        for field, value in (("good", good), ("worries", worries), ("score", score), ("eigen", e),
                             ("netwerk", n), ("hulp", h), ("priority", prio)):
            repo.set_domain_field(case_id, s, d, pid, field, value)
    repo.set_field(case_id, "safety", "nee")
    repo.set_field(case_id, "professional_note", "GEHEIM-NOTITIE: vader lijkt overbelast.")
    repo.set_field(case_id, "safety_note", "GEHEIM-VEILIGHEID")
    repo.set_field(case_id, "fgp", "ja")
    repo.set_field(case_id, "fgp_date", add_months(today, -3))
    repo.set_field(case_id, "fgp_where", "Bij oma Truus in de kast; kopie bij het CJG")
    repo.set_field(case_id, "regisseur_kind", "familielid")
    repo.set_field(case_id, "regisseur_name", "Oma Truus Hüskens-Geraedts")
    repo.set_field(case_id, "regisseur_contact", "06-01112223 · truus.huskens@example.com")
    repo.set_field(case_id, "evaluation_date", add_months(today, 5))
    for who in ("Mariëlle", "Raphaël", "Daniël", "Chloë"):  # both kinds (core.consent)
        repo.add_consent(Consent(case_id, ids[who], None, "Informatie uit het gezinsplan en de leefgebieden",
                                 "huisarts, school, jeugd-ggz en de schuldhulpverlening", today, "schriftelijk",
                                 kind="delen"))
        repo.add_consent(Consent(case_id, ids[who], None, "De hulp uit het gezinsplan",
                                 "jeugd-ggz en de schuldhulpverlening", today, "schriftelijk",
                                 kind="hulp"))
    repo.set_step(case_id, "done")
    return case_id
