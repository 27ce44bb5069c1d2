"""Consent split in two (issue 15 item 9, DOMAIN.md): consent to the help itself (Jeugdwet
7.3.4/7.3.5: under 12 the parents, 12-15 youth and parents, 16+ the youth) and consent to
share information (7.3.11: under 12 the parents, from 12 the youth). `consents.kind` is
'hulp' or 'delen'.

Existing records: the form asked 'Wat mag gedeeld worden' (what may be shared), and the
app's default text was 'Informatie uit het gezinsplan', so a record is a consent to SHARE
('delen'). Only a record whose 'what' names the help itself and not information – a word
such as hulp, behandeling, zorg, inzet, begeleiding or traject, and none of informatie,
gegevens, dossier, delen, gedeeld, uitwisselen – becomes 'hulp'. Nothing is dropped; a
case that had only sharing consent now shows the consent to the help as missing, which is
what the law asks to record."""

HELP_WORDS = ("hulp", "behandeling", "zorg", "inzet", "begeleiding", "traject")
SHARE_WORDS = ("informatie", "gegevens", "dossier", "delen", "gedeeld", "uitwissel")


def _like_any(words) -> str:
    return " OR ".join(f"lower(coalesce(what, '')) LIKE '%{w}%'" for w in words)


def migrate(db) -> None:
    cols = {r[1] for r in db.execute("PRAGMA table_info(consents)").fetchall()}
    if "kind" not in cols:
        db.execute("ALTER TABLE consents ADD COLUMN kind TEXT NOT NULL DEFAULT 'delen'")
    db.execute(f"UPDATE consents SET kind = 'hulp' WHERE ({_like_any(HELP_WORDS)}) "
               f"AND NOT ({_like_any(SHARE_WORDS)})")
    db.execute("CREATE INDEX IF NOT EXISTS idx_consents_person_kind "
               "ON consents(person_id, kind)")
