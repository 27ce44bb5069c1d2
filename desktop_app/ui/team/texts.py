"""The team server's texts in the UI: readable names for the synced tables and fields
(the conflicts page), the status line, and the store's Dutch error messages in the UI's
language (the store has no Qt; its messages are Dutch, the English ones are here)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Team"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate; called by this name so lupdate reads the literals."""
    return QCoreApplication.translate(context, text)


def table_label(table: str) -> str:
    labels = {
        "families": translate("Team", "Gezin"),
        "persons": translate("Team", "Gezinslid"),
        "cases": translate("Team", "Casus"),
        "intakes": translate("Team", "Intake"),
        "intake_questions": translate("Team", "Hulpvraag"),
        "intake_domains": translate("Team", "Leefgebied"),
        "network_contacts": translate("Team", "Netwerk"),
        "consents": translate("Team", "Toestemming"),
        "results": translate("Team", "Resultaat"),
        "actions": translate("Team", "Afspraak in het plan"),
        "deployments": translate("Team", "Ingezette hulp"),
        "deployment_results": translate("Team", "Ingezette hulp"),
        "deployment_members": translate("Team", "Ingezette hulp"),
        "deployment_volume_changes": translate("Team", "Omvang van de hulp"),
        "deployment_events": translate("Team", "Ingezette hulp"),
        "coordination_decisions": translate("Team", "Coördinatiebesluit"),
        "coordination_drafts": translate("Team", "Coördinatiebesluit (concept)"),
        "evaluations": translate("Team", "Evaluatie"),
        "evaluation_results": translate("Team", "Evaluatie van een resultaat"),
        "evaluation_conclusions": translate("Team", "Conclusie van de evaluatie"),
        "journal_entries": translate("Team", "Logboek"),
        "appointments": translate("Team", "Agenda-afspraak"),
        "attachments": translate("Team", "Bijlage"),
        "attachment_content": translate("Team", "Bijlage"),
        "documents": translate("Team", "Document"),
        "document_content": translate("Team", "Document"),
        "providers": translate("Team", "Zorgaanbieder"),
        "products": translate("Team", "Product"),
        "contracts": translate("Team", "Contract"),
    }
    return labels.get(table, table)


def field_label(field: str) -> str:
    labels = {
        "*": translate("Team", "alle gegevens"),
        "family_name": translate("Team", "gezinsnaam"),
        "first_name": translate("Team", "voornaam"),
        "last_name": translate("Team", "achternaam"),
        "birth_date": translate("Team", "geboortedatum"),
        "bsn": translate("Team", "BSN"),
        "role": translate("Team", "rol"),
        "gezag": translate("Team", "gezag"),
        "phone": translate("Team", "telefoon"),
        "email": translate("Team", "e-mail"),
        "street": translate("Team", "straat"),
        "house_number": translate("Team", "huisnummer"),
        "postcode": translate("Team", "postcode"),
        "city": translate("Team", "plaats"),
        "municipality": translate("Team", "gemeente"),
        "status": translate("Team", "status"),
        "consultant": translate("Team", "consulent"),
        "start_date": translate("Team", "startdatum"),
        "end_date": translate("Team", "einddatum"),
        "next_evaluation": translate("Team", "volgende evaluatie"),
        "family_words": translate("Team", "in de woorden van het gezin"),
        "formulation": translate("Team", "formulering"),
        "owner": translate("Team", "wie"),
        "target_date": translate("Team", "streefdatum"),
        "what": translate("Team", "wat"),
        "who": translate("Team", "wie"),
        "due": translate("Team", "wanneer"),
        "text": translate("Team", "tekst"),
        "notes": translate("Team", "notities"),
        "name": translate("Team", "naam"),
        "title": translate("Team", "titel"),
        "amount": translate("Team", "omvang"),
        "frequency": translate("Team", "frequentie"),
        "location": translate("Team", "locatie"),
    }
    return labels.get(field, field.replace("_", " "))


def kind_label(kind: str) -> str:
    labels = {
        "field": translate("Team", "U en de server veranderden hetzelfde veld."),
        "gone": translate("Team", "U veranderde iets dat op de server al verwijderd is."),
        "refused": translate("Team", "De server nam uw wijziging niet aan (het gezin is "
                                     "bijvoorbeeld overgedragen)."),
        "deleted": translate("Team", "U verwijderde iets dat op de server nog veranderd is."),
    }
    return labels.get(kind, kind)


def value_text(value: object) -> str:
    if value is None or value == "":
        return translate("Team", "(leeg)")
    if isinstance(value, dict):
        return "\n".join(f"{field_label(k)}: {value_text(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return translate("Team", "ja") if value else translate("Team", "nee")
    return str(value)


def when_text(iso: str | None) -> str:
    """'14:05' today, '03-07 14:05' this year, else '03-07-2024 14:05'."""
    if not iso:
        return ""
    try:
        at = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    today = date.today()
    if at.date() == today:
        return at.strftime("%H:%M")
    if at.year == today.year:
        return at.strftime("%d-%m %H:%M")
    return at.strftime("%d-%m-%Y %H:%M")


def pending_text(n: int) -> str:
    if n == 1:
        return translate("Team", "1 wijziging wacht")
    return translate("Team", "%1 wijzigingen wachten").replace("%1", str(n))


def conflicts_text(n: int) -> str:
    if n == 1:
        return translate("Team", "1 conflict")
    return translate("Team", "%1 conflicten").replace("%1", str(n))


# The store's Dutch messages (store/team_pg.py) with their English twins; a message not
# listed (one with a number in it) shows as the store wrote it.
_ERRORS = (
    QT_TRANSLATE_NOOP("TeamErrors", "Er ging iets mis met de teamserver."),
    QT_TRANSLATE_NOOP("TeamErrors", "De gebruikersnaam of het wachtwoord voor de teamserver klopt niet. Controleer ze, of vraag de beheerder om een nieuw wachtwoord."),
    QT_TRANSLATE_NOOP("TeamErrors", "De teamserver weigert dit: deze gebruiker heeft er geen rechten voor."),
    QT_TRANSLATE_NOOP("TeamErrors", "De teamserver kent dit niet (ongeldige invoer)."),
    QT_TRANSLATE_NOOP("TeamErrors", "De teamserver is niet bereikbaar. Controleer de netwerkverbinding en het adres van de server, of probeer het later opnieuw."),
    QT_TRANSLATE_NOOP("TeamErrors", "Het certificaat van de teamserver wordt niet vertrouwd: het is niet ondertekend door de CA van het CJG, of het hoort niet bij dit serveradres. Er is geen verbinding gemaakt. Vraag de beheerder om het juiste CA-bestand."),
    QT_TRANSLATE_NOOP("TeamErrors", "Op de teamserver is Gezinsplan nog niet ingericht. Vraag de beheerder om 'gezinsplan-admin server init --dsn ...' uit te voeren."),
    QT_TRANSLATE_NOOP("TeamErrors", "Er is geen teamserver ingesteld. Stel er een in bij Instellingen → Teamserver of met 'gezinsplan-admin connect'."),
    QT_TRANSLATE_NOOP("TeamErrors", "De verbinding met de teamserver is verbroken. Probeer het later opnieuw; wat nog niet is verstuurd, blijft bewaard."),
    QT_TRANSLATE_NOOP("TeamErrors", "De teamserver laat deze verbinding niet toe (pg_hba.conf). Vraag de beheerder."),
    QT_TRANSLATE_NOOP("TeamErrors", "Het certificaat van de teamserver hoort niet bij dit serveradres. Er is geen verbinding gemaakt. Controleer het adres, of vraag de beheerder."),
    QT_TRANSLATE_NOOP("TeamErrors", "Het CA-bestand van het CJG ontbreekt of is onleesbaar. Er is geen verbinding gemaakt."),
    QT_TRANSLATE_NOOP("TeamErrors", "De teamserver biedt geen versleutelde verbinding (TLS) aan. Er is geen verbinding gemaakt. Vraag de beheerder."),
    QT_TRANSLATE_NOOP("TeamErrors", "De database op de teamserver bestaat niet. Controleer het adres (dbname) of vraag de beheerder."),
    QT_TRANSLATE_NOOP("TeamErrors", "Het adres van de teamserver is ongeldig. Controleer het (bijvoorbeeld host=server.cjg.nl dbname=gezinsplan)."),
    QT_TRANSLATE_NOOP("TeamErrors", "Deze gebruiker is geen consultant op de teamserver. Vraag de beheerder om 'gezinsplan-admin server add-consultant'."),
    QT_TRANSLATE_NOOP("TeamErrors", "Deze casus staat niet (meer) op de teamserver in uw caseload. Synchroniseer eerst, of controleer het casusnummer."),
    QT_TRANSLATE_NOOP("TeamErrors", "Deze collega is geen consultant op de teamserver. Controleer de gebruikersnaam."),
)


def error_text(exc: BaseException) -> str:
    """The message of a TeamError in the UI's language; a generic one for anything else
    (a bug: its text is not for the consultant and may hold names)."""
    from ...session import team

    if isinstance(exc, team.TeamError):
        message = str(exc)
        return translate("TeamErrors", message) if message in _ERRORS else message
    return translate("Team", "Er ging iets mis met de teamserver. Probeer het later opnieuw; "
                             "wat nog niet is verstuurd, blijft bewaard.")


def is_team_error(exc: BaseException) -> bool:
    from ...session import team

    return isinstance(exc, team.TeamError)
