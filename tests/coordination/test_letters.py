"""Letters: exactly one per involved provider plus one for the family, read back."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.admin import main
from desktop_app.core import lifecycle as lc
from desktop_app.core.catalog_contact import ProviderContact
from desktop_app.core.contact import ConsultantDetails
from desktop_app.core.coordination import decide, prefill_all
from desktop_app.core.letter_data import ProviderDetails
from desktop_app.core.models import Case, Family, Person
from desktop_app.core.policy import load_policy
from desktop_app.paths import forms_dir
from desktop_app.reports.letters import PROVIDER_DUTY, write_decision_letters

from .helpers import PROVIDERS, facts

POLICY = load_policy(forms_dir() / "coordination.toml")
DAY = date(2024, 5, 1)


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def _family():
    return Family(family_name="Ëlbers-van den Heuvel", street="Kapelaan Verheggenstraat",
                  house_number="12A", postcode="6077 AB", city="Sint Odiliënberg",
                  members=[Person(0, "ouder", "Mariëlle", "Ëlbers", gezag=True),
                           Person(0, "ouder", "Raphaël", "van den Heuvel", gezag=True),
                           Person(0, "jeugdige", "Zoë", "Ëlbers", birth_date=date(2014, 2, 3)),
                           Person(0, "jeugdige", "Noë", "Ëlbers")])


def _case():
    return Case(1, "CJG-2024-000042", "Roerdalen", "MLO", status="actief",
                consultant="Noëlle Geelen", start_date=date(2024, 4, 1))


def test_one_letter_per_provider_and_one_for_the_family(tmp_path):
    case_facts = facts([("45", "A"), ("44", "B"), ("54", "C"), ("45", "A"),
                        ("45", "D", date(2024, 4, 20))])  # D ended before the decision
    answers = prefill_all(POLICY, case_facts, DAY)
    decision = decide(POLICY, 1, answers, case_facts, DAY, consultant="Noëlle Geelen")
    # The case's next evaluation (core.lifecycle): six months after the decision.
    follow_up = lc.next_evaluation(lc.CaseFactsForLifecycle(
        case_start=date(2024, 4, 1), deployments=1, decided_on=DAY, coordination=True,
        interval_months=6, running=(lc.Beschikking(PROVIDERS["A"].name, date(2024, 4, 1),
                                                   date(2025, 3, 31)),), margin_days=28))
    family_ = _family()
    zoe = family_.members[2]
    consultant = ConsultantDetails("Noëlle Geelen", "0475 123 456", "n.geelen@cjg-ml.nl",
                                   "CJG Roerdalen", "Markt 1\n6071 JD Swalmen")
    details = {PROVIDERS["A"].name: ProviderDetails(
        PROVIDERS["A"].name, agb="99000101", beschikkingen=("2024-ROE-0042",),
        children=(zoe,), contact=ProviderContact("Bredeweg 8", "6043 GH", "Roermond",
                                                  "0475 999 000", "info@roerdal.example",
                                                  "Mw. I. Ëlbers"))}
    files = write_decision_letters(tmp_path, decision, family_, _case(), day=DAY,
                                   follow_up=follow_up, consultant=consultant, details=details)
    assert len(files) == 1 + 3
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(f.name for f in files)
    family = _text(files[0])
    assert "Besluit over coördinatie en opvolging" in family
    assert "Mariëlle Ëlbers en Raphaël van den Heuvel" in family
    assert "Ja. Het CJG gaat de hulp coördineren en opvolgen." in family
    assert "elk half jaar" in family
    assert "Wij kijken samen met u terug, uiterlijk op 1 november 2024." in family
    assert "Dat is een half jaar na het besluit van 1 mei 2024." in family
    assert "Een beschikking is het besluit van de gemeente" in family
    assert "Noëlle Geelen" in family and "pagina 1 van" in family
    for reason in decision.advice.reasons:  # why, criterion by criterion
        assert " ".join(reason.text.split()) in family
    names = {PROVIDERS[k].name for k in "ABC"}
    seen = set()
    for path in files[1:]:
        text = _text(path)
        provider = next(n for n in names if " ".join(n.split()) in text)
        seen.add(provider)
        assert "Het CJG coördineert en volgt deze casus op" in text
        assert " ".join(PROVIDER_DUTY.split())[:120] in text  # the provider's own duty stays
        assert "normaliseren" in text and "1Gezin1Plan" in text
        assert "CJG-2024-000042" in text
        assert "evaluatie met het gezin is uiterlijk op 1 november 2024" in text
        # Signed with the consultant's own details, never a silent 'uw consulent'.
        assert "Noëlle Geelen" in text and "telefoon 0475 123 456" in text
        assert "CJG Roerdalen" in text and "uw consulent" not in text
        if provider == PROVIDERS["A"].name:  # only the child its help is for
            assert "Zoë Ëlbers (03-02-2014)" in text and "Noë Ëlbers" not in text
            assert "Beschikkingnummer 2024-ROE-0042" in text and "AGB-code 99000101" in text
            assert "t.a.v. Mw. I. Ëlbers Bredeweg 8 6043 GH Roermond" in text
        else:  # help that names no child: the letter names none
            assert "Zoë Ëlbers" not in text and "Noë Ëlbers" not in text and "Jeugdige" not in text
    assert seen == names
    assert "telefoon 0475 123 456 · e-mail n.geelen@cjg-ml.nl" in family
    assert "Markt 1" in family and "uw consulent" not in family
    # What weighs for coordination and what against, in plain words.
    assert "Dit pleit ervoor dat het CJG de hulp coördineert en opvolgt:" in family
    assert "Complexiteit problematiek" not in family and "Aantal producten" not in family
    assert PROVIDERS["D"].name not in " ".join(_text(f) for f in files[1:])


def test_deviation_motivation_goes_to_the_family_not_to_providers(tmp_path):
    case_facts = facts([("45", "A")], share=0.7)
    decision = decide(POLICY, 1, prefill_all(POLICY, case_facts, DAY), case_facts, DAY,
                      level_id="standaard", motivation="Vader is net verhuisd naar Sint Odiliënberg; "
                                                       "we volgen het eerste halfjaar toch op.")
    family_file, provider_file = write_decision_letters(tmp_path, decision, _family(), _case(), day=DAY)
    family = _text(family_file)
    assert "Volgens de richtlijn was het advies: geen coördinatie" in family
    assert "Vader is net verhuisd naar Sint Odiliënberg" in family
    provider = _text(provider_file)
    assert "Vader is net verhuisd" not in provider
    assert "afgeweken van het advies" in provider


def test_no_coordination_letters(tmp_path):
    case_facts = facts([("51", "A")])
    decision = decide(POLICY, 1, prefill_all(POLICY, case_facts, DAY), case_facts, DAY)
    family_file, provider_file = write_decision_letters(tmp_path, decision, _family(), _case(), day=DAY)
    assert "Nee. Het CJG gaat de hulp niet coördineren en opvolgen." in _text(family_file)
    assert "Het CJG coördineert en volgt deze casus niet op." in _text(provider_file)


def test_letters_without_the_consultants_details_say_so(tmp_path):
    """Instellingen › Mijn gegevens still empty and no consultant on the case: the letters
    show a placeholder the consultant sees, never a silent 'uw consulent'."""
    from desktop_app.reports.letters import NAME_PLACEHOLDER

    case_facts = facts([("45", "A")])
    decision = decide(POLICY, 1, prefill_all(POLICY, case_facts, DAY), case_facts, DAY)
    case = _case()
    case.consultant = ""
    family_file, provider_file = write_decision_letters(tmp_path, decision, _family(), case,
                                                        day=DAY)
    for path in (family_file, provider_file):
        text = _text(path)
        assert "uw consulent" not in text and "de consulent," not in text
        assert "vul in bij Instellingen › Mijn gegevens" in text
    assert " ".join(NAME_PLACEHOLDER.split()) in _text(family_file)


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("GEZINSPLAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", "mestreng-kapelaan-vlaai")
    return tmp_path


def test_admin_report_decision_letters(cli_env, capsys):
    assert main(["demo", "--families", "40", "--seed", "11"]) == 0
    from desktop_app.store import open_store

    store = open_store(cli_env / "data" / "gezinsplan.db", "mestreng-kapelaan-vlaai")
    case_id, number, providers = store.db.execute(
        "SELECT d.case_id, c.case_number, json_array_length(d.facts, '$.providers') "
        "FROM coordination_decisions d JOIN cases c ON c.id = d.case_id ORDER BY d.id LIMIT 1"
    ).fetchone()
    undecided = store.db.execute(
        "SELECT id FROM cases WHERE decision_id IS NULL LIMIT 1").fetchone()[0]
    store.close()
    capsys.readouterr()
    out = cli_env / "brieven"
    assert main(["report", "decision-letters", "--case", number, "--out", str(out)]) == 0
    files = sorted(out.glob("*.pdf"))
    assert len(files) >= 2 and len(files) <= providers + 1
    assert sum(f.name.endswith("-gezin.pdf") for f in files) == 1
    # The same operation as the GUI: every letter audited once, on the decision.
    store = open_store(cli_env / "data" / "gezinsplan.db", "mestreng-kapelaan-vlaai")
    decision_id = store.db.execute("SELECT decision_id FROM cases WHERE id = ?",
                                   [case_id]).fetchone()[0]
    entries = [tuple(r) for r in store.db.execute(
        "SELECT tbl, row_ref, fields, detail FROM audit_log WHERE action = 'export'")]
    store.close()
    assert sorted(entries) == sorted(
        [("coordination_decisions", str(decision_id), "letter_family", "pdf")]
        + [("coordination_decisions", str(decision_id), "letter_provider", "pdf")] * (len(files) - 1))
    assert main(["report", "decision-letters", "--case", str(case_id), "--out", str(out)]) == 0
    assert main(["report", "decision-letters", "--case", str(undecided), "--out", str(out)]) == 7
    assert "nog geen besluit" in capsys.readouterr().err
