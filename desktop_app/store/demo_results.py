"""Writes the demo results, actions, deployments (with volume history) and the
fictional catalog (core/demo_results.py makes them; listed in store/demo_steps.py)."""

from __future__ import annotations

import json

from sqlite_utils import Database

from ..core.catalog import Contract
from ..core.costs import deployment_cost
from ..core.demo import DemoFamily
from ..core.demo_catalog import PRODUCTS, demo_rows
from . import rows
from .bulk_rows import insert_rows
from .families import now
from .rows import LEVEL_COLUMNS

_UNITS = {p[0]: p[3] for p in PRODUCTS}


def ensure_demo_catalog(db: Database) -> tuple[dict[str, int], dict[str, int],
                                                   dict[tuple[int, int, str], Contract]]:
    """Insert the fictional catalog where its codes are missing (a real catalog is
    never overwritten); return code -> id maps and the contracts."""
    stamp = now()
    for row in demo_rows():
        db.execute("INSERT OR IGNORE INTO providers (code, name, updated_at) VALUES (?, ?, ?)",
                   [row.provider_code, row.provider_name, stamp])
        db.execute("INSERT OR IGNORE INTO products (code, name, category, unit, updated_at) "
                   "VALUES (?, ?, ?, ?, ?)",
                   [row.product_code, row.product_name, row.category, row.unit, stamp])
        for region in row.regions:
            db.execute(
                "INSERT OR IGNORE INTO contracts (provider_id, product_id, region, tariff_cents, "
                "tariff_year, indexation, updated_at) SELECT pv.id, pr.id, ?, ?, ?, ?, ? "
                "FROM providers pv, products pr WHERE pv.code = ? AND pr.code = ?",
                [region, row.tariff_cents, row.tariff_year, str(row.indexation), stamp,
                 row.provider_code, row.product_code])
    providers = dict(db.execute("SELECT code, id FROM providers").fetchall())
    products = dict(db.execute("SELECT code, id FROM products").fetchall())
    contracts = {(c.provider_id, c.product_id, c.region): c
                 for c in (rows.contract(r) for r in db.query("SELECT * FROM contracts"))}
    return providers, products, contracts


_DOMAINS_JSON: dict[tuple[str, ...], str] = {}


def _domains_json(domains) -> str:
    """json.dumps(domains, ensure_ascii=False), made once per combination (a handful)."""
    key = tuple(domains)
    text = _DOMAINS_JSON.get(key)
    if text is None:
        text = _DOMAINS_JSON[key] = json.dumps(list(domains), ensure_ascii=False)
    return text


def _ids_json(ids: list[int]) -> str:
    """json.dumps of a list of row ids (ints): the same text, without the encoder's setup."""
    return "[" + ", ".join(map(str, ids)) + "]"


def write_results(db: Database, batch: list[tuple[int, DemoFamily]]) -> None:
    providers, products, contracts = ensure_demo_catalog(db)
    lo, hi = batch[0][0], batch[-1][0]
    persons: dict[int, list[int]] = {}
    for pid, fid in db.execute("SELECT id, family_id FROM persons WHERE family_id BETWEEN ? AND ? "
                               "ORDER BY id", [lo, hi]).fetchall():
        persons.setdefault(fid, []).append(pid)
    case_ids = dict(db.execute("SELECT case_number, id FROM cases WHERE family_id BETWEEN ? AND ?",
                               [lo, hi]).fetchall())
    stamp = now()
    conn = db.conn
    case_costs: list[tuple[int, int]] = []
    actions, links, changes_rows, children = [], [], [], []
    for family_id, demo in batch:
        people = persons.get(family_id, [])
        for plan in demo.extras.get("results", []):
            case = demo.cases[plan.case_index]
            case_id = case_ids[case.case_number]
            result_ids, result_people = [], []
            for position, (result, member_indexes) in enumerate(plan.results, start=1):
                result_people.append([people[i] for i in member_indexes if i < len(people)])
                levels = [result.levels.get(lvl, "") for lvl in LEVEL_COLUMNS]
                cur = conn.execute(
                    "INSERT INTO results (case_id, family_words, formulation, domains, member_ids, "
                    "owner, target_date, level_m2, level_m1, level_0, level_p1, level_p2, "
                    "start_level, weight, position, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [case_id, result.family_words, result.formulation,
                     _domains_json(result.domains), _ids_json(result_people[-1]),
                     result.owner, result.target_date.isoformat(), *levels, result.start_level,
                     result.weight, position, stamp, stamp])
                result_ids.append(cur.lastrowid)
            actions.extend(
                [(case_id, result_ids[r] if r is not None else None, a.what, a.who_kind, a.who,
                  a.due.isoformat(), a.status, stamp, stamp) for a, r in plan.actions])
            total = 0
            for dep, provider_code, product_code, result_indexes, changes in plan.deployments:
                provider_id, product_id = providers[provider_code], products[product_code]
                contract = contracts.get((provider_id, product_id, case.region))
                volume = dep.volume
                history = []
                for from_date, new, _reason in changes:
                    history.append((from_date, volume, new))
                    volume = new
                tariff = contract.tariff(_UNITS[product_code]) if contract else None
                cost = deployment_cost(volume, dep.start, dep.end, history, tariff)
                total += cost.cents or 0
                cur = conn.execute(
                    "INSERT INTO deployments (case_id, provider_id, product_id, category, amount, "
                    "unit, frequency, start_date, end_date, beschikkingnummer, referrer, location, "
                    "status, end_reason, contracted, contract_reason, contract_acknowledged_at, "
                    "estimated_cost, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [case_id, provider_id, product_id, dep.category, volume.amount, volume.unit,
                     volume.frequency, dep.start.isoformat(), dep.end.isoformat(),
                     dep.beschikkingnummer, dep.referrer, dep.location, dep.status, dep.end_reason,
                     int(contract is not None), dep.contract_reason,
                     stamp if dep.contract_reason else "", cost.cents, stamp, stamp])
                dep_id = cur.lastrowid
                links.extend(
                    [(dep_id, result_ids[i]) for i in sorted(set(result_indexes))])
                # The help is for the children of the results it serves (a provider letter
                # names only these).
                children.extend((dep_id, person) for person in sorted(
                    {p for i in set(result_indexes) for p in result_people[i]}))
                changes_rows.extend(
                    [(dep_id, f.isoformat(), old.amount, old.unit, old.frequency, new.amount,
                      new.unit, new.frequency, reason, stamp)
                     for (f, old, new), (_, _, reason) in zip(history, changes, strict=True)])
            if plan.deployments:
                case_costs.append((total, case_id))
    insert_rows(conn,
        "INSERT INTO actions (case_id, result_id, what, who_kind, who, due, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", actions)
    insert_rows(conn, "INSERT INTO deployment_results (deployment_id, result_id) VALUES (?, ?)",
                      links)
    insert_rows(conn, "INSERT INTO deployment_members (deployment_id, person_id) VALUES (?, ?)",
                      children)
    insert_rows(conn,
        "INSERT INTO deployment_volume_changes (deployment_id, from_date, old_amount, old_unit, "
        "old_frequency, new_amount, new_unit, new_frequency, reason, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes_rows)
    conn.executemany("UPDATE cases SET estimated_cost = ? WHERE id = ?", case_costs)
