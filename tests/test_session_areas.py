"""The session's areas are made on first use (issue 17: opening the session at unlock loads
only what the start needs): each once, the same one for every thread that asks."""

from __future__ import annotations

import threading

from desktop_app.session import Session


def _made(session) -> set[str]:
    return {name for name, _area in Session.AREAS if name in vars(session)}


def test_opening_makes_only_the_areas_opening_needs(store):
    session = Session(store)
    # The consultant names the audit trail's actor; safety finishes interrupted work.
    assert _made(session) == {"consultant", "safety"}
    assert session.households is session.households
    assert _made(session) == {"consultant", "safety", "households"}
    assert session.intake is session.intake  # any area, on first use
    assert "intake" in _made(session)


def test_every_area_is_reachable_and_made_once_for_all_threads(store):
    session = Session(store)
    names = [name for name, _area in Session.AREAS]
    assert len(names) == len(set(names)) == 14
    seen: dict[str, set[int]] = {name: set() for name in names}
    start = threading.Barrier(4)

    def ask() -> None:
        start.wait()
        for name in names:
            seen[name].add(id(getattr(session, name)))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(len(ids) == 1 for ids in seen.values()), seen
    assert _made(session) == set(names)


def test_loading_areas_imports_without_making_them(store):
    session = Session(store)
    Session.load_areas("decisions", "team")
    Session.load_areas()  # every area's module
    assert _made(session) == {"consultant", "safety"}
