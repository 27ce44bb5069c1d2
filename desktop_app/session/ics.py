"""An appointment as an iCalendar file (RFC 5545), through the `icalendar` package
(escaping of commas, semicolons and newlines, line folding, the VTIMEZONE).

The times carry the Europe/Amsterdam zone (TZID and a VTIMEZONE), so a phone in another
zone still shows the right moment. The file holds only what the consultant typed plus,
when asked, the family's name – never a BSN, a birth date or anything else of the file:
a calendar may sync to a phone or a cloud service outside the encrypted database.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from ..core.appointments import KIND_LABELS, ZONE, Appointment


def ics_title(a: Appointment, family_name: bool) -> str:
    """Neutral by default ('Huisbezoek casus 2026-014'); with the family's name only when
    the consultant chose it."""
    title = f"{KIND_LABELS.get(a.kind, a.kind)} casus {a.case_number}".strip()
    if family_name and a.family_name:
        title += f" – gezin {a.family_name}"
    return title


def to_ics(a: Appointment, *, stamp: datetime | None = None,
           family_name: bool = False, details: bool = True) -> bytes:
    """One VEVENT in a VCALENDAR, RFC 5545 (icalendar escapes commas, semicolons and
    newlines and folds long lines). The UID is stable per appointment, so importing a
    changed appointment again (with a higher SEQUENCE) updates the calendar entry instead of
    adding one; a cancelled one is exported with STATUS:CANCELLED. `details`: place,
    with whom and what as the consultant typed them (else only the title and times)."""
    from icalendar import Calendar, Event, Timezone

    if not a.uid:
        raise ValueError("an appointment that is not stored has no UID")
    cal = Calendar()
    cal.add("prodid", "-//Gezinsplan//Afspraak//NL")
    cal.add("version", "2.0")
    # PUBLISH also for a cancelled one (STATUS:CANCELLED, a higher SEQUENCE): CANCEL is
    # iTIP's and needs an ORGANIZER and ATTENDEEs this file does not have.
    cal.add("method", "PUBLISH")
    start = a.starts_at.replace(tzinfo=ZONE)
    end = a.ends_at.replace(tzinfo=ZONE)
    cal.add_component(Timezone.from_tzinfo(ZONE, first_date=start.date().replace(month=1, day=1),
                                           last_date=end.date().replace(month=12, day=31)))
    event = Event()
    event.add("uid", f"{a.uid}@gezinsplan")
    event.add("dtstamp", (stamp or datetime.now(tz=ZONE)).astimezone(ZoneInfo("UTC")))
    event.add("sequence", a.sequence)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", ics_title(a, family_name))
    if details:
        if a.place:
            event.add("location", a.place)
        lines = [line for line in (a.with_whom and f"Met: {a.with_whom}", a.what) if line]
        if lines:
            event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if a.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    cal.add_component(event)
    return cal.to_ical()


def ics_file_name(a: Appointment) -> str:
    """No name in the file name: 'afspraak-2026-014-2027-02-03.ics'."""
    number = re.sub(r"[^0-9A-Za-z-]+", "-", a.case_number or "casus").strip("-")
    return f"afspraak-{number}-{a.day.isoformat()}.ics"
