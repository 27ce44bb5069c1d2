"""Fictional Midden-Limburg families for demos, screenshots and load tests.

Pure: no SQL, no Qt. `generate(count, seed)` yields `DemoFamily` objects built
from the core dataclasses; the store layer writes them (store/demo.py).

Determinism: the same seed, count, `today` and exclusions give the same data.
Every family draws from its own random stream derived from (seed, index, step),
so features add steps after `BASE_STEPS` (results, evaluations, intake: the one
ordered list is store/demo_steps.py) without changing what the earlier steps
produce. Only the BSN
pool and the case-number counters are shared between families.

BSNs come only from the test range 999900006-999999990. That range holds just
9,091 numbers that pass the 11-check, so in large datasets only a share of the
people get one (spread evenly, youths first); the rest have no BSN.
"""

from __future__ import annotations

import functools
import random
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from stdnum.nl import bsn as stdnum_bsn

from .dates import add_months
from .demo_data import (
    BANNED_LETTERS,
    BOYS,
    CONSULTANTS,
    GIRLS,
    LOCAL_STREETS,
    MEN,
    MUNICIPALITY_WEIGHTS,
    PLACES,
    STREETS,
    SURNAMES,
    WOMEN,
)
from .models import Case, Family, Person, age_on
from .regions import region_of

BSN_TEST_FIRST = 999900006
BSN_TEST_LAST = 999999990

# -- case statuses ------------------------------------------------------------
STATUS_WEIGHTS: dict[str, int] = {"aanmelding": 10, "intake": 15, "actief": 50, "afgesloten": 25}
EARLIER_CASE_SHARE = 0.15  # families that also have an older, closed case
# Test BSNs drawn per family at share 1.0: about 1.83 youths x 1.4 + 1.68 adults x 0.7,
# plus a margin, so the limited pool lasts to the end of a large dataset.
BSN_DEMAND_PER_FAMILY = 3.95


@dataclass
class DemoFamily:
    """One generated family: the household, its cases, and room for later steps."""

    index: int
    family: Family
    cases: list[Case] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)


# -- BSNs and case numbers ---------------------------------------------------------
def _elfproef(number: int) -> bool:
    digits = str(number)
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


@functools.cache
def valid_test_bsns() -> tuple[str, ...]:
    """All numbers in the test range that pass the 11-check, in ascending order. Per
    block of ten only one last digit can pass (the weighted sum of the first eight digits
    mod 11, if it is below 10): computed per block instead of checking every number."""
    out = []
    for prefix in range(BSN_TEST_FIRST // 10, BSN_TEST_LAST // 10 + 1):
        digits = str(prefix)
        last = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        number = prefix * 10 + last
        if last < 10 and BSN_TEST_FIRST <= number <= BSN_TEST_LAST:
            out.append(str(number))
    return tuple(out)


class BsnPool:
    """Unique test BSNs in a seeded order; each is confirmed with python-stdnum."""

    def __init__(self, rng: random.Random, exclude: Iterable[str] = ()):
        excluded = set(exclude)
        self._free = [b for b in valid_test_bsns() if b not in excluded]
        rng.shuffle(self._free)

    def __len__(self) -> int:
        return len(self._free)

    def take(self) -> str | None:
        if not self._free:
            return None
        number = self._free.pop()
        return stdnum_bsn.validate(number)  # raises if the walk above were ever wrong


class CaseNumbers:
    """CJG-YYYY-NNNNNN, counting on from the highest number already used per year."""

    def __init__(self, last_per_year: dict[int, int] | None = None):
        self._last = dict(last_per_year or {})

    def next(self, start: date) -> str:
        number = self._last.get(start.year, 0) + 1
        self._last[start.year] = number
        return f"CJG-{start.year}-{number:06d}"


@dataclass
class DemoContext:
    """Shared state of one generation run."""

    seed: int
    today: date
    bsns: BsnPool
    case_numbers: CaseNumbers
    bsn_share: float = 1.0

    def rng(self, index: int, step: str) -> random.Random:
        # String seeds are hashed with SHA-512: stable across runs and platforms.
        return DemoRandom(f"gezinsplan-demo:{self.seed}:{index}:{step}")


class DemoRandom(random.Random):
    """random.Random with randint and choice in one call each instead of three (they were
    a third of generating, issue 17). The same draws: CPython's randint is
    randrange(a, b + 1) = a + _randbelow(b - a + 1), choice is seq[_randbelow(len(seq))],
    and _randbelow takes getrandbits(n.bit_length()) until below n; tests/test_demo.py
    compares both with random.Random's."""

    def randint(self, a: int, b: int) -> int:
        n = b - a + 1
        if n <= 0:
            raise ValueError(f"empty range in randint({a}, {b})")
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return a + r

    def choice(self, seq):
        n = len(seq)
        if not n:
            raise IndexError("Cannot choose from an empty sequence")
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return seq[r]


# -- helpers ------------------------------------------------------------------


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _birth_date(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    """A date in the past on which someone is between min_age and max_age today."""
    latest = today - timedelta(days=21) if min_age == 0 else add_months(today, -12 * min_age)
    earliest = add_months(today, -12 * (max_age + 1)) + timedelta(days=1)
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


def _postcode(rng: random.Random, low: int, high: int) -> str:
    while True:
        letters = chr(65 + rng.randrange(26)) + chr(65 + rng.randrange(26))
        if letters not in BANNED_LETTERS:
            return f"{rng.randint(low, high)} {letters}"


def _house_number(rng: random.Random) -> str:
    number = str(rng.choices((rng.randint(1, 40), rng.randint(41, 240)), weights=(3, 1))[0])
    roll = rng.random()
    if roll < 0.08:
        number += rng.choice("ABC")
    elif roll < 0.11:
        number += "-" + str(rng.randint(1, 3))
    return number


def _phone(rng: random.Random) -> str:
    # Dutch mobile numbers in use start 06-1 to 06-6; 06-0... is not handed out to
    # subscribers, so these look right on screen and reach no one.
    return f"06-0{rng.randint(0, 9_999_999):07d}"


def _email(first: str, last: str, rng: random.Random) -> str:
    ascii_text = unicodedata.normalize("NFKD", f"{first}.{last}".lower())
    plain = "".join(c for c in ascii_text if c.isascii() and (c.isalnum() or c == "."))
    return f"{plain}{rng.randint(1, 99)}@example.com"  # example.com is reserved (RFC 2606)


# -- steps ----------------------------------------------------------------------
def step_address(ctx: DemoContext, demo: DemoFamily) -> None:
    rng = ctx.rng(demo.index, "address")
    fam = demo.family
    fam.municipality = _weighted(rng, MUNICIPALITY_WEIGHTS)
    places = PLACES[fam.municipality]
    place, low, high, _ = rng.choices(places, weights=[p[3] for p in places])[0]
    fam.city = place
    fam.postcode = _postcode(rng, low, high)
    fam.street = rng.choice(STREETS + LOCAL_STREETS[fam.municipality] * 2)
    fam.house_number = _house_number(rng)


def step_household(ctx: DemoContext, demo: DemoFamily) -> None:
    """One or two parents/carers with realistic gezag, and one to four youths."""
    rng = ctx.rng(demo.index, "household")
    today = ctx.today
    fam = demo.family
    surname = rng.choice(SURNAMES)
    fam.family_name = surname

    n_children = rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0]
    oldest_age = rng.choices((rng.randint(0, 5), rng.randint(6, 11), rng.randint(12, 17)),
                             weights=(25, 40, 35))[0]
    mother_age = rng.randint(19, 40)  # at the birth of the oldest child
    births = [_birth_date(rng, today, oldest_age, oldest_age)]
    for _ in range(n_children - 1):
        gap = rng.randint(12, 60)  # months between siblings
        nxt = add_months(births[-1], gap) + timedelta(days=rng.randint(-20, 20))
        if nxt >= today - timedelta(days=21) or (nxt - births[0]).days > (45 - mother_age) * 365:
            break
        births.append(nxt)

    kind = rng.choices(("two_parents", "single", "new_partner", "carers"),
                       weights=(52, 30, 12, 6))[0]
    adults: list[Person] = []
    mother_birth = add_months(births[0], -12 * mother_age) - timedelta(days=rng.randint(0, 364))
    father_birth = _adult_by(mother_birth - timedelta(days=rng.randint(-700, 2500)), births[0])
    other_surname = rng.choice(SURNAMES)
    if kind == "two_parents":
        adults.append(_adult(rng, ctx, MEN, surname, father_birth, "ouder", True))
        adults.append(_adult(rng, ctx, WOMEN, other_surname, mother_birth, "ouder", True))
    elif kind == "single":
        if rng.random() < 0.82:
            adults.append(_adult(rng, ctx, WOMEN, surname, mother_birth, "ouder", True))
        else:
            adults.append(_adult(rng, ctx, MEN, surname, father_birth, "ouder", True))
    elif kind == "new_partner":
        # A parent with gezag and a new partner who cares for the children without gezag.
        adults.append(_adult(rng, ctx, WOMEN, surname, mother_birth, "ouder", True))
        partner_birth = _adult_by(mother_birth - timedelta(days=rng.randint(-1500, 2500)), today)
        adults.append(_adult(rng, ctx, MEN, other_surname, partner_birth, "verzorger", False))
    else:
        # Grandparents or a foster family; gezag usually lies with a certified institution
        # (voogdij bij de GI), sometimes a grandparent was granted it.
        gezag = rng.random() < 0.3
        carer_birth = _birth_date(rng, today, 52, 70)
        adults.append(_adult(rng, ctx, WOMEN, other_surname, carer_birth, "verzorger", gezag))
        if rng.random() < 0.6:
            carer2 = carer_birth - timedelta(days=rng.randint(-800, 1500))
            adults.append(_adult(rng, ctx, MEN, other_surname, carer2, "verzorger", gezag))

    youths = []
    for birth in births:
        pool = GIRLS if rng.random() < 0.5 else BOYS
        youths.append(Person(family_id=0, role="jeugdige", first_name=rng.choice(pool),
                             last_name=surname, birth_date=birth))
    # Youths are the clients: give them a BSN first.
    for person in youths + adults:
        person.bsn = _maybe_bsn(ctx, rng, youth=person.role == "jeugdige")
        if person.role == "jeugdige" and age_on(person.birth_date, today) >= 12 and rng.random() < 0.3:
            person.phone = _phone(rng)
    fam.members = adults + youths
    main_adult = adults[0]
    fam.phone = main_adult.phone
    fam.email = main_adult.email


def _adult_by(birth: date, day: date) -> date:
    """`birth`, moved back if needed so the person is at least 18 on `day`."""
    return min(birth, add_months(day, -12 * 18) - timedelta(days=1))


def _adult(rng: random.Random, ctx: DemoContext, names: tuple[str, ...], surname: str,
           birth: date, role: str, gezag: bool) -> Person:
    first = rng.choice(names)
    person = Person(family_id=0, role=role, first_name=first, last_name=surname,
                    birth_date=birth, gezag=gezag, phone=_phone(rng))
    if rng.random() < 0.7:
        person.email = _email(first, surname, rng)
    return person


def _maybe_bsn(ctx: DemoContext, rng: random.Random, youth: bool) -> str | None:
    share = min(1.0, ctx.bsn_share * (1.4 if youth else 0.7))
    return ctx.bsns.take() if rng.random() < share else None


def step_cases(ctx: DemoContext, demo: DemoFamily) -> None:
    """One current case; sometimes an older, closed one before it."""
    rng = ctx.rng(demo.index, "cases")
    today = ctx.today
    municipality = demo.family.municipality
    region = region_of(municipality)
    status = _weighted(rng, STATUS_WEIGHTS)
    earliest = add_months(today, -36) + timedelta(days=1)

    if status == "aanmelding":
        start = today - timedelta(days=rng.randint(0, 28))
    elif status == "intake":
        start = today - timedelta(days=rng.randint(7, 75))
    else:
        start = today - timedelta(days=rng.randint(60, (today - earliest).days))
    current = Case(family_id=0, case_number="", municipality=municipality, region=region,
                   status=status, consultant=rng.choice(CONSULTANTS[region]), start_date=start)
    if status == "actief":
        current.coordination = rng.random() < 0.45
        # Follow-up at least every six months (DOMAIN.md); some evaluations are overdue.
        months = 6
        while add_months(start, months) <= today:
            months += 6
        due = add_months(start, months)
        if rng.random() < 0.1 and months > 6:
            due = add_months(start, months - 6) + timedelta(days=rng.randint(0, 20))
            due = min(due, today - timedelta(days=1))
        current.next_evaluation = due
    elif status == "afgesloten":
        current.coordination = rng.random() < 0.4
        current.end_date = min(start + timedelta(days=rng.randint(90, 600)),
                               today - timedelta(days=1))

    cases = [current]
    if rng.random() < EARLIER_CASE_SHARE and (start - earliest).days > 240:
        first_start = earliest + timedelta(days=rng.randint(0, (start - earliest).days - 240))
        first_end = min(first_start + timedelta(days=rng.randint(90, 400)),
                        start - timedelta(days=30))
        cases.append(Case(family_id=0, case_number="", municipality=municipality, region=region,
                          status="afgesloten", consultant=rng.choice(CONSULTANTS[region]),
                          start_date=first_start, end_date=first_end,
                          coordination=rng.random() < 0.3))
    for case in sorted(cases, key=lambda c: c.start_date):
        case.case_number = ctx.case_numbers.next(case.start_date)
    demo.cases = cases


Step = Callable[[DemoContext, DemoFamily], None]
# This module's own steps, in order; the features' steps follow them (store/demo_steps.py).
BASE_STEPS: tuple[Step, ...] = (step_address, step_household, step_cases)


def generate(
    count: int,
    seed: int = 2026,
    *,
    today: date | None = None,
    used_bsns: Iterable[str] = (),
    last_case_numbers: dict[int, int] | None = None,
    steps: Sequence[Step],
) -> Iterator[DemoFamily]:
    """Yield `count` fictional families, each built by `steps` in order (BASE_STEPS
    first). `used_bsns` and `last_case_numbers` (highest number per year) let a caller
    add to an existing database without clashes."""
    if count < 0:
        raise ValueError("count must be >= 0")
    today = today or date.today()
    bsns = BsnPool(random.Random(f"gezinsplan-demo:{seed}:bsn"), exclude=used_bsns)
    # Uncapped: with a small dataset everyone gets a BSN; with a large one a share does.
    share = len(bsns) / (count * BSN_DEMAND_PER_FAMILY) if count else 1.0
    ctx = DemoContext(seed=seed, today=today, bsns=bsns,
                      case_numbers=CaseNumbers(last_case_numbers), bsn_share=share)
    for index in range(count):
        demo = DemoFamily(index=index, family=Family(family_name=""))
        for step in steps:
            step(ctx, demo)
        yield demo


__all__ = [
    "BASE_STEPS", "BSN_TEST_FIRST", "BSN_TEST_LAST", "BsnPool", "CaseNumbers", "DemoContext",
    "DemoFamily", "Step", "add_months", "generate", "valid_test_bsns",
]
