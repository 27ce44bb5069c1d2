"""Three laptops, two consultants, one PostgreSQL server (issue 18): random sequences of
offline edits, new families, hand-overs, conflict choices and syncs in random order. At
the end every laptop holds exactly its consultant's families with the server's values,
and every edit was applied or is kept in a conflict record – none vanished.

The default run tries a few sequences; `-m slow` (CI's second step) tries 200."""

from __future__ import annotations

import itertools
import os
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from desktop_app.core.models import Family, Person
from desktop_app.core.validation import ValidationError

from .laptops import Laptop, assert_laptop_matches_server, server_rows

FAMILY_FIELDS = ("phone", "email", "street", "city")
PERSON_FIELDS = ("phone", "first_name", "email")
VALUES = st.text(alphabet="abcdéëïöüç -'0123456789", min_size=1, max_size=12).map(
    lambda t: t.strip() or "x")


class TeamMachine(RuleBasedStateMachine):
    server = None
    template = None
    folder = None
    _runs = itertools.count()

    def __init__(self):
        super().__init__()
        run = next(self._runs)
        self.server.reset()
        self.anna, self.bart = self.consultants
        self.laptops = [Laptop(self.folder / f"run{run}" / name, self.template, self.server, who)
                        for name, who in (("anna-1", self.anna), ("anna-2", self.anna),
                                          ("bart", self.bart))]
        # (laptop index, gid, table, field, value) of every edit, in order.
        self.edits: list[tuple[int, str, str, str, str]] = []
        self.counter = itertools.count(1)
        # (field, value) of every conflict record seen on any laptop: a copy handed away is
        # removed with its records once they are resolved, so they are gathered as they come.
        self.kept: set[tuple[str, str]] = set()

    @initialize()
    def connect_all(self):
        for laptop in self.laptops:
            laptop.connect()
        for i in (0, 2):
            self._add_family(i)
        for laptop in self.laptops:
            laptop.sync()

    def teardown(self):
        for laptop in self.laptops:
            laptop.close()

    # -- helpers ----------------------------------------------------------------------------
    def _add_family(self, i: int) -> None:
        n = next(self.counter)
        s = self.laptops[i].session
        fid = s.households.add_family(Family(f"Gezin {n} van den Bosch", municipality="Roermond"))
        s.households.add_person(Person(fid, "ouder", f"Ouder{n}", "van den Bosch"))

    def _rows(self, i: int, table: str) -> list[tuple[int, str]]:
        db = self.laptops[i].db
        return db.execute(f"SELECT t.id, s.gid FROM {table} t JOIN sync_rows s ON s.tbl = ? "
                          "AND s.key = json_array(t.id) ORDER BY t.id", [table]).fetchall()

    # -- rules ------------------------------------------------------------------------------
    def _edit(self, i, table, which, field, value) -> None:
        """One offline edit through the session, recorded with the value as stored."""
        rows = self._rows(i, table)
        if not rows:
            return
        row_id, gid = rows[which % len(rows)]
        households = self.laptops[i].session.households
        update = households.update_family if table == "families" else households.update_person
        try:
            update(row_id, field, value)
        except ValidationError:
            return
        stored = self.laptops[i].db[table].get(row_id)[field]
        self.edits.append((i, gid, table, field, stored))

    @rule(i=st.integers(0, 2), which=st.integers(0, 50), field=st.sampled_from(FAMILY_FIELDS),
          value=VALUES)
    def edit_family(self, i, which, field, value):
        self._edit(i, "families", which, field, value)

    @rule(i=st.integers(0, 2), which=st.integers(0, 50), field=st.sampled_from(PERSON_FIELDS),
          value=VALUES)
    def edit_person(self, i, which, field, value):
        self._edit(i, "persons", which, field, value)

    @rule(i=st.integers(0, 2))
    def add_family(self, i):
        self._add_family(i)

    @rule(i=st.integers(0, 2))
    def sync(self, i):
        self.laptops[i].sync()

    @rule(i=st.integers(0, 2), which=st.integers(0, 50))
    def handover(self, i, which):
        laptop = self.laptops[i]
        cases = laptop.db.execute("SELECT case_number FROM cases ORDER BY id").fetchall()
        rows = self._rows(i, "families")
        if not rows:
            return
        fid, _gid = rows[which % len(rows)]
        number = laptop.db.execute("SELECT case_number FROM cases WHERE family_id = ?",
                                   [fid]).fetchone()
        if number is None:
            from desktop_app.core.models import Case

            laptop.session.households.add_case(Case(fid, "", "Roermond", "MLN"))
            number = laptop.db.execute("SELECT case_number FROM cases WHERE family_id = ?",
                                       [fid]).fetchone()
        del cases
        to = self.bart if laptop.consultant is self.anna else self.anna
        try:
            laptop.session.team.handover(number[0], to.name)
        except Exception as exc:  # only a Dutch refusal: the family is not ours any more
            from desktop_app.store.team_pg import TeamInvalid, TeamRefused

            assert isinstance(exc, TeamInvalid | TeamRefused), exc

    @rule(i=st.integers(0, 2), keep=st.sampled_from(["mine", "theirs"]))
    def resolve_one(self, i, keep):
        open_ = self.laptops[i].session.team.conflicts()
        if open_:
            self.laptops[i].session.team.resolve(open_[0].id, keep)

    @invariant()
    def gather_conflicts(self):
        for laptop in self.laptops:
            for resolved in (False, True):
                for c in laptop.session.team.conflicts(resolved=resolved):
                    self.kept.update({(c.field, repr(c.mine)), (c.field, repr(c.theirs))})

    # -- the end ----------------------------------------------------------------------------
    def check_end(self):
        for _round in range(4):
            for laptop in self.laptops:
                self.gather_conflicts()
                for c in laptop.session.team.conflicts():
                    laptop.session.team.resolve(c.id, "theirs")
                laptop.sync()
                self.gather_conflicts()
        rows = server_rows(self.server)
        with self.server.admin() as conn:
            owners = dict(conn.execute("SELECT gid::text, owner FROM gz.families").fetchall())
        for laptop in self.laptops:
            assert laptop.session.team.status().pending == 0
            held = {g for g, (t, _d) in laptop.snapshot().items() if t == "families"}
            assert {owners[g] for g in held} <= {laptop.consultant.name}
            assert_laptop_matches_server(laptop, self.server)
        # Laptops of one consultant hold the same families.
        a1 = {g for g, (t, _d) in self.laptops[0].snapshot().items() if t == "families"}
        a2 = {g for g, (t, _d) in self.laptops[1].snapshot().items() if t == "families"}
        assert a1 == a2
        # None vanished: each edit is the server's value, or kept in a conflict record on
        # its laptop, or a later edit of the same field came after it.
        kept = self.kept
        for n, (i, gid, table, field, value) in enumerate(self.edits):
            later = any(e[1] == gid and e[3] == field for e in self.edits[n + 1:])
            on_server = gid in rows and rows[gid][2].get(field) == value
            in_conflict = (field, repr(value)) in kept
            destroyed_or_moved = gid not in rows
            assert on_server or in_conflict or later or destroyed_or_moved, (
                i, table, field, value, rows.get(gid))


def _configure(team_server, empty_template, tmp_path) -> None:
    TeamMachine.server = team_server
    TeamMachine.template = empty_template
    TeamMachine.folder = tmp_path
    TeamMachine.consultants = (team_server.add_consultant("anna"),
                               team_server.add_consultant("bart"))


@contextmanager
def _replay(team_server, empty_template, tmp_path):
    """One sequence the 200 found, replayed by hand: laptops connected, the end check, the
    teardown."""
    _configure(team_server, empty_template, tmp_path)
    m = TeamMachine()
    try:
        m.connect_all()
        yield m
        m.check_end()
    finally:
        m.teardown()


def _run(team_server, empty_template, tmp_path, examples: int, steps: int):
    _configure(team_server, empty_template, tmp_path)

    class Machine(TeamMachine):
        def teardown(self):
            try:
                self.check_end()
            finally:
                super().teardown()

    run_state_machine_as_test(Machine, settings=settings(
        # The same sequences on every run, so CI's verdict is the one seen here; set
        # GEZINSPLAN_STATEFUL_EXPLORE=1 to try new ones.
        max_examples=examples, stateful_step_count=steps, deadline=None,
        derandomize=not os.environ.get("GEZINSPLAN_STATEFUL_EXPLORE"),
        phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking takes minutes here
        suppress_health_check=list(HealthCheck), database=None))


def test_random_sequences_lose_nothing(team_server, empty_template, tmp_path):
    _run(team_server, empty_template, tmp_path, examples=6, steps=10)


@pytest.mark.slow
def test_two_hundred_random_sequences_lose_nothing(team_server, empty_template, tmp_path):
    _run(team_server, empty_template, tmp_path, examples=200, steps=14)


def test_a_case_added_to_a_family_handed_away_and_back_settles(team_server, empty_template,
                                                               tmp_path):
    """Found by the 200 sequences in CI: a second laptop adds a case to a family already
    handed away (refused), the family comes back, the refusal is undone ('theirs'): the
    rules' columns must be computed again, not left at the refused edit's base."""
    with _replay(team_server, empty_template, tmp_path) as m:
        m.handover(i=0, which=16)
        m.edit_family(field="city", i=0, value="a7ïbç2'4-7ö4", which=40)
        m.handover(i=1, which=5)
        m.sync(i=1)
        m.edit_person(field="email", i=1, value="7", which=34)
        m.edit_family(field="street", i=1, value="öüéa", which=19)
        m.edit_family(field="street", i=0, value="öüéa", which=29)
        m.sync(i=2)
        m.handover(i=2, which=18)
        m.handover(i=2, which=29)
        m.edit_family(field="city", i=0, value="a7ïbç2'4-7ö4", which=40)
        m.edit_family(field="phone", i=1, value="d3üd3ë54d8dï", which=47)
        m.handover(i=1, which=12)


def test_undoing_a_refused_edit_keeps_a_newer_edit_of_the_same_field(team_server,
                                                                     empty_template, tmp_path):
    """Found by the 200 sequences: 'theirs' on a refused edit must not overwrite a newer
    edit of the same field that waits to be pushed (it is refused and kept in turn)."""
    with _replay(team_server, empty_template, tmp_path) as m:
        m.edit_family(field="email", i=1, value="9c3é602", which=35)
        m.edit_family(field="city", i=0, value="916ëë", which=8)
        m.edit_family(field="city", i=2, value="d'", which=11)
        m.edit_family(field="street", i=2, value="-éc 92ü9cïa-", which=9)
        m.handover(i=1, which=33)
        m.edit_family(field="city", i=1, value="0", which=10)
        m.handover(i=0, which=13)
        m.handover(i=1, which=4)
        m.edit_family(field="email", i=0, value="82é5d5", which=41)
        m.edit_family(field="city", i=0, value="ïö", which=16)
        m.edit_family(field="phone", i=1, value="-b0d4ba9- 9", which=4)
        m.handover(i=0, which=16)
        m.edit_family(field="email", i=0, value="0", which=33)
