"""Dutch names for what the access-request PDF shows: the tables (as sections, in the order
a family knows its file) and every column of them. A table added later without labels still
prints, with its column names made readable; add its labels here."""

from __future__ import annotations

# In the order of the PDF.
TABLE_LABELS = {
    "families": "Gezin",
    "persons": "Gezinsleden",
    "cases": "Casussen",
    "intakes": "Intake",
    "intake_domains": "Leefgebieden",
    "intake_questions": "Vragen van de intake",
    "network_contacts": "Netwerk",
    "consents": "Toestemmingen",
    "results": "Resultaten",
    "actions": "Afspraken",
    "deployments": "Ingezette hulp",
    "deployment_members": "Voor welk kind de hulp is",
    "deployment_results": "Hulp bij resultaten",
    "deployment_events": "Wijzigingen in de hulp",
    "deployment_volume_changes": "Wijzigingen in de omvang van de hulp",
    "coordination_decisions": "Besluiten over coördinatie",
    "coordination_drafts": "Concepten van besluiten",
    "evaluations": "Evaluaties",
    "evaluation_results": "Resultaten in evaluaties",
    "evaluation_conclusions": "Conclusies van evaluaties",
    "journal_entries": "Logboek van contacten",
    "appointments": "Afspraken met u",
    "attachments": "Bijlagen",
    "attachment_content": "Inhoud van bijlagen",
    "documents": "Gemaakte documenten",
    "document_content": "Inhoud van documenten",
    "sync_conflicts": "Verschillen tussen twee laptops (teamserver)",
}

_COMMON = {
    "id": "nummer", "family_id": "gezinsnummer", "case_id": "casusnummer (intern)",
    "person_id": "gezinslid", "created_at": "aangemaakt", "updated_at": "gewijzigd",
    "status": "status", "consultant": "consulent", "phone": "telefoon", "email": "e-mail",
    "name": "naam", "code": "code", "step": "stap", "why": "waarom",
}
COLUMN_LABELS = {
    **_COMMON,
    # sync_conflicts (the team server)
    "tbl": "onderdeel", "field": "veld", "base": "eerdere waarde", "gid": "kenmerk op de server",
    "family": "gezin (kenmerk op de server)",
    "mine": "waarde op deze laptop", "theirs": "waarde op de server", "found_at": "gevonden",
    "resolved_at": "opgelost", "resolution": "keuze",
    # families, persons, cases
    "family_name": "gezinsnaam", "street": "straat", "house_number": "huisnummer",
    "postcode": "postcode", "city": "plaats", "municipality": "gemeente",
    "youths": "jeugdigen", "case_status": "status", "next_evaluation": "volgende evaluatie",
    "coordination": "coördinatie door het CJG", "role": "rol", "first_name": "voornaam",
    "last_name": "achternaam", "birth_date": "geboortedatum", "bsn": "BSN",
    "gezag": "gezag", "case_number": "casusnummer", "region": "regio", "start_date": "begin",
    "end_date": "einde", "estimated_cost": "geschatte kosten",
    "sort_name": "naam voor het sorteren", "close_reason": "reden van afsluiten",
    "next_evaluation_why": "reden volgende evaluatie", "review_group": "beoordelingsgroep",
    "review_due": "beoordelen vóór", "decision_id": "besluitnummer",
    "coordination_level": "niveau van coördinatie",
    "outcome_uitval": "hulp voortijdig gestopt", "outcome_end_reasons": "redenen einde hulp",
    "outcome_satisfaction": "tevredenheid over de hulp (1 tot 10)",
    "outcome_goals_reached": "doelen bereikt", "outcome_goals_total": "doelen in totaal",
    "outcome_set_on": "uitkomst vastgelegd op",
    # intake
    "help_question": "hulpvraag", "safety": "zorgen over veiligheid",
    "safety_note": "notitie over veiligheid", "professional_note": "notitie van de consulent",
    "fgp": "familiegroepsplan", "fgp_date": "datum familiegroepsplan",
    "fgp_where": "waar ligt het familiegroepsplan", "regisseur_kind": "regisseur is",
    "regisseur_name": "naam regisseur", "regisseur_contact": "contact regisseur",
    "evaluation_date": "samen terugkijken op", "plan_version": "versie van het plan",
    "plan_exported_at": "plan gemaakt op", "set_key": "lijst", "domain_key": "leefgebied",
    "good": "wat goed gaat", "worries": "zorgen", "score": "score (1 tot 5)",
    "eigen": "deel eigen kracht (van 10)", "netwerk": "deel netwerk (van 10)",
    "hulp": "deel hulpverlening (van 10)", "priority": "belangrijkst", "text": "tekst",
    "group_key": "groep", "relation": "wie is het", "ties": "wat doet deze persoon",
    "formal": "er voor zijn of haar werk", "note": "notitie",
    # consent
    "subject_id": "over wie", "what": "wat", "with_whom": "met wie",
    "given_on": "gegeven op", "method": "hoe gegeven", "withdrawn": "ingetrokken",
    # results and actions
    "family_words": "in uw eigen woorden", "formulation": "zo zegt de hulpverlener het",
    "domains": "leefgebieden", "member_ids": "voor wie", "owner": "wie let erop",
    "target_date": "wanneer bereikt", "level_m2": "stap -2", "level_m1": "stap -1",
    "level_0": "stap 0 (het doel)", "level_p1": "stap +1", "level_p2": "stap +2",
    "start_level": "stap bij de start", "weight": "telt mee", "position": "volgorde",
    "result_id": "bij resultaat (nummer)", "who_kind": "wie (soort)", "who": "wie",
    "due": "wanneer klaar",
    # deployed help
    "provider_id": "zorgaanbieder (nummer)", "product_id": "product (nummer)",
    "category": "soort hulp (productcategorie)", "amount": "omvang", "unit": "eenheid",
    "frequency": "hoe vaak", "beschikkingnummer": "beschikkingnummer",
    "referrer": "verwezen door", "location": "waar", "end_reason": "reden van stoppen",
    "contracted": "aanbieder heeft een contract", "contract_reason": "reden zonder contract",
    "contract_acknowledged_at": "zonder contract gekozen op",
    "granted_end": "toegekend tot", "deployment_id": "hulp (nummer)",
    "evaluation_id": "evaluatie (nummer)", "on_date": "datum", "kind": "wat er gebeurde",
    "old_amount": "oude omvang", "new_amount": "nieuwe omvang",
    "service": "hulp in de buurt (voorliggend veld)", "recorded_at": "vastgelegd op",
    "change_reason": "reden van de wijziging", "from_date": "vanaf",
    "old_unit": "oude eenheid", "old_frequency": "oude frequentie",
    "new_unit": "nieuwe eenheid", "new_frequency": "nieuwe frequentie", "reason": "reden",
    "changed_at": "gewijzigd op",
    # coordination decisions
    "decided_on": "besloten op", "policy_id": "richtlijn",
    "policy_version": "versie van de richtlijn", "policy_effective": "richtlijn geldt vanaf",
    "policy_digest": "kenmerk van de richtlijn", "answers": "antwoorden", "advice": "advies",
    "advice_level": "geadviseerd niveau", "level": "niveau", "level_label": "besluit",
    "deviates": "afgeweken van het advies", "motivation": "motivering",
    "facts": "wat de casus toen liet zien", "follow_up_due": "volgende evaluatie uiterlijk",
    "interval_months": "elke hoeveel maanden", "supersedes": "vervangt besluit (nummer)",
    # evaluations
    "held_on": "gehouden op", "satisfaction": "tevredenheid over de hulp (1 tot 10)",
    "satisfaction_words": "wat u zei over de hulp", "goes_well": "wat goed gaat",
    "next_steps": "wat we nu gaan doen", "next_date": "volgende keer samen kijken",
    "professional_notes": "notities van de consulent", "finalized_at": "afgerond op",
    "reached": "bereikt", "words": "in uw eigen woorden", "conclusion": "conclusie",
    "usefulness": "hoe nuttig was de hulp (1 tot 5)", "geslacht": "geslacht",
    # the case file: journal, appointments, attachments, documents made
    "happened_at": "wanneer", "participants": "wie waren erbij", "notes": "aantekeningen",
    "shareable": "mag met u gedeeld worden", "uid": "kenmerk in de agenda",
    "starts_at": "begint", "ends_at": "eindigt", "place": "waar",
    "cancelled_at": "afgezegd op", "sequence": "versie in de agenda",
    "attachment_id": "bijlage (nummer)", "document_id": "document (nummer)",
    "content": "inhoud", "title": "titel", "file_name": "bestandsnaam",
    "media_type": "soort bestand", "size": "grootte (bytes)", "sha256": "controlegetal",
    "added_at": "toegevoegd op", "version": "versie", "recipient": "voor wie",
    "made_at": "gemaakt op", "protected": "met wachtwoord",
    # the catalogue and the consultant (shown where a family's rows point to them)
    "tariff_cents": "tarief", "tariff_year": "tariefjaar", "indexation": "indexering",
    "contact": "contactpersoon", "team": "team", "address": "adres",
}

# Keys inside the stored snapshots (a decision's answers, advice and facts).
KEY_LABELS = {
    **COLUMN_LABELS,
    "type_zorg": "welke hulp er is", "aantal_producten": "hoeveel soorten hulp",
    "complexiteit": "hoe ingewikkeld", "hulpvraag": "hoe duidelijk de vraag om hulp",
    "zelfredzaamheid": "wat het gezin zelf regelt", "eigen_kracht": "eigen kracht",
    "reasons": "redenen", "criterion": "onderwerp", "title": "onderwerp",
    "option": "keuze", "answer": "antwoord", "summary": "samenvatting",
    "raised_to": "verhoogd naar", "deployments": "hulp", "providers": "zorgaanbieders",
    "product": "product", "provider": "zorgaanbieder", "start": "begin", "end": "einde",
    "volume": "omvang", "contact": "contactpersoon", "postcode_city": "postcode en plaats",
    "domain_scores": "scores per leefgebied", "help_question_clear": "vraag is duidelijk",
    "own_strength_share": "deel eigen kracht en netwerk", "network_size": "mensen in het netwerk",
    "safety_concerns": "zorgen over veiligheid", "family_plan": "familiegroepsplan",
    "last_evaluation": "laatste evaluatie", "help_start": "start van de hulp",
}

YES_NO = {"gezag", "coordination", "formal", "withdrawn", "deviates", "contracted", "priority",
          "outcome_uitval", "help_question_clear", "safety_concerns", "family_plan",
          "shareable", "protected"}
MONEY = {"estimated_cost", "tariff_cents"}  # integer cents
# column -> core.codelists list the value is a code of
CODES = {"category": "jz020", "unit": "eenheid", "old_unit": "eenheid", "new_unit": "eenheid",
         "frequency": "frequentie", "old_frequency": "frequentie",
         "new_frequency": "frequentie", "referrer": "verwijzer", "end_reason": "jz588",
         "outcome_end_reasons": "jz588", "change_reason": "jz002"}
PERSON_COLUMNS = {"person_id", "subject_id", "member_ids"}
TIES = {"P": "praktische steun", "G": "gezelschap", "A": "advies of informatie",
        "E": "emotionele steun"}
ACTION_LABELS = {
    "insert": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd",
    "export": "geëxporteerd", "print": "afgedrukt", "access_request": "inzage gemaakt",
}


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table.replace("_", " ").capitalize())


def column_label(column: str) -> str:
    return COLUMN_LABELS.get(column, column.replace("_", " "))
