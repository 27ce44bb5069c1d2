"""The laptop's half of the team sync without a server: capture, batches in the server's
form, and pulled rows written back (tests/team/ runs both halves against PostgreSQL)."""

from __future__ import annotations

import json

from desktop_app.core.models import Family, Person
from desktop_app.session import Session
from desktop_app.store import sync_local, sync_pull, sync_push
from tests.conftest import PASSPHRASE, copy_database
from tests.destruction_requests import lawful
from tests.team.laptops import server_form


def _session(template, folder):
    folder.mkdir(exist_ok=True)
    return Session.open(copy_database(template, folder), PASSPHRASE)


def _switch_on(db) -> None:
    with db.atomic():
        db.execute("UPDATE sync_state SET mode = 'on'")
        sync_local.assign_all(db)


def _as_pull(batch: dict, start: int = 0) -> dict:
    """What a server that took every change would send another laptop."""
    rows = [{"gid": c["gid"], "tbl": c["tbl"], "family": c["family"], "version": start + i + 1,
             "deleted": c["op"] == "delete", "data": c.get("data")}
            for i, c in enumerate(batch["changes"])]
    return {"rows": rows, "revoked": [], "last": start + len(rows), "more": False}


def _answer(batch: dict, start: int = 0) -> dict:
    return {"batch": batch["batch"], "replayed": False, "results": [
        {"gid": c["gid"], "status": "applied", "version": start + i + 1, "data": c.get("data"),
         "conflicts": []} for i, c in enumerate(batch["changes"])]}


def test_without_a_server_nothing_is_captured(demo_template, tmp_path):
    s = _session(demo_template, tmp_path / "a")
    fid = s.households.add_family(Family("Çelik-de Vries", municipality="Roermond"))
    s.households.update_family(fid, "phone", "0475-123456")
    db = s.store.db
    assert db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sync_rows").fetchone()[0] == 0
    assert s.team.status().configured is False
    s.store.close()


def test_a_batch_carries_gids_parents_first_and_only_changed_fields(demo_template, tmp_path):
    s = _session(demo_template, tmp_path / "a")
    db = s.store.db
    _switch_on(db)
    batch = sync_push.next_batch(db, limit=100_000)
    order = [c["tbl"] for c in batch["changes"]]
    assert order.index("families") < order.index("persons") < order.index("results")
    gids = {c["gid"] for c in batch["changes"]}
    families = {c["gid"] for c in batch["changes"] if c["tbl"] == "families"}
    for c in batch["changes"]:
        if c["tbl"] == "persons":
            assert c["data"]["family_id"] in families and c["family"] == c["data"]["family_id"]
        if c["tbl"] == "results" and c["data"]["member_ids"]:
            assert set(c["data"]["member_ids"]) <= gids
        assert "updated_at" not in c["data"] and "id" not in c["data"]
    # Stored before it is sent: asked again, the same batch (the same id) comes back.
    assert sync_push.next_batch(db)["batch"] == batch["batch"]
    sync_push.apply_answer(db, batch, _answer(batch))
    assert sync_push.pending(db) == 0
    person = db.execute("SELECT id FROM persons ORDER BY id LIMIT 1").fetchone()[0]
    s.households.update_person(person, "phone", "06-11112222")
    again = sync_push.next_batch(db)
    assert [(c["tbl"], c["data"], c["base_version"] > 0) for c in again["changes"]] == [
        ("persons", {"phone": "06-11112222"}, True)]
    s.store.close()


def test_pulled_rows_rebuild_the_same_family_on_another_laptop(demo_template, empty_template,
                                                                tmp_path):
    a = _session(demo_template, tmp_path / "a")
    b = _session(empty_template, tmp_path / "b")
    _switch_on(a.store.db)
    _switch_on(b.store.db)
    batch = sync_push.next_batch(a.store.db, limit=100_000)
    sync_push.apply_answer(a.store.db, batch, _answer(batch))
    # Children before their parents in a page: they wait in the inbox, then land.
    page = _as_pull(batch)
    page["rows"].reverse()
    touched = sync_pull.apply_page(b.store.db, page)
    left = b.store.db.execute("SELECT tbl, count(*) FROM sync_inbox GROUP BY tbl").fetchall()
    assert left == []
    assert len(touched) == a.store.db["families"].count
    assert server_form(b.store.db) == server_form(a.store.db)
    # Nothing the pull wrote waits to be pushed back.
    assert sync_push.pending(b.store.db) == 0
    a.store.close()
    b.store.close()


def test_a_local_edit_survives_a_pull_of_the_same_row(demo_template, empty_template, tmp_path):
    a = _session(demo_template, tmp_path / "a")
    db = a.store.db
    _switch_on(db)
    batch = sync_push.next_batch(db, limit=100_000)
    sync_push.apply_answer(db, batch, _answer(batch))
    fam = db.execute("SELECT id FROM families ORDER BY id LIMIT 1").fetchone()[0]
    gid = db.execute("SELECT gid FROM sync_rows WHERE tbl = 'families' AND key = ?",
                     [json.dumps([fam])]).fetchone()[0]
    base = dict(next(c for c in batch["changes"] if c["gid"] == gid)["data"])
    a.households.update_family(fam, "phone", "mijn nummer")
    theirs = dict(base, phone="hun nummer", email="nieuw@voorbeeld.nl")
    sync_pull.apply_page(db, {"rows": [{"gid": gid, "tbl": "families", "family": gid,
                                        "version": 10_000, "deleted": False, "data": theirs}],
                              "revoked": [], "last": 10_000, "more": False})
    row = db["families"].get(fam)
    assert (row["phone"], row["email"]) == ("mijn nummer", "nieuw@voorbeeld.nl")
    change = sync_push.next_batch(db)["changes"][0]
    # Judged against what this laptop had seen: the server can tell it is a conflict.
    assert change["data"] == {"phone": "mijn nummer"}
    assert change["base"] == {"phone": base["phone"]}
    assert change["base_version"] < 10_000
    a.store.close()


def test_a_destroyed_family_goes_as_one_delete_and_its_conflicts_go_at_once(demo_template,
                                                                             tmp_path):
    s = _session(demo_template, tmp_path / "a")
    db = s.store.db
    _switch_on(db)
    batch = sync_push.next_batch(db, limit=100_000)
    sync_push.apply_answer(db, batch, _answer(batch))
    fid = s.households.add_family(Family("Jansen", municipality="Roermond"))
    s.households.add_person(Person(fid, "ouder", "Anna", "Jansen"))
    first = sync_push.next_batch(db)
    sync_push.apply_answer(db, first, _answer(first, 50_000))
    gid = db.execute("SELECT gid FROM sync_rows WHERE tbl = 'families' AND key = ?",
                     [json.dumps([fid])]).fetchone()[0]
    db.execute("INSERT INTO sync_conflicts (gid, tbl, family, field, kind, base, mine, theirs, "
               "found_at) VALUES (?, 'families', ?, 'phone', 'field', '1', '2', '3', 'nu')",
               [gid, gid])
    s.safety.destroy_family(fid, lawful(s, fid))
    assert db.execute("SELECT count(*) FROM sync_conflicts WHERE family = ?", [gid]).fetchone()[0] == 0
    changes = sync_push.next_batch(db)["changes"]
    assert [(c["tbl"], c["op"], c["gid"]) for c in changes] == [("families", "delete", gid)]
    s.store.close()


def test_the_access_request_holds_the_familys_conflict_records(demo_template, tmp_path):
    from desktop_app.store.export import collect

    s = _session(demo_template, tmp_path / "a")
    db = s.store.db
    _switch_on(db)
    fid = db.execute("SELECT id FROM families ORDER BY id LIMIT 1").fetchone()[0]
    gid = db.execute("SELECT gid FROM sync_rows WHERE tbl = 'families' AND key = ?",
                     [json.dumps([fid])]).fetchone()[0]
    db.execute("INSERT INTO sync_conflicts (gid, tbl, family, field, kind, base, mine, theirs, "
               "found_at) VALUES (?, 'families', ?, 'phone', 'field', '\"1\"', '\"mijn\"', "
               "'\"hun\"', 'nu')", [gid, gid])
    [record] = collect(db, fid)["tables"]["sync_conflicts"]
    assert (record["field"], record["mine"], record["theirs"]) == ("phone", '"mijn"', '"hun"')
    other = db.execute("SELECT id FROM families WHERE id <> ? LIMIT 1", [fid]).fetchone()[0]
    assert "sync_conflicts" not in collect(db, other)["tables"]
    # In the PDF in the family's words: the part, the field and both values as text.
    import subprocess

    from desktop_app.reports.access_request import export_files

    pdf = next(p for p in export_files(collect(db, fid), tmp_path / "out") if p.suffix == ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    section = text[text.index("Verschillen tussen twee laptops"):]
    for words in ("Gezin", "telefoon", "op twee laptops veranderd", "mijn", "hun"):
        assert words in section[:2000], words
    assert '"mijn"' not in section[:2000]
    s.store.close()
