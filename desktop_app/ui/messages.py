"""Translated texts for core's validation codes (core has no Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def validation_message(code: str) -> str:
    texts = {
        "bsn_length": QCoreApplication.translate("messages", "Een BSN heeft precies 9 cijfers."),
        "bsn_digits": QCoreApplication.translate("messages", "Een BSN bestaat alleen uit cijfers."),
        "bsn_checksum": QCoreApplication.translate(
            "messages", "Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers."
        ),
        "date_format": QCoreApplication.translate(
            "messages", "Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-07-2015."
        ),
        "date_invalid": QCoreApplication.translate(
            "messages", "Deze datum bestaat niet. Controleer dag en maand."
        ),
        "date_future": QCoreApplication.translate(
            "messages", "Een geboortedatum kan niet in de toekomst liggen."
        ),
        "date_too_old": QCoreApplication.translate(
            "messages", "Deze geboortedatum ligt te ver in het verleden."
        ),
        "postcode": QCoreApplication.translate("messages", "Een postcode ziet eruit als 6041 AB."),
        "required": QCoreApplication.translate("messages", "Dit veld is verplicht."),
        "read_only": QCoreApplication.translate(
            "messages", "Deze oude scores zijn alleen te lezen. Scoor nu per volwassene."
        ),
        "role": QCoreApplication.translate(
            "messages", "Kies een rol: jeugdige, ouder, verzorger of overig."
        ),
        "municipality": QCoreApplication.translate(
            "messages", "Kies een van de zeven gemeenten in Midden-Limburg."
        ),
        "status": QCoreApplication.translate("messages", "Onbekende status."),
        "name_length": QCoreApplication.translate(
            "messages", "Een naam mag hoogstens 200 tekens lang zijn."
        ),
        # results, deployed help and catalog (issue 4)
        "contract_reason": QCoreApplication.translate(
            "messages", "Deze aanbieder heeft geen contract voor dit product in deze regio. "
            "Geef een reden op om toch voor deze aanbieder te kiezen."),
        "amount": QCoreApplication.translate(
            "messages", "Vul de omvang in als een heel getal (0 of meer), of laat het veld leeg."),
        "weight": QCoreApplication.translate("messages", "Kies een gewicht van 1 tot en met 10."),
        "gas_level": QCoreApplication.translate("messages", "Kies een niveau van -2 tot en met +2."),
        "date_order": QCoreApplication.translate("messages", "De einddatum ligt vóór de begindatum."),
        "code": QCoreApplication.translate("messages", "Kies een waarde uit de lijst."),
        "text_length": QCoreApplication.translate(
            "messages", "Deze tekst is te lang (hoogstens 4000 tekens)."),
        "from_date": QCoreApplication.translate(
            "messages", "Kies een datum binnen de looptijd van de inzet."),
        # a change refused in a closed case (core.lifecycle, shown under the field)
        "closed": QCoreApplication.translate(
            "messages", "Deze casus is afgesloten. Heropen de casus om iets te veranderen."),
        # appointments and attachments (issue 14, ui/casextras)
        "time_format": QCoreApplication.translate(
            "messages", "Vul een tijd in als uu:mm, bijvoorbeeld 09:30."),
        "end_before_start": QCoreApplication.translate(
            "messages", "De eindtijd ligt vóór of op de begintijd."),
        "attachment_size": QCoreApplication.translate(
            "messages", "Dit bestand is groter dan 25 MB en is niet bewaard. Maak de scan "
            "kleiner (bijvoorbeeld in zwart-wit of met een lagere resolutie) of bewaar "
            "alleen de pagina's die nodig zijn."),
        # evaluation (issue 6)
        "next_date": QCoreApplication.translate(
            "messages", "Kies een datum na de evaluatie en niet na het einde van de beschikking."),
        "satisfaction": QCoreApplication.translate(
            "messages", "Kies een cijfer van 1 tot en met 10, of laat het leeg."),
        "usefulness": QCoreApplication.translate(
            "messages", "Kies een van de antwoorden, of laat het leeg."),
        "end_reason": QCoreApplication.translate(
            "messages", "Kies de reden van beëindigen (iJw-lijst)."),
        "change_reason": QCoreApplication.translate(
            "messages", "Kies de reden van de wijziging uit de iJw-lijst (JZ002)."),
        "service": QCoreApplication.translate(
            "messages", "Schrijf op naar welke hulp in het voorliggend veld het gezin gaat."),
        "new_amount": QCoreApplication.translate(
            "messages", "Vul de nieuwe omvang in als een heel getal."),
        "scale_down_more": QCoreApplication.translate(
            "messages", "Bij afschalen moet de nieuwe omvang lager zijn dan nu."),
        "scale_up_less": QCoreApplication.translate(
            "messages", "Bij opschalen moet de nieuwe omvang hoger zijn dan nu."),
        "held_on": QCoreApplication.translate(
            "messages", "Kies de datum van het gesprek (niet in de toekomst)."),
        "final": QCoreApplication.translate(
            "messages", "Deze evaluatie is al afgerond en kan niet meer veranderen."),
        # the case journal (issue 14)
        "notes_length": QCoreApplication.translate(
            "messages", "Deze notitie is te lang (hoogstens 20.000 tekens)."),
        "open_case": QCoreApplication.translate(
            "messages", "Dit gezin heeft nog een open casus. Sluit die eerst af."),
        # contact details: Instellingen › Mijn gegevens (issue 14)
        "phone": QCoreApplication.translate(
            "messages", "Een telefoonnummer heeft 10 tot 15 cijfers, bijvoorbeeld 0475 123 456 of "
            "+31 475 123 456."),
        "email": QCoreApplication.translate(
            "messages", "Een e-mailadres ziet eruit als naam@voorbeeld.nl."),
        "contact_length": QCoreApplication.translate(
            "messages", "Deze tekst is te lang (hoogstens 200 tekens)."),
    }
    return texts.get(code, code)


def role_label(role: str) -> str:
    return {
        "jeugdige": QCoreApplication.translate("messages", "jeugdige"),
        "ouder": QCoreApplication.translate("messages", "ouder"),
        "verzorger": QCoreApplication.translate("messages", "verzorger"),
        "overig": QCoreApplication.translate("messages", "overig"),
    }.get(role, role)


def status_label(status: str) -> str:
    return {
        "aanmelding": QCoreApplication.translate("messages", "aanmelding"),
        "intake": QCoreApplication.translate("messages", "intake"),
        "actief": QCoreApplication.translate("messages", "actief"),
        "afgesloten": QCoreApplication.translate("messages", "afgesloten"),
        "": "",
    }.get(status, status)
