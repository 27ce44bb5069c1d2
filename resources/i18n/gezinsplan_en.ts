<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="28" />
        <source>Afspraak toe&amp;voegen</source>
        <translation>&amp;Add action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="28" />
        <source>Afspraak verwij&amp;deren</source>
        <translation>&amp;Delete action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="29" />
        <source>Nog geen afspraken. Wie doet wat, en wanneer? Denk ook aan wat het gezin en het netwerk zelf doen.</source>
        <translation>No actions yet. Who does what, and when? Think of what the family and the network do themselves too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="37" />
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="40" />
        <source>Wie &amp;hoort erbij</source>
        <translation>W&amp;ho is it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="43" />
        <source>W&amp;ie (naam of rol)</source>
        <translation>Na&amp;me or role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="45" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="46" />
        <source>Wa&amp;nneer</source>
        <translation>Whe&amp;n</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="47" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="50" />
        <source>Hoort bij &amp;resultaat</source>
        <translation>Belongs to &amp;result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="80" />
        <source>(nog niet ingevuld)</source>
        <translation>(not filled in yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="102" />
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>AdviceStep</name>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="129" />
        <source>Advies en besluit</source>
        <translation>Advice and decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="138" />
        <source>Uw besluit</source>
        <translation>Your decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="141" />
        <source>Ik volg het &amp;advies</source>
        <translation>I follow the &amp;advice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="143" />
        <source>Ik &amp;wijk af van het advies</source>
        <translation>I &amp;deviate from the advice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="149" />
        <source>Mijn be&amp;sluit</source>
        <translation>My deci&amp;sion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="156" />
        <source>&amp;Motivering (verplicht als u afwijkt)</source>
        <translation>&amp;Motivation (required when you deviate)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="161" />
        <source>Waarom wijkt u af? Schrijf het zo op dat het gezin het kan lezen.</source>
        <translation>Why do you deviate? Write it so that the family can read it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="170" />
        <source>Besluit &amp;vastleggen</source>
        <translation>&amp;Record decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="193" />
        <source>&amp;Motivering (verplicht)</source>
        <translation>&amp;Motivation (required)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="195" />
        <source>Waarom besluit u dit? Schrijf het zo op dat het gezin het kan lezen.</source>
        <translation>Why do you decide this? Write it so the family can read it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="203" />
        <source>Nog geen advies</source>
        <translation>No advice yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="204" />
        <source>Beantwoord eerst: %1.</source>
        <translation>First answer: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="214" />
        <source>Kies uw besluit…</source>
        <translation>Choose your decision…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="226" />
        <source>Advies: %1</source>
        <translation>Advice: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="237" />
        <source>Dit antwoord maakt het advies minstens: %1.</source>
        <translation>This answer makes the advice at least: %1.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="101" />
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="101" />
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="102" />
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="102" />
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="103" />
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="103" />
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="104" />
        <source>zo</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>AgendaBox</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="32" />
        <source>Afspraken vandaag en deze week</source>
        <translation>Appointments today and this week</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="33" />
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="33" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="33" />
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="34" />
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="66" />
        <source>Afspraken vandaag (%1)</source>
        <translation>Appointments today (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="67" />
        <source>Afspraken later deze week (%1)</source>
        <translation>Appointments later this week (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/agenda.py" line="85" />
        <source>Geen afspraken gepland.</source>
        <translation>No appointments planned.</translation>
    </message>
</context>
<context>
    <name>AppointmentsBox</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="80" />
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="90" />
        <source>Afspraken van de casus</source>
        <translation>Appointments of the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="93" />
        <source>Nog geen afspraken. Kies ‘Nieuwe afspraak’ om het volgende huisbezoek of overleg te plannen.</source>
        <translation>No appointments yet. Choose ‘New appointment’ to plan the next home visit or meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="95" />
        <source>Deze casus heeft geen afspraken.</source>
        <translation>This case has no appointments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="98" />
        <source>&amp;Nieuwe afspraak</source>
        <translation>&amp;New appointment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="99" />
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="225" />
        <source>Af&amp;zeggen</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="100" />
        <source>Naar de a&amp;genda (.ics)…</source>
        <translation>To the &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="102" />
        <source>De casus is afgesloten: de afspraken blijven te zien en naar de agenda te zetten. Plannen of veranderen kan weer als de casus heropend is.</source>
        <translation>The case is closed: its appointments can still be viewed and put in a calendar. Planning or changing them is possible again once the case is reopened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="113" />
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="114" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="115" />
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="116" />
        <source>&amp;Tot</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="117" />
        <source>&amp;Plaats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="118" />
        <source>&amp;Met wie</source>
        <translation>&amp;With whom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="119" />
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="126" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="128" />
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="129" />
        <source>bijvoorbeeld: thuis, school, CJG</source>
        <translation>for example: at home, school, CJG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="163" />
        <source>%1 (afgezegd)</source>
        <translation>%1 (cancelled)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="224" />
        <source>Afspraak &amp;terugzetten</source>
        <translation>&amp;Restore appointment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="279" />
        <source>Agendabestand opslaan</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="280" />
        <source>Agendabestand (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="290" />
        <source>Het agendabestand kon niet worden opgeslagen in deze map. Kies een andere map.</source>
        <translation>The calendar file could not be saved in this folder. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="49" />
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="59" />
        <source>Bijlagen van de casus</source>
        <translation>Attachments of the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="63" />
        <source>Nog geen bijlagen. Voeg bijvoorbeeld het ondertekende plan, een beschikking of een gescande toestemming toe (hoogstens 25 MB per bestand).</source>
        <translation>No attachments yet. Add for example the signed plan, a decision (beschikking) or a scanned consent (at most 25 MB per file).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="65" />
        <source>Deze casus heeft geen bijlagen.</source>
        <translation>This case has no attachments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="68" />
        <source>Bij&amp;lage toevoegen…</source>
        <translation>Add &amp;attachment…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="69" />
        <source>Op&amp;enen</source>
        <translation>Op&amp;en</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="70" />
        <source>Verwijde&amp;ren…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="72" />
        <source>De casus is afgesloten: de bijlagen blijven te openen. Toevoegen, veranderen of verwijderen kan weer als de casus heropend is.</source>
        <translation>The case is closed: its attachments can still be opened. Adding, changing or removing them is possible again once the case is reopened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="83" />
        <source>bijvoorbeeld: beschikking Roerdal 2027</source>
        <translation>for example: beschikking Roerdal 2027</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="84" />
        <source>S&amp;oort</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="86" />
        <source>Omschri&amp;jving</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="179" />
        <source>Bijlage kiezen</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="180" />
        <source>Documenten en scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;Alle bestanden (*)</source>
        <translation>Documents and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="194" />
        <source>Dit bestand kan niet worden gelezen. Er is niets bewaard.</source>
        <translation>This file cannot be read. Nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="210" />
        <source>De bijlage kon niet worden klaargezet om te openen: is de schijf vol?</source>
        <translation>The attachment could not be prepared for opening: is the disk full?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="214" />
        <source>Er is geen programma gevonden dat dit bestand opent.</source>
        <translation>No program was found that opens this file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="220" />
        <source>Bijlage verwijderen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/attachments_box.py" line="221" />
        <source>Deze bijlage wordt uit de database verwijderd. Het oorspronkelijke bestand op uw computer (als dat er nog is) blijft staan. Doorgaan?</source>
        <translation>This attachment is removed from the database. The original file on your computer (if it is still there) stays. Continue?</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="39" />
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="40" />
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="41" />
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="42" />
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="43" />
        <source>afgedrukt</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="44" />
        <source>ontgrendeld</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="45" />
        <source>ontgrendelen mislukt</source>
        <translation>unlock failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="46" />
        <source>vernietigd op verzoek</source>
        <translation>destroyed on request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="47" />
        <source>back-up teruggezet</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="48" />
        <source>wachtwoord gewijzigd</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="49" />
        <source>inzage-export</source>
        <translation>access request export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="50" />
        <source>verbonden met de teamserver</source>
        <translation>connected to the team server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="51" />
        <source>conflict opgelost</source>
        <translation>conflict resolved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="52" />
        <source>casus overgedragen</source>
        <translation>case handed over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="78" />
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="78" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="78" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="78" />
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="79" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="79" />
        <source>Velden / details</source>
        <translation>Fields / details</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="55" />
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="56" />
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="57" />
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="58" />
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="59" />
        <source>afgedrukt</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="60" />
        <source>ontgrendeld</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="61" />
        <source>ontgrendelen mislukt</source>
        <translation>unlock failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="62" />
        <source>vernietigd op verzoek</source>
        <translation>destroyed on request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="63" />
        <source>back-up teruggezet</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="64" />
        <source>wachtwoord gewijzigd</source>
        <translation>passphrase changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="65" />
        <source>inzage-export</source>
        <translation>access request export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="66" />
        <source>verbonden met de teamserver</source>
        <translation>connected to the team server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="67" />
        <source>conflict opgelost</source>
        <translation>conflict resolved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="68" />
        <source>casus overgedragen</source>
        <translation>case handed over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="138" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="140" />
        <source>Auditlogboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="147" />
        <source>Alle handelingen</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="150" />
        <source>&amp;Toon</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="154" />
        <source>&amp;Keten controleren</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="158" />
        <source>Elke keer dat iemand gegevens aanmaakt, wijzigt, verwijdert, exporteert of ontgrendelt, staat hier: wanneer, wie, welk record en welke velden. De inhoud staat er nooit in. Elke regel is met een hash aan de vorige gekoppeld, zodat een veranderde of verwijderde regel opvalt.</source>
        <translation>Every time someone creates, changes, deletes, exports or unlocks data, it is listed here: when, who, which record and which fields. The content is never stored here. Each line is linked to the previous one by a hash, so a changed or removed line stands out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="179" />
        <source>&amp;Meer laden</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="209" />
        <source>%1 van %2 regels getoond</source>
        <translation>%1 of %2 lines shown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="217" />
        <source>In orde: %1 regels gecontroleerd, de keten is compleet en ongewijzigd.</source>
        <translation>OK: %1 lines checked, the chain is complete and unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/audit_view.py" line="220" />
        <source>NIET in orde (%1 regels gelezen): </source>
        <translation>NOT OK (%1 lines read): </translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="34" />
        <source>Back-upstatus</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="38" />
        <source>Back-ups worden gecontroleerd…</source>
        <translation>Checking backups…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="62" />
        <source>De automatische back-up van %1 is mislukt: de schijf is vol. Maak ruimte vrij.</source>
        <translation>The automatic backup of %1 failed: the disk is full. Free up some space.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="65" />
        <source>De automatische back-up van %1 is mislukt.</source>
        <translation>The automatic backup of %1 failed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="68" />
        <source>Let op: er is geen goede back-up.</source>
        <translation>Warning: there is no good backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="72" />
        <source>vandaag om %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="74" />
        <source>gisteren om %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="76" />
        <source>%1 dagen geleden (%2)</source>
        <translation>%1 days ago (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="79" />
        <source>Let op: de laatste goede back-up is %1 dagen oud (%2).</source>
        <translation>Warning: the last good backup is %1 days old (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="82" />
        <source>Laatste goede back-up: %1.</source>
        <translation>Last good backup: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/backup_banner.py" line="84" />
        <source>Maak een back-up via Beveiliging › Back-up nu maken.</source>
        <translation>Make a backup via Security › Back up now.</translation>
    </message>
</context>
<context>
    <name>CaseExtras</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/common.py" line="42" />
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/common.py" line="44" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>CaseExtrasTab</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/tab.py" line="49" />
        <source>Dit gezin heeft nog geen casus.</source>
        <translation>This family has no case yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/tab.py" line="52" />
        <source>Casus %1</source>
        <translation>Case %1</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="43" />
        <source>gedeeld met het gezin</source>
        <translation>shared with the family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="62" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="65" />
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="68" />
        <source>bijvoorbeeld moeder, Zoë, de mentor van school</source>
        <translation>for example mother, Zoë, the school mentor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="73" />
        <source>Wat er besproken is, in uw eigen woorden.</source>
        <translation>What was discussed, in your own words.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="75" />
        <source>Mag met het gezin &amp;gedeeld worden</source>
        <translation>May be &amp;shared with the family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="78" />
        <source>Alleen gedeelde aantekeningen staan bij 'Samen kijken'.</source>
        <translation>Only shared notes appear in 'Look together'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="81" />
        <source>Soo&amp;rt contact</source>
        <translation>Kind of contac&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="82" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="83" />
        <source>&amp;Tijd</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="84" />
        <source>&amp;Wie waren erbij</source>
        <translation>&amp;Who took part</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="85" />
        <source>&amp;Aantekeningen</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="141" />
        <source>&amp;Nieuw contactmoment</source>
        <translation>&amp;New contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="144" />
        <source>Contactmoment &amp;verwijderen…</source>
        <translation>&amp;Delete contact moment…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="156" />
        <location filename="../../desktop_app/ui/casefile/texts.py" line="76" />
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="160" />
        <source>Nog geen contactmomenten. Kies 'Nieuw contactmoment' (Ctrl+J) na een huisbezoek, telefoontje of overleg.</source>
        <translation>No contact moments yet. Choose 'New contact moment' (Ctrl+J) after a home visit, a phone call or a meeting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="220" />
        <source>Logboek</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="232" />
        <source>Contactmoment verwijderen</source>
        <translation>Delete contact moment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/journal.py" line="233" />
        <source>Weet u zeker dat u dit contactmoment wilt verwijderen?</source>
        <translation>Are you sure you want to delete this contact moment?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="87" />
        <source>Volgende stap:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="97" />
        <source>Wie doen mee</source>
        <translation>Who is involved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="100" />
        <source>Hulp die loopt</source>
        <translation>Help running</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="112" />
        <source>Aan de slag</source>
        <translation>Get to work</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="116" />
        <source>Gegevens van de casus</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="160" />
        <source>Geschatte kosten van de hulp: %1</source>
        <translation>Estimated cost of the help: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="162" />
        <source>(van %1 inzet nog niet te schatten)</source>
        <translation>(%1 deployment(s) cannot be estimated yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="185" />
        <source>hier staat de casus nu</source>
        <translation>the case is here now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="197" />
        <source>Nog geen gezinsleden.</source>
        <translation>No family members yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="199" />
        <source>Regisseur: %1</source>
        <translation>Coordinator: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="200" />
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="201" />
        <source>Consulent: %1</source>
        <translation>Consultant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="207" />
        <source>Aanbieder: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="212" />
        <source>Er loopt nog geen hulp.</source>
        <translation>No help is running yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="216" />
        <source>Aanbieder nog niet gekozen</source>
        <translation>Provider not chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="217" />
        <source>%1 tot %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="13" />
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="14" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="15" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="16" />
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="17" />
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="18" />
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="24" />
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="26" />
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="28" />
        <source>over %1 dagen</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="30" />
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="31" />
        <source>%1 dagen te laat</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="38" />
        <source>Evaluatie %1 (%2)</source>
        <translation>Evaluation %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="41" />
        <source>Beschikking %1 loopt af op %2</source>
        <translation>Decision for %1 ends on %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="43" />
        <source>Een beschikking loopt af op %2</source>
        <translation>A decision for help ends on %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="46" />
        <source>evalueer uiterlijk %1</source>
        <translation>evaluate by %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="50" />
        <source>De casus is afgesloten. Een nieuwe aanmelding kan als nieuwe casus.</source>
        <translation>The case is closed. A new registration can be opened as a new case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="52" />
        <source>Intake starten met het gezin</source>
        <translation>Start the intake with the family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="53" />
        <source>Resultaten met het gezin vaststellen</source>
        <translation>Agree on results with the family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="55" />
        <source>Coördinatiebesluit nog nemen</source>
        <translation>Coordination decision still to be taken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="56" />
        <source>De begonnen evaluatie afronden</source>
        <translation>Finish the evaluation that was started</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="58" />
        <source>Geen evaluatie: het CJG volgt deze casus niet op</source>
        <translation>No evaluation: the CJG does not follow up this case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="65" />
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="66" />
        <source>Telefonisch contact</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="67" />
        <source>Overleg met aanbieder</source>
        <translation>Meeting with a provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="68" />
        <source>Multidisciplinair overleg</source>
        <translation>Multidisciplinary meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="69" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="70" />
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="77" />
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="78" />
        <source>Intake en toestemming</source>
        <translation>Intake and consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="79" />
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="80" />
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="81" />
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="82" />
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="83" />
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="84" />
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/texts.py" line="85" />
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="32" />
        <source>alleen voor de consulent</source>
        <translation>for the consultant only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="49" />
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="52" />
        <source>Soo&amp;rt</source>
        <translation>So&amp;rt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="56" />
        <source>Zoek in de tijdlijn</source>
        <translation>Search the timeline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="57" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="69" />
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="102" />
        <source>1 gebeurtenis</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="103" />
        <source>%1 gebeurtenissen</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/timeline.py" line="105" />
        <source>Niets gevonden. Kies 'Alles' of zoek op een ander woord.</source>
        <translation>Nothing found. Choose 'All' or search for another word.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="53" />
        <source>Casus afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="57" />
        <source>– kies een reden –</source>
        <translation>– choose a reason –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="60" />
        <source>&amp;Waarom wordt de casus afgesloten?</source>
        <translation>&amp;Why is the case being closed?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="68" />
        <source>Casus &amp;afsluiten</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="75" />
        <location filename="../../desktop_app/ui/case_panel.py" line="243" />
        <source>Kies waarom de casus wordt afgesloten.</source>
        <translation>Choose why the case is being closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="96" />
        <source>Casuss&amp;en van dit gezin</source>
        <translation>Cas&amp;es of this family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="99" />
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="104" />
        <source>Nie&amp;uwe casus…</source>
        <translation>Ne&amp;w case…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="116" />
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="117" />
        <source>&amp;Logboek</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="118" />
        <source>T&amp;ijdlijn</source>
        <translation>T&amp;imeline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="122" />
        <source>Afspraken en stu&amp;kken</source>
        <translation>Appointments and &amp;papers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="204" />
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="205" />
        <source>Een nieuwe aanmelding voor dit gezin openen? De afgesloten casussen blijven met hun eigen geschiedenis bewaard.</source>
        <translation>Open a new registration for this family? The closed cases are kept with their own history.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="218" />
        <location filename="../../desktop_app/ui/case_panel.py" line="249" />
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="241" />
        <source>Deze casus is afgesloten. Heropen de casus om iets te veranderen.</source>
        <translation>This case is closed. Reopen the case to change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="242" />
        <source>Deze casus is niet afgesloten.</source>
        <translation>This case is not closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_panel.py" line="244" />
        <source>De datum van afsluiten kan niet voor de start van de casus liggen.</source>
        <translation>The closing date cannot be before the start of the case.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="84" />
        <source>Status van de casus</source>
        <translation>Status of the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="121" />
        <source>Casus a&amp;fsluiten…</source>
        <translation>C&amp;lose case…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="123" />
        <source>Casus &amp;heropenen</source>
        <translation>&amp;Reopen case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="142" />
        <source>Dit gezin heeft nog geen casus.</source>
        <translation>This family has no case yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="155" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="227" />
        <source>nog niet besloten</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="228" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="229" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="232" />
        <source>Casusnummer: %1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="233" />
        <source>Gemeente: %1 (%2)</source>
        <translation>Municipality: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="234" />
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="235" />
        <source>Einde: %1</source>
        <translation>End: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="236" />
        <source>Coördinatie en opvolging door CJG: %1</source>
        <translation>Coordination and follow-up by the CJG: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="237" />
        <source>Volgende evaluatie: %1</source>
        <translation>Next evaluation: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="238" />
        <source>Overgangsregel: %1</source>
        <translation>Transition rule: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="242" />
        <source>Reden van afsluiten: %1</source>
        <translation>Reason for closing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casefile/overview.py" line="245" />
        <source>Geschatte kosten inzet: %1</source>
        <translation>Estimated cost of deployed help: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="19" />
        <source>De doelen zijn bereikt</source>
        <translation>The goals have been reached</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="20" />
        <source>Afgeschaald naar het voorliggend veld</source>
        <translation>Scaled down to universal services</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="21" />
        <source>Overgedragen aan een andere organisatie</source>
        <translation>Handed over to another organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="22" />
        <source>Het gezin is verhuisd</source>
        <translation>The family has moved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="23" />
        <source>Het gezin wil niet verder</source>
        <translation>The family does not want to continue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="24" />
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="32" />
        <source>De casus is afgesloten.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="33" />
        <source>Nog geen evaluatie: de intake is nog niet begonnen.</source>
        <translation>No evaluation yet: the intake has not started.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="34" />
        <source>Het CJG volgt deze casus niet op (geen coördinatie).</source>
        <translation>The CJG does not follow up this case (no coordination).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="38" />
        <source>Eerder: de beschikking van %1 loopt af op %2.</source>
        <translation>Earlier: the decision for %1 ends on %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="41" />
        <source>Gekozen datum.</source>
        <translation>Date chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="42" />
        <source>de laatste evaluatie</source>
        <translation>the last evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="42" />
        <source>het besluit</source>
        <translation>the decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="43" />
        <source>de start van de hulp</source>
        <translation>the start of the help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="43" />
        <source>de start van de casus</source>
        <translation>the start of the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="44" />
        <source>Elke %1 maanden, gerekend vanaf %2 (%3).</source>
        <translation>Every %1 months, counted from %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="50" />
        <source>Geen overgangsregel voor deze regio.</source>
        <translation>No transition rule for this region.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="53" />
        <source>%1 – besluit nodig vanaf %2</source>
        <translation>%1 – decision needed from %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/lifecycle_texts.py" line="55" />
        <source>%1 – nu niets te besluiten</source>
        <translation>%1 – nothing to decide now</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="82" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="83" />
        <source>Jeugdigen</source>
        <translation>Youths</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="84" />
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="85" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="86" />
        <source>Volgende evaluatie</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="87" />
        <source>Coördinatie</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="88" />
        <source>Geschatte kosten</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="184" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="184" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="199" />
        <source>Evaluatie is te laat</source>
        <translation>Evaluation is overdue</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="226" />
        <source>Zoek op naam, BSN, postcode of casusnummer</source>
        <translation>Search by name, BSN, postcode or case number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="229" />
        <source>Zoekveld leegmaken</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="230" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="231" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="235" />
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="238" />
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="242" />
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="245" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="248" />
        <source>Te beoor&amp;delen</source>
        <translation>To be &amp;judged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="250" />
        <source>Casussen waarover nog een besluit over coördinatie en opvolging nodig is</source>
        <translation>Cases that still need a decision on coordination and follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="252" />
        <source>&amp;Nieuw gezin</source>
        <translation>&amp;New family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="273" />
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="343" />
        <source>Geen gezinnen gevonden. Pas de zoekterm of de filters aan.</source>
        <translation>No families found. Change the search or the filters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="346" />
        <source>Nog geen gezinnen. Kies 'Nieuw gezin' om het eerste gezin toe te voegen.</source>
        <translation>No families yet. Choose 'New family' to add the first one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="355" />
        <source>%1 of meer gezinnen</source>
        <translation>%1 or more families</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="358" />
        <source>%1 gezinnen</source>
        <translation>%1 families</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload.py" line="358" />
        <source>1 gezin</source>
        <translation>1 family</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="45" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="47" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="49" />
        <source>Catalogus: aanbieders, producten en contracten</source>
        <translation>Catalog: providers, products and contracts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="53" />
        <source>CSV &amp;inlezen…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="61" />
        <source>Zoek op aanbieder, AGB-code, product of productcode</source>
        <translation>Search by provider, AGB code, product or product code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="62" />
        <source>Zoeken in de catalogus</source>
        <translation>Search the catalog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="63" />
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="67" />
        <source>Beide regio's</source>
        <translation>Both regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="70" />
        <source>&amp;Regio</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="79" />
        <source>Contracten</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="81" />
        <source>Zorgaanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="81" />
        <source>AGB-code</source>
        <translation>AGB code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="81" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="82" />
        <source>Categorie (JZ020)</source>
        <translation>Category (JZ020)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="82" />
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="82" />
        <source>Tarief</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="83" />
        <source>Indexatie</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="83" />
        <source>Tarief %1</source>
        <translation>Tariff %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="96" />
        <source>De catalogus is leeg. Kies hierboven 'CSV inlezen…' en kies het bestand met de contracten van de regio (in Excel opgeslagen als 'CSV UTF-8' of 'CSV (gescheiden door lijstscheidingsteken)'). De eerste regel noemt de kolommen: aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;regio;tarief;tariefjaar;indexatie – en naar keuze het adres van de aanbieder. Alles staat in de handleiding (F1), onder 'De catalogus van de regio'.</source>
        <translation>The catalog is empty. Choose 'Import CSV…' above and pick the file with the region's contracts (saved from Excel as 'CSV UTF-8' or 'CSV (comma delimited)'). The first line names the columns: aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;regio;tarief;tariefjaar;indexatie – and, optionally, the provider's address. Everything is in the manual (F1), under 'De catalogus van de regio'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="127" />
        <source>%1 per %2 (%3)</source>
        <translation>%1 per %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="136" />
        <source>1 contract</source>
        <translation>1 contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="137" />
        <source>%1 contracten</source>
        <translation>%1 contracts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="144" />
        <source>Catalogus inlezen</source>
        <translation>Import catalog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="145" />
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="152" />
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="163" />
        <source>Catalogus niet ingelezen</source>
        <translation>Catalog not imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="153" />
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="161" />
        <source>… en nog 1 fout.</source>
        <translation>… and 1 more error.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="162" />
        <source>… en nog %1 fouten.</source>
        <translation>… and %1 more errors.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="164" />
        <source>Er is niets ingelezen. Verbeter deze fouten:</source>
        <translation>Nothing was imported. Correct these errors:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="167" />
        <source>UTF-8 met BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="169" />
        <source>Gelezen als %1, gescheiden door %2.</source>
        <translation>Read as %1, separated by %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="171" />
        <source>%1 aanbieders, %2 producten, %3 nieuwe en %4 bijgewerkte contracten.</source>
        <translation>%1 providers, %2 products, %3 new and %4 updated contracts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="176" />
        <source>De geschatte kosten van 1 casus zijn opnieuw berekend.</source>
        <translation>The estimated cost of 1 case was recalculated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="178" />
        <source>De geschatte kosten van %1 casussen zijn opnieuw berekend.</source>
        <translation>The estimated costs of %1 cases were recalculated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="181" />
        <source>Ingelezen, maar let op:</source>
        <translation>Imported, but note:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/catalog_page.py" line="183" />
        <source>Catalogus ingelezen</source>
        <translation>Catalog imported</translation>
    </message>
</context>
<context>
    <name>ChildrenList</name>
    <message>
        <location filename="../../desktop_app/ui/results/children_list.py" line="29" />
        <source>Voor welk kind</source>
        <translation>Which child</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/children_list.py" line="67" />
        <source>Dit gezin heeft (nog) geen jeugdige. Voeg de kinderen toe bij het gezin; de brief aan de aanbieder noemt nu geen kind.</source>
        <translation>This family has no youth (yet). Add the children on the family page; the provider's letter now names no child.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/children_list.py" line="70" />
        <source>De brief aan de aanbieder noemt alleen de gekozen kinderen.</source>
        <translation>The provider's letter names only the chosen children.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/children_list.py" line="72" />
        <source>Geen kind gekozen: de brief aan de aanbieder noemt geen kind. Vink aan voor wie deze hulp is.</source>
        <translation>No child chosen: the provider's letter names no child. Tick who this help is for.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/children_list.py" line="80" />
        <source>Inzet</source>
        <translation>Deployment</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="40" />
        <source>Toestemming voor de hulp: onder 12 jaar de ouders met gezag; van 12 tot 16 jaar de jongere én de ouders met gezag; vanaf 16 jaar de jongere alleen.</source>
        <translation>Consent to the help: under 12 the parents with parental authority; from 12 to 16 the young person and the parents with parental authority; from 16 the young person alone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="43" />
        <source>Toestemming om informatie te delen: onder 12 jaar de ouders met gezag; vanaf 12 jaar de jongere alleen.</source>
        <translation>Consent to share information: under 12 the parents with parental authority; from 12 the young person alone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="52" />
        <source>Vastgelegde &amp;toestemming</source>
        <translation>Recorded &amp;consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="55" />
        <source>Vastgelegde toestemming</source>
        <translation>Recorded consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="61" />
        <source>Toestemming &amp;erbij</source>
        <translation>&amp;Add consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="64" />
        <source>Weg&amp;halen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="66" />
        <source>Toestemming weghalen</source>
        <translation>Remove consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="75" />
        <source>Nog geen toestemming gekozen. Voeg toestemming toe.</source>
        <translation>No consent selected. Add a consent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="83" />
        <source>voor de hulp</source>
        <translation>to the help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="84" />
        <source>om informatie te delen</source>
        <translation>to share information</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="86" />
        <source>&amp;Soort toestemming</source>
        <translation>&amp;Kind of consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="87" />
        <source>&amp;Wie geeft toestemming</source>
        <translation>&amp;Who consents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="88" />
        <source>&amp;Over wie</source>
        <translation>&amp;About whom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="89" />
        <source>Waar&amp;voor</source>
        <translation>&amp;For what</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="90" />
        <source>Welke hulp, of welke informatie gedeeld mag worden.</source>
        <translation>Which help, or which information may be shared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="91" />
        <source>Met wie (&amp;aanbieders, school…)</source>
        <translation>With whom (&amp;providers, school…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="94" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="95" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="97" />
        <source>mondeling</source>
        <translation>verbally</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="97" />
        <source>schriftelijk (getekend)</source>
        <translation>in writing (signed)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="98" />
        <source>digitaal</source>
        <translation>digitally</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="100" />
        <source>Hoe vast&amp;gelegd</source>
        <translation>How &amp;recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="101" />
        <source>&amp;Ingetrokken</source>
        <translation>&amp;Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="114" />
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="126" />
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="150" />
        <source>het hele gezin</source>
        <translation>the whole family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="151" />
        <source>hulp</source>
        <translation>help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="151" />
        <source>delen</source>
        <translation>sharing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="156" />
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="158" />
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="164" />
        <source>waarvoor</source>
        <translation>what for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="165" />
        <source>met wie</source>
        <translation>with whom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="166" />
        <source>wie toestemming geeft</source>
        <translation>who gives consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="167" />
        <source>wanneer</source>
        <translation>when</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="168" />
        <source>hoe</source>
        <translation>how</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="177" />
        <source>⚠ Er ontbreekt toestemming:</source>
        <translation>⚠ Consent is missing:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="180" />
        <source>⚠ Er is nog toestemming in concept: die telt pas mee als alles is ingevuld.</source>
        <translation>⚠ Some consent is still a draft: it only counts once everything is filled in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="184" />
        <source>✓ Alle toestemming die nodig is, is vastgelegd.</source>
        <translation>✓ All required consent has been recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="193" />
        <source>Concept, telt nog niet mee. Vul nog in: %1.</source>
        <translation>Draft, does not count yet. Still to fill in: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="244" />
        <source>De hulp uit het gezinsplan</source>
        <translation>The help in the family plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_consent.py" line="245" />
        <source>Informatie uit het gezinsplan</source>
        <translation>Information from the family plan</translation>
    </message>
</context>
<context>
    <name>ConsultantDialog</name>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="31" />
        <source>Mijn gegevens</source>
        <translation>My details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="37" />
        <source>Deze gegevens staan in elke brief, elk gezinsplan en elk evaluatieverslag dat u maakt: wie het schreef en hoe het gezin en de zorgaanbieder u bereiken. U vult ze één keer in; ze worden versleuteld bewaard.</source>
        <translation>These details appear in every letter, family plan and evaluation report you make: who wrote it and how the family and the provider reach you. You enter them once; they are stored encrypted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="44" />
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="46" />
        <source>bijvoorbeeld Noëlle Geelen</source>
        <translation>for example Noëlle Geelen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="47" />
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="49" />
        <source>bijvoorbeeld 0475 123 456</source>
        <translation>for example 0475 123 456</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="50" />
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="52" />
        <source>bijvoorbeeld n.geelen@cjg-voorbeeld.nl</source>
        <translation>for example n.geelen@cjg-voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="53" />
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="55" />
        <source>bijvoorbeeld CJG Roermond</source>
        <translation>for example CJG Roermond</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="59" />
        <source>&amp;Adres CJG</source>
        <translation>CJG &amp;address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="61" />
        <source>straat en huisnummer
postcode en plaats</source>
        <translation>street and number
postcode and town</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="65" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ConsultantNotice</name>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="94" />
        <source>Uw naam en telefoonnummer of e-mailadres staan nog niet in Instellingen › Mijn gegevens. Brieven en plannen krijgen dan een invulregel in plaats van uw gegevens.</source>
        <translation>Your name and phone number or e-mail address are not yet in Settings › My details. Letters and plans then get a blank line to fill in instead of your details.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consultant_dialog.py" line="98" />
        <source>Mi&amp;jn gegevens invullen…</source>
        <translation>Enter m&amp;y details…</translation>
    </message>
</context>
<context>
    <name>ContractWarningDialog</name>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="36" />
        <source>Geen contract</source>
        <translation>No contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="39" />
        <source>⚠ Deze aanbieder heeft geen contract voor dit product</source>
        <translation>⚠ This provider has no contract for this product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="45" />
        <source>%1 is in %3 niet gecontracteerd voor '%2'. De gemeente betaalt deze hulp dan mogelijk niet, of alleen na overleg. Kies liever een gecontracteerde aanbieder.

Kiest u toch deze aanbieder? Schrijf dan op waarom. De reden wordt bewaard bij de inzet.</source>
        <translation>%1 is not contracted for '%2' in %3. The municipality may not pay for this help, or only after consultation. Prefer a contracted provider.

Do you still choose this provider? Then write down why. The reason is kept with the deployment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="52" />
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="55" />
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="63" />
        <source>Toch &amp;kiezen</source>
        <translation>&amp;Choose anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="67" />
        <source>&amp;Andere aanbieder kiezen</source>
        <translation>Choose &amp;another provider</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="78" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="80" />
        <source>Terug naar het gezin</source>
        <translation>Back to the family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="82" />
        <source>Coördinatiebesluit · %1 · %2</source>
        <translation>Coordination decision · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="87" />
        <source>Geschie&amp;denis</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="109" />
        <source>Er is geen richtlijn voor coördinatie en opvolging voor regio %1 op %2. Een beheerder kan er een toevoegen in forms/.</source>
        <translation>There is no coordination and follow-up policy for region %1 on %2. An administrator can add one in forms/.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="127" />
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="148" />
        <source>← V&amp;orige</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="150" />
        <source>Vo&amp;lgende →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="152" />
        <source>B&amp;rieven maken…</source>
        <translation>Make &amp;letters…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="199" />
        <source>Richtlijn %1 (%2, versie %3), geldt vanaf %4.</source>
        <translation>Policy %1 (%2, version %3), in force from %4.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="202" />
        <source>Er is geen richtlijn voor regio %1: u beantwoordt dezelfde vragen en besluit zelf, met een motivering.</source>
        <translation>There is no policy for region %1: you answer the same questions and decide yourself, with a motivation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="205" />
        <source>Huidig besluit van %1: %2.</source>
        <translation>Current decision of %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="212" />
        <location filename="../../desktop_app/ui/coordination/page.py" line="315" />
        <source>Deze casus is afgesloten. Heropen de casus om iets te veranderen.</source>
        <translation>This case is closed. Reopen the case to change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="231" />
        <location filename="../../desktop_app/ui/coordination/page.py" line="311" />
        <source>Intussen is er een ander besluit vastgelegd voor deze casus. Open het coördinatiebesluit opnieuw.</source>
        <translation>Meanwhile another decision was recorded for this case. Open the coordination decision again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="247" />
        <source>Advies en besluit</source>
        <translation>Advice and decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="324" />
        <source>Besluit vastgelegd: %1.</source>
        <translation>Decision recorded: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="339" />
        <source>U wijkt af van het advies. Schrijf op waarom (minstens een zin).</source>
        <translation>You deviate from the advice. Write down why (at least one sentence).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="340" />
        <source>Beantwoord eerst alle vragen.</source>
        <translation>First answer all questions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="341" />
        <source>Er is geen richtlijn voor deze regio. Schrijf op waarom u dit besluit (minstens een zin).</source>
        <translation>There is no policy for this region. Write down why you decide this (at least one sentence).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="343" />
        <source>Er is geen richtlijn voor coördinatie en opvolging voor deze regio op deze datum.</source>
        <translation>There is no coordination and follow-up policy for this region on this date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="345" />
        <source>Kies wat u besluit.</source>
        <translation>Choose what you decide.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="349" />
        <source>Map voor de brieven</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="359" />
        <source>Brieven worden gemaakt…</source>
        <translation>Making the letters…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="368" />
        <source>1 brief opgeslagen in %2</source>
        <translation>1 letter saved in %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="369" />
        <source>%1 brieven opgeslagen in %2</source>
        <translation>%1 letters saved in %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="378" />
        <source>De brieven konden niet worden gemaakt: %1</source>
        <translation>The letters could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="387" />
        <source>Met dit besluit is de volgende evaluatie uiterlijk %1.</source>
        <translation>With this decision the next evaluation is due by %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/page.py" line="388" />
        <source>Volgende evaluatie uiterlijk %1.</source>
        <translation>Next evaluation by %1.</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="45" />
        <source>Kosten per inzet</source>
        <translation>Cost per deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="46" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="46" />
        <source>Zorgaanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="47" />
        <source>Omvang</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="47" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="48" />
        <source>Geschatte kosten</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="59" />
        <source>Nog geen inzet, dus nog geen kosten.</source>
        <translation>No help deployed, so no costs yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="64" />
        <source>Afschalen: wat levert het op?</source>
        <translation>Scaling down: what does it save?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="71" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="72" />
        <source>&amp;Inzet</source>
        <translation>&amp;Deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="73" />
        <source>&amp;Nieuwe omvang</source>
        <translation>&amp;New volume</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="74" />
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="109" />
        <source>Geschatte kosten van deze casus over de beschikkingsperiode: %1</source>
        <translation>Estimated cost of this case over the period of the decision on help: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="112" />
        <source>Van %1 inzet(ten) zijn de kosten onbekend; die tellen niet mee.</source>
        <translation>The cost of %1 deployment(s) is unknown; they are not counted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="130" />
        <source>Vul een lagere omvang en een datum in om te zien wat afschalen scheelt.</source>
        <translation>Enter a lower volume and a date to see what scaling down saves.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="141" />
        <source>De besparing is niet te berekenen.</source>
        <translation>The saving cannot be calculated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/costs_tab.py" line="143" />
        <source>Afschalen scheelt %1 tot het einde van de beschikking.</source>
        <translation>Scaling down saves %1 until the end of the beschikking.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="51" />
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="55" />
        <source>Gezinsplan liep tegen een fout aan. Uw gegevens zijn tot het laatste 'opgeslagen' bewaard. Stuur het rapport hieronder naar de beheerder; er staan geen persoonsgegevens in.</source>
        <translation>Gezinsplan ran into an error. Your data is kept up to the last 'saved'. Send the report below to your administrator; it holds no personal data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="64" />
        <source>Foutrapport</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="67" />
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
    <name>CriterionStep</name>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="59" />
        <source>Stap %1 van %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="63" />
        <source>Wat de casus al zegt</source>
        <translation>What the case already says</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="84" />
        <source>De casus geeft hier nog geen antwoord op: kies zelf.</source>
        <translation>The case does not answer this yet: choose yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="92" />
        <source>Toelichting</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/steps.py" line="106" />
        <source>(voorgesteld op grond van de casus)</source>
        <translation>(suggested from the case)</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="27" />
        <source>De database is beschadigd</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="29" />
        <source>De database kan niet goed gelezen worden. Er is niets gewist.</source>
        <translation>The database cannot be read properly. Nothing has been deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="31" />
        <source>De laatste goede back-up is van %1 (%2). Wilt u die terugzetten? Wat daarna is ingevoerd, ontbreekt dan. De beschadigde database wordt bewaard in de map backups, zodat de beheerder er nog naar kan kijken.</source>
        <translation>The last good backup is from %1 (%2). Do you want to restore it? Anything entered after it will be missing. The damaged database is kept in the backups folder so the administrator can still examine it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="35" />
        <source>&amp;Back-up terugzetten</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="36" />
        <source>&amp;Niet nu</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="38" />
        <source>De database kan niet goed gelezen worden, en er is geen back-up die met dit wachtwoord opent. Er is niets gewist of veranderd.</source>
        <translation>The database cannot be read properly, and no backup opens with this passphrase. Nothing has been deleted or changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="40" />
        <source>Neem contact op met de beheerder. Het bestand staat in: %1</source>
        <translation>Please contact the administrator. The file is in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="63" />
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="64" />
        <source>De back-up is teruggezet. De beschadigde database staat apart: %1</source>
        <translation>The backup has been restored. The damaged database was kept aside: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/damaged.py" line="72" />
        <source>Back-up wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>DeploymentsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="55" />
        <source>Inzet toe&amp;voegen</source>
        <translation>&amp;Add deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="55" />
        <source>Inzet verwij&amp;deren</source>
        <translation>&amp;Delete deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="56" />
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="236" />
        <source>Nog geen hulp ingezet. Kies 'Inzet toevoegen' om een product uit de regionale catalogus te kiezen.</source>
        <translation>No help deployed yet. Choose 'Add deployment' to pick a product from the regional catalog.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="65" />
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="67" />
        <source>&amp;Zorgaanbieder</source>
        <translation>Pro&amp;vider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="74" />
        <source>Er staan nog geen producten in de catalogus, dus u kunt nog geen product kiezen. Ga naar 'Ga naar → Catalogus' en kies 'CSV inlezen…' met het bestand van de regio (zie de handleiding, F1: 'De catalogus van de regio').</source>
        <translation>There are no products in the catalog yet, so you cannot choose a product. Go to 'Go to → Catalog' and choose 'Import CSV…' with the region's file (see the manual, F1: 'De catalogus van de regio').</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="85" />
        <source>&amp;Omvang</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="86" />
        <source>hele getallen, bijvoorbeeld 3</source>
        <translation>whole numbers, for example 3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="87" />
        <source>&amp;Eenheid</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="92" />
        <source>&amp;Frequentie</source>
        <translation>&amp;Frequency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="98" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="99" />
        <source>&amp;Begindatum</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="100" />
        <source>Ein&amp;ddatum</source>
        <translation>En&amp;d date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="101" />
        <source>Beschikkings&amp;nummer</source>
        <translation>Decision &amp;number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="104" />
        <source>&amp;Verwijzer</source>
        <translation>Re&amp;ferrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="108" />
        <source>&amp;Waar</source>
        <translation>W&amp;here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="111" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="115" />
        <source>Reden &amp;beëindiging</source>
        <translation>Reason for &amp;ending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="120" />
        <source>Helpt bij resultaten</source>
        <translation>Serves results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="122" />
        <source>Helpt bij &amp;resultaten</source>
        <translation>Serves &amp;results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="127" />
        <source>Voor welk &amp;kind</source>
        <translation>Which &amp;child</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="135" />
        <source>Omvang w&amp;ijzigen (afschalen)…</source>
        <translation>Change vol&amp;ume (scale down)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="139" />
        <source>Inzet beëindi&amp;gen…</source>
        <translation>End deplo&amp;yment…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="178" />
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="203" />
        <source>Inzet</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="231" />
        <source>– kies een product –</source>
        <translation>– choose a product –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="238" />
        <source>Nog geen hulp ingezet, en de catalogus is nog leeg: er zijn geen producten om te kiezen. Ga naar 'Ga naar → Catalogus' en kies 'CSV inlezen…' met het bestand van de regio (zie de handleiding, F1: 'De catalogus van de regio').</source>
        <translation>No help deployed yet, and the catalog is still empty: there are no products to choose. Go to 'Go to → Catalog' and choose 'Import CSV…' with the region's file (see the manual, F1: 'De catalogus van de regio').</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="248" />
        <source>– kies een aanbieder –</source>
        <translation>– choose a provider –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="254" />
        <source>%1 – geen contract in %2</source>
        <translation>%1 – no contract in %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="261" />
        <source>Geschatte kosten over de beschikkingsperiode: %1</source>
        <translation>Estimated cost over the period of the decision on help: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="266" />
        <source>  %1: %2 (tarief %3 per %4)</source>
        <translation>  %1: %2 (tariff %3 per %4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="270" />
        <source>Vanaf %1: %2 (was %3). Reden: %4</source>
        <translation>From %1: %2 (was %3). Reason: %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="282" />
        <source>(nog geen product)</source>
        <translation>(no product yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="283" />
        <source>nog geen aanbieder</source>
        <translation>no provider yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="303" />
        <source>⚠ Geen contract in %1. Reden: %2</source>
        <translation>⚠ No contract in %1. Reason: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="306" />
        <source>✓ Gecontracteerd in %1</source>
        <translation>✓ Contracted in %1</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="45" />
        <source>Gezin vernietigen</source>
        <translation>Destroy family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="53" />
        <source>Alle gegevens van gezin %1 worden definitief verwijderd: uit de database en uit alle back-ups. Dit kan niet ongedaan worden gemaakt. In het auditlogboek komt alleen dát het gebeurde, zonder persoonsgegevens.</source>
        <translation>All data of family %1 will be deleted for good: from the database and from every backup. This cannot be undone. The audit log only records that it happened, without personal data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="59" />
        <source>Vanaf 12 jaar vraagt de jeugdige zelf om vernietiging; de ouders vragen voor een jeugdige onder 12, of voor een jeugdige die zijn belangen niet redelijk kan overzien. Het dossier is van het hele gezin: voor elke jeugdige moet de juiste persoon vragen.</source>
        <translation>From age 12 the young person asks for destruction themselves; the parents ask for a young person under 12, or for one who cannot reasonably judge their own interests. The file belongs to the whole family: for every young person the right person must ask.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="65" />
        <source>Wie vroeg erom (schriftelijk)?</source>
        <translation>Who asked for it (in writing)?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="67" />
        <source>De &amp;jeugdige zelf (12 jaar of ouder)</source>
        <translation>The &amp;youth (12 or older)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="68" />
        <source>De &amp;ouders of verzorgers met gezag</source>
        <translation>The &amp;parents or carers with parental authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="69" />
        <source>Niemand: de &amp;bewaartermijn is voorbij</source>
        <translation>Nobody: the &amp;retention period has ended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="80" />
        <source>%1: geboortedatum onbekend – vul die eerst in</source>
        <translation>%1: date of birth unknown – fill it in first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="84" />
        <source>%1 (%2 jaar) kan zijn belangen niet redelijk overzien (dan vragen de ouders)</source>
        <translation>%1 (%2 years) cannot reasonably judge their interests (then the parents ask)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="95" />
        <source>Is het bewaren van het dossier van aanmerkelijk belang voor een ander dan de jeugdige? (Jeugdwet 7.3.9 lid 2)</source>
        <translation>Is keeping the file of substantial importance to someone other than the young person? (Youth Act 7.3.9(2))</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="100" />
        <source>&amp;Nee: vernietigen mag</source>
        <translation>&amp;No: destruction may go ahead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="101" />
        <source>J&amp;a: het verzoek wordt geweigerd</source>
        <translation>&amp;Yes: the request is refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="112" />
        <source>&amp;Motivering (zonder namen; blijft bewaard)</source>
        <translation>&amp;Reasoning (no names; it is kept)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="118" />
        <source>&amp;Typ %1 om te bevestigen</source>
        <translation>&amp;Type %1 to confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="128" />
        <source>&amp;Definitief vernietigen</source>
        <translation>&amp;Destroy for good</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="129" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="157" />
        <source>Bij een verzoek moeten vragen: de jeugdige en de ouders.</source>
        <translation>For a request, these must ask: the young person and the parents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="159" />
        <source>Bij een verzoek moet vragen: de jeugdige zelf.</source>
        <translation>For a request, this person must ask: the young person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="161" />
        <source>Bij een verzoek moeten vragen: de ouders met gezag.</source>
        <translation>For a request, these must ask: the parents with parental authority.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="173" />
        <source>Er is niets veranderd.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="175" />
        <source>Kies wie om vernietiging vroeg.</source>
        <translation>Choose who asked for destruction.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="176" />
        <source>Een jeugdige mag pas vanaf 12 jaar zelf om vernietiging vragen; in dit gezin is geen jeugdige van 12 of ouder.</source>
        <translation>A young person may only ask for destruction from age 12; this family has no young person aged 12 or older.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="178" />
        <source>De bewaartermijn van dit gezin is nog niet voorbij.</source>
        <translation>This family's retention period has not ended yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="179" />
        <source>'Bewaartermijn voorbij' gaat niet samen met een verzoek van ouders of jeugdige.</source>
        <translation>'Retention period over' cannot be combined with a request by parents or young person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="181" />
        <source>De geboortedatum van %1 is niet bekend, dus niet wie om vernietiging mag vragen. Vul die eerst in.</source>
        <translation>The date of birth of %1 is unknown, so it is not known who may ask for destruction. Fill it in first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="184" />
        <source>%1 is %2 jaar: vanaf 12 jaar vraagt de jeugdige zelf om vernietiging, niet de ouders. Alleen als %1 zijn belangen niet redelijk kan overzien, vragen de ouders; vink dat dan aan.</source>
        <translation>%1 is %2: from age 12 the young person asks for destruction, not the parents. Only if %1 cannot reasonably judge their interests do the parents ask; then tick that box.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="189" />
        <source>Voor %1 vragen de ouders met gezag om vernietiging (jonger dan 12, of kan zijn belangen niet overzien).</source>
        <translation>For %1 the parents with parental authority ask for destruction (under 12, or cannot judge their interests).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="192" />
        <source>%1 is jonger dan 12: dan vragen de ouders al.</source>
        <translation>%1 is under 12: the parents ask anyway.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="194" />
        <source>Leg vast of het bewaren van aanmerkelijk belang is voor een ander (Jeugdwet 7.3.9 lid 2), met een motivering van minstens 10 tekens.</source>
        <translation>Record whether keeping the file is of substantial importance to someone else (Youth Act 7.3.9(2)), with a reasoning of at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="197" />
        <source>Geweigerd: het bewaren is van aanmerkelijk belang voor een ander dan de jeugdige (Jeugdwet 7.3.9 lid 2). De weigering en de motivering zijn vastgelegd. Er is niets vernietigd.</source>
        <translation>Refused: keeping the file is of substantial importance to someone other than the young person (Youth Act 7.3.9(2)). The refusal and the reasoning have been recorded. Nothing was destroyed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="213" />
        <source>Typ %1 (in hoofdletters) om te bevestigen.</source>
        <translation>Type %1 (in capitals) to confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="236" />
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="237" />
        <source>%1 back-up(s) konden niet worden bijgewerkt: ze openen niet met het huidige wachtwoord. Het gezin kan daarin nog staan.</source>
        <translation>%1 backup(s) could not be updated: they do not open with the current passphrase. The family may still be in them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/destroy_dialog.py" line="249" />
        <source>Ook uit de back-ups verwijderen…</source>
        <translation>Removing from the backups as well…</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="36" />
        <source>Gemaakte documenten</source>
        <translation>Documents made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="42" />
        <source>Documenten die voor deze casus zijn gemaakt</source>
        <translation>Documents made for this case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="45" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="45" />
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="45" />
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="46" />
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="49" />
        <source>Nog geen documenten. Het plan, de besluitbrieven en de evaluatieverslagen komen hier zodra ze gemaakt zijn.</source>
        <translation>No documents yet. The plan, the decision letters and the evaluation reports appear here as soon as they are made.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="53" />
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="53" />
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="82" />
        <source>%1 (met wachtwoord)</source>
        <translation>%1 (with password)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="113" />
        <source>Van dit document is geen kopie bewaard; open het bestand in de map waar het is opgeslagen.</source>
        <translation>No copy of this document was kept; open the file in the folder where it was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/documents_box.py" line="128" />
        <source>Het document kon niet worden klaargezet om te openen: is de schijf vol?</source>
        <translation>The document could not be prepared for opening: is the disk full?</translation>
    </message>
</context>
<context>
    <name>DomainStep</name>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="39" />
        <source>&amp;Leefgebieden</source>
        <translation>&amp;Life domains</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="42" />
        <source>Leefgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="69" />
        <source>Wat gaat &amp;goed?</source>
        <translation>What goes &amp;well?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="70" />
        <source>Wat zijn de zo&amp;rgen?</source>
        <translation>What are the &amp;worries?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="73" />
        <source>– nog geen score</source>
        <translation>– no score yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="76" />
        <source>&amp;Zelfredzaamheid (1–5)</source>
        <translation>&amp;Self-reliance (1–5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="100" />
        <source>Waar rust het op?</source>
        <translation>What does it rest on?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="106" />
        <source>Dit vindt het gezin het &amp;belangrijkst (prioriteit)</source>
        <translation>The family finds this most &amp;important (priority)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="111" />
        <source>Alleen te lezen: deze scores zijn van vóór de ZRM per volwassene en blijven zoals ze gegeven zijn.</source>
        <translation>Read only: these scores date from before the ZRM per adult and stay as they were given.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="151" />
        <source>&amp;Goed: %1</source>
        <translation>&amp;Well: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="152" />
        <source>Zo&amp;rgen: %1</source>
        <translation>Wo&amp;rries: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="171" />
        <source>Kies een score van 1 (acuut probleem) tot 5 (volledig zelfredzaam).</source>
        <translation>Choose a score from 1 (acute problem) to 5 (fully self-reliant).</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="39" />
        <source>Afronden</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="50" />
        <source>Verslag &amp;bekijken</source>
        <translation>&amp;View report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="53" />
        <source>Evaluatie &amp;afronden</source>
        <translation>&amp;Finish evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="71" />
        <source>Doelen met een niveau: %1 van %2</source>
        <translation>Goals with a level: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="74" />
        <source>Besluiten over de hulp die iets veranderen: %1</source>
        <translation>Decisions about the help that change something: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="76" />
        <source>Volgende evaluatie: %1</source>
        <translation>Next evaluation: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="82" />
        <source>De volgende evaluatie is niet opgeslagen: %1</source>
        <translation>The next evaluation was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="86" />
        <source>Nog te doen voor het afronden:</source>
        <translation>Still to do before finishing:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="244" />
        <source>Plan als &amp;PDF opslaan…</source>
        <translation>Save plan as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="253" />
        <source>Klaar: het plan</source>
        <translation>Done: the plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="258" />
        <source>Vraag van het gezin: %1</source>
        <translation>Family's question: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="258" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="258" />
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="259" />
        <source>Leefgebieden gescoord: %1, waarvan %2 met score 1 of 2.</source>
        <translation>Life domains scored: %1, of which %2 score 1 or 2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="261" />
        <source>Netwerk: %1 informele en %2 formele contacten.</source>
        <translation>Network: %1 informal and %2 formal contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="263" />
        <source>Regisseur: %1</source>
        <translation>Coordinator: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="264" />
        <source>Samen terugkijken: %1</source>
        <translation>Looking back together: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="269" />
        <source>Toestemming: compleet.</source>
        <translation>Consent: complete.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="271" />
        <source>Toestemming ontbreekt nog:</source>
        <translation>Consent still missing:</translation>
    </message>
</context>
<context>
    <name>EndDeploymentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="175" />
        <source>Inzet beëindigen</source>
        <translation>End deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="179" />
        <source>%1 bij %2, beschikking %3. Na deze dag telt de inzet niet meer mee voor de kosten en de volgende evaluatie.</source>
        <translation>%1 at %2, beschikking %3. After this day the deployment no longer counts for the costs and the next evaluation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="181" />
        <source>Deze inzet</source>
        <translation>This deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="188" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="191" />
        <source>– kies een reden –</source>
        <translation>– choose a reason –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="194" />
        <source>&amp;Laatste dag</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="195" />
        <source>&amp;Reden (iJw-lijst)</source>
        <translation>&amp;Reason (iJw list)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="205" />
        <source>&amp;Beëindigen</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="207" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="118" />
        <source>Evaluatie met het gezin %1 – casus %2</source>
        <translation>Evaluation with the %1 family – case %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="128" />
        <source>Stappen van de evaluatie</source>
        <translation>Steps of the evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="149" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="151" />
        <source>Alles is al opgeslagen. U kunt later verdergaan.</source>
        <translation>Everything is saved already. You can continue later.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="153" />
        <source>← &amp;Vorige</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="156" />
        <source>Volge&amp;nde →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/wizard.py" line="217" />
        <source>Stap %1 van %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="55" />
        <source>Kies de map voor de bestanden. Met een wachtwoord kan alleen wie het wachtwoord kent de PDF openen. Geef het wachtwoord apart door, bijvoorbeeld per telefoon.</source>
        <translation>Choose the folder for the files. With a password, only someone who knows it can open the PDF. Pass the password on separately, for example by phone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="68" />
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="72" />
        <source>&amp;Map</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="75" />
        <source>PDF &amp;beveiligen met een wachtwoord</source>
        <translation>&amp;Protect the PDF with a password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="84" />
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="86" />
        <source>&amp;Herhaal wachtwoord</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="97" />
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="98" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="110" />
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="121" />
        <source>Kies een map.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="126" />
        <source>Dit is een bestand, geen map. Kies een map.</source>
        <translation>This is a file, not a folder. Choose a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="132" />
        <source>Deze map kan niet worden gemaakt. Kies een andere map.</source>
        <translation>This folder cannot be created. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="139" />
        <source>Het wachtwoord moet minstens %1 tekens hebben.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="144" />
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="140" />
        <source>← &amp;Caseload</source>
        <translation>← &amp;Caseload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="142" />
        <source>Terug naar de caseload</source>
        <translation>Back to the caseload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="156" />
        <source>&amp;Huishouden</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="163" />
        <source>Ca&amp;sus</source>
        <translation>Ca&amp;se</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="181" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="192" />
        <source>&amp;Gezinsnaam</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="193" />
        <source>St&amp;raat</source>
        <translation>St&amp;reet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="194" />
        <source>Huis&amp;nummer</source>
        <translation>House &amp;number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="195" />
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="196" />
        <source>Pl&amp;aats</source>
        <translation>T&amp;own</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="202" />
        <source>Ge&amp;meente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="203" />
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="204" />
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="208" />
        <location filename="../../desktop_app/ui/family_page.py" line="212" />
        <source>Gezinsleden</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="216" />
        <source>Lid &amp;toevoegen</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="218" />
        <source>Lid &amp;verwijderen</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="225" />
        <source>Kies een gezinslid om de gegevens te zien en te wijzigen.</source>
        <translation>Choose a family member to see and change their details.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="251" />
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="253" />
        <source>gezag</source>
        <translation>parental authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="299" />
        <source>Gezinslid verwijderen</source>
        <translation>Remove family member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="300" />
        <source>Weet u zeker dat u %1 wilt verwijderen?</source>
        <translation>Are you sure you want to remove %1?</translation>
    </message>
</context>
<context>
    <name>FieldSaver</name>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="148" />
        <source>De gegevensmap is alleen-lezen: dit wordt niet opgeslagen.</source>
        <translation>The data folder is read-only: this is not saved.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="31" />
        <source>Overdragen aan collega</source>
        <translation>Hand over to a colleague</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="39" />
        <source>Casus %1 van gezin %2 gaat naar een collega. Uw collega krijgt het gezin bij de volgende synchronisatie en werkt daarna verder met het gezin.</source>
        <translation>Case %1 of the %2 family goes to a colleague. Your colleague gets the family at their next sync and carries on working with the family.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="46" />
        <source>Daarna wordt het gezin van deze laptop verwijderd, zodra de server de overdracht bevestigt.</source>
        <translation>The family is then removed from this laptop as soon as the server confirms the hand-over.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="48" />
        <source>Het gezin blijft daarna op deze laptop staan (Instellingen › Teamserver), maar u kunt het niet meer naar de server sturen.</source>
        <translation>The family then stays on this laptop (Settings › Team server), but you can no longer send it to the server.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="57" />
        <source>de gebruikersnaam van uw collega op de teamserver</source>
        <translation>your colleague's user name on the team server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="59" />
        <source>&amp;Collega</source>
        <translation>&amp;Colleague</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="71" />
        <source>&amp;Overdragen</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="74" />
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="95" />
        <source>Vul de gebruikersnaam van uw collega in.</source>
        <translation>Enter your colleague's user name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="101" />
        <source>Bezig met overdragen…</source>
        <translation>Handing over…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="111" />
        <source>Overgedragen aan %1. Uw collega ziet het gezin na de volgende synchronisatie.</source>
        <translation>Handed over to %1. Your colleague sees the family after their next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="114" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/handover.py" line="130" />
        <source>De overdracht is niet gelukt. Controleer de gebruikersnaam van uw collega, of probeer het later opnieuw.</source>
        <translation>The hand-over did not work. Check your colleague's user name, or try again later.</translation>
    </message>
</context>
<context>
    <name>HelpStep</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="125" />
        <source>Wat besluiten we over de hulp?</source>
        <translation>What do we decide about the help?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="130" />
        <source>Vraag bij elk product: kan het minder (afschalen), kan het gezin verder met hulp dichtbij (voorliggend veld), is meer nodig, of kan de hulp stoppen?</source>
        <translation>Ask for each product: can it be less (scale down), can the family go on with help nearby (general services), is more needed, or can the help stop?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="137" />
        <source>Er loopt geen hulp van een zorgaanbieder.</source>
        <translation>No help from a care provider is running.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="142" />
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="147" />
        <source>Nu: %1, %2 t/m %3</source>
        <translation>Now: %1, %2 to %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="156" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="159" />
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="163" />
        <source>– kies een reden –</source>
        <translation>– choose a reason –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="172" />
        <source>&amp;Besluit</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="173" />
        <source>Nieuwe &amp;omvang (%1)</source>
        <translation>New &amp;volume (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="176" />
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="177" />
        <source>Leeg: de dag na de evaluatie.</source>
        <translation>Empty: the day after the evaluation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="178" />
        <source>Welke hulp in het &amp;voorliggend veld</source>
        <translation>Which help in the &amp;general services</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="179" />
        <source>Bijvoorbeeld: wijkteam, schoolmaatschappelijk werk, opvoedcursus, sportvereniging.</source>
        <translation>For example: neighbourhood team, school social work, parenting course, sports club.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="181" />
        <source>Re&amp;den van de wijziging (iJw JZ002)</source>
        <translation>Reason for the c&amp;hange (iJw JZ002)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="183" />
        <source>&amp;Reden van beëindigen (iJw)</source>
        <translation>&amp;Reason for ending (iJw)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="184" />
        <source>Leeg: volgt uit de reden van de wijziging.</source>
        <translation>Empty: follows from the reason for the change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="185" />
        <source>&amp;Waarom (in gewone woorden)</source>
        <translation>&amp;Why (in plain words)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="208" />
        <source>Voortzetten zoals het is</source>
        <translation>Continue as it is</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="209" />
        <source>Afschalen: minder inzet</source>
        <translation>Scale down: less help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="210" />
        <source>Afschalen naar het voorliggend veld</source>
        <translation>Scale down to general services</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="211" />
        <source>Opschalen: meer inzet</source>
        <translation>Scale up: more help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="212" />
        <source>Beëindigen</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="239" />
        <source>Bespaart ongeveer %1 tot het einde van de beschikking.</source>
        <translation>Saves about %1 until the end of the decision.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="240" />
        <source>Kost ongeveer %1 extra tot het einde van de beschikking.</source>
        <translation>Costs about %1 more until the end of the decision.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="41" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="43" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="45" />
        <source>Besluiten over coördinatie · %1 · %2</source>
        <translation>Coordination decisions · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="54" />
        <source>Over deze casus is nog geen besluit genomen.</source>
        <translation>No decision has been taken on this case yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="58" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="58" />
        <source>Coördinatie</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="58" />
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="58" />
        <source>Afgeweken</source>
        <translation>Deviated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="59" />
        <source>Volgende evaluatie</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="59" />
        <source>Richtlijn</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="59" />
        <source>Consulent</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="63" />
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="100" />
        <source>vervangen op %1</source>
        <translation>superseded on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="101" />
        <source>geldt</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="104" />
        <source>geen richtlijn</source>
        <translation>no policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="105" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="105" />
        <location filename="../../desktop_app/ui/coordination/history.py" line="116" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="117" />
        <source>ja, elke %1 maanden</source>
        <translation>yes, every %1 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="118" />
        <source>ja, elk half jaar</source>
        <translation>yes, every six months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="131" />
        <source>Motivering van de afwijking:</source>
        <translation>Motivation of the deviation:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/coordination/history.py" line="134" />
        <source>Motivering:</source>
        <translation>Motivation:</translation>
    </message>
</context>
<context>
    <name>HouseholdStep</name>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="28" />
        <source>Wie horen bij het gezin?</source>
        <translation>Who belongs to the family?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="32" />
        <source>Controleer samen wie er in het gezin horen. Vink aan wie gezag heeft: die ouder of verzorger beslist mee over het kind en geeft toestemming voor een kind onder de 16. Namen, geboortedata en BSN wijzigt u op de gezinspagina.</source>
        <translation>Check together who belongs to the family. Tick who has parental authority: that parent or carer decides about the child and consents for a child under 16. Change names, dates of birth and BSN on the family page.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="38" />
        <source>&amp;Gezinsleden (spatiebalk: gezag aan of uit)</source>
        <translation>&amp;Family members (space bar: parental authority on or off)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="41" />
        <source>Gezinsleden en gezag</source>
        <translation>Family members and parental authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="47" />
        <source>Gezinslid &amp;toevoegen…</source>
        <translation>Add &amp;member…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="55" />
        <source>Gezin en gezag</source>
        <translation>Family and authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="61" />
        <source>Gezin %1 · %2</source>
        <translation>Family %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="71" />
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="79" />
        <source>Heeft gezag</source>
        <translation>Has parental authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="85" />
        <source>heeft gezag</source>
        <translation>has parental authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_household.py" line="85" />
        <source>geen gezag</source>
        <translation>no parental authority</translation>
    </message>
</context>
<context>
    <name>IcsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="53" />
        <source>Afspraak naar de agenda</source>
        <translation>Appointment to the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="56" />
        <source>Een agendabestand (.ics) kan naar uw telefoon of een clouddienst gaan, buiten de beveiligde database. Zonder vinkjes staat er alleen de soort afspraak, het casusnummer en de tijd in.</source>
        <translation>A calendar file (.ics) may go to your phone or a cloud service, outside the protected database. Without ticks it holds only the kind of appointment, the case number and the time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="61" />
        <source>&amp;Gezinsnaam in de titel</source>
        <translation>&amp;Family name in the title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="63" />
        <source>&amp;Plaats, met wie en wat meenemen</source>
        <translation>Include &amp;place, with whom and what</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="68" />
        <source>&amp;Opslaan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/appointments_box.py" line="69" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="76" />
        <source>Intake 1Gezin1Plan – gezin %1</source>
        <translation>Intake 1Gezin1Plan – family %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="91" />
        <source>Stappen van de intake</source>
        <translation>Steps of the intake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="101" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="103" />
        <source>Alles is al opgeslagen. U kunt later verdergaan.</source>
        <translation>Everything is saved already. You can continue later.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="105" />
        <source>Samen &amp;kijken</source>
        <translation>Look &amp;together</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="108" />
        <source>← &amp;Vorige</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="111" />
        <source>Volge&amp;nde →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="130" />
        <source>Vorige stap (Alt+V of Ctrl+Page Up)</source>
        <translation>Previous step (Alt+V or Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="131" />
        <source>Volgende stap (Alt+N of Ctrl+Page Down)</source>
        <translation>Next step (Alt+N or Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="156" />
        <source>Deze casus is afgesloten. U kunt alles bekijken; heropen de casus om iets te veranderen.</source>
        <translation>This case is closed. You can look at everything; reopen the case to change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/wizard.py" line="264" />
        <source>Stap %1 van %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../desktop_app/ui/results/common.py" line="300" />
        <source>Weet u zeker dat u '%1' wilt verwijderen?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../desktop_app/ui/safety/idle.py" line="63" />
        <source>Gezinsplan is vergrendeld</source>
        <translation>Gezinsplan is locked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/idle.py" line="70" />
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/idle.py" line="78" />
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/idle.py" line="109" />
        <source>Het wachtwoord klopt niet.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
</context>
<context>
    <name>MadeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="174" />
        <source>Document gemaakt</source>
        <translation>Document made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="180" />
        <source>Opgeslagen in de map %1:</source>
        <translation>Saved in the folder %1:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="185" />
        <source>Gemaakte bestanden</source>
        <translation>Files made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="192" />
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="194" />
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="196" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/gate_open.py" line="118" />
        <source>Demo-gezinnen worden aangemaakt…</source>
        <translation>Creating demo families…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="289" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="291" />
        <source>&amp;Nieuw gezin</source>
        <translation>&amp;New family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="292" />
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="294" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="296" />
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="297" />
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="304" />
        <source>I&amp;nstellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="305" />
        <source>&amp;Mijn gegevens…</source>
        <translation>&amp;My details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="307" />
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="315" />
        <source>He&amp;lp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="316" />
        <source>&amp;Handleiding</source>
        <translation>&amp;User manual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="317" />
        <source>&amp;Over Gezinsplan</source>
        <translation>&amp;About Gezinsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="327" />
        <source>De nieuwe taal wordt gebruikt na het opnieuw starten van Gezinsplan.</source>
        <translation>The new language is used after Gezinsplan restarts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="344" />
        <source>Over Gezinsplan</source>
        <translation>About Gezinsplan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="345" />
        <source>Gezinsplan %1

1Gezin1Plan, coördinatie en opvolging voor het CJG Midden-Limburg.</source>
        <translation>Gezinsplan %1

1Gezin1Plan, coordination and follow-up for the CJG Midden-Limburg.</translation>
    </message>
</context>
<context>
    <name>ManagementPage</name>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="76" />
        <location filename="../../desktop_app/ui/management/page.py" line="283" />
        <source>Managementrapportage</source>
        <translation>Management report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="79" />
        <source>&amp;Caseload (Ctrl+1)</source>
        <translation>&amp;Caseload (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="84" />
        <source>Cijfers per gemeente en periode voor de teamleider en de gemeente. Er staan geen namen of BSN's in; aantallen onder 5 staan als '&lt; 5'.</source>
        <translation>Figures per municipality and period for the team leader and the municipality. There are no names or BSNs in it; counts under 5 show as '&lt; 5'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="98" />
        <location filename="../../desktop_app/ui/management/page.py" line="218" />
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="102" />
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="102" />
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="103" />
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="108" />
        <source>&amp;Bijwerken</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="110" />
        <source>&amp;Exporteren (PDF en CSV)…</source>
        <translation>&amp;Export (PDF and CSV)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="124" />
        <source>Cijfers per gemeente</source>
        <translation>Figures per municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="130" />
        <source>Nog geen casussen: er is niets te tellen.</source>
        <translation>No cases yet: there is nothing to count.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="144" />
        <source>De periode eindigt voor ze begint. Kies een einddatum op of na de begindatum.</source>
        <translation>The period ends before it starts. Choose an end date on or after the start date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="150" />
        <source>De cijfers worden geteld…</source>
        <translation>Counting the figures…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="158" />
        <source>De cijfers konden niet worden gelezen. Probeer het opnieuw.</source>
        <translation>The figures could not be read. Please try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="168" />
        <source>Periode %1 tot en met %2. Gemaakt op %3.</source>
        <translation>Period %1 up to and including %2. Made on %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="178" />
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="179" />
        <source>Coördinatie en opvolging</source>
        <translation>Coordination and follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="180" />
        <source>Inzet</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="180" />
        <source>Uitkomsten</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="181" />
        <source>Nieuwe casussen</source>
        <translation>New cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="182" />
        <source>Lopende casussen (op de laatste dag)</source>
        <translation>Running cases (on the last day)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="183" />
        <source>Afgesloten casussen</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="184" />
        <source>Evaluatie te laat (op %1)</source>
        <translation>Evaluation overdue (on %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="185" />
        <source>Casussen met een besluit over coördinatie</source>
        <translation>Cases with a coordination decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="186" />
        <source>Met coördinatie en opvolging door het CJG</source>
        <translation>With coordination and follow-up by the CJG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="187" />
        <source>Niveau: %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="188" />
        <source>Inzet in de periode (trajecten)</source>
        <translation>Help deployed in the period (trajectories)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="189" />
        <source>Geschatte kosten van die inzet (hele beschikking)</source>
        <translation>Estimated cost of that help (whole decision period)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="190" />
        <source>Kosten niet te schatten (trajecten)</source>
        <translation>Cost cannot be estimated (trajectories)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="191" />
        <source>Afgeschaald in de periode (keer)</source>
        <translation>Scaled down in the period (times)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="192" />
        <source>Bespaard door afschalen</source>
        <translation>Saved by scaling down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="193" />
        <source>Trajecten beëindigd in de periode</source>
        <translation>Trajectories ended in the period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="194" />
        <source>1. Uitval (voortijdig, eenzijdig beëindigd)</source>
        <translation>1. Drop-out (ended early, one-sidedly)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="195" />
        <source>2. Tevreden over het nut van de hulp</source>
        <translation>2. Satisfied with the usefulness of the help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="196" />
        <source>3.1 Verder zonder hulp</source>
        <translation>3.1 Continuing without help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="197" />
        <source>3.2 Geen nieuwe start kort daarna</source>
        <translation>3.2 No new start soon after</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="198" />
        <source>3.4 Doelen bereikt (deels telt half)</source>
        <translation>3.4 Goals reached (partly counts half)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="199" />
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="199" />
        <source>standaard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="200" />
        <source>intensief</source>
        <translation>intensive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="219" />
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="263" />
        <source>Managementrapportage exporteren</source>
        <translation>Export the management report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="264" />
        <source>De PDF (met grafieken) en de CSV komen in deze map. Een wachtwoord beveiligt de PDF; de CSV heeft er geen. In beide staan geen persoonsgegevens.</source>
        <translation>The PDF (with charts) and the CSV go into this folder. A password protects the PDF; the CSV has none. Neither holds personal data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="277" />
        <source>Geschreven: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="284" />
        <source>Het bestand kon niet worden geschreven. Kies een andere map of maak ruimte vrij.</source>
        <translation>The file could not be written. Choose another folder or free some space.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/management/page.py" line="287" />
        <source>De rapportage wordt gemaakt…</source>
        <translation>Making the report…</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../desktop_app/ui/manual.py" line="63" />
        <location filename="../../desktop_app/ui/manual.py" line="67" />
        <source>Handleiding</source>
        <translation>User manual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/manual.py" line="74" />
        <source>De handleiding is niet gevonden. Vraag de beheerder om Gezinsplan opnieuw te installeren.</source>
        <translation>The user manual was not found. Ask your administrator to reinstall Gezinsplan.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="89" />
        <source>Gezinslid toevoegen</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="93" />
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="95" />
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="97" />
        <source>&amp;Achternaam</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="99" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="100" />
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="102" />
        <source>9 cijfers, mag leeg blijven</source>
        <translation>9 digits, may stay empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="103" />
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="104" />
        <source>Heeft &amp;gezag</source>
        <translation>Has parental &amp;authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="107" />
        <source>Ge&amp;slacht</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="108" />
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="84" />
        <source>Ro&amp;l</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="85" />
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="86" />
        <source>&amp;Achternaam</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="88" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="89" />
        <source>Ge&amp;boortedatum</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="91" />
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="92" />
        <source>BS&amp;N</source>
        <translation>BS&amp;N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="93" />
        <source>Heeft ge&amp;zag</source>
        <translation>Has parental a&amp;uthority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="94" />
        <source>Ge&amp;slacht</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="96" />
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/family_page.py" line="97" />
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>NetworkMapDialog</name>
    <message>
        <location filename="../../desktop_app/ui/intake/network_view.py" line="156" />
        <source>Netwerkkaart – gezin %1</source>
        <translation>Network map – family %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/network_view.py" line="162" />
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NetworkPicture</name>
    <message>
        <location filename="../../desktop_app/ui/intake/network_view.py" line="27" />
        <source>Netwerkkaart</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/network_view.py" line="85" />
        <source>Gezin %1</source>
        <translation>Family %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/network_view.py" line="147" />
        <source>Nog niemand op de kaart. Voeg mensen toe in de lijst.</source>
        <translation>Nobody on the map yet. Add people in the list.</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="38" />
        <source>Wie staan om het gezin heen? Denk aan familie, vrienden, buren, school en hulpverleners. Geef aan wat iemand voor het gezin doet: P praktische steun, G gezelschap, A advies en informatie, E emotionele steun.</source>
        <translation>Who is around the family? Think of family, friends, neighbours, school and professionals. Note what someone does for the family: P practical support, G company, A advice and information, E emotional support.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="50" />
        <source>&amp;Mensen in het netwerk</source>
        <translation>&amp;People in the network</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="53" />
        <source>Mensen in het netwerk</source>
        <translation>People in the network</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="59" />
        <source>Persoon &amp;toevoegen</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="62" />
        <source>Weg&amp;halen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="64" />
        <source>Persoon van de kaart weghalen</source>
        <translation>Remove person from the map</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="66" />
        <source>Kaart &amp;groot</source>
        <translation>&amp;Large map</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="68" />
        <source>De netwerkkaart groot tonen</source>
        <translation>Show the network map large</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="77" />
        <source>Kies iemand in de lijst, of voeg iemand toe.</source>
        <translation>Choose someone in the list, or add someone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="87" />
        <source>Gr&amp;oep</source>
        <translation>Gr&amp;oup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="88" />
        <source>N&amp;aam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="89" />
        <source>&amp;Wie is het voor het gezin</source>
        <translation>&amp;Who is this to the family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="101" />
        <source>Wat doet deze persoon</source>
        <translation>What does this person do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="104" />
        <source>&amp;Beroepsmatig contact (formeel)</source>
        <translation>&amp;Professional contact (formal)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="106" />
        <source>Tele&amp;foon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="107" />
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="116" />
        <source>Netwerkkaart</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="150" />
        <source>formeel</source>
        <translation>formal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="212" />
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="225" />
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_network.py" line="226" />
        <source>%1 van de netwerkkaart weghalen?</source>
        <translation>Remove %1 from the network map?</translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="145" />
        <source>Nieuw gezin</source>
        <translation>New family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="147" />
        <source>&amp;Gezinsnaam</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="151" />
        <source>– kies de gemeente –</source>
        <translation>– choose the municipality –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="154" />
        <source>Ge&amp;meente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="156" />
        <source>&amp;Straat</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="158" />
        <source>&amp;Huisnummer</source>
        <translation>&amp;House number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="161" />
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="163" />
        <source>&amp;Plaats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="164" />
        <source>Gezin &amp;aanmaken</source>
        <translation>&amp;Create family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="184" />
        <source>Kies de gemeente van het gezin: die bepaalt de regio (MLO of MLW), de richtlijn en de contracten.</source>
        <translation>Choose the family's municipality: it decides the region (MLO or MLW), the policy and the contracts.</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="314" />
        <source>Wat gaan we nu doen?</source>
        <translation>What will we do now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="321" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="324" />
        <source>Datum van dit &amp;gesprek</source>
        <translation>Date of this &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="327" />
        <source>Voorstel ove&amp;rnemen</source>
        <translation>Use the p&amp;roposal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="330" />
        <source>Volgende &amp;evaluatie</source>
        <translation>Next &amp;evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="331" />
        <source>Volgende &amp;stappen (wie doet wat)</source>
        <translation>Next &amp;steps (who does what)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="333" />
        <source>&amp;Notities voor professionals (alleen in de bijlage)</source>
        <translation>&amp;Notes for professionals (only in the annex)</translation>
    </message>
</context>
<context>
    <name>OpvolgingPage</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="75" />
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="78" />
        <source>&amp;Caseload (Ctrl+1)</source>
        <translation>&amp;Caseload (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="85" />
        <source>Wat vraagt nu aandacht? Klik op een casus of kies hem met de pijltjes en Enter om het gezin te openen.</source>
        <translation>What needs attention now? Click a case, or choose it with the arrow keys and Enter, to open the family.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="96" />
        <source>Opvolging: casussen die aandacht vragen</source>
        <translation>Follow-up: cases that need attention</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="98" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="98" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="98" />
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="99" />
        <source>Jeugdigen</source>
        <translation>Youths</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="99" />
        <source>Product / consulent</source>
        <translation>Product / consultant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="125" />
        <source>Evaluatie te laat</source>
        <translation>Evaluation overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="126" />
        <source>Evaluatie deze maand</source>
        <translation>Evaluation this month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="127" />
        <source>Evaluatie volgende maand</source>
        <translation>Evaluation next month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="128" />
        <source>Beschikking loopt af binnen acht weken</source>
        <translation>Decision ends within eight weeks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="129" />
        <source>Coördinatiebesluit te nemen (te beoordelen)</source>
        <translation>Coordination decision to take (to review)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="130" />
        <source>Toestemming opnieuw vragen (wordt 12 of 16)</source>
        <translation>Ask for consent again (turns 12 or 16)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="234" />
        <source>%1 wordt %2: eigen toestemming vragen (hulp en delen)</source>
        <translation>%1 turns %2: ask for their own consent (help and sharing)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="236" />
        <source>%1 wordt %2: eigen toestemming vragen (hulp)</source>
        <translation>%1 turns %2: ask for their own consent (help)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/opvolging.py" line="243" />
        <source>Meer tonen… (%1 van %2)</source>
        <translation>Show more… (%1 of %2)</translation>
    </message>
</context>
<context>
    <name>PageImages</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/page_images.py" line="54" />
        <source>Het voorbeeld kan hier niet worden getoond. Exporteer het verslag en open de PDF.</source>
        <translation>The preview cannot be shown here. Export the report and open the PDF.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="32" />
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="36" />
        <source>Eerst wordt een back-up gemaakt. Daarna wordt de database opnieuw versleuteld met het nieuwe wachtwoord, en ook de back-ups. Vergeet het nieuwe wachtwoord niet: zonder wachtwoord is niets terug te halen.</source>
        <translation>First a backup is made. Then the database is encrypted again with the new passphrase, and so are the backups. Do not forget the new passphrase: without it nothing can be recovered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="45" />
        <source>&amp;Huidig wachtwoord</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="46" />
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="47" />
        <source>Herhaal &amp;nieuw wachtwoord</source>
        <translation>Repeat n&amp;ew passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="61" />
        <source>&amp;Wijzigen</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="62" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="78" />
        <source>Sterkte: te kort</source>
        <translation>Strength: too short</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="78" />
        <source>Sterkte: zwak – maak het langer</source>
        <translation>Strength: weak – make it longer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="79" />
        <source>Sterkte: redelijk</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="79" />
        <source>Sterkte: goed</source>
        <translation>Strength: good</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="79" />
        <source>Sterkte: sterk</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="90" />
        <source>Het huidige wachtwoord klopt niet. Er is niets veranderd.</source>
        <translation>The current passphrase is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="96" />
        <source>Het nieuwe wachtwoord moet minstens %1 tekens hebben.</source>
        <translation>The new passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="101" />
        <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
        <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="106" />
        <source>Het nieuwe wachtwoord is hetzelfde als het huidige.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="113" />
        <source>Wachtwoord wordt gewijzigd…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="124" />
        <source>Wachtwoord gewijzigd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/passphrase_dialog.py" line="125" />
        <source>Het wachtwoord is gewijzigd. %1 back-up(s) zijn opnieuw versleuteld.</source>
        <translation>The passphrase has been changed. %1 backup(s) were encrypted again.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/preview.py" line="37" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/preview.py" line="40" />
        <source>Evaluatieverslag bekijken</source>
        <translation>View evaluation report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/preview.py" line="42" />
        <source>Met &amp;bijlage voor professionals</source>
        <translation>With &amp;annex for professionals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/preview.py" line="45" />
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/preview.py" line="69" />
        <source>Voorbeeld van het verslag</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/preview.py" line="104" />
        <source>Evaluatieverslag exporteren</source>
        <translation>Export evaluation report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/preview.py" line="113" />
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/preview.py" line="114" />
        <source>Het verslag kon niet worden opgeslagen in deze map. Kies een andere map.</source>
        <translation>The report could not be saved in this folder. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop_app/ui/casextras/printing.py" line="47" />
        <source>Dit wachtwoord klopt niet. Probeer het opnieuw:</source>
        <translation>This password is not right. Try again:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/printing.py" line="48" />
        <source>Deze PDF is beveiligd. Typ het wachtwoord om af te drukken:</source>
        <translation>This PDF is protected. Type the password to print:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/printing.py" line="50" />
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/printing.py" line="68" />
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/printing.py" line="69" />
        <source>Deze PDF kan niet worden gelezen en is niet afgedrukt.</source>
        <translation>This PDF cannot be read and was not printed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/casextras/printing.py" line="88" />
        <source>Gezinsplan-document</source>
        <translation>Gezinsplan document</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="56" />
        <source>Inzage-export wordt gemaakt…</source>
        <translation>Making the access request export…</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="68" />
        <source>Inzage: ouders, en jeugdigen vanaf 12 jaar, mogen alle gegevens zien die over het gezin zijn opgeslagen. De export bevat alles als leesbare PDF en als JSON-bestand.</source>
        <translation>Access: parents, and youths from 12, may see all data stored about the family. The export holds everything as a readable PDF and as a JSON file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="72" />
        <source>&amp;Inzage-export maken…</source>
        <translation>Make an &amp;access request export…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="78" />
        <source>Vernietigen: op schriftelijk verzoek van de ouders, of van een jeugdige vanaf 12 jaar, worden alle gegevens van het gezin definitief verwijderd.</source>
        <translation>Destruction: at the written request of the parents, or of a youth from 12, all data of the family are deleted for good.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="82" />
        <source>Gezin &amp;vernietigen…</source>
        <translation>&amp;Destroy family…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="96" />
        <source>Inzage-export</source>
        <translation>Access request export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="102" />
        <source>Geschreven: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/progress.py" line="38" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/progress.py" line="41" />
        <source>Voortgang – casus %1</source>
        <translation>Progress – case %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/progress.py" line="69" />
        <source>Nog geen afgeronde evaluaties. Na de eerste evaluatie ziet u hier de voortgang.</source>
        <translation>No finished evaluations yet. After the first evaluation you see the progress here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/progress.py" line="86" />
        <source>Niveau per doel (-2 tot +2)</source>
        <translation>Level per goal (-2 to +2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/progress.py" line="87" />
        <source>GAS T-score (50 = doelen bereikt)</source>
        <translation>GAS T-score (50 = goals reached)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/progress.py" line="88" />
        <source>T-score</source>
        <translation>T-score</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/progress.py" line="89" />
        <source>Doelrealisatie (% bereikt, deels telt half)</source>
        <translation>Goal attainment (% reached, partly counts half)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/progress.py" line="90" />
        <source>Doelrealisatie</source>
        <translation>Goal attainment</translation>
    </message>
</context>
<context>
    <name>QuestionStep</name>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="32" />
        <source>Schrijf de vraag op zoals het gezin hem zegt, in hun eigen woorden. Niet samenvatten of vertalen naar vakjargon.</source>
        <translation>Write the question down as the family says it, in their own words. Do not summarise or translate it into jargon.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="36" />
        <source>&amp;Onze vraag</source>
        <translation>&amp;Our question</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="39" />
        <source>Heeft iemand in het gezin een andere vraag?</source>
        <translation>Does anyone in the family have a different question?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="47" />
        <source>Onze vraag</source>
        <translation>Our question</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="59" />
        <source>Vraag van %1</source>
        <translation>Question of %1</translation>
    </message>
</context>
<context>
    <name>RegieStep</name>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="141" />
        <source>Familiegroepsplan</source>
        <translation>Family group plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="144" />
        <source>Een gezin mag zelf een plan maken met familie en vrienden, bijvoorbeeld in een Eigen Kracht-conferentie. De hulp sluit dan aan op dat plan.</source>
        <translation>A family may make its own plan with family and friends, for example in a family group conference. The help then connects to that plan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="148" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="148" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="150" />
        <source>Is er een &amp;familiegroepsplan?</source>
        <translation>Is there a &amp;family group plan?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="152" />
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="175" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="153" />
        <source>&amp;Datum van het plan</source>
        <translation>&amp;Date of the plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="154" />
        <source>Waar &amp;ligt het plan</source>
        <translation>Where is the plan &amp;kept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="158" />
        <source>Regisseur en terugkijken</source>
        <translation>Coordinator and looking back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="161" />
        <source>De regisseur houdt het overzicht over het plan. Kies samen met het gezin: een ouder, iemand uit de familie, een vriend of een professional.</source>
        <translation>The coordinator keeps track of the plan. Choose together with the family: a parent, a relative, a friend or a professional.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="165" />
        <source>een ouder</source>
        <translation>a parent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="166" />
        <source>iemand uit de familie</source>
        <translation>a relative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="167" />
        <source>een vriend of kennis</source>
        <translation>a friend or acquaintance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="168" />
        <source>een professional</source>
        <translation>a professional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="170" />
        <source>&amp;Regisseur is</source>
        <translation>&amp;Coordinator is</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="171" />
        <source>Naa&amp;m regisseur</source>
        <translation>Na&amp;me of coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="172" />
        <source>&amp;Contact (telefoon, e-mail)</source>
        <translation>&amp;Contact (phone, email)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="176" />
        <source>Over &amp;6 maanden</source>
        <translation>In &amp;6 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="182" />
        <source>&amp;Wanneer kijken we samen terug</source>
        <translation>&amp;When do we look back together</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="184" />
        <source>Minstens één keer per half jaar.</source>
        <translation>At least once every six months.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="190" />
        <source>Volgende evaluatie van de casus</source>
        <translation>Next evaluation of the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="199" />
        <source>Regie en terugkijken</source>
        <translation>Coordination and review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="219" />
        <source>Volgende evaluatie: %1</source>
        <translation>Next evaluation: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="36" />
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="94" />
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="40" />
        <source>Kies de back-up die u wilt terugzetten. De huidige database wordt eerst apart gezet in de map backups; er gaat niets verloren. Wat na de back-up is ingevoerd, staat niet in de teruggezette gegevens.</source>
        <translation>Choose the backup to restore. The current database is first kept aside in the backups folder; nothing is lost. Anything entered after the backup is not in the restored data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="48" />
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="48" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="48" />
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="61" />
        <source>&amp;Back-ups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="65" />
        <source>Er zijn nog geen back-ups. Gezinsplan maakt er elke dag automatisch een bij het starten.</source>
        <translation>There are no backups yet. Gezinsplan makes one automatically every day at start.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="72" />
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="74" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="95" />
        <source>De gegevens worden vervangen door de back-up van %1. Doorgaan?</source>
        <translation>The data will be replaced by the backup of %1. Continue?</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="38" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="40" />
        <source>Terug naar het gezin</source>
        <translation>Back to the family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="42" />
        <source>Resultaten en hulp · %1 · %2</source>
        <translation>Results and help · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="53" />
        <source>Samenvatting van de casus</source>
        <translation>Summary of the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="56" />
        <source>Deze casus is afgesloten. U kunt alles lezen; heropen de casus om iets te veranderen.</source>
        <translation>This case is closed. You can read everything; reopen the case to change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="73" />
        <source>&amp;Resultaten</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="74" />
        <source>&amp;Afspraken</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="75" />
        <source>&amp;Inzet</source>
        <translation>&amp;Deployment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="76" />
        <source>&amp;Kosten</source>
        <translation>&amp;Costs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="100" />
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="101" />
        <source>%1 resultaten</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/page.py" line="103" />
        <source>%1 · %2 inzet · geschatte kosten %3</source>
        <translation>%1 · %2 deployments · estimated cost %3</translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="73" />
        <source>Hoe gaat het met jullie doelen?</source>
        <translation>How are your goals going?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="78" />
        <source>Kijk per doel samen met het gezin: waar staan jullie nu op de schaal van -2 tot +2, is het doel bereikt, en wat zeggen jullie er zelf over?</source>
        <translation>Look at each goal with the family: where are you now on the scale of -2 to +2, is the goal reached, and what do you say about it yourselves?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="84" />
        <source>Deze casus heeft nog geen doelen.</source>
        <translation>This case has no goals yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="91" />
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="97" />
        <source>– nog niet gekozen –</source>
        <translation>– not chosen yet –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="97" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="98" />
        <source>Deels</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="98" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="106" />
        <source>Niveau &amp;nu</source>
        <translation>Level &amp;now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="107" />
        <source>Bij de start: %1</source>
        <translation>At the start: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="108" />
        <source>&amp;Bereikt?</source>
        <translation>&amp;Reached?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="109" />
        <source>In de &amp;woorden van het gezin</source>
        <translation>In the family's o&amp;wn words</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="56" />
        <source>Resultaat &amp;toevoegen</source>
        <translation>&amp;Add result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="56" />
        <source>Resultaat ver&amp;wijderen</source>
        <translation>&amp;Delete result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="57" />
        <source>Nog geen resultaten. Kies 'Resultaat toevoegen' en schrijf samen met het gezin op wat zij willen bereiken.</source>
        <translation>No results yet. Choose 'Add result' and write down with the family what they want to achieve.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="64" />
        <source>Om&amp;hoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="66" />
        <source>Resultaat een plaats omhoog</source>
        <translation>Move the result up one place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="67" />
        <source>O&amp;mlaag</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="69" />
        <source>Resultaat een plaats omlaag</source>
        <translation>Move the result down one place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="81" />
        <source>In de &amp;woorden van het gezin</source>
        <translation>In the family's o&amp;wn words</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="83" />
        <source>Wat wil het gezin bereiken? Schrijf het op zoals zij het zeggen.</source>
        <translation>What does the family want to achieve? Write it as they say it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="84" />
        <source>&amp;Professionele formulering (SMART)</source>
        <translation>&amp;Professional formulation (SMART)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="95" />
        <source>Leefgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="102" />
        <source>&amp;Leefgebieden</source>
        <translation>&amp;Life domains</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="106" />
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="109" />
        <source>Voor &amp;wie</source>
        <translation>For w&amp;hom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="112" />
        <source>&amp;Eigenaar (wie let erop)</source>
        <translation>&amp;Owner (who keeps an eye on it)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="115" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="116" />
        <source>&amp;Streefdatum</source>
        <translation>&amp;Target date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="118" />
        <source>&amp;Gewicht</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="123" />
        <source>Doelniveaus (Goal Attainment Scaling)</source>
        <translation>Goal levels (Goal Attainment Scaling)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="129" />
        <source>Wat ziet u dan? Beschrijf het concreet.</source>
        <translation>What do you see then? Describe it concretely.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="133" />
        <source>Niveau bij de &amp;start</source>
        <translation>Level at the &amp;start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="134" />
        <source>nog niet bepaald</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="176" />
        <source>Volgorde</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="220" />
        <source>✓ Deze formulering is SMART.</source>
        <translation>✓ This formulation is SMART.</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="124" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="126" />
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period ended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="133" />
        <source>Een dossier wordt minstens 20 jaar bewaard na het einde van de hulp. Deze gezinnen hebben alleen afgesloten casussen, en hun bewaartermijn is voorbij. Controleer of er geen reden is om langer te bewaren, en vernietig dan.</source>
        <translation>A file is kept at least 20 years after the help ended. These families have only closed cases, and their retention period has ended. Check that there is no reason to keep them longer, then destroy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="140" />
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="140" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="141" />
        <source>Termijn voorbij sinds</source>
        <translation>Period ended on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="149" />
        <source>Er zijn geen gezinnen waarvan de bewaartermijn voorbij is.</source>
        <translation>There are no families whose retention period has ended.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="157" />
        <source>Geselecteerd gezin &amp;vernietigen…</source>
        <translation>&amp;Destroy selected family…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="189" />
        <source>Vernietigen</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety/privacy.py" line="189" />
        <source>Kies eerst een gezin.</source>
        <translation>Choose a family first.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="52" />
        <source>Alleen-lezen: de gegevensmap is alleen-lezen. U kunt alles bekijken, maar wijzigingen worden niet opgeslagen.</source>
        <translation>Read-only: the data folder is read-only. You can view everything, but changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="56" />
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="84" />
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="85" />
        <source>Back-up gemaakt en gecontroleerd: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="93" />
        <source>Back-up wordt gemaakt…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="98" />
        <source>Automatisch vergrendelen</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="99" />
        <source>Vergrendelen na zoveel minuten zonder gebruik (0 = nooit):</source>
        <translation>Lock after this many minutes without use (0 = never):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="120" />
        <source>Be&amp;veiliging</source>
        <translation>Se&amp;curity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="122" />
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="123" />
        <source>Back-up &amp;nu maken</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="124" />
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="125" />
        <source>&amp;Automatisch vergrendelen…</source>
        <translation>&amp;Automatic lock…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="155" />
        <source>&amp;Auditlogboek</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="156" />
        <source>&amp;Bewaartermijn</source>
        <translation>&amp;Retention period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="157" />
        <location filename="../../desktop_app/ui/features/safety.py" line="235" />
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="175" />
        <source>Het nieuwe wachtwoord moet minstens %1 tekens hebben.</source>
        <translation>The new passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/safety.py" line="186" />
        <location filename="../../desktop_app/ui/features/safety.py" line="202" />
        <source>Inzage-export</source>
        <translation>Access request export</translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="87" />
        <source>– nog niet besproken</source>
        <translation>– not discussed yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="87" />
        <source>Nee, geen zorgen</source>
        <translation>No, no concerns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="88" />
        <source>Ja, er zijn zorgen over de veiligheid</source>
        <translation>Yes, there are concerns about safety</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="89" />
        <source>Twijfel: het is niet duidelijk</source>
        <translation>Doubt: it is not clear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="91" />
        <source>Zijn er &amp;zorgen over de veiligheid van iemand in het gezin?</source>
        <translation>Are there &amp;concerns about the safety of anyone in the family?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="94" />
        <source>&lt;b&gt;Volg de meldcode huiselijk geweld en kindermishandeling.&lt;/b&gt;&lt;br&gt;1. Breng de signalen in kaart en schrijf ze op.&lt;br&gt;2. Overleg met een collega en raadpleeg Veilig Thuis (0800-2000, gratis, dag en nacht).&lt;br&gt;3. Praat met het gezin over de signalen.&lt;br&gt;4. Weeg de ernst en het risico.&lt;br&gt;5. Beslis: zelf hulp organiseren of melden bij Veilig Thuis. Bij acuut gevaar: bel 112.</source>
        <translation>&lt;b&gt;Follow the reporting code for domestic violence and child abuse.&lt;/b&gt;&lt;br&gt;1. Map the signals and write them down.&lt;br&gt;2. Consult a colleague and Veilig Thuis (0800-2000, free, day and night).&lt;br&gt;3. Talk with the family about the signals.&lt;br&gt;4. Weigh the severity and the risk.&lt;br&gt;5. Decide: organise help yourself or report to Veilig Thuis. In acute danger: call 112.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="107" />
        <source>&amp;Wat is er gezien of gehoord (alleen voor de consulent)</source>
        <translation>&amp;What was seen or heard (for the consultant only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="109" />
        <source>No&amp;titie van de consulent</source>
        <translation>Consultant's no&amp;te</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="111" />
        <source>Niet zichtbaar bij Samen kijken en niet in het plan van het gezin.</source>
        <translation>Not shown in Look together and not in the family's plan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_texts.py" line="116" />
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
</context>
<context>
    <name>SamenKijkenPage</name>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="72" />
        <source>← Te&amp;rug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="74" />
        <source>Terug naar de intake</source>
        <translation>Back to the intake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="76" />
        <source>Ons gezinsplan – gezin %1</source>
        <translation>Our family plan – family %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="79" />
        <source>Plan als &amp;PDF opslaan…</source>
        <translation>Save plan as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="131" />
        <source>Onze vraag</source>
        <translation>Our question</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="132" />
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="151" />
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="161" />
        <source>Nog niet opgeschreven.</source>
        <translation>Not written down yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="134" />
        <source>De vraag van %1:</source>
        <translation>The question of %1:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="136" />
        <source>Wie zijn wij</source>
        <translation>Who we are</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="146" />
        <source>Wat gaat goed</source>
        <translation>What goes well</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="154" />
        <source>Waar maken we ons zorgen over</source>
        <translation>What worries us</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="158" />
        <source>hier gaat het nu niet goed.</source>
        <translation>this is not going well now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="169" />
        <source>Wie coördineert</source>
        <translation>Who coordinates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="171" />
        <source>Nog niet gekozen.</source>
        <translation>Not chosen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="172" />
        <source>Wanneer kijken we samen terug</source>
        <translation>When do we look back together</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="173" />
        <source>Nog geen datum afgesproken.</source>
        <translation>No date agreed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="182" />
        <source>Wat we samen bespraken</source>
        <translation>What we discussed together</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="194" />
        <source>Jullie gezinsplan bij het CJG is afgesloten.</source>
        <translation>Your family plan with the CJG has been closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="195" />
        <source>Het CJG volgt dit plan niet op.</source>
        <translation>The CJG does not follow up this plan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="202" />
        <source>Eerder dan gepland, omdat de hulp van %1 op %2 afloopt.</source>
        <translation>Sooner than planned, because the help from %1 ends on %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="204" />
        <source>Eerder dan gepland, omdat een deel van de hulp op %1 afloopt.</source>
        <translation>Sooner than planned, because part of the help ends on %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="207" />
        <source>Die datum hebben we samen gekozen.</source>
        <translation>We chose that date together.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="209" />
        <source>We kijken minstens één keer per half jaar samen terug.</source>
        <translation>We look back together at least once every six months.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/samen_kijken.py" line="210" />
        <source>We kijken elke %1 maanden samen terug.</source>
        <translation>We look back together every %1 months.</translation>
    </message>
</context>
<context>
    <name>SatisfactionStep</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="248" />
        <source>Hoe tevreden zijn jullie?</source>
        <translation>How satisfied are you?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="255" />
        <source>– nog geen cijfer –</source>
        <translation>– no mark yet –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="261" />
        <source>– nog geen antwoord –</source>
        <translation>– no answer yet –</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="266" />
        <source>Hoe &amp;nuttig was de hulp voor jullie?</source>
        <translation>How &amp;useful was the help for you?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="268" />
        <source>&amp;Cijfer voor de hulp (1 tot 10)</source>
        <translation>&amp;Mark for the help (1 to 10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="270" />
        <source>Wat jullie er&amp;over zeggen</source>
        <translation>What you say ab&amp;out it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/steps.py" line="272" />
        <source>Wat gaat &amp;goed?</source>
        <translation>What goes &amp;well?</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="39" />
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="42" />
        <source>✓ Opgeslagen om %1</source>
        <translation>✓ Saved at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="46" />
        <source>Niet opgeslagen: controleer het veld met de melding</source>
        <translation>Not saved: check the field with the message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="49" />
        <source>De schijf is vol: nog niet opgeslagen. Maak ruimte vrij; het wordt vanzelf opnieuw geprobeerd.</source>
        <translation>The disk is full: not saved yet. Free some space; it will be tried again automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="53" />
        <source>Nog niet veilig opgeslagen: de schijf gaf een fout. Het wordt vanzelf opnieuw geprobeerd.</source>
        <translation>Not safely saved yet: the disk reported an error. It will be tried again automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="57" />
        <source>Wordt opgeslagen…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>Single</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="120" />
        <source>Gezinsplan is al geopend. Het geopende venster is naar voren gehaald.</source>
        <translation>Gezinsplan is already running. Its window has been brought to the front.</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="207" />
        <source>Hier staan de leefgebieden met score 1 of 2 (acuut probleem of niet zelfredzaam) en wat het gezin het belangrijkst vindt. Bespreek samen waar jullie mee beginnen.</source>
        <translation>These are the life domains scoring 1 or 2 (acute problem or not self-reliant) and what the family finds most important. Discuss together where to start.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="209" />
        <source>Score 1 of &amp;2</source>
        <translation>Score 1 or &amp;2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="212" />
        <source>Leefgebieden met score 1 of 2</source>
        <translation>Life domains scoring 1 or 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="216" />
        <source>&amp;Prioriteiten van het gezin</source>
        <translation>The family's &amp;priorities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="219" />
        <source>Prioriteiten van het gezin</source>
        <translation>The family's priorities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="229" />
        <source>Samenvatting leefgebieden</source>
        <translation>Summary of life domains</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="239" />
        <source>Geen leefgebieden met score 1 of 2.</source>
        <translation>No life domains scoring 1 or 2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="244" />
        <source>Nog geen prioriteiten gekozen.</source>
        <translation>No priorities chosen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="246" />
        <source>De Krachtenwijzer is nog niet ingevuld.</source>
        <translation>The strengths split has not been filled in yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/step_domains.py" line="249" />
        <source>Gemiddeld rust %1% van wat nu lukt op eigen kracht en het netwerk.</source>
        <translation>On average %1% of what works now rests on own strength and the network.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="38" />
        <source>(verwijderd op de server)</source>
        <translation>(deleted on the server)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="40" />
        <source>(door u verwijderd)</source>
        <translation>(deleted by you)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="56" />
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="59" />
        <location filename="../../desktop_app/ui/team/conflicts.py" line="201" />
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="65" />
        <source>Hier staat wat op deze laptop en op de teamserver allebei is veranderd, sinds de laatste keer dat ze gelijk waren. Er gaat niets verloren: kies per conflict welke waarde blijft. Uw keuze gaat bij de volgende synchronisatie naar de server.</source>
        <translation>This lists what was changed both on this laptop and on the team server since they last matched. Nothing is lost: choose for each conflict which value stays. Your choice goes to the server with the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="75" />
        <source>Geen conflicten. Alles op deze laptop komt overeen met de teamserver, of wacht alleen nog op de volgende synchronisatie.</source>
        <translation>No conflicts. Everything on this laptop matches the team server, or is only waiting for the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="87" />
        <source>Open &amp;conflicten</source>
        <translation>Open &amp;conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="111" />
        <source>&amp;Eerder (laatst gelijk)</source>
        <translation>&amp;Before (last match)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="112" />
        <source>&amp;Mijn waarde (deze laptop)</source>
        <translation>&amp;My value (this laptop)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="113" />
        <source>Waarde van de &amp;server</source>
        <translation>&amp;Server's value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="128" />
        <source>Mijn waarde &amp;houden</source>
        <translation>&amp;Keep my value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="130" />
        <source>&amp;Waarde van de server houden</source>
        <translation>Keep the server's &amp;value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="161" />
        <source>zonder casus</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="162" />
        <source>(gezin onbekend)</source>
        <translation>(family unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="164" />
        <source>gevonden %1</source>
        <translation>found %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/conflicts.py" line="202" />
        <source>Dit conflict is al opgelost.</source>
        <translation>This conflict has been resolved already.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="21" />
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="22" />
        <source>Gezinslid</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="23" />
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="24" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="25" />
        <source>Hulpvraag</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="26" />
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="27" />
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="28" />
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="29" />
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="30" />
        <source>Afspraak in het plan</source>
        <translation>Agreement in the plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="31" />
        <location filename="../../desktop_app/ui/team/texts.py" line="32" />
        <location filename="../../desktop_app/ui/team/texts.py" line="33" />
        <location filename="../../desktop_app/ui/team/texts.py" line="35" />
        <source>Ingezette hulp</source>
        <translation>Deployed help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="34" />
        <source>Omvang van de hulp</source>
        <translation>Volume of the help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="36" />
        <source>Coördinatiebesluit</source>
        <translation>Coordination decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="37" />
        <source>Coördinatiebesluit (concept)</source>
        <translation>Coordination decision (draft)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="38" />
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="39" />
        <source>Evaluatie van een resultaat</source>
        <translation>Evaluation of a result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="40" />
        <source>Conclusie van de evaluatie</source>
        <translation>Conclusion of the evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="41" />
        <source>Logboek</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="42" />
        <source>Agenda-afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="43" />
        <location filename="../../desktop_app/ui/team/texts.py" line="44" />
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="45" />
        <location filename="../../desktop_app/ui/team/texts.py" line="46" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="47" />
        <source>Zorgaanbieder</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="48" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="49" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="56" />
        <source>alle gegevens</source>
        <translation>all data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="57" />
        <source>gezinsnaam</source>
        <translation>family name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="58" />
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="59" />
        <source>achternaam</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="60" />
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="61" />
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="62" />
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="63" />
        <source>gezag</source>
        <translation>parental authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="64" />
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="65" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="66" />
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="67" />
        <source>huisnummer</source>
        <translation>house number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="68" />
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="69" />
        <source>plaats</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="70" />
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="71" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="72" />
        <source>consulent</source>
        <translation>consultant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="73" />
        <source>startdatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="74" />
        <source>einddatum</source>
        <translation>end date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="75" />
        <source>volgende evaluatie</source>
        <translation>next evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="76" />
        <source>in de woorden van het gezin</source>
        <translation>in the family's words</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="77" />
        <source>formulering</source>
        <translation>wording</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="78" />
        <location filename="../../desktop_app/ui/team/texts.py" line="81" />
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="79" />
        <source>streefdatum</source>
        <translation>target date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="80" />
        <source>wat</source>
        <translation>what</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="82" />
        <source>wanneer</source>
        <translation>when</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="83" />
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="84" />
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="85" />
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="86" />
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="87" />
        <source>omvang</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="88" />
        <source>frequentie</source>
        <translation>frequency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="89" />
        <source>locatie</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="96" />
        <source>U en de server veranderden hetzelfde veld.</source>
        <translation>You and the server changed the same field.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="97" />
        <source>U veranderde iets dat op de server al verwijderd is.</source>
        <translation>You changed something that was already deleted on the server.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="98" />
        <source>De server nam uw wijziging niet aan (het gezin is bijvoorbeeld overgedragen).</source>
        <translation>The server did not accept your change (for example, the family was handed over).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="100" />
        <source>U verwijderde iets dat op de server nog veranderd is.</source>
        <translation>You deleted something that was still changed on the server.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="107" />
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="111" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="111" />
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="133" />
        <source>1 wijziging wacht</source>
        <translation>1 change waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="134" />
        <source>%1 wijzigingen wachten</source>
        <translation>%1 changes waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="139" />
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="140" />
        <source>%1 conflicten</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="175" />
        <source>Er ging iets mis met de teamserver. Probeer het later opnieuw; wat nog niet is verstuurd, blijft bewaard.</source>
        <translation>Something went wrong with the team server. Try again later; what has not been sent yet is kept.</translation>
    </message>
</context>
<context>
    <name>TeamErrors</name>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="146" />
        <source>Er ging iets mis met de teamserver.</source>
        <translation>Something went wrong with the team server.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="147" />
        <source>De gebruikersnaam of het wachtwoord voor de teamserver klopt niet. Controleer ze, of vraag de beheerder om een nieuw wachtwoord.</source>
        <translation>The user name or the password for the team server is not correct. Check them, or ask the administrator for a new password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="148" />
        <source>De teamserver weigert dit: deze gebruiker heeft er geen rechten voor.</source>
        <translation>The team server refuses this: this user has no rights to it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="149" />
        <source>De teamserver kent dit niet (ongeldige invoer).</source>
        <translation>The team server does not know this (invalid input).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="150" />
        <source>De teamserver is niet bereikbaar. Controleer de netwerkverbinding en het adres van de server, of probeer het later opnieuw.</source>
        <translation>The team server cannot be reached. Check the network connection and the server's address, or try again later.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="151" />
        <source>Het certificaat van de teamserver wordt niet vertrouwd: het is niet ondertekend door de CA van het CJG, of het hoort niet bij dit serveradres. Er is geen verbinding gemaakt. Vraag de beheerder om het juiste CA-bestand.</source>
        <translation>The team server's certificate is not trusted: it is not signed by the CJG's CA, or it does not belong to this server address. No connection was made. Ask the administrator for the right CA file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="152" />
        <source>Op de teamserver is Gezinsplan nog niet ingericht. Vraag de beheerder om 'gezinsplan-admin server init --dsn ...' uit te voeren.</source>
        <translation>Gezinsplan has not been set up on the team server yet. Ask the administrator to run 'gezinsplan-admin server init --dsn ...'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="153" />
        <source>Er is geen teamserver ingesteld. Stel er een in bij Instellingen → Teamserver of met 'gezinsplan-admin connect'.</source>
        <translation>No team server is set up. Set one up in Settings → Team server or with 'gezinsplan-admin connect'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="154" />
        <source>De verbinding met de teamserver is verbroken. Probeer het later opnieuw; wat nog niet is verstuurd, blijft bewaard.</source>
        <translation>The connection to the team server was lost. Try again later; what has not been sent yet is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="155" />
        <source>De teamserver laat deze verbinding niet toe (pg_hba.conf). Vraag de beheerder.</source>
        <translation>The team server does not allow this connection (pg_hba.conf). Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="156" />
        <source>Het certificaat van de teamserver hoort niet bij dit serveradres. Er is geen verbinding gemaakt. Controleer het adres, of vraag de beheerder.</source>
        <translation>The team server's certificate does not belong to this server address. No connection was made. Check the address, or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="157" />
        <source>Het CA-bestand van het CJG ontbreekt of is onleesbaar. Er is geen verbinding gemaakt.</source>
        <translation>The CJG's CA file is missing or cannot be read. No connection was made.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="158" />
        <source>De teamserver biedt geen versleutelde verbinding (TLS) aan. Er is geen verbinding gemaakt. Vraag de beheerder.</source>
        <translation>The team server does not offer an encrypted connection (TLS). No connection was made. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="159" />
        <source>De database op de teamserver bestaat niet. Controleer het adres (dbname) of vraag de beheerder.</source>
        <translation>The database on the team server does not exist. Check the address (dbname) or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="160" />
        <source>Het adres van de teamserver is ongeldig. Controleer het (bijvoorbeeld host=server.cjg.nl dbname=gezinsplan).</source>
        <translation>The team server's address is not valid. Check it (for example host=server.cjg.nl dbname=gezinsplan).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="161" />
        <source>Deze gebruiker is geen consultant op de teamserver. Vraag de beheerder om 'gezinsplan-admin server add-consultant'.</source>
        <translation>This user is not a consultant on the team server. Ask the administrator to run 'gezinsplan-admin server add-consultant'.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="162" />
        <source>Deze casus staat niet (meer) op de teamserver in uw caseload. Synchroniseer eerst, of controleer het casusnummer.</source>
        <translation>This case is not (or no longer) in your caseload on the team server. Sync first, or check the case number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/texts.py" line="163" />
        <source>Deze collega is geen consultant op de teamserver. Controleer de gebruikersnaam.</source>
        <translation>This colleague is not a consultant on the team server. Check the user name.</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../desktop_app/ui/features/team.py" line="39" />
        <source>Team&amp;server…</source>
        <translation>Team &amp;server…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/team.py" line="44" />
        <source>Nu &amp;synchroniseren</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/team.py" line="51" />
        <source>Con&amp;flicten (teamserver)</source>
        <translation>Con&amp;flicts (team server)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/team.py" line="159" />
        <source>Overdragen aan collega…</source>
        <translation>Hand over to a colleague…</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="52" />
        <source>Teamserver</source>
        <translation>Team server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="69" />
        <source>Met een teamserver bewaart het CJG een kopie van uw gezinnen op een eigen server. U werkt gewoon verder zonder internet; Gezinsplan stuurt uw wijzigingen mee zodra er verbinding is. De beheerder van het CJG geeft u de gegevens hieronder.</source>
        <translation>With a team server the CJG keeps a copy of your families on its own server. You carry on working without internet; Gezinsplan sends your changes along as soon as there is a connection. The CJG's administrator gives you the details below.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="85" />
        <source>Server&amp;adres</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="86" />
        <source>bijvoorbeeld teamserver.cjg-midden-limburg.nl</source>
        <translation>for example teamserver.cjg-midden-limburg.nl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="87" />
        <source>&amp;Poort</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="89" />
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="92" />
        <source>het .crt- of .pem-bestand van de beheerder</source>
        <translation>the .crt or .pem file from the administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="93" />
        <source>&amp;Kiezen…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="99" />
        <source>&amp;CA-certificaat van het CJG</source>
        <translation>The CJG's &amp;CA certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="103" />
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="104" />
        <source>Wacht&amp;woord</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="106" />
        <source>Kopie &amp;verwijderen na overdracht</source>
        <translation>&amp;Remove the copy after a hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="108" />
        <source>Draagt u een gezin over aan een collega, dan haalt Gezinsplan het gezin van deze laptop zodra de server de overdracht bevestigt.</source>
        <translation>When you hand a family over to a colleague, Gezinsplan removes the family from this laptop as soon as the server confirms the hand-over.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="118" />
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="125" />
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="127" />
        <source>Ver&amp;binden</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="130" />
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="190" />
        <source>bewaard; alleen invullen om opnieuw te verbinden</source>
        <translation>saved; only fill in to connect again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="196" />
        <source>Er is nog geen teamserver ingesteld. Alles blijft op deze laptop.</source>
        <translation>No team server is set up yet. Everything stays on this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="202" />
        <source>Verbonden met %1, database %2, als %3.</source>
        <translation>Connected to %1, database %2, as %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="205" />
        <source>Nieuwe casusnummers krijgen het voorvoegsel %1, bijvoorbeeld %2.</source>
        <translation>New case numbers get the prefix %1, for example %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="212" />
        <source>CA-certificaat van het CJG kiezen</source>
        <translation>Choose the CJG's CA certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="214" />
        <source>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="251" />
        <source>Vul het adres van de teamserver in, bijvoorbeeld teamserver.cjg.nl.</source>
        <translation>Enter the team server's address, for example teamserver.cjg.nl.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="253" />
        <source>Een serveradres heeft geen spaties of schuine strepen. Vul alleen de naam van de server in.</source>
        <translation>A server address has no spaces or slashes. Enter only the server's name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="257" />
        <source>De poort is een getal van 1 tot en met 65535, meestal 5432.</source>
        <translation>The port is a number from 1 to 65535, usually 5432.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="261" />
        <source>Kies het CA-certificaat van het CJG. Zonder dit bestand kan Gezinsplan de server niet controleren.</source>
        <translation>Choose the CJG's CA certificate. Without this file Gezinsplan cannot check the server.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="266" />
        <source>Dit bestand bestaat niet. Kies het CA-certificaat opnieuw.</source>
        <translation>This file does not exist. Choose the CA certificate again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="269" />
        <source>Vul uw gebruikersnaam voor de teamserver in.</source>
        <translation>Enter your user name for the team server.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="272" />
        <source>Vul uw wachtwoord voor de teamserver in.</source>
        <translation>Enter your password for the team server.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="301" />
        <source>Verbinding wordt getest…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="308" />
        <source>De verbinding werkt. U bent op de teamserver bekend als %1.</source>
        <translation>The connection works. The team server knows you as %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="321" />
        <source>Verbinden…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/settings_dialog.py" line="333" />
        <source>Verbonden. Gezinsplan synchroniseert nu op de achtergrond.</source>
        <translation>Connected. Gezinsplan now syncs in the background.</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <location filename="../../desktop_app/ui/team/status.py" line="36" />
        <source>Teamserver: bezig met synchroniseren…</source>
        <translation>Team server: syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/status.py" line="38" />
        <source>Teamserver: niet gelukt – %1</source>
        <translation>Team server: did not work – %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/status.py" line="40" />
        <source>Teamserver: gesynchroniseerd %1</source>
        <translation>Team server: synchronised %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/status.py" line="43" />
        <source>Teamserver: nog niet gesynchroniseerd</source>
        <translation>Team server: not synchronised yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/status.py" line="66" />
        <location filename="../../desktop_app/ui/team/status.py" line="224" />
        <source>Teamserver</source>
        <translation>Team server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/status.py" line="75" />
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team/status.py" line="93" />
        <source>%1 – bekijken</source>
        <translation>%1 – view</translation>
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
    <name>VolumeChangeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="96" />
        <source>Omvang wijzigen</source>
        <translation>Change volume</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="99" />
        <source>Nu: %1. De oude omvang blijft bewaard in de geschiedenis.</source>
        <translation>Now: %1. The old volume is kept in the history.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="106" />
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="111" />
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="112" />
        <source>&amp;Nieuwe omvang</source>
        <translation>&amp;New volume</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="113" />
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="126" />
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="127" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="141" />
        <source>De besparing is niet te berekenen.</source>
        <translation>The saving cannot be calculated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="143" />
        <source>Dit scheelt %1 tot het einde van de beschikking.</source>
        <translation>This saves %1 until the end of the beschikking.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/dialogs.py" line="146" />
        <source>Dit kost %1 meer tot het einde van de beschikking.</source>
        <translation>This costs %1 more until the end of the beschikking.</translation>
    </message>
</context>
<context>
    <name>_ValidatingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="66" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>coordination</name>
    <message>
        <location filename="../../desktop_app/ui/features/coordination.py" line="25" />
        <source>Coördinatiebesluit</source>
        <translation>Coordination decision</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="80" />
        <source>Gezinsplan</source>
        <translation>Gezinsplan</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="19" />
        <source>deze evaluatie</source>
        <translation>this evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="20" />
        <source>het besluit</source>
        <translation>the decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="21" />
        <source>de start van de hulp</source>
        <translation>the start of the help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="22" />
        <source>de start van de casus</source>
        <translation>the start of the case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="29" />
        <source>Kies een datum na de datum van dit gesprek (%1).</source>
        <translation>Choose a date after the date of this conversation (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="31" />
        <source>Kies een datum op of vóór %1.</source>
        <translation>Choose a date on or before %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="34" />
        <source>Deze datum ligt na het einde van de beschikking van %1 (%2).</source>
        <translation>This date is after the end of the decision on %1's help (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="37" />
        <source>Deze datum ligt na het einde van de beschikking (%2).</source>
        <translation>This date is after the end of the decision on the help (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="39" />
        <source>Deze datum ligt te dicht bij het einde van de beschikking van %1 (%2): evalueer minstens %3 dagen ervoor.</source>
        <translation>This date is too close to the end of the decision on %1's help (%2): evaluate at least %3 days before.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="43" />
        <source>Deze datum ligt te dicht bij het einde van de beschikking (%2): evalueer minstens %3 dagen ervoor.</source>
        <translation>This date is too close to the end of the decision on the help (%2): evaluate at least %3 days before.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="47" />
        <source>Deze datum ligt meer dan een maand na %4 (%5).</source>
        <translation>This date is more than one month after %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="49" />
        <source>Deze datum ligt meer dan %3 maanden na %4 (%5).</source>
        <translation>This date is more than %3 months after %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="64" />
        <source>De beschikking van %1 loopt af op %2, binnen %3 dagen: de casus blijft aan de beurt voor een evaluatie. Kies een datum op of vóór %2.</source>
        <translation>The decision on %1's help ends on %2, within %3 days: the case stays due for an evaluation. Choose a date on or before %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="71" />
        <source>%1 dagen vóór het einde van de beschikking van %2 (%3)</source>
        <translation>%1 days before the end of the decision on %2's help (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="72" />
        <source>het einde van de beschikking van %2 (%3)</source>
        <translation>the end of the decision on %2's help (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="76" />
        <source>een maand na %2 (%3)</source>
        <translation>one month after %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="77" />
        <source>%1 maanden na %2 (%3)</source>
        <translation>%1 months after %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="79" />
        <source>Voorstel volgens de regel: %1 – %2. U kunt een eerdere datum kiezen, geen latere.</source>
        <translation>Proposed by the rule: %1 – %2. You can choose an earlier date, not a later one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="86" />
        <source>Deze casus is afgesloten. Heropen de casus om iets te veranderen.</source>
        <translation>This case is closed. Reopen the case to change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation/texts.py" line="88" />
        <source>Deze casus is niet afgesloten.</source>
        <translation>This case is not closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/evaluation.py" line="33" />
        <location filename="../../desktop_app/ui/features/evaluation.py" line="66" />
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/evaluation.py" line="54" />
        <location filename="../../desktop_app/ui/features/evaluation.py" line="71" />
        <source>Evaluatieverslag</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/evaluation.py" line="55" />
        <source>Deze casus heeft nog geen evaluatie.</source>
        <translation>This case has no evaluation yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/evaluation.py" line="68" />
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/evaluation.py" line="73" />
        <source>&amp;Opvolging</source>
        <translation>&amp;Follow-up</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../desktop_app/ui/intake/export.py" line="31" />
        <source>Het plan wordt gemaakt…</source>
        <translation>Making the plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/export.py" line="36" />
        <source>Plan exporteren</source>
        <translation>Export the plan</translation>
    </message>
</context>
<context>
    <name>features</name>
    <message>
        <location filename="../../desktop_app/ui/features/results.py" line="29" />
        <source>Resultaten en hulp</source>
        <translation>Results and help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/results.py" line="32" />
        <source>Ca&amp;talogus</source>
        <translation>Ca&amp;talog</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <location filename="../../desktop_app/ui/features/intake.py" line="28" />
        <source>Intake (1Gezin1Plan)</source>
        <translation>Intake (1Gezin1Plan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/features/intake.py" line="30" />
        <source>Samen kijken</source>
        <translation>Look together</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/intake/base.py" line="38" />
        <source>Deze casus is afgesloten. Heropen de casus om iets te veranderen.</source>
        <translation>This case is closed. Reopen the case to change anything.</translation>
    </message>
</context>
<context>
    <name>management</name>
    <message>
        <location filename="../../desktop_app/ui/features/management.py" line="38" />
        <source>&amp;Managementrapportage</source>
        <translation>&amp;Management report</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="33" />
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="34" />
        <source>Mannelijk</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="35" />
        <source>Vrouwelijk</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/member_dialog.py" line="36" />
        <source>Niet gespecificeerd</source>
        <translation>Not specified</translation>
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
        <source>Deze oude scores zijn alleen te lezen. Scoor nu per volwassene.</source>
        <translation>These old scores can only be read. Now score per adult.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="32" />
        <source>Kies een rol: jeugdige, ouder, verzorger of overig.</source>
        <translation>Choose a role: youth, parent, carer or other.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="35" />
        <source>Kies een van de zeven gemeenten in Midden-Limburg.</source>
        <translation>Choose one of the seven municipalities in Midden-Limburg.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38" />
        <source>Onbekende status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39" />
        <source>Een naam mag hoogstens 200 tekens lang zijn.</source>
        <translation>A name may be at most 200 characters long.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43" />
        <source>Deze aanbieder heeft geen contract voor dit product in deze regio. Geef een reden op om toch voor deze aanbieder te kiezen.</source>
        <translation>This provider has no contract for this product in this region. Give a reason to choose this provider anyway.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="46" />
        <source>Vul de omvang in als een heel getal (0 of meer), of laat het veld leeg.</source>
        <translation>Enter the volume as a whole number (0 or more), or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48" />
        <source>Kies een gewicht van 1 tot en met 10.</source>
        <translation>Choose a weight from 1 to 10.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="49" />
        <source>Kies een niveau van -2 tot en met +2.</source>
        <translation>Choose a level from -2 to +2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="50" />
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="51" />
        <source>Kies een waarde uit de lijst.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="52" />
        <source>Deze tekst is te lang (hoogstens 4000 tekens).</source>
        <translation>This text is too long (at most 4000 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="54" />
        <source>Kies een datum binnen de looptijd van de inzet.</source>
        <translation>Choose a date within the period of the deployment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57" />
        <source>Deze casus is afgesloten. Heropen de casus om iets te veranderen.</source>
        <translation>This case is closed. Reopen the case to change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="60" />
        <source>Vul een tijd in als uu:mm, bijvoorbeeld 09:30.</source>
        <translation>Enter a time as hh:mm, for example 09:30.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="62" />
        <source>De eindtijd ligt vóór of op de begintijd.</source>
        <translation>The end time is before or at the start time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="64" />
        <source>Dit bestand is groter dan 25 MB en is niet bewaard. Maak de scan kleiner (bijvoorbeeld in zwart-wit of met een lagere resolutie) of bewaar alleen de pagina's die nodig zijn.</source>
        <translation>This file is larger than 25 MB and was not stored. Make the scan smaller (for example in black and white or at a lower resolution) or keep only the pages that are needed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69" />
        <source>Kies een datum na de evaluatie en niet na het einde van de beschikking.</source>
        <translation>Choose a date after the evaluation and not after the decision ends.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="71" />
        <source>Kies een cijfer van 1 tot en met 10, of laat het leeg.</source>
        <translation>Choose a mark from 1 to 10, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73" />
        <source>Kies een van de antwoorden, of laat het leeg.</source>
        <translation>Choose one of the answers, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="75" />
        <source>Kies de reden van beëindigen (iJw-lijst).</source>
        <translation>Choose the reason for ending (iJw list).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="77" />
        <source>Kies de reden van de wijziging uit de iJw-lijst (JZ002).</source>
        <translation>Choose the reason for the change from the iJw list (JZ002).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="79" />
        <source>Schrijf op naar welke hulp in het voorliggend veld het gezin gaat.</source>
        <translation>Write down which general service the family moves to.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="81" />
        <source>Vul de nieuwe omvang in als een heel getal.</source>
        <translation>Enter the new volume as a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="83" />
        <source>Bij afschalen moet de nieuwe omvang lager zijn dan nu.</source>
        <translation>When scaling down the new volume must be lower than now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="85" />
        <source>Bij opschalen moet de nieuwe omvang hoger zijn dan nu.</source>
        <translation>When scaling up the new volume must be higher than now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="87" />
        <source>Kies de datum van het gesprek (niet in de toekomst).</source>
        <translation>Choose the date of the meeting (not in the future).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="89" />
        <source>Deze evaluatie is al afgerond en kan niet meer veranderen.</source>
        <translation>This evaluation is finished and can no longer change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="92" />
        <source>Deze notitie is te lang (hoogstens 20.000 tekens).</source>
        <translation>This note is too long (at most 20,000 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="94" />
        <source>Dit gezin heeft nog een open casus. Sluit die eerst af.</source>
        <translation>This family still has an open case. Close it first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="97" />
        <source>Een telefoonnummer heeft 10 tot 15 cijfers, bijvoorbeeld 0475 123 456 of +31 475 123 456.</source>
        <translation>A phone number has 10 to 15 digits, for example 0475 123 456 or +31 475 123 456.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="100" />
        <source>Een e-mailadres ziet eruit als naam@voorbeeld.nl.</source>
        <translation>An e-mail address looks like name@example.nl.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="102" />
        <source>Deze tekst is te lang (hoogstens 200 tekens).</source>
        <translation>This text is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="110" />
        <source>jeugdige</source>
        <translation>youth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="111" />
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="112" />
        <source>verzorger</source>
        <translation>carer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="113" />
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="119" />
        <source>aanmelding</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="120" />
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="121" />
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="122" />
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="14" />
        <source>gezin</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="14" />
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="15" />
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="19" />
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="19" />
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="20" />
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/actions_tab.py" line="20" />
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/common.py" line="42" />
        <source>Deze casus is afgesloten. Heropen de casus om iets te veranderen.</source>
        <translation>This case is closed. Reopen the case to change anything.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="31" />
        <source>thuis</source>
        <translation>at home</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="31" />
        <source>op school (OSK)</source>
        <translation>at school (OSK)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="32" />
        <source>in de kinderopvang (OSK)</source>
        <translation>at childcare (OSK)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="33" />
        <source>bij de zorgaanbieder</source>
        <translation>at the provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="37" />
        <source>aangevraagd</source>
        <translation>requested</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="37" />
        <source>toegewezen</source>
        <translation>allocated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="38" />
        <source>gestart</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="38" />
        <source>beëindigd</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/deployments_tab.py" line="46" />
        <source>onbekend (%1)</source>
        <translation>unknown (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="32" />
        <source>-2 · veel minder dan verwacht</source>
        <translation>-2 · much less than expected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="33" />
        <source>-1 · minder dan verwacht</source>
        <translation>-1 · less than expected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="34" />
        <source>0 · verwacht niveau (het doel)</source>
        <translation>0 · expected level (the goal)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="35" />
        <source>+1 · beter dan verwacht</source>
        <translation>+1 · better than expected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="36" />
        <source>+2 · veel beter dan verwacht</source>
        <translation>+2 · much better than expected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="44" />
        <source>Maak het concreet: wie doet of bereikt wat, en waar?</source>
        <translation>Make it specific: who does or achieves what, and where?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="45" />
        <source>Maak het meetbaar: hoe vaak, hoeveel, of waaraan ziet u het?</source>
        <translation>Make it measurable: how often, how much, or how will you see it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="46" />
        <source>Zet er een tijd bij: wanneer is het bereikt? Vul ook een streefdatum in.</source>
        <translation>Add a time: when will it be reached? Fill in a target date too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="47" />
        <source>Schrijf het doel positief: wat gaat er wél gebeuren?</source>
        <translation>Phrase the goal positively: what will happen?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results/results_tab.py" line="48" />
        <source>Beschrijf alle vijf niveaus, van -2 (veel minder) tot +2 (veel beter).</source>
        <translation>Describe all five levels, from -2 (much less) to +2 (much better).</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop_app/ui/safety/restore_dialog.py" line="148" />
        <source>Back-up wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
</TS>