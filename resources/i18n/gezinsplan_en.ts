<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="53" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="54" />
        <source>Jeugdigen</source>
        <translation>Youths</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="55" />
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="57" />
        <source>Volgende evaluatie</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="58" />
        <source>Coördinatie</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="114" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="114" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="125" />
        <source>Evaluatie is te laat</source>
        <translation>Evaluation is overdue</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="146" />
        <source>Zoek op naam, BSN, postcode of casusnummer</source>
        <translation>Search by name, BSN, postcode or case number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="149" />
        <source>Zoekveld leegmaken</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="150" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="151" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="155" />
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="158" />
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="162" />
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="165" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="167" />
        <source>&amp;Nieuw gezin</source>
        <translation>&amp;New family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="187" />
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="234" />
        <source>%1 gezinnen</source>
        <translation>%1 families</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="235" />
        <source>1 gezin</source>
        <translation>1 family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="239" />
        <source>Geen gezinnen gevonden. Pas de zoekterm of de filters aan.</source>
        <translation>No families found. Change the search or the filters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="242" />
        <source>Nog geen gezinnen. Kies 'Nieuw gezin' om het eerste gezin toe te voegen.</source>
        <translation>No families yet. Choose 'New family' to add the first one.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="44" />
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="48" />
        <source>Gezinsplan liep tegen een fout aan. Uw gegevens zijn tot het laatste 'opgeslagen' bewaard. Stuur het rapport hieronder naar de beheerder; er staan geen persoonsgegevens in.</source>
        <translation>Gezinsplan ran into an error. Your data is kept up to the last 'saved'. Send the report below to your administrator; it holds no personal data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="57" />
        <source>Foutrapport</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="60" />
        <source>Rapport kopiëren</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="80" />
        <source>Welkom bij Gezinsplan</source>
        <translation>Welcome to Gezinsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="85" />
        <source>Alle gegevens over gezinnen worden versleuteld op deze laptop bewaard. Kies een wachtwoord van minstens %1 tekens. Een zin die u goed onthoudt werkt het best. Zonder dit wachtwoord is niets terug te halen.</source>
        <translation>All family data is stored encrypted on this laptop. Choose a passphrase of at least %1 characters. A sentence you remember well works best. Without this passphrase nothing can be recovered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="99" />
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="101" />
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="116" />
        <source>&amp;Database aanmaken</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="118" />
        <source>&amp;Oefenen met fictieve gezinnen</source>
        <translation>&amp;Practise with fictional families</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="120" />
        <source>Maakt %1 verzonnen gezinnen aan om mee te oefenen. Geen echte gegevens.</source>
        <translation>Creates %1 made-up families to practise with. No real data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="128" />
        <source>Opslag: %1</source>
        <translation>Storage: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="144" />
        <source>Sterkte: te kort</source>
        <translation>Strength: too short</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="145" />
        <source>Sterkte: zwak – maak het langer</source>
        <translation>Strength: weak – make it longer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="146" />
        <source>Sterkte: redelijk</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="147" />
        <source>Sterkte: goed</source>
        <translation>Strength: good</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="148" />
        <source>Sterkte: sterk</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="150" />
        <source>Tip: vier losse woorden, zoals 'molen maas vlaai fiets'.</source>
        <translation>Tip: four unrelated words, like 'mill river pie bicycle'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="156" />
        <source>Het wachtwoord moet minstens %1 tekens hebben.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="163" />
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="136" />
        <source>← &amp;Caseload</source>
        <translation>← &amp;Caseload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="138" />
        <source>Terug naar de caseload</source>
        <translation>Back to the caseload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="152" />
        <source>&amp;Huishouden</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="153" />
        <source>Ca&amp;sussen</source>
        <translation>Ca&amp;ses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="164" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="175" />
        <source>&amp;Gezinsnaam</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="176" />
        <source>St&amp;raat</source>
        <translation>St&amp;reet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="177" />
        <source>Huis&amp;nummer</source>
        <translation>House &amp;number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="178" />
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="179" />
        <source>Pl&amp;aats</source>
        <translation>T&amp;own</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="185" />
        <source>Ge&amp;meente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="186" />
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="187" />
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="191" />
        <location filename="../../desktop_app/ui/family_page.py" line="195" />
        <source>Gezinsleden</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="199" />
        <source>Lid &amp;toevoegen</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="201" />
        <source>Lid &amp;verwijderen</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="208" />
        <source>Kies een gezinslid om de gegevens te zien en te wijzigen.</source>
        <translation>Choose a family member to see and change their details.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="227" />
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="229" />
        <source>gezag</source>
        <translation>parental authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="268" />
        <source>Gezinslid verwijderen</source>
        <translation>Remove family member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="269" />
        <source>Weet u zeker dat u %1 wilt verwijderen?</source>
        <translation>Are you sure you want to remove %1?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="281" />
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="289" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="334" />
        <source>Dit gezin heeft nog geen casus.</source>
        <translation>This family has no case yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="340" />
        <source>nog niet besloten</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="340" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="340" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="342" />
        <source>Casusnummer: %1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="343" />
        <source>Gemeente: %1 (%2)</source>
        <translation>Municipality: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="344" />
        <source>Consulent: %1</source>
        <translation>Consultant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="345" />
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="346" />
        <source>Einde: %1</source>
        <translation>End: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="347" />
        <source>Coördinatie en opvolging door CJG: %1</source>
        <translation>Coordination and follow-up by the CJG: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="348" />
        <source>Volgende evaluatie: %1</source>
        <translation>Next evaluation: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="101" />
        <source>Demo-gezinnen worden aangemaakt…</source>
        <translation>Creating demo families…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="184" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186" />
        <source>&amp;Nieuw gezin</source>
        <translation>&amp;New family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="187" />
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="191" />
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="192" />
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="199" />
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200" />
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="208" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209" />
        <source>&amp;Over Gezinsplan</source>
        <translation>&amp;About Gezinsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219" />
        <source>De nieuwe taal wordt gebruikt na het opnieuw starten van Gezinsplan.</source>
        <translation>The new language is used after Gezinsplan restarts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225" />
        <source>Over Gezinsplan</source>
        <translation>About Gezinsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226" />
        <source>Gezinsplan %1

1Gezin1Plan, coördinatie en opvolging voor het CJG Midden-Limburg.</source>
        <translation>Gezinsplan %1

1Gezin1Plan, coordination and follow-up for the CJG Midden-Limburg.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="75" />
        <source>Gezinslid toevoegen</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="79" />
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="81" />
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="83" />
        <source>&amp;Achternaam</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="85" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="86" />
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="88" />
        <source>9 cijfers, mag leeg blijven</source>
        <translation>9 digits, may stay empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="89" />
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="90" />
        <source>Heeft &amp;gezag</source>
        <translation>Has parental &amp;authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="92" />
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="85" />
        <source>Ro&amp;l</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="86" />
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="87" />
        <source>&amp;Achternaam</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="89" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="90" />
        <source>Ge&amp;boortedatum</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="92" />
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="93" />
        <source>BS&amp;N</source>
        <translation>BS&amp;N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="94" />
        <source>Heeft ge&amp;zag</source>
        <translation>Has parental a&amp;uthority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="95" />
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="96" />
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="128" />
        <source>Nieuw gezin</source>
        <translation>New family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="130" />
        <source>&amp;Gezinsnaam</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="134" />
        <source>Ge&amp;meente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="136" />
        <source>&amp;Straat</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="138" />
        <source>&amp;Huisnummer</source>
        <translation>&amp;House number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="141" />
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="143" />
        <source>&amp;Plaats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="144" />
        <source>Gezin &amp;aanmaken</source>
        <translation>&amp;Create family</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="28" />
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="31" />
        <source>✓ Opgeslagen om %1</source>
        <translation>✓ Saved at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="36" />
        <source>Niet opgeslagen: controleer het veld met de melding</source>
        <translation>Not saved: check the field with the message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="41" />
        <source>Wordt opgeslagen…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="190" />
        <source>Gezinsplan is vergrendeld</source>
        <translation>Gezinsplan is locked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="190" />
        <source>Gezinsplan ontgrendelen</source>
        <translation>Unlock Gezinsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="193" />
        <source>Vul uw wachtwoord in om de gegevens te openen.</source>
        <translation>Enter your passphrase to open the data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="200" />
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="211" />
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="215" />
        <source>Opslag: %1</source>
        <translation>Storage: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="255" />
        <source>Probeer het opnieuw.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock.py" line="259" />
        <source>Het wachtwoord klopt niet. Wacht %1 seconden voor een nieuwe poging.</source>
        <translation>The passphrase is wrong. Wait %1 seconds before trying again.</translation>
    </message>
</context>
<context>
    <name>_ValidatingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="52" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="73" />
        <source>Gezinsplan</source>
        <translation>Gezinsplan</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="10" />
        <source>Een BSN heeft precies 9 cijfers.</source>
        <translation>A BSN has exactly 9 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="11" />
        <source>Een BSN bestaat alleen uit cijfers.</source>
        <translation>A BSN consists of digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="12" />
        <source>Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers.</source>
        <translation>This BSN is not valid (the 11-check fails). Check the digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="15" />
        <source>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-07-2015.</source>
        <translation>Enter a date as dd-mm-yyyy, for example 03-07-2015.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="18" />
        <source>Deze datum bestaat niet. Controleer dag en maand.</source>
        <translation>This date does not exist. Check day and month.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="21" />
        <source>Een geboortedatum kan niet in de toekomst liggen.</source>
        <translation>A date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="24" />
        <source>Deze geboortedatum ligt te ver in het verleden.</source>
        <translation>This date of birth is too far in the past.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="27" />
        <source>Een postcode ziet eruit als 6041 AB.</source>
        <translation>A postcode looks like 6041 AB.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="28" />
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="29" />
        <source>Kies een rol: jeugdige, ouder, verzorger of overig.</source>
        <translation>Choose a role: youth, parent, carer or other.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="32" />
        <source>Kies een van de zeven gemeenten in Midden-Limburg.</source>
        <translation>Choose one of the seven municipalities in Midden-Limburg.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="35" />
        <source>Onbekende status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="36" />
        <source>Een naam mag hoogstens 200 tekens lang zijn.</source>
        <translation>A name may be at most 200 characters long.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="45" />
        <source>jeugdige</source>
        <translation>youth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="46" />
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="47" />
        <source>verzorger</source>
        <translation>carer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48" />
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="54" />
        <source>aanmelding</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="55" />
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="56" />
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57" />
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
</context>
</TS>