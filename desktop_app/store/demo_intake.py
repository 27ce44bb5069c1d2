"""Writes the demo intakes of core.demo_intake in bulk, inside the batch
transaction of store.demo.fill_demo (listed in store/demo_steps.py)."""

from __future__ import annotations

from sqlite_utils import Database

from ..core.demo import DemoFamily
from .bulk_rows import insert_rows
from .families import now

_INTAKE_SQL = (
    "INSERT INTO intakes (case_id, step, help_question, safety, fgp, fgp_date, fgp_where, "
    "regisseur_kind, regisseur_name, regisseur_contact, evaluation_date, plan_version, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
)
_QUESTION_SQL = "INSERT INTO intake_questions (case_id, person_id, text, updated_at) VALUES (?, ?, ?, ?)"
_DOMAIN_SQL = (
    "INSERT INTO intake_domains (case_id, set_key, domain_key, person_id, good, worries, score, "
    "eigen, netwerk, hulp, priority, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_CONTACT_SQL = (
    "INSERT INTO network_contacts (case_id, group_key, name, relation, ties, formal, phone, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_CONSENT_SQL = (
    "INSERT INTO consents (case_id, person_id, subject_id, what, with_whom, given_on, method, "
    "created_at, updated_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


HELP_WHAT = "De hulp uit het gezinsplan"


def _iso(day):
    return day.isoformat() if day else None


def write_intakes(db: Database, batch: list[tuple[int, DemoFamily]]) -> None:
    lo, hi = batch[0][0], batch[-1][0]
    case_ids = dict(db.execute("SELECT case_number, id FROM cases WHERE family_id BETWEEN ? AND ?",
                               [lo, hi]).fetchall())
    person_ids: dict[int, list[int]] = {}
    for pid, fid in db.execute("SELECT id, family_id FROM persons WHERE family_id BETWEEN ? AND ? "
                               "ORDER BY id", [lo, hi]).fetchall():
        person_ids.setdefault(fid, []).append(pid)
    stamp = now()
    intakes, questions, domains, contacts, consents = [], [], [], [], []
    for family_id, demo in batch:
        it = demo.extras.get("intake")
        if it is None:
            continue
        case_id = case_ids[demo.cases[0].case_number]
        ids = person_ids.get(family_id, [])

        def pid(index, ids=ids):
            return 0 if index is None or index < 0 else ids[index]

        # created_at is the day the intake started: the ZRM a member gets depends on it.
        started = f"{it.day.isoformat()}T10:00:00" if it.day else stamp
        intakes.append((case_id, it.step, it.help_question, it.safety, it.fgp, _iso(it.fgp_date),
                        it.fgp_where, *it.regisseur, _iso(it.evaluation_date), started, stamp))
        questions += [(case_id, pid(i), text, stamp) for i, text in it.member_questions.items()]
        domains += [(case_id, s, d, pid(w), good, worries, score, e, n, h, int(p), stamp)
                    for s, d, w, good, worries, score, e, n, h, p in it.domains]
        contacts += [(case_id, g, name, rel, ties, int(formal), phone, stamp, stamp)
                     for g, name, rel, ties, formal, phone in it.contacts]
        # Each signer gave both kinds (core.consent): to the help and to sharing.
        for i, s, what, whom, day, method in it.consents:
            consents += [(case_id, pid(i), pid(s) or None, what, whom, _iso(day), method, stamp,
                          stamp, "delen"),
                         (case_id, pid(i), pid(s) or None, HELP_WHAT, whom, _iso(day), method,
                          stamp, stamp, "hulp")]
    conn = db.conn
    insert_rows(conn, _INTAKE_SQL, intakes)
    insert_rows(conn, _QUESTION_SQL, questions)
    insert_rows(conn, _DOMAIN_SQL, domains)
    insert_rows(conn, _CONTACT_SQL, contacts)
    insert_rows(conn, _CONSENT_SQL, consents)
