"""Issue 14 item 9: the access-request export a parent can read – Dutch headings and labels,
dates in words, money as € 2.586,36, codes and people in words, no column names and no raw
JSON in the PDF; the JSON file 0600 like the PDF. Read back with pdftotext."""

from __future__ import annotations

import json
import re
import shutil
import stat
import subprocess

import pytest
from pypdf import PdfReader

from desktop_app.reports.access_request import COLUMN_LABELS, TABLE_LABELS, export_files
from desktop_app.store.export import collect


def _pdf_text(path) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
    else:  # pragma: no cover - poppler is in the test image
        out = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return re.sub(r"\s+", " ", out)


@pytest.fixture
def full_family(demo_store):
    """A demo family with a decision, an evaluation, consent and deployed help."""
    row = demo_store.db.execute(
        "SELECT c.family_id FROM cases c JOIN coordination_decisions d ON d.case_id = c.id "
        "JOIN evaluations e ON e.case_id = c.id JOIN consents k ON k.case_id = c.id "
        "JOIN deployments p ON p.case_id = c.id WHERE p.estimated_cost > 0 "
        "ORDER BY c.id LIMIT 1").fetchone()
    assert row is not None
    return demo_store, row[0]


def test_every_column_of_the_family_tables_has_a_dutch_label(demo_store):
    from desktop_app.store.export import links

    tables = [t for t in TABLE_LABELS if demo_store.db[t].exists()]
    assert len(tables) >= 15
    # Every table the export follows (a feature's new table too) has its columns labelled.
    tables += [t for t, found in links(demo_store.db).items() if found and t not in tables]
    missing = {t: [c.name for c in demo_store.db[t].columns if c.name not in COLUMN_LABELS]
               for t in tables}
    assert {t: cols for t, cols in missing.items() if cols} == {}


def test_the_pdf_reads_as_dutch_for_a_parent(full_family, tmp_path):
    store, family_id = full_family
    data = collect(store.db, family_id)
    json_file, pdf = export_files(data, tmp_path / "inzage")
    text = _pdf_text(pdf)
    assert "Inzage: alle gegevens over uw gezin" in text
    for heading in ("Gezin (1)", "Gezinsleden", "Toestemmingen", "Ingezette hulp",
                    "Besluiten over coördinatie", "Evaluaties",
                    "Wie heeft de gegevens gemaakt, veranderd of gedeeld"):
        assert heading in text
    # No column names, no raw JSON, no ISO dates, no cents.
    for raw in ("with_whom", "worries", "estimated_cost", "family_id", "case_id", "created_at",
                "help_question", "level_label", "domain_key", "None"):
        assert raw not in text, raw
    assert '{"' not in text and '["' not in text and "[]" not in text
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)
    assert "met wie" in text and "zorgen" in text and "geschatte kosten" in text
    cents = data["tables"]["cases"][0]["estimated_cost"]
    euros = f"{cents / 100:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    assert f"geschatte kosten € {euros}" in text and str(cents) not in text.replace(" ", "")
    assert re.search(r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|"
                     r"september|oktober|november|december) 20\d\d\b", text)
    # Codes and people in words; the decision's snapshot as labelled lines.
    assert "Jeugdhulp ambulant" in text or "Jeugd-ggz" in text
    parent = next(p for p in data["tables"]["persons"] if p["role"] in ("ouder", "verzorger"))
    assert f"{parent['first_name']} {parent['last_name']}" in text
    assert "Advies" in text and "samenvatting:" in text and "redenen:" in text
    # Both files 0600; the JSON is the complete machine-readable copy.
    for path in (json_file, pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert json.loads(json_file.read_text(encoding="utf-8"))["family_id"] == family_id


def test_a_protected_export_attaches_the_json_inside_the_encryption(full_family, tmp_path):
    store, family_id = full_family
    data = collect(store.db, family_id)
    (pdf,) = export_files(data, tmp_path / "beveiligd", "vlaai-en-koffie")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    reader = PdfReader(pdf)
    assert reader.is_encrypted and reader.decrypt("vlaai-en-koffie")
    text = " ".join(p.extract_text() for p in reader.pages)
    assert '{"' not in text and "Inzage: alle gegevens over uw gezin" in text
    (name, contents), = reader.attachments.items()
    assert name.endswith(".json")
    assert json.loads(contents[0].decode("utf-8"))["family_id"] == family_id
    assert b"family_id" not in pdf.read_bytes()  # the attachment is encrypted too
