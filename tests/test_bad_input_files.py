"""Bad input files, property-based (issue 15 item 5): the catalogue import and the form
loaders. Never a crash: rows that are all within bounds, or Dutch errors naming row and
column (catalogue) / file, line and field (forms).

How many inputs: the hypothesis profile (tests/conftest.py) – 100 in a normal run, 1,000
in CI (.ci/run sets HYPOTHESIS_PROFILE=ci). The cases the attack found are explicit
@example()s, so every run tries them."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core import catalog as cat
from desktop_app.core.catalog import read_catalog_csv
from desktop_app.core.forms import FormError
from desktop_app.core.policy import MAX_DAYS_BEFORE_END, PolicyError, load_policy
from desktop_app.paths import forms_dir

HEADER = ("aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;"
          "regio;tarief;tariefjaar;indexatie")
GOOD = ["98000001", "Jeugdhulp Roerdal", "45A01", "Ambulante jeugdhulp", "45", "04", "MLO",
        "78,50", "2026", "2,5"]
PROFILE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                         HealthCheck.data_too_large])


def _csv(cells: list[str], extra: str = "") -> bytes:
    return (HEADER + "\n" + ";".join(cells) + "\n" + extra).encode("utf-8")


def _with(column: str, value: str) -> bytes:
    cells = list(GOOD)
    cells[cat.COLUMNS.index(column)] = value
    return _csv(cells)


NASTY = st.sampled_from([
    "", " ", "0", "-1", "1E+17", "1e13", "1E+13", "78 50", "7 850,00", "78,5", "78.50",
    "1.234,50", "1.23.4", "NaN", "Infinity", "²⁰²⁶", "٢٠٢٦", "９８０００００１", "١٢٣٤٥٦٧٨",
    "x" * 131_073, "y" * 201, "\x00", "a\tb", "\"", "\"\"\"", "€ 78", "78,50 €", "€",
    "31", "38", "30", "45", "4⁵", "04", "4", "⁰⁴", "beide", "BEIDE", "mlw", "25", "25,01",
    "2,555", "1e-999999999", "1e999999999", "99999999999999999999999", "2100", "2101",
])
CELL = st.one_of(NASTY, st.text(max_size=30),
                 st.text(alphabet="0123456789,.€ eE+-%", max_size=24))


def _check_read(data: bytes) -> cat.CatalogRead:
    read = read_catalog_csv(data)
    if read.errors:
        assert not read.rows
        for error in read.errors:
            assert isinstance(error, cat.CatalogError)
            assert str(error).startswith("Rij ") and error.reason.strip()
    else:
        assert read.rows, "no errors and no rows"
        for row in read.rows:
            assert re.fullmatch(r"[0-9]{8}", row.provider_code)
            assert 0 < row.tariff_cents <= cat.MAX_TARIFF_CENTS.get(row.unit,
                                                                    cat.MAX_TARIFF_OTHER)
            assert 2000 <= row.tariff_year <= 2100
            assert 0 <= row.indexation <= cat.MAX_INDEXATION
            assert len(row.provider_name) <= cat.MAX_CELL
            assert len(row.product_name) <= cat.MAX_CELL
    return read


@PROFILE
@given(column=st.sampled_from(cat.COLUMNS), value=CELL)
@example(column="aanbieder_naam", value="x" * 131_073)  # over the csv module's limit
@example(column="product_naam", value="x" * 5_000)
@example(column="tarief", value="1E+17")
@example(column="tarief", value="1E+13")  # 1E+13 € per hour
@example(column="tarief", value="10000000000000")
@example(column="tarief", value="78 50")  # not € 7.850,00
@example(column="tariefjaar", value="²⁰²⁶")
@example(column="aanbieder_code", value="١٢٣٤٥٦٧٨")  # Arabic-Indic digits
@example(column="aanbieder_code", value="９８０００００１")  # full-width digits
@example(column="indexatie", value="٣")
@example(column="productcategorie", value="⁴⁵")
@example(column="productcategorie", value="31")  # legacy 2015: taken with a warning
def test_catalogue_cell_never_crashes(column, value):
    _check_read(_with(column, value))


@pytest.mark.parametrize("column,value,words", [
    ("aanbieder_naam", "x" * 131_073, "kan niet worden gelezen"),
    ("product_naam", "x" * 201, "te lang (201 tekens; hoogstens 200)"),
    ("tarief", "1E+17", "is geen bedrag"),
    ("tarief", "1E+13", "is geen bedrag"),
    ("tarief", "10000000000000", "is te hoog: voor deze eenheid hoogstens € 2.500,00"),
    ("tarief", "78 50", "geen spaties tussen de cijfers"),
    ("tariefjaar", "²⁰²⁶", "is geen jaartal"),
    ("aanbieder_code", "١٢٣٤٥٦٧٨", "is geen AGB-code"),
    ("indexatie", "٣", "is geen percentage"),
    ("aanbieder_naam", "Jeugd\x00hulp", "stuurteken"),
])
def test_the_attacks_cases_are_refused_with_a_dutch_reason(column, value, words):
    read = _check_read(_with(column, value))
    assert read.errors and not read.rows
    assert words in str(read.errors[0]), str(read.errors[0])


def test_legacy_jz020_codes_are_taken_with_a_warning():
    for code in ("31", "34", "38"):
        read = _check_read(_with("productcategorie", code))
        assert not read.errors and read.rows[0].category == code
        assert "oude code uit 2015" in str(read.warnings[0])
    assert _check_read(_with("productcategorie", "30")).errors  # no such code, ever


def test_plain_good_values_still_read():
    for tariff, cents in (("78,50", 7850), ("1.234,50", 123450), ("78.50", 7850),
                          ("€ 78", 7800), ("78,50 €", 7850)):
        read = _check_read(_with("tarief", tariff))
        assert not read.errors and read.rows[0].tariff_cents == cents, tariff


@PROFILE
@given(data=st.one_of(
    st.binary(max_size=400),
    st.lists(st.lists(CELL, min_size=0, max_size=12), min_size=0, max_size=4).map(
        lambda rows: (HEADER + "\n" + "\n".join(";".join(r) for r in rows)).encode(
            "utf-8", "surrogatepass")),
    st.lists(CELL, min_size=10, max_size=10).map(_csv),
))
@example(data=HEADER.encode() + b"\n" + b"\"" + b"x" * 140_000 + b"\n")
@example(data=b"\xef\xbb\xbf" + _csv(GOOD))
@example(data=_csv(GOOD).replace(b";", b","))
def test_catalogue_file_never_crashes(data):
    _check_read(data)


_store_state: dict = {}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=st.lists(CELL, min_size=10, max_size=10))
@example(cells=["98000001", "Roerdal", "45A01", "Ambulant", "45", "82", "beide", "500.000,00",
                "2026", "25"])
def test_what_the_check_lets_through_imports(cells):
    """Whatever passes the check is stored (no OverflowError from SQLite's integers)."""
    read = _check_read(_csv(cells))
    if read.errors:
        return
    if "session" not in _store_state:
        from desktop_app.session import Session
        from desktop_app.store import create_store

        folder = Path(tempfile.mkdtemp(prefix="gp-cat-"))
        _store_state["session"] = Session(create_store(folder / "gezinsplan.db",
                                                       "kaarsvet molen vlaai fiets"))
    summary = _store_state["session"].results.import_catalog(read.rows).summary
    assert summary.contracts_new + summary.contracts_updated == len(read.rows[0].regions)


# -- the forms loaders ---------------------------------------------------------------
POLICY = (forms_dir() / "coordination.toml").read_text(encoding="utf-8")
INTAKE = (forms_dir() / "intake.toml").read_text(encoding="utf-8")
_folder = Path(tempfile.mkdtemp(prefix="gp-forms-"))
VALUES = st.sampled_from([
    "2021-04-01T10:00:00", "2021-04-01 10:00", "10:00:00", "0001-01-01", "9999-12-31",
    "99999999999999999999", "9223372036854775808", "-1", "0", "nan", "inf", "-inf", "1e308",
    "\"\"", "\"x\"", "[]", "{}", "true", "[" * 400 + "]" * 400, "{a = " * 300 + "1" + "}" * 300,
    "\"\"\"", "2021-02-30", "1.5", "[1, \"a\"]",
])


def _mutate(text: str, line: int, value: str) -> str:
    lines = text.splitlines()
    assignments = [i for i, t in enumerate(lines) if re.match(r"^\s*[A-Za-z_]+\s*=", t)]
    i = assignments[line % len(assignments)]
    key = lines[i].split("=", 1)[0]
    lines[i] = f"{key}= {value}"
    return "\n".join(lines) + "\n"


def _check_policy(text: str) -> None:
    path = _folder / "coordination.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        policy = load_policy(path)
    except PolicyError as exc:
        assert str(exc).startswith(str(path)) and exc.message.strip()
        return
    assert 0 <= policy.days_before_end <= MAX_DAYS_BEFORE_END
    assert type(policy.effective) is date
    if policy.transition is not None:
        assert all(type(getattr(policy.transition, f)) is date for f in (
            "new_beschikking_ends_from", "new_beschikking_ends_until",
            "april_review_ends_from", "april_review_due"))
    for level in policy.levels:
        assert level.interval_months is None or 1 <= level.interval_months <= 24
    from desktop_app.core.transition import review

    review(policy.effective, policy.transition, date(2020, 5, 1), None,
           [(date(2020, 5, 1), date(2021, 8, 1))], [])


def _check_intake(text: str) -> None:
    from desktop_app.core.form_intake import load

    path = _folder / "intake.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load(path)
    except FormError as exc:
        assert str(exc).startswith(f"Fout in formulierbestand {path}, regel ")
        assert exc.message.strip()


@PROFILE
@given(line=st.integers(0, 10_000), value=st.one_of(VALUES, st.text(max_size=20)))
@example(line=0, value="[" * 5000 + "]" * 5000)  # RecursionError in tomllib
@example(line=0, value="2021-04-01T10:00:00")
@example(line=10_000, value="99999999999999999999")
def test_policy_mutations_never_crash(line, value):
    _check_policy(_mutate(POLICY, line, value))


@pytest.mark.parametrize("old,new,words", [
    ("april_review_due = 2021-04-30", "april_review_due = 2021-04-30T09:30:00",
     "datum zonder tijd"),
    ("days_before_end = 28", "days_before_end = 99999999999999999", "tussen 0 en 365"),
    ("days_before_end = 28", "days_before_end = 366", "tussen 0 en 365"),
    ("interval_months = 6", "interval_months = 9223372036854775807", "tussen 1 en 24"),
    ("effective = 2021-04-01", "effective = 0001-01-01", "tussen 2000 en 2100"),
    ('id = "MLO-2021-04"', 'id = "MLO-2021-04"\nx = ' + "[" * 3000 + "]" * 3000,
     "te diep in elkaar"),
])
def test_policy_attack_cases_name_file_line_and_field(old, new, words):
    assert old in POLICY
    path = _folder / "coordination.toml"
    path.write_text(POLICY.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert words in str(info.value), str(info.value)
    assert info.value.line, str(info.value)
    if "te diep" not in words:
        assert info.value.field


@PROFILE
@given(line=st.integers(0, 10_000), value=st.one_of(VALUES, st.text(max_size=20)))
@example(line=0, value="[" * 5000 + "]" * 5000)
@example(line=1, value="1e308")
@example(line=2, value="99999999999999999999")
def test_intake_form_mutations_never_crash(line, value):
    _check_intake(_mutate(INTAKE, line, value))


@PROFILE
@given(text=st.text(max_size=300))
@example(text="a = " + "[" * 2000 + "]" * 2000)
@example(text="a = " + "{b = " * 600 + "1" + "}" * 600)
def test_any_text_as_a_form_file_never_crashes(text):
    _check_policy(text)
    _check_intake(text)


def test_deep_nesting_names_the_line():
    path = _folder / "intake.toml"
    path.write_text("version = 1\n\nx = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    from desktop_app.core.form_intake import load

    with pytest.raises(FormError) as info:
        load(path)
    assert info.value.line == 3 and "te diep" in str(info.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_as_form_file_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "coordination.toml"
    os.mkfifo(fifo)
    with pytest.raises(PolicyError) as info:
        load_policy(fifo)
    assert "pijp (FIFO)" in str(info.value)


def test_ci_runs_a_thousand_inputs_each():
    from hypothesis import settings as current

    assert current.get_profile("ci").max_examples >= 1000
    assert current.get_profile("dev").max_examples >= 100
    run = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "HYPOTHESIS_PROFILE=ci" in run


def _line_after(file: str, old: str) -> str:
    """'<file>, regel N': the line just after `old` in the shipped form file, where the
    nested value is put (the files grow; the number follows them)."""
    lines = (forms_dir() / file).read_text(encoding="utf-8").splitlines()
    return f"{file}, regel {next(i for i, line in enumerate(lines, 1) if old in line) + 1}"


@pytest.mark.parametrize("file,old,new,words", [
    ("coordination.toml", 'id = "MLO-2021-04"', 'id = "MLO-2021-04"\nx = ' + "[" * 3000 + "]" * 3000,
     _line_after("coordination.toml", 'id = "MLO-2021-04"')),
    ("coordination.toml", "april_review_due = 2021-04-30", "april_review_due = 2021-04-30T09:30:00",
     "veld 'transition > april_review_due'"),
    ("intake.toml", "version = 1", "version = 1\nx = " + "[" * 3000 + "]" * 3000,
     _line_after("intake.toml", "version = 1")),
])
def test_gui_start_with_a_broken_form_names_file_line_and_field(qapp, tmp_path, monkeypatch,
                                                                 capsys, file, old, new, words):
    import shutil

    from desktop_app.ui.app import main

    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    text = (folder / file).read_text(encoding="utf-8")
    assert old in text
    (folder / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.setenv("GEZINSPLAN_FORMS_DIR", str(folder))
    assert main(["--screenshot", str(tmp_path / "x.png"), "--show", "caseload"]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err, err
    assert not (tmp_path / "x.png").exists()
