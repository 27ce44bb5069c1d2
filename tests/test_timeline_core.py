from datetime import datetime

import pytest

from desktop_app.core.timeline import TimelineEntry, filtered, merged


def test_merged_newest_first_and_filtered():
    a = [TimelineEntry(datetime(2026, 1, 1, 10), "contact", "Huisbezoek", "Zoë vertelt", shareable=False)]
    b = [TimelineEntry(datetime(2026, 2, 1, 9), "decision", "Coördinatiebesluit"),
         TimelineEntry(datetime(2025, 12, 1), "case", "Aanmelding")]
    entries = merged(a, b)
    assert [e.title for e in entries] == ["Coördinatiebesluit", "Huisbezoek", "Aanmelding"]
    assert [e.title for e in filtered(entries, kinds=["contact"])] == ["Huisbezoek"]
    assert [e.title for e in filtered(entries, text="ZOË")] == ["Huisbezoek"]
    assert [e.title for e in filtered(entries, shareable_only=True)] == ["Coördinatiebesluit", "Aanmelding"]


def test_unknown_kind_refused():
    with pytest.raises(ValueError):
        TimelineEntry(datetime(2026, 1, 1), "gossip", "x")
