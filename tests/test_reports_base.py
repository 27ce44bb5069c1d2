"""The shared PDF machinery: Dutch characters, footers, atomic write, password."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.reports.base import DocMeta, markup, para, simple_table, write_pdf


def _story(n_paragraphs: int):
    story = [markup("Ons gezinsplan", "title"), para("Wat gaat goed: Noë fietst naar school, één keer per week. Prijs € 12,50.")]
    story += [para(f"Regel {i}: ïdeeën van de familie Ëlbers-Hüskens.") for i in range(n_paragraphs)]
    story.append(simple_table([["Wie", "Wat"], ["Zoë", "Belt de juf – élke maandag"]]))
    return story


def test_every_page_has_date_version_and_page_numbers(tmp_path):
    out = write_pdf(tmp_path / "plan.pdf", DocMeta("Gezinsplan familie Ëlbers", version=3, day=date(2026, 7, 3)), _story(120))
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "3 juli 2026" in text and "versie 3" in text
        assert f"pagina {number} van {len(reader.pages)}" in text
    everything = "".join(p.extract_text() for p in reader.pages)
    for word in ("Noë", "één", "€ 12,50", "ïdeeën", "Ëlbers-Hüskens", "élke"):
        assert word in everything


def test_failed_build_leaves_no_file(tmp_path):
    class Boom(Exception):
        pass

    def story():
        raise Boom()

    out_dir = tmp_path / "export"
    with pytest.raises(Boom):
        write_pdf(out_dir / "x.pdf", DocMeta("x"), story)
    assert not out_dir.exists() or list(out_dir.iterdir()) == []


def test_failed_layout_keeps_the_previous_file(tmp_path):
    (tmp_path / "export").mkdir()
    target = tmp_path / "export" / "brief.pdf"
    target.write_bytes(b"previous")
    with pytest.raises((AttributeError, TypeError)):
        write_pdf(target, DocMeta("x"), [object()])
    assert target.read_bytes() == b"previous"
    assert [p.name for p in target.parent.iterdir()] == ["brief.pdf"]


def test_password_protected_pdf(tmp_path):
    out = write_pdf(tmp_path / "p.pdf", DocMeta("Geheim", password="vlaai-en-koffie"), _story(2))
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert reader.decrypt("fout") == 0
    assert reader.decrypt("vlaai-en-koffie") != 0
    assert "Noë" in reader.pages[0].extract_text()


def test_protected_pdf_never_touches_the_disk_readable(tmp_path, monkeypatch):
    """Issue 15: the PDF is built and encrypted in memory; the only file ever written is
    the encrypted temp file. Killed at the rename, what is left holds no readable BSN."""
    import io

    from desktop_app.reports import base

    bsn = "999990020"
    folder = tmp_path / "export"
    seen_during_encryption = []
    real_encrypt = base._encrypt

    def encrypt(data, password):
        assert bsn.encode() in data or b"FlateDecode" in data  # the plain PDF, in memory
        seen_during_encryption.append(sorted(p.name for p in folder.iterdir()))
        return real_encrypt(data, password)

    left = []

    def killed(src, dst):
        left.append(open(src, "rb").read())
        raise KeyboardInterrupt("killed at the rename")

    monkeypatch.setattr(base, "_encrypt", encrypt)
    monkeypatch.setattr(base.os, "replace", killed)
    story = _story(3) + [para(f"BSN {bsn}")]
    with pytest.raises(KeyboardInterrupt):
        write_pdf(folder / "inzage.pdf", DocMeta("Inzage", password="vlaai-en-koffie"), story)
    assert seen_during_encryption == [[]]  # nothing on disk before the encryption
    assert len(left) == 1 and left[0].startswith(b"%PDF")
    assert bsn.encode() not in left[0]
    reader = PdfReader(io.BytesIO(left[0]))
    assert reader.is_encrypted and reader.decrypt("vlaai-en-koffie") != 0
    assert bsn in "".join(p.extract_text() for p in reader.pages)
    assert list(folder.iterdir()) == []  # the temp file is removed on the way out
