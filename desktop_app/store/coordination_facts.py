"""gather_facts(db, case_id) -> CaseFacts: what the case already says, for the
coordination wizard.

The intake (life-domain scores, help question, Krachtenwijzer, network) and the
deployed help (products, providers, beschikkingen) are built in other branches.
Their tables are read only when they exist; every table and column name this
module relies on is in the SOURCES mapping below, so wiring it to the real
schema is a matter of editing that mapping. A table that exists but lacks a
mapped column is skipped with a warning in the log (names only, no data).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..core.coordination import CaseFacts, Deployment, Provider

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Source:
    table: str
    key: str  # column holding the case id (or family id when by_family)
    columns: dict[str, str]  # CaseFacts-side name -> column in the table
    by_family: bool = False


SOURCES: dict[str, Source] = {
    # results (issue 4): one row per deployed product (JW301 toewijzing)
    "deployments": Source("deployments", "case_id", {
        "product": "product", "category": "product_category", "provider": "provider_id",
        "start": "start_date", "end": "end_date", "volume": "volume"}),
    "providers": Source("providers", "id", {
        "name": "name", "contact": "contact", "street": "street", "postcode": "postcode",
        "city": "city", "email": "email", "phone": "phone"}),
    # intake (issue 3)
    "domain_scores": Source("domain_scores", "case_id", {"domain": "domain", "score": "score"}),
    "intake": Source("intakes", "case_id", {
        "help_question": "help_question", "help_question_clear": "help_question_clear",
        "safety_concerns": "safety_concerns", "family_plan": "family_plan"}),
    "strengths": Source("krachtenwijzer", "case_id", {
        "eigen_kracht": "eigen_kracht", "netwerk": "netwerk", "hulpverlening": "hulpverlening"}),
    "network": Source("network_members", "family_id", {"id": "id"}, by_family=True),
    # evaluation (issue 6)
    "evaluations": Source("evaluations", "case_id", {"held_on": "held_on"}),
}


def _day(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _rows(db: Database, name: str, key_value) -> list[dict]:
    src = SOURCES[name]
    table = db[src.table]
    if not table.exists():
        return []
    have = set(table.columns_dict)
    missing = [c for c in [src.key, *src.columns.values()] if c not in have]
    if missing:
        log.warning("coordination facts: table %s lacks columns %s", src.table, missing)
        return []
    cols = ", ".join(f'[{col}] AS [{alias}]' for alias, col in src.columns.items())
    return [dict(r) for r in db.query(f"SELECT {cols} FROM [{src.table}] WHERE [{src.key}] = ?",
                                      [key_value])]


def _provider(db: Database, ref) -> Provider | None:
    if ref is None or ref == "":
        return None
    rows = _rows(db, "providers", ref) if isinstance(ref, int) else []
    if not rows:
        return Provider(name=str(ref)) if not isinstance(ref, int) else None
    r = rows[0]
    city = " ".join(x for x in (r.get("postcode") or "", r.get("city") or "") if x)
    return Provider(name=r["name"] or "", contact=r.get("contact") or "", street=r.get("street") or "",
                    postcode_city=city, email=r.get("email") or "", phone=r.get("phone") or "")


def gather_facts(db: Database, case_id: int) -> CaseFacts:
    case = db["cases"].get(case_id)
    facts = CaseFacts(help_start=_day(case["start_date"]))

    providers: dict[str, Provider] = {}
    for r in _rows(db, "deployments", case_id):
        prov = _provider(db, r["provider"])
        name = prov.name if prov else ""
        if prov and name not in providers:
            providers[name] = prov
        facts.deployments.append(Deployment(
            product=str(r["product"] or ""), category=str(r["category"] or ""), provider=name,
            start=_day(r["start"]), end=_day(r["end"]), volume=str(r["volume"] or "")))
    facts.providers = sorted(providers.values(), key=lambda p: p.name.lower())
    if facts.deployments:
        facts.help_start = facts.start_of_help() if not facts.help_start else min(
            [facts.help_start] + [d.start for d in facts.deployments if d.start])

    for r in _rows(db, "domain_scores", case_id):
        if r["score"] in (1, 2, 3, 4, 5):
            facts.domain_scores[str(r["domain"])] = int(r["score"])
    intake = _rows(db, "intake", case_id)
    if intake:
        r = intake[0]
        facts.help_question = r["help_question"] or ""
        clear = r["help_question_clear"]
        facts.help_question_clear = None if clear is None else bool(clear)
        facts.safety_concerns = bool(r["safety_concerns"])
        facts.family_plan = bool(r["family_plan"])
    shares = _rows(db, "strengths", case_id)
    if shares:
        own = sum((r["eigen_kracht"] or 0) + (r["netwerk"] or 0) for r in shares)
        total = own + sum(r["hulpverlening"] or 0 for r in shares)
        facts.own_strength_share = own / total if total else None
    if db[SOURCES["network"].table].exists():
        facts.network_size = len(_rows(db, "network", case["family_id"]))
    held = [_day(r["held_on"]) for r in _rows(db, "evaluations", case_id)]
    held = [d for d in held if d]
    facts.last_evaluation = max(held) if held else None
    return facts


def beschikkingen(facts: CaseFacts) -> list[tuple[date | None, date | None]]:
    """Periods of the deployed help, for the transition rules."""
    return sorted({(d.start, d.end) for d in facts.deployments},
                  key=lambda p: (p[0] or date.min, p[1] or date.max))
