"""gz.push and gz.pull: the merge rules of team_protocol.md, on a real server.

Two 'laptops' of a consultant are two base states: each change says which server version
it was based on. Fictional data only (test BSNs)."""

from __future__ import annotations

import json
import uuid

import pytest

# Every name and BSN pushed in this module (test_server_log checks the server log for them).
PERSONAL = ("Fictief-Bakker", "Joris", "Fictief-Smeets", "999990019", "999990032",
            "0612345678", "0687654321", "0611112222", "joris@voorbeeld.nl")


def gid() -> str:
    return str(uuid.uuid4())


def upsert(row: str, tbl: str, family: str | None, data: dict, base_version: int = 0,
           base: dict | None = None) -> dict:
    change = {"gid": row, "tbl": tbl, "family": family, "op": "upsert",
              "base_version": base_version, "data": data}
    if base is not None:
        change["base"] = base
    return change


def delete(row: str, tbl: str, family: str | None, base_version: int) -> dict:
    return {"gid": row, "tbl": tbl, "family": family, "op": "delete",
            "base_version": base_version}


class Family:
    """A family pushed by `owner`: the families row, one person, one case."""

    def __init__(self, owner, name="Fictief-Bakker", bsn="999990019", number=None):
        self.gid, self.person, self.case = gid(), gid(), gid()
        self.number = number or f"CJG-{owner.prefix}-2026-1"
        response = owner.push([
            upsert(self.gid, "families", self.gid,
                   {"family_name": name, "phone": "0612345678", "municipality": "Roermond",
                    "email": ""}),
            upsert(self.person, "persons", self.gid,
                   {"family_id": self.gid, "first_name": "Joris", "last_name": name,
                    "bsn": bsn, "role": "ouder"}),
            upsert(self.case, "cases", self.gid,
                   {"family_id": self.gid, "case_number": self.number,
                    "municipality": "Roermond", "status": "intake"}),
        ])
        assert [r["status"] for r in response["results"]] == ["applied"] * 3
        self.versions = {r["gid"]: r["version"] for r in response["results"]}
        self.data = {r["gid"]: r["data"] for r in response["results"]}


@pytest.fixture
def anna(team_server):
    return team_server.add_consultant("anna", team="Noord")


@pytest.fixture
def bert(team_server):
    return team_server.add_consultant("bert", team="Zuid")


def test_push_then_pull_round_trip(anna):
    family = Family(anna)
    versions = list(family.versions.values())
    assert versions == sorted(versions) and len(set(versions)) == 3

    pulled = anna.pull(0)
    assert [r["gid"] for r in pulled["rows"]] == [family.gid, family.person, family.case]
    first = pulled["rows"][0]
    assert first == {"gid": family.gid, "tbl": "families", "family": family.gid,
                     "version": versions[0], "deleted": False,
                     "data": family.data[family.gid]}
    assert pulled["last"] == versions[-1] and pulled["more"] is False
    assert pulled["revoked"] == []

    again = anna.pull(pulled["last"])
    assert again == {"rows": [], "revoked": [], "last": pulled["last"], "more": False}


def test_pull_pages_by_version(anna):
    family = Family(anna)
    page = anna.pull(0, limit=2)
    assert [r["gid"] for r in page["rows"]] == [family.gid, family.person]
    assert page["more"] is True and page["last"] == family.versions[family.person]
    rest = anna.pull(page["last"], limit=2)
    assert [r["gid"] for r in rest["rows"]] == [family.case] and rest["more"] is False


def test_catalog_rows_are_shared(anna, bert):
    provider = gid()
    assert anna.push([upsert(provider, "providers", None, {"name": "Zorg BV"})]
                     )["results"][0]["status"] == "applied"
    assert [r["gid"] for r in bert.pull(0)["rows"]] == [provider]


def test_different_fields_merge(anna):
    family = Family(anna)
    v1 = family.versions[family.gid]
    # Laptop A changes the phone number, laptop B (also based on v1) the e-mail address.
    a = anna.push([upsert(family.gid, "families", family.gid, {"phone": "0687654321"}, v1,
                          {"phone": "0612345678"})])["results"][0]
    assert a["status"] == "applied" and a["version"] > v1
    b = anna.push([upsert(family.gid, "families", family.gid,
                          {"email": "joris@voorbeeld.nl"}, v1, {"email": ""})])["results"][0]
    assert b["status"] == "applied" and b["conflicts"] == []
    assert b["version"] > a["version"]
    assert b["data"]["phone"] == "0687654321" and b["data"]["email"] == "joris@voorbeeld.nl"
    assert b["data"]["family_name"] == "Fictief-Bakker"


def test_same_field_is_a_conflict_and_theirs_is_kept(anna, team_server):
    family = Family(anna)
    v1 = family.versions[family.gid]
    a = anna.push([upsert(family.gid, "families", family.gid, {"phone": "0687654321"}, v1,
                          {"phone": "0612345678"})])["results"][0]
    # Laptop B changed the same field from the same base, and another one as well.
    b = anna.push([upsert(family.gid, "families", family.gid,
                          {"phone": "0611112222", "email": "joris@voorbeeld.nl"}, v1,
                          {"phone": "0612345678", "email": ""})])["results"][0]
    assert b["status"] == "conflict"
    assert b["conflicts"] == [{"field": "phone", "base": "0612345678", "mine": "0611112222",
                               "theirs": "0687654321"}]
    assert b["data"]["phone"] == "0687654321"  # theirs stays
    assert b["data"]["email"] == "joris@voorbeeld.nl"  # the other field merged
    assert b["version"] > a["version"]
    with team_server.admin() as conn:
        recorded = conn.execute("SELECT gid::text, family::text, tbl, field, base, mine, "
                                "theirs, by_role, resolved_version FROM gz.conflicts").fetchall()
    assert recorded == [(family.gid, family.gid, "families", "phone", "0612345678",
                         "0611112222", "0687654321", "anna", None)]

    # The consultant chooses (based on the version the conflict came back with): resolved.
    c = anna.push([upsert(family.gid, "families", family.gid, {"phone": "0611112222"},
                          b["version"], {"phone": "0687654321"})])["results"][0]
    assert c["status"] == "applied" and c["data"]["phone"] == "0611112222"
    with team_server.admin() as conn:
        assert conn.execute("SELECT resolved_version IS NOT NULL FROM gz.conflicts"
                            ).fetchone()[0] is True


def test_same_value_on_both_sides_is_no_conflict(anna):
    family = Family(anna)
    v1 = family.versions[family.gid]
    change = upsert(family.gid, "families", family.gid, {"phone": "0687654321"}, v1,
                    {"phone": "0612345678"})
    anna.push([change])
    again = anna.push([change])["results"][0]  # another laptop made the same edit
    assert again["status"] == "applied" and again["conflicts"] == []


def test_a_new_row_meeting_a_name_based_gid_takes_a_null_base(anna):
    family = Family(anna)
    link = str(uuid.uuid5(uuid.NAMESPACE_URL, f"intake_domains/{family.case}/wonen"))
    first = anna.push([upsert(link, "intake_domains", family.gid,
                              {"case_id": family.case, "domain": "wonen", "score": 2})])
    assert first["results"][0]["status"] == "applied"
    # Another laptop created the same logical row (same gid), never having seen it.
    second = anna.push([upsert(link, "intake_domains", family.gid,
                               {"case_id": family.case, "domain": "wonen", "score": 3})])
    r = second["results"][0]
    assert r["status"] == "conflict"
    assert r["conflicts"] == [{"field": "score", "base": None, "mine": 3, "theirs": 2}]


def test_upsert_of_a_tombstone_is_gone_and_keeps_mine_as_conflict(anna, team_server):
    family = Family(anna)
    vp = family.versions[family.person]
    deleted = anna.push([delete(family.person, "persons", family.gid, vp)])["results"][0]
    assert deleted["status"] == "applied" and deleted["data"] is None and deleted["version"] > vp
    late = anna.push([upsert(family.person, "persons", family.gid, {"first_name": "Jorien"},
                             vp, {"first_name": "Joris"})])["results"][0]
    assert late["status"] == "gone" and late["data"] is None
    assert late["version"] == deleted["version"]
    assert late["conflicts"] == [{"field": "first_name", "base": "Joris", "mine": "Jorien",
                                  "theirs": None}]
    with team_server.admin() as conn:
        assert conn.execute("SELECT field, mine FROM gz.conflicts").fetchall() == [
            ("first_name", "Jorien")]
    row = next(r for r in anna.pull(0)["rows"] if r["gid"] == family.person)
    assert row["deleted"] is True and row["data"] is None


def test_delete_after_a_server_change_records_the_servers_data(anna, team_server):
    family = Family(anna)
    vp = family.versions[family.person]
    anna.push([upsert(family.person, "persons", family.gid, {"first_name": "Jorien"}, vp,
                      {"first_name": "Joris"})])
    r = anna.push([delete(family.person, "persons", family.gid, vp)])["results"][0]
    assert r["status"] == "applied"
    assert [c["field"] for c in r["conflicts"]] == ["*"]
    assert r["conflicts"][0]["mine"] is None
    assert r["conflicts"][0]["theirs"]["first_name"] == "Jorien"
    with team_server.admin() as conn:
        assert conn.execute("SELECT deleted, data FROM gz.rows WHERE gid = %s",
                            [family.person]).fetchone() == (True, None)
        assert conn.execute("SELECT field FROM gz.conflicts").fetchall() == [("*",)]
    # Deleting what is already deleted changes nothing.
    again = anna.push([delete(family.person, "persons", family.gid, vp)])["results"][0]
    assert again["status"] == "gone" and again["conflicts"] == []


def test_replayed_batch_applies_nothing_and_returns_the_same_response(anna, team_server):
    family = Family(anna)
    batch = uuid.uuid4()
    change = upsert(family.gid, "families", family.gid, {"phone": "0687654321"},
                    family.versions[family.gid], {"phone": "0612345678"})
    first = anna.push([change], batch=batch)
    assert first["replayed"] is False and first["batch"] == str(batch)
    with team_server.admin() as conn:
        seq = conn.execute("SELECT last_value FROM gz.change_seq").fetchone()[0]
    again = anna.push([change, upsert(gid(), "persons", family.gid, {"first_name": "X"})],
                      batch=batch)
    assert again["replayed"] is True
    assert {k: v for k, v in again.items() if k != "replayed"} == \
        {k: v for k, v in first.items() if k != "replayed"}
    with team_server.admin() as conn:
        assert conn.execute("SELECT last_value FROM gz.change_seq").fetchone()[0] == seq
        assert conn.execute("SELECT count(*) FROM gz.rows").fetchone()[0] == 3


def test_push_for_another_consultants_family_is_refused(anna, bert, team_server):
    family = Family(anna)
    response = bert.push([
        upsert(family.gid, "families", family.gid, {"phone": "0687654321"},
               family.versions[family.gid]),
        upsert(gid(), "persons", family.gid, {"first_name": "Indringer"}),
        delete(family.person, "persons", family.gid, family.versions[family.person]),
        delete(family.gid, "families", family.gid, family.versions[family.gid]),
    ])
    assert [(r["status"], r["version"], r["data"]) for r in response["results"]] == \
        [("refused", None, None)] * 4
    with team_server.admin() as conn:
        assert conn.execute("SELECT count(*), bool_or(deleted) FROM gz.rows").fetchone() == \
            (3, False)
        assert conn.execute("SELECT data->>'phone' FROM gz.rows WHERE gid = %s",
                            [family.gid]).fetchone()[0] == "0612345678"
        assert conn.execute("SELECT count(*) FROM gz.destructions").fetchone()[0] == 0


def test_a_new_family_is_claimed_by_its_first_pusher(anna, bert, team_server):
    family = Family(bert, name="Fictief-Smeets", bsn="999990032")
    with team_server.admin() as conn:
        assert conn.execute("SELECT owner, team FROM gz.families WHERE gid = %s",
                            [family.gid]).fetchone() == ("bert", "Zuid")
    assert anna.pull(0)["rows"] == []
    assert len(bert.pull(0)["rows"]) == 3


def test_a_batch_is_one_transaction(anna, team_server):
    import psycopg

    good = upsert(gid(), "families", None, {"family_name": "Fictief-Bakker"})
    good["family"] = good["gid"]
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        anna.push([good, {"gid": "geen-uuid", "tbl": "persons", "op": "upsert", "data": {}}])
    with team_server.admin() as conn:
        assert conn.execute("SELECT count(*) FROM gz.rows").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM gz.families").fetchone()[0] == 0


def test_a_tombstone_seen_by_the_laptop_may_be_made_again(anna):
    family = Family(anna)
    link = str(uuid.uuid5(uuid.NAMESPACE_URL, f"intake_domains/{family.case}/school"))
    made = anna.push([upsert(link, "intake_domains", family.gid, {"score": 1})])["results"][0]
    gone = anna.push([delete(link, "intake_domains", family.gid, made["version"])]
                     )["results"][0]
    again = anna.push([upsert(link, "intake_domains", family.gid, {"score": 4},
                              gone["version"])])["results"][0]
    assert again["status"] == "applied" and again["data"] == {"score": 4}
    pulled = {r["gid"]: r for r in anna.pull(0)["rows"]}
    assert pulled[link]["deleted"] is False and pulled[link]["data"] == {"score": 4}


def test_delete_of_an_unknown_row_leaves_a_tombstone(anna):
    family = Family(anna)
    row = gid()
    r = anna.push([delete(row, "journal", family.gid, 0)])["results"][0]
    assert r["status"] == "applied" and r["data"] is None
    late = anna.push([upsert(row, "journal", family.gid, {"text": "x"})])["results"][0]
    assert late["status"] == "gone"


def test_a_row_under_another_family_or_table_is_refused(anna):
    one, two = Family(anna), Family(anna, number=f"CJG-{anna.prefix}-2026-2")
    moved = anna.push([upsert(one.person, "persons", two.gid, {"first_name": "X"},
                              one.versions[one.person]),
                       upsert(one.person, "cases", one.gid, {"first_name": "X"},
                              one.versions[one.person])])
    assert [r["status"] for r in moved["results"]] == ["refused", "refused"]


def test_a_batch_id_of_another_consultant_is_an_error(anna, bert):
    import psycopg

    batch = uuid.uuid4()
    anna.push([], batch=batch)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        bert.push([], batch=batch)


def test_a_pull_cursor_never_skips_a_row_under_concurrent_pushes(anna, bert, team_server):
    """Two consultants push catalog rows (visible to all) at the same time while a third pulls
    with its cursor: every committed row reaches the puller, none twice."""
    import threading

    carla = team_server.add_consultant("carla")
    pushed: list[str] = []
    lock = threading.Lock()

    def pusher(consultant):
        with consultant.connect() as conn:
            for _ in range(40):
                rows = [gid() for _ in range(5)]
                conn.execute("SELECT gz.push(%s, %s)", [str(uuid.uuid4()), json.dumps(
                    [upsert(r, "providers", None, {"n": 1}) for r in rows])])
                with lock:
                    pushed.extend(rows)

    threads = [threading.Thread(target=pusher, args=(c,)) for c in (anna, bert)]
    for t in threads:
        t.start()
    seen: list[str] = []
    cursor = 0
    with carla.connect() as conn:
        while any(t.is_alive() for t in threads) or len(seen) < len(pushed):
            page = conn.execute("SELECT gz.pull(%s, 7)", [cursor]).fetchone()[0]
            assert page["last"] >= cursor
            seen += [r["gid"] for r in page["rows"]]
            cursor = page["last"]
            if not page["rows"] and not any(t.is_alive() for t in threads):
                break
    for t in threads:
        t.join()
    assert len(seen) == len(set(seen)) == 400
    assert set(seen) == set(pushed)
