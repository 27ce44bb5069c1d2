"""A case's timeline: what the consultant wrote down and what the app recorded, as one list.

The entries come from several sources (the journal, the audit trail of the case's
operations, appointments, attachments, documents made); each source turns its rows into
`TimelineEntry` values and the case file merges them here, newest first. Plain data: the
screens, the family's documents ('alleen wat gedeeld mag worden') and the tests ask the same
functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .messages import Message, render
from .text_lang import LANGUAGES

# The kinds a timeline can be filtered by, in the order the filter shows them.
KINDS = (
    "contact",      # a journal entry: home visit, phone call, meeting, e-mail, other
    "appointment",  # a planned visit or meeting
    "intake",       # intake steps finished, help question, consent given or withdrawn
    "result",       # results set or changed
    "deployment",   # specialised help started, changed, ended
    "decision",     # coordination decisions
    "evaluation",   # evaluations
    "document",     # a PDF made (which, version, to whom)
    "attachment",   # a file stored with the case
    "case",         # the case opened, closed, reopened
)


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    kind: str
    title: Message | str  # core/messages.py: str() is Dutch, the UI renders its language
    detail: Message | str = ""
    # May the family see it ('Samen kijken', the family's documents)? The app's own records
    # are shareable; a journal note only when the consultant marked it so.
    shareable: bool = True
    # Where it came from, e.g. ("journal", 12), so a screen can open it.
    source: tuple[str, int] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown timeline kind {self.kind!r}")


def merged(*sources: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """All entries, newest first; equal times keep their source order."""
    entries = [e for source in sources for e in source]
    return sorted(entries, key=lambda e: e.when, reverse=True)


def filtered(entries: Iterable[TimelineEntry], *, kinds: Iterable[str] | None = None,
             text: str = "", shareable_only: bool = False) -> list[TimelineEntry]:
    """The entries of the given kinds whose title or detail contains `text` (any case)."""
    wanted = set(kinds) if kinds is not None else None
    needle = text.strip().casefold()
    out = []
    for e in entries:
        if wanted is not None and e.kind not in wanted:
            continue
        if shareable_only and not e.shareable:
            continue
        # Found in either language: the Dutch of the records or what the English UI shows.
        texts = " ".join(render(t, lang) for t in (e.title, e.detail) for lang in LANGUAGES)
        if needle and needle not in texts.casefold():
            continue
        out.append(e)
    return out
