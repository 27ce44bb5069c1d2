"""What the export per deployment reads (core.deployment_export): each deployment with its
product, provider and the youths it is for."""

from __future__ import annotations

import json
from collections import defaultdict

from sqlite_utils import Database

from ..core.deployment_export import DeploymentRow


def read_rows(db: Database, case_id: int | None = None,
              municipality: str | None = None) -> list[DeploymentRow]:
    where, args = [], []
    if case_id is not None:
        where.append("c.id = ?")
        args.append(case_id)
    if municipality:
        where.append("c.municipality = ?")
        args.append(municipality)
    sql_where = ("WHERE " + " AND ".join(where)) if where else ""
    youths: dict[int, list[dict]] = defaultdict(list)
    for r in db.query("SELECT p.* FROM persons p JOIN cases c ON c.family_id = p.family_id "
                      f"{sql_where} {'AND' if where else 'WHERE'} p.role = 'jeugdige' "
                      "GROUP BY p.id ORDER BY p.birth_date, p.id", args):
        youths[r["family_id"]].append(r)
    members: dict[int, set[int]] = defaultdict(set)
    for dep_id, member_ids in db.execute(
            "SELECT dr.deployment_id, r.member_ids FROM deployment_results dr "
            "JOIN results r ON r.id = dr.result_id"):
        members[dep_id].update(json.loads(member_ids or "[]"))
    reasons = dict(db.execute(
        "SELECT deployment_id, change_reason FROM deployment_events WHERE change_reason <> '' "
        "ORDER BY on_date, id").fetchall())
    out = []
    for r in db.query(
            "SELECT d.*, c.family_id, pr.code AS product_code, pv.code AS provider_code "
            "FROM deployments d JOIN cases c ON c.id = d.case_id "
            "LEFT JOIN products pr ON pr.id = d.product_id "
            f"LEFT JOIN providers pv ON pv.id = d.provider_id {sql_where} ORDER BY d.id", args):
        family = youths.get(r["family_id"], [])
        named = [y for y in family if y["id"] in members.get(r["id"], set())]
        for youth in named or family or [None]:
            y = youth or {}
            out.append(DeploymentRow({
                "ToewijzingNummer": str(r["id"]), "Aanbieder": r["provider_code"] or "",
                "Product.Categorie": r["category"] or "", "Product.Code": r["product_code"] or "",
                "ToewijzingIngangsdatum": r["start_date"] or "",
                "ToewijzingEinddatum": r["end_date"] or "",
                "RedenWijziging": reasons.get(r["id"], ""),
                "Omvang.Volume": "" if r["amount"] is None else str(r["amount"]),
                "Omvang.Eenheid": r["unit"] or "", "Omvang.Frequentie": r["frequency"] or "",
                "BeschikkingNummer": r["beschikkingnummer"] or "",
                "Verwijzer.Type": r["referrer"] or "",
                "Client.Bsn": y.get("bsn") or "",
                "Client.Geboortedatum.Datum": y.get("birth_date") or "",
                "Client.Geslacht": y.get("geslacht") or ("0" if youth else ""),
                "Client.Naam.Geslachtsnaam.Achternaam": y.get("last_name") or "",
                "Client.Naam.Voornamen": y.get("first_name") or "",
            }))
    return out
