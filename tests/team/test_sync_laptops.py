"""Laptops and one real PostgreSQL team server (issue 18): the first push, a new laptop's
pull, merges, conflicts, hand-over and destruction, end to end through the session."""

from __future__ import annotations

import pytest

from desktop_app.core.models import Family, Person
from tests.destruction_requests import lawful

from .laptops import assert_laptop_matches_server, server_rows


def test_first_connect_pushes_the_caseload_and_a_new_laptop_pulls_it(laptops, team_server):
    anna = team_server.add_consultant("anna")
    first = laptops("anna-laptop", anna, demo=True)
    me = first.connect()
    assert me["prefix"] == anna.prefix
    result = first.sync()
    assert result.pushed > 1000 and result.conflicts == 0
    assert first.session.team.status().pending == 0
    assert_laptop_matches_server(first, team_server)
    # The laptop was wiped: a new data folder connects and pulls the same caseload.
    replacement = laptops("anna-new", anna)
    replacement.connect()
    replacement.sync()
    assert replacement.snapshot() == first.snapshot()
    assert replacement.db["families"].count == first.db["families"].count
    # The search finds the families the pull brought (the search rows are rebuilt).
    name = first.db.execute("SELECT family_name FROM families LIMIT 1").fetchone()[0]
    assert replacement.session.households.count(name) >= 1
    assert replacement.session.team.status().pending == 0


def _two_laptops(laptops, team_server):
    anna = team_server.add_consultant("anna")
    a = laptops("a", anna, demo=True)
    a.connect()
    a.sync()
    b = laptops("b", anna)
    b.connect()
    b.sync()
    return a, b


def test_different_fields_of_one_row_merge(laptops, team_server):
    a, b = _two_laptops(laptops, team_server)
    fid_a = a.db.execute("SELECT id FROM families ORDER BY id LIMIT 1").fetchone()[0]
    gid = a.family_gid(fid_a)
    fid_b = b.family_id(gid)
    a.session.households.update_family(fid_a, "phone", "0475-111111")
    b.session.households.update_family(fid_b, "email", "gezin@voorbeeld.nl")
    a.sync()
    b.sync()
    a.sync()
    for laptop, fid in ((a, fid_a), (b, fid_b)):
        row = laptop.db["families"].get(fid)
        assert (row["phone"], row["email"]) == ("0475-111111", "gezin@voorbeeld.nl")
        assert laptop.session.team.status().conflicts == 0
    assert_laptop_matches_server(a, team_server)
    assert_laptop_matches_server(b, team_server)


def test_the_same_field_changed_twice_keeps_both_and_the_consultant_chooses(laptops,
                                                                             team_server):
    a, b = _two_laptops(laptops, team_server)
    pid_a = a.db.execute("SELECT id FROM persons ORDER BY id LIMIT 1").fetchone()[0]
    gid = a.db.execute("SELECT gid FROM sync_rows WHERE tbl = 'persons' AND key = ?",
                       [f"[{pid_a}]"]).fetchone()[0]
    pid_b = b.family_id(gid)
    before = a.db["persons"].get(pid_a)["phone"]
    a.session.households.update_person(pid_a, "phone", "06-12345678 (werk, na 17 uur)")
    b.session.households.update_person(pid_b, "phone", "06-87654321 (moeder)")
    a.sync()
    result = b.sync()
    assert result.conflicts == 1
    [conflict] = b.session.team.conflicts()
    assert (conflict.table, conflict.field, conflict.kind) == ("persons", "phone", "field")
    assert (conflict.base, conflict.mine, conflict.theirs) == (
        before, "06-87654321 (moeder)", "06-12345678 (werk, na 17 uur)")
    assert conflict.case_number  # the consultant sees which case
    # Until chosen, the laptop shows the server's value; mine is kept in the record.
    assert b.db["persons"].get(pid_b)["phone"] == "06-12345678 (werk, na 17 uur)"
    b.session.team.resolve(conflict.id, "mine")
    assert b.session.team.conflicts() == []
    b.sync()
    a.sync()
    assert a.db["persons"].get(pid_a)["phone"] == "06-87654321 (moeder)"
    assert_laptop_matches_server(a, team_server)
    assert_laptop_matches_server(b, team_server)


def test_handover_brings_the_family_to_the_colleague_and_removes_the_old_copy(laptops,
                                                                               team_server):
    anna = team_server.add_consultant("anna")
    bart = team_server.add_consultant("bart")
    a = laptops("a", anna, demo=True)
    a.connect()
    a.sync()
    b = laptops("b", bart)
    b.connect()
    b.sync()
    assert b.db["families"].count == 0  # nothing of anna's is bart's
    fid, number = a.db.execute("SELECT family_id, case_number FROM cases ORDER BY id LIMIT 1"
                               ).fetchone()
    gid = a.family_gid(fid)
    a.session.households.update_family(fid, "phone", "0475-999999")  # not yet pushed
    a.session.team.handover(number, "bart")
    assert a.family_id(gid) is None
    assert a.db.execute("SELECT 1 FROM families WHERE id = ?", [fid]).fetchone() is None
    b.sync()
    here = b.family_id(gid)
    assert here is not None
    assert b.db["families"].get(here)["phone"] == "0475-999999"
    assert b.db.execute("SELECT count(*) FROM cases WHERE case_number = ?",
                        [number]).fetchone()[0] == 1
    assert_laptop_matches_server(b, team_server)
    assert_laptop_matches_server(a, team_server)


def test_destruction_on_request_reaches_the_server_and_every_laptop(laptops, team_server):
    a, b = _two_laptops(laptops, team_server)
    fid = a.session.households.add_family(Family("Verstappen-Ümit", municipality="Roermond"))
    a.session.households.add_person(Person(fid, "ouder", "Sanne", "Verstappen"))
    a.sync()
    b.sync()
    gid = a.family_gid(fid)
    assert b.family_id(gid) is not None
    a.session.safety.destroy_family(fid, lawful(a.session, fid))
    a.sync()
    assert not [r for r in server_rows(team_server).values() if r[1] == gid]
    with team_server.admin() as conn:
        text = str(conn.execute("SELECT * FROM gz.destructions").fetchall())
        assert "Verstappen" not in text and "Sanne" not in text
    b.sync()
    assert b.family_id(gid) is None
    assert b.db.execute("SELECT count(*) FROM families WHERE family_name LIKE 'Verstappen%'"
                        ).fetchone()[0] == 0
    assert_laptop_matches_server(b, team_server)


def test_case_numbers_in_a_team_carry_the_consultants_prefix(laptops, team_server):
    anna = team_server.add_consultant("anna")
    a = laptops("a", anna)
    a.connect()
    fid = a.session.households.add_family(Family("Smeets", municipality="Roermond"))
    from desktop_app.core.models import Case

    cid = a.session.households.add_case(Case(fid, "", "Roermond", "MLN"))
    number = a.db["cases"].get(cid)["case_number"]
    assert number.startswith(f"CJG-{anna.prefix}-")


def test_two_laptops_of_one_consultant_never_give_the_same_case_number(laptops, team_server):
    from desktop_app.core.models import Case

    anna = team_server.add_consultant("anna")
    a, b = laptops("a", anna), laptops("b", anna)
    a.connect()
    b.connect()
    numbers = []
    for laptop in (a, b, a, b):  # offline, in turns
        fid = laptop.session.households.add_family(Family("Peeters", municipality="Roermond"))
        cid = laptop.session.households.add_case(Case(fid, "", "Roermond", "MLN"))
        numbers.append(laptop.db["cases"].get(cid)["case_number"])
    assert len(set(numbers)) == 4
    a.sync()
    b.sync()
    a.sync()
    assert a.db["cases"].count == b.db["cases"].count == 4
    assert_laptop_matches_server(a, team_server)
    assert_laptop_matches_server(b, team_server)


def test_a_connected_laptop_refuses_another_user_and_keeps_its_setting(laptops, team_server):
    from desktop_app.store.team_pg import TeamInvalid

    anna = team_server.add_consultant("anna")
    bart = team_server.add_consultant("bart")
    a = laptops("a", anna, demo=True)
    a.connect()
    a.sync()
    a.consultant = bart
    with pytest.raises(TeamInvalid) as refused:
        a.connect()
    assert "andere teamserver of gebruiker" in str(refused.value)
    status = a.session.team.status()
    assert (status.user, status.pending) == ("anna", 0)
    a.consultant = anna
    a.connect()  # the same user again (a new password, say): fine
    assert a.sync().conflicts == 0
