"""A small hand-made caseload for the management report: two municipalities, eight cases,
seven trajecten, three evaluations and one scale-down, each chosen so that every figure can
be counted by hand (test_report_store.py says the counts, line by line)."""

from __future__ import annotations

from datetime import date

START, END, TODAY = date(2026, 1, 1), date(2026, 3, 31), date(2026, 12, 1)


def _iso(day):
    return day.isoformat() if day else None


def build(db) -> dict:
    ids: dict[str, int] = {}
    decisions = {}

    def case(key, municipality, start, end=None, level=None, next_eval=None):
        fid = db["families"].insert({"family_name": f"Fam-{key}", "municipality": municipality,
                                     "created_at": "2026-01-01", "updated_at": "2026-01-01"}
                                    ).last_pk
        cid = db["cases"].insert({
            "family_id": fid, "case_number": f"CJG-2026-{len(ids) + 1:06d}",
            "municipality": municipality, "region": "MLW" if municipality == "Weert" else "MLO",
            "status": "afgesloten" if end else "actief", "start_date": _iso(start),
            "end_date": _iso(end), "next_evaluation": _iso(next_eval),
            "created_at": "2026-01-01", "updated_at": "2026-01-01"}).last_pk
        if level:
            did = db["coordination_decisions"].insert({
                "case_id": cid, "decided_on": _iso(start), "recorded_at": "2026-01-01",
                "policy_id": "t", "policy_version": "1", "policy_effective": "2021-04-01",
                "answers": "{}", "advice": "{}", "advice_level": level, "level": level,
                "level_label": level, "coordination": int(level != "geen"), "deviates": 0,
            }).last_pk
            db["cases"].update(cid, {"decision_id": did, "coordination": int(level != "geen"),
                                     "coordination_level": level})
            decisions[key] = did
        ids[key] = cid
        return cid

    case("R1", "Roermond", date(2025, 6, 1), level="standaard", next_eval=date(2026, 2, 1))
    case("R2", "Roermond", date(2026, 1, 10), level="geen", next_eval=date(2026, 7, 1))
    case("R3", "Roermond", date(2026, 2, 1), end=date(2026, 3, 15))
    case("R4", "Roermond", date(2025, 1, 1), end=date(2025, 12, 31), level="intensief")
    case("R5", "Roermond", date(2026, 4, 5), next_eval=date(2026, 10, 5))
    case("R6", "Roermond", date(2025, 9, 1), level="intensief", next_eval=date(2026, 3, 1))
    case("W1", "Weert", date(2026, 1, 5), next_eval=date(2026, 7, 5))
    case("W2", "Weert", date(2025, 5, 1), end=date(2026, 2, 20))

    deps = {}

    def deployment(key, case_key, category, start, end, status, reason="", cost=None,
                   amount=4, unit="04"):
        deps[key] = db["deployments"].insert({
            "case_id": ids[case_key], "category": category, "amount": amount, "unit": unit,
            "frequency": "2", "start_date": _iso(start), "end_date": _iso(end),
            "granted_end": _iso(end), "status": status, "end_reason": reason,
            "estimated_cost": cost, "created_at": "2026-01-01", "updated_at": "2026-01-01",
        }).last_pk

    ended = "beëindigd"
    deployment("D1", "R1", "45", date(2025, 6, 1), date(2026, 1, 20), ended, "32", 100000)
    deployment("D2", "R1", "45", date(2026, 3, 1), date(2026, 12, 31), "gestart", "", 50000,
               amount=60, unit="83")
    deployment("D3", "R2", "41", date(2026, 1, 10), date(2026, 3, 10), ended, "34", None)
    deployment("D4", "R6", "45", date(2025, 9, 1), date(2025, 12, 31), "gestart", "", 40000)
    deployment("D5", "R6", "54", date(2025, 9, 1), date(2026, 2, 28), ended, "35", 30000)
    deployment("D6", "R3", "45", date(2026, 2, 1), date(2026, 3, 15), ended, "33", 20000)
    deployment("D7", "W2", "45", date(2025, 5, 1), date(2026, 2, 20), ended, "31", 70000)
    # The CJG ended D5 itself: a move to another municipality (JZ002 07, paired JZ588 35).
    db["deployment_events"].insert({"deployment_id": deps["D5"], "on_date": "2026-02-28",
                                    "kind": "beeindigen", "end_reason": "35",
                                    "change_reason": "07", "recorded_at": "2026-02-28"})
    # D2 scaled down from 15 March: 100 to 60 euro a week (eenheid 83 needs no tariff).
    db["deployment_volume_changes"].insert({
        "deployment_id": deps["D2"], "from_date": "2026-03-15", "old_amount": 100,
        "old_unit": "83", "old_frequency": "2", "new_amount": 60, "new_unit": "83",
        "new_frequency": "2", "reason": "afschalen", "changed_at": "2026-03-15"})

    results = {}
    for key, case_key in (("r1", "R1"), ("r2", "R1"), ("r3", "R2")):
        results[key] = db["results"].insert({"case_id": ids[case_key], "family_words": key,
                                             "position": 0}).last_pk
    db["deployment_results"].insert({"deployment_id": deps["D1"], "result_id": results["r1"]})

    def evaluation(case_key, held_on, usefulness, reached, status="definitief"):
        eid = db["evaluations"].insert({"case_id": ids[case_key], "held_on": _iso(held_on),
                                        "status": status, "usefulness": usefulness,
                                        "satisfaction": 7}).last_pk
        for rkey, value in reached.items():
            db["evaluation_results"].insert({"evaluation_id": eid,
                                             "result_id": results[rkey], "reached": value})

    evaluation("R1", date(2026, 1, 10), 5, {"r1": "ja", "r2": "nee"})
    evaluation("R2", date(2026, 3, 1), 2, {"r3": "deels"})
    evaluation("R6", date(2026, 2, 15), 4, {})
    evaluation("R2", date(2026, 3, 5), 5, {"r3": "ja"}, status="concept")  # a draft: not read
    return {"cases": ids, "deps": deps}
