"""The demo dataset: generator (core) and bulk writer (store)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from stdnum.nl import bsn as stdnum_bsn

from desktop_app.core import demo
from desktop_app.core import validation as v
from desktop_app.core.models import CASE_STATUSES, ROLES, age_on
from desktop_app.core.regions import MUNICIPALITY_REGION
from desktop_app.store import create_store, demo_steps
from desktop_app.store.demo import fill_demo
from desktop_app.store.families import Families
from desktop_app.store.summaries import rebuild_summaries

TODAY = date(2026, 3, 1)
PASSPHRASE = "vlaai-en-zuurvlees-2026"


def _generate(count, seed=7, **kw):
    kw.setdefault("steps", demo_steps.STEPS)  # what fill_demo generates
    return list(demo.generate(count, seed, today=TODAY, **kw))


@pytest.fixture(scope="module")
def dataset():
    return _generate(600)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(tmp_path))
    s = create_store(tmp_path / "gezinsplan.db", PASSPHRASE)
    yield s
    s.close()


# -- the generator ------------------------------------------------------------------
def test_deterministic_per_seed():
    assert _generate(60, seed=3) == _generate(60, seed=3)
    assert _generate(60, seed=3) != _generate(60, seed=4)


def test_prefix_stable_while_count_fits_the_bsn_pool():
    # Small datasets all get BSNs, so a longer run starts with the same families.
    assert _generate(20) == _generate(40)[:20]


def test_bsns_valid_in_test_range_and_unique(dataset):
    bsns = [p.bsn for d in dataset for p in d.family.members if p.bsn]
    assert bsns and len(bsns) == len(set(bsns))
    assert len(bsns) == sum(len(d.family.members) for d in dataset)  # small: everyone has one
    for number in bsns:
        assert stdnum_bsn.is_valid(number) and len(number) == 9
        assert demo.BSN_TEST_FIRST <= int(number) <= demo.BSN_TEST_LAST
        assert v.clean_bsn(number) == number


def test_test_bsn_walk_matches_stdnum():
    valid = demo.valid_test_bsns()
    assert valid[0] == "999900006" and valid[-1] == "999999990"
    assert len(valid) == 9091
    sample = range(demo.BSN_TEST_FIRST, demo.BSN_TEST_FIRST + 5000)
    assert [str(n) for n in sample if stdnum_bsn.is_valid(str(n))] == [
        b for b in valid if int(b) < demo.BSN_TEST_FIRST + 5000]
    # Computed per block of ten: the same numbers as checking every one.
    every = range(demo.BSN_TEST_FIRST, demo.BSN_TEST_LAST + 1)
    assert valid == tuple(str(n) for n in every if demo._elfproef(n))


def test_large_dataset_shares_the_bsn_pool_without_repeats():
    families = _generate(4000, seed=1)
    bsns = [p.bsn for d in families for p in d.family.members if p.bsn]
    assert len(bsns) == len(set(bsns)) <= 9091
    assert len(bsns) > 8000  # the pool is used, not wasted
    # Spread over the whole dataset, not only the first families.
    assert any(p.bsn for d in families[-200:] for p in d.family.members)


def test_used_bsns_are_excluded():
    first = {p.bsn for d in _generate(50) for p in d.family.members}
    second = {p.bsn for d in _generate(50, used_bsns=first) for p in d.family.members}
    assert None not in first | second
    assert not first & second


def test_households(dataset):
    for d in dataset:
        fam = d.family
        youths = [p for p in fam.members if p.role == "jeugdige"]
        adults = [p for p in fam.members if p.role != "jeugdige"]
        assert 1 <= len(youths) <= 4
        assert 1 <= len(adults) <= 2
        assert all(p.role in ROLES for p in fam.members)
        for p in fam.members:
            assert p.birth_date < TODAY
            assert v.clean_birth_date(p.birth_date, TODAY) == p.birth_date
            assert v.clean_name(p.first_name, "first_name") == p.first_name
            assert not p.gezag or p.role != "jeugdige"
        for y in youths:
            assert 0 <= age_on(y.birth_date, TODAY) <= 17
            assert y.last_name == fam.family_name
        for a in adults:
            assert age_on(a.birth_date, TODAY) >= 18
            if a.role == "ouder":  # youths is not empty (asserted above)
                assert all(age_on(a.birth_date, y.birth_date) >= 16 for y in youths)
        assert v.clean_postcode(fam.postcode) == fam.postcode
        assert fam.municipality in MUNICIPALITY_REGION
        low_high = {p[0]: (p[1], p[2]) for p in demo.PLACES[fam.municipality]}
        low, high = low_high[fam.city]
        assert low <= int(fam.postcode[:4]) <= high


def test_realistic_mix(dataset):
    sizes = Counter(sum(p.role == "jeugdige" for p in d.family.members) for d in dataset)
    assert set(sizes) == {1, 2, 3, 4}
    assert Counter(d.family.municipality for d in dataset).keys() == MUNICIPALITY_REGION.keys()
    gezag = Counter((p.role, p.gezag) for d in dataset for p in d.family.members)
    assert gezag[("ouder", True)] > gezag[("verzorger", False)] > 0
    names = {d.family.family_name for d in dataset} | {
        p.first_name for d in dataset for p in d.family.members}
    assert any(not n.isascii() for n in names)  # ë, ï, ñ, ü...
    assert any(len(n) > 15 for n in names)      # long double names


def test_cases(dataset):
    numbers = []
    statuses = Counter()
    three_years_ago = date(2023, 3, 1)
    for d in dataset:
        assert 1 <= len(d.cases) <= 2
        open_cases = [c for c in d.cases if c.status != "afgesloten"]
        assert len(open_cases) <= 1
        current = max(d.cases, key=lambda c: c.start_date)
        statuses[current.status] += 1
        for c in d.cases:
            numbers.append(c.case_number)
            assert c.status in CASE_STATUSES
            assert c.municipality == d.family.municipality
            assert c.region == MUNICIPALITY_REGION[c.municipality]
            assert c.consultant in demo.CONSULTANTS[c.region]
            assert three_years_ago < c.start_date <= TODAY
            assert c.case_number.startswith(f"CJG-{c.start_date.year}-")
            if c.status == "afgesloten":
                assert c.start_date < c.end_date < TODAY and c.next_evaluation is None
                assert c.coordination is not None
            else:
                assert c.end_date is None
            if c.status == "actief":
                assert c.next_evaluation is not None
                assert c.next_evaluation <= demo.add_months(max(c.start_date, TODAY), 6)
            if c.status in ("aanmelding", "intake"):
                assert c.coordination is None and c.next_evaluation is None
        if len(d.cases) == 2:
            older, newer = sorted(d.cases, key=lambda c: c.start_date)
            assert older.status == "afgesloten" and older.end_date < newer.start_date
    assert numbers and len(numbers) == len(set(numbers))
    assert all(len(n) == len("CJG-2026-000001") for n in numbers)
    assert statuses["actief"] > statuses["afgesloten"] > statuses["aanmelding"] > 0
    assert statuses["intake"] > 0


def test_case_numbers_continue_after_existing():
    families = _generate(5, last_case_numbers={2025: 41, 2026: 7})
    numbers = sorted(c.case_number for d in families for c in d.cases)
    assert "CJG-2025-000001" not in numbers
    # a year with a given last number is there and continues after it, without gaps
    y2025 = [n for n in numbers if "-2025-" in n]
    assert y2025 and y2025 == [f"CJG-2025-{k:06d}" for k in range(42, 42 + len(y2025))]
    assert all(int(n[-6:]) > (41 if "-2025-" in n else 7 if "-2026-" in n else 0)
               for n in numbers)


def test_steps_are_independent_streams():
    # A later step (e.g. intake) may draw randomness without changing earlier steps.
    def step_extra(ctx, d):
        ctx.rng(d.index, "extra").random()
        d.extras["extra"] = True

    base = _generate(30)
    more = _generate(30, steps=[*demo_steps.STEPS, step_extra])
    assert [d.family for d in base] == [d.family for d in more]
    assert [d.cases for d in base] == [d.cases for d in more]
    assert [d.extras for d in base] == [
        {k: v for k, v in d.extras.items() if k != "extra"} for d in more]
    assert len(more) == 30 and all(d.extras.get("extra") is True for d in more)


def test_demo_wiring_is_one_explicit_list():
    # store/demo_steps.FEATURES is the only wiring: every step_* of a core/demo_*.py
    # module and every write_* of a store/demo_*.py module is in it, once, in order
    # after the base steps; importing a module registers nothing.
    import importlib
    import inspect
    from pathlib import Path

    import desktop_app

    root = Path(desktop_app.__file__).parent
    found = {"step": set(), "write": set()}
    for layer, prefix in (("core", "step"), ("store", "write")):
        for path in sorted((root / layer).glob("demo_*.py")):
            module = importlib.import_module(f"desktop_app.{layer}.{path.stem}")
            found[prefix] |= {f for name, f in inspect.getmembers(module, inspect.isfunction)
                              if name.startswith(prefix + "_") and f.__module__ == module.__name__}
    steps = demo_steps.steps_of()
    writers = demo_steps.writers_of()
    assert steps[:len(demo.BASE_STEPS)] == demo.BASE_STEPS
    assert set(steps[len(demo.BASE_STEPS):]) == found["step"]
    assert len(set(steps)) == len(steps)
    assert set(writers) == found["write"] and len(set(writers)) == len(writers)
    assert not hasattr(demo, "STEPS")


def test_add_months():
    assert demo.add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert demo.add_months(date(2023, 8, 29), 6) == date(2024, 2, 29)
    assert demo.add_months(date(2024, 1, 15), -13) == date(2022, 12, 15)
    # The arithmetic gives what dateutil's relativedelta gave, month ends included.
    from dateutil.relativedelta import relativedelta

    for day in (date(2023, 1, 31), date(2024, 2, 29), date(2024, 3, 30), date(2025, 12, 31),
                date(2026, 7, 15)):
        for months in range(-40, 41):
            assert demo.add_months(day, months) == day + relativedelta(months=months)


# -- the bulk writer ----------------------------------------------------------------
def _snapshot(db):
    summary = db.execute(
        "SELECT id, youths, case_status, next_evaluation, coordination FROM families ORDER BY id"
    ).fetchall()
    fts = db.execute(
        "SELECT rowid, names, bsns, postcodes, case_numbers FROM family_fts ORDER BY rowid"
    ).fetchall()
    return [tuple(r) for r in summary], [tuple(r) for r in fts]


def _refresh_all(db):
    fam = Families(db)
    with db.atomic():
        for (family_id,) in db.execute("SELECT id FROM families").fetchall():
            fam.refresh_summary(family_id)


def test_fill_writes_everything(store):
    seen = []
    assert fill_demo(store, 250, seed=5, progress=lambda d, t: seen.append((d, t)),
                     today=TODAY, batch_size=100) == 250
    assert seen == [(100, 250), (200, 250), (250, 250)]
    db = store.db
    assert db["families"].count == 250
    generated = _generate(250, seed=5)
    assert db["persons"].count == sum(len(d.family.members) for d in generated)
    assert db["cases"].count == sum(len(d.cases) for d in generated)
    fam = Families(db)
    first = fam.get_family(1)
    assert first.family_name == generated[0].family.family_name
    assert {p.bsn for p in first.members} == {p.bsn for p in generated[0].family.members}
    assert store.integrity_check() == []
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # Search finds a family by BSN, postcode and case number.
    some = generated[17]
    assert 18 in [r["id"] for r in fam.page(some.family.members[0].bsn)]
    assert 18 in [r["id"] for r in fam.page(some.cases[0].case_number)]
    assert 18 in [r["id"] for r in fam.page(some.family.postcode.replace(" ", ""), limit=10_000)]


def test_bulk_summaries_equal_refresh_summary(store):
    fill_demo(store, 400, seed=9, today=TODAY, batch_size=150)
    db = store.db
    # Edge cases the generator never makes: no members, no cases, no BSN, no birth date,
    # no postcode, equal start dates, an empty next_evaluation, a NULL start date.
    fam = Families(db)
    from desktop_app.core.models import Case, Family, Person

    lonely = fam.add_family(Family(family_name="de Wit", municipality="Weert"))
    twins = fam.add_family(Family(family_name="Ëlbers", postcode="6041AB", municipality="Roermond"))
    for name in ("Noë", "Anaïs"):
        fam.add_person(Person(family_id=twins, role="jeugdige", first_name=name, last_name=""))
    fam.add_person(Person(family_id=twins, role="ouder", first_name="Iñes", last_name="Ëlbers",
                          birth_date=date(1990, 1, 1), bsn="999900006"))
    for status in ("actief", "intake", "afgesloten"):
        fam.add_case(Case(family_id=twins, case_number="", municipality="Roermond", region="",
                          status=status, start_date=date(2025, 5, 5),
                          next_evaluation=date(2025, 11, 5), coordination=status == "actief"))
    fam.add_case(Case(family_id=lonely, case_number="", municipality="Weert", region="",
                      status="aanmelding"))
    db.execute("UPDATE cases SET next_evaluation = '' WHERE family_id = ? AND status = 'intake'",
               [twins])

    with db.atomic():
        rebuild_summaries(db)
    bulk = _snapshot(db)
    # Scramble, then let the per-family code recompute everything.
    db.execute("UPDATE families SET youths = 'x', case_status = 'x', next_evaluation = 'x', "
               "coordination = 9")
    db.execute("DELETE FROM family_fts")
    _refresh_all(db)
    assert _snapshot(db) == bulk
    assert len(bulk[0]) == len(bulk[1]) == 402


def test_fill_add_keeps_numbers_unique(store):
    fill_demo(store, 120, seed=1, today=TODAY)
    fill_demo(store, 120, seed=1, today=TODAY)  # same seed again, as with --add
    db = store.db
    assert db["families"].count == 240
    bsns = [r[0] for r in db.execute("SELECT bsn FROM persons WHERE bsn <> ''")]
    assert len(bsns) == len(set(bsns))
    numbers = [r[0] for r in db.execute("SELECT case_number FROM cases")]
    assert len(numbers) == len(set(numbers))
    # The repository continues numbering after the demo data.
    fam = Families(db)
    year = max(int(n[4:8]) for n in numbers)
    last = max(n for n in numbers if n.startswith(f"CJG-{year}-"))
    assert fam.next_case_number(date(year, 6, 1)) == f"CJG-{year}-{int(last[-6:]) + 1:06d}"



def test_demo_random_draws_as_random_random():
    """core.demo.DemoRandom's quicker randint and choice give random.Random's draws (the
    demo data stays the same); the other methods interleave on the same stream."""
    import random

    ours, stock = demo.DemoRandom("gezinsplan-demo:7:1:x"), random.Random("gezinsplan-demo:7:1:x")
    seqs = ("a", "ab", "abc", tuple(range(7)), list(range(100)), "x" * 1025)
    for i in range(5000):
        a, b = i % 13 - 3, i % 13 - 3 + i % 1100
        assert ours.randint(a, b) == stock.randint(a, b)
        assert ours.choice(seqs[i % 6]) == stock.choice(seqs[i % 6])
        assert ours.random() == stock.random()
    with pytest.raises(ValueError):
        ours.randint(2, 1)
    with pytest.raises(IndexError):
        ours.choice([])
