"""Validators in desktop_app.core.validation (no Qt, no database)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import validation as v
from desktop_app.core.validation import ValidationError

TODAY = date(2026, 3, 1)


# -- BSN --------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["999900006", " 999900006 ", "9999.00.006", "9999 00 006",
                                 "999-900-006", "999999990"])
def test_bsn_valid_test_numbers(raw):
    assert v.clean_bsn(raw) == raw.strip().replace(".", "").replace(" ", "").replace("-", "")


@pytest.mark.parametrize("raw", [None, "", "   ", " . - "])
def test_bsn_empty_means_none(raw):
    assert v.clean_bsn(raw) is None


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("99990000", "bsn_length"),        # 8 digits: stdnum would left-pad it
        ("12345672", "bsn_length"),        # 8 digits that pass after padding
        ("9999000060", "bsn_length"),      # 10 digits
        ("999900007", "bsn_checksum"),     # 11-check fails
        ("123456789", "bsn_checksum"),
        ("99990000A", "bsn_digits"),       # letters
        ("abcdefghi", "bsn_digits"),
        ("999 900 00x", "bsn_digits"),
    ],
)
def test_bsn_errors(raw, code):
    with pytest.raises(ValidationError) as info:
        v.clean_bsn(raw, field="bsn_kind")
    assert info.value.code == code
    assert info.value.field == "bsn_kind"
    assert str(info.value) == v.MESSAGES[code]


def test_eight_digit_bsn_would_pass_stdnum_alone():
    # Why the length check exists: stdnum pads '12345672' to '012345672' and accepts it.
    from stdnum.nl import bsn

    assert bsn.is_valid("12345672")


# -- postcode ---------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "clean"), [("6041AB", "6041 AB"), ("6041 ab", "6041 AB"),
                                            (" 6001 xy ", "6001 XY"), ("6101-CD", "6101 CD")])
def test_postcode_valid(raw, clean):
    assert v.clean_postcode(raw) == clean


@pytest.mark.parametrize("raw", [None, "", "  "])
def test_postcode_empty(raw):
    assert v.clean_postcode(raw) == ""


@pytest.mark.parametrize("raw", ["0123 AB", "604 AB", "60411 AB", "6041 A", "6041 SS",
                                 "6041 SA", "6041 SD", "ABCD EF", "6041 A1"])
def test_postcode_invalid(raw):
    with pytest.raises(ValidationError) as info:
        v.clean_postcode(raw)
    assert info.value.code == "postcode"


# -- dates --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("03-07-2015", date(2015, 7, 3)),
        ("3-7-2015", date(2015, 7, 3)),
        ("03/07/2015", date(2015, 7, 3)),
        ("03.07.2015", date(2015, 7, 3)),
        ("2015-07-03", date(2015, 7, 3)),
        (" 2015-07-03 ", date(2015, 7, 3)),
        ("29-02-2024", date(2024, 2, 29)),
        ("2024-02-29", date(2024, 2, 29)),
    ],
)
def test_parse_date_dutch_and_iso(raw, day):
    assert v.parse_date(raw) == day


@pytest.mark.parametrize("raw", ["03-07-15", "morgen", "2015/07/03x", "1-1", "2015-7-3x"])
def test_parse_date_malformed(raw):
    with pytest.raises(ValidationError) as info:
        v.parse_date(raw)
    assert info.value.code == "date_format"


@pytest.mark.parametrize("raw", ["29-02-2023", "2023-02-29", "31-04-2020", "00-01-2020",
                                 "12-13-2020"])
def test_parse_date_impossible_day(raw):
    # Well-formed but non-existent; a dedicated code may tell the user so.
    with pytest.raises(ValidationError) as info:
        v.parse_date(raw)
    assert info.value.code in ("date_format", "date_invalid")
    assert info.value.code in v.MESSAGES


def test_parse_date_passthrough():
    assert v.parse_date(None) is None
    assert v.parse_date("  ") is None
    assert v.parse_date(date(2020, 1, 2)) == date(2020, 1, 2)


def test_birth_date_rules():
    assert v.clean_birth_date("01-03-2026", TODAY) == TODAY  # today is allowed
    assert v.clean_birth_date("29-02-2024", TODAY) == date(2024, 2, 29)
    with pytest.raises(ValidationError) as info:
        v.clean_birth_date("02-03-2026", TODAY)
    assert info.value.code == "date_future"
    with pytest.raises(ValidationError) as info:
        v.clean_birth_date("01-01-1890", TODAY)
    assert info.value.code == "date_too_old"
    assert v.clean_birth_date("", TODAY) is None


def test_format_date_is_dutch():
    assert v.format_date(date(2024, 2, 29)) == "29-02-2024"
    assert v.format_date(None) == ""


# -- names and choices -------------------------------------------------------------
def test_names():
    assert v.clean_name("  Anaïs   van  Kessel-Wijnands ", "first_name") == "Anaïs van Kessel-Wijnands"
    assert v.clean_name("Zoë", "first_name") == "Zoë"
    assert v.clean_name("", "last_name", required=False) == ""
    assert v.clean_name(None, "last_name", required=False) == ""
    with pytest.raises(ValidationError) as info:
        v.clean_name("   ", "first_name")
    assert (info.value.code, info.value.field) == ("required", "first_name")
    assert len(v.clean_name("é" * 200, "x")) == 200
    with pytest.raises(ValidationError) as info:
        v.clean_name("a" * 201, "x")
    assert info.value.code == "name_length"


def test_choices():
    assert v.clean_role("jeugdige") == "jeugdige"
    assert v.clean_municipality("Echt-Susteren") == "Echt-Susteren"
    assert v.clean_status("afgesloten") == "afgesloten"
    for func, bad, code in ((v.clean_role, "kind", "role"),
                            (v.clean_municipality, "Venlo", "municipality"),
                            (v.clean_status, "open", "status")):
        with pytest.raises(ValidationError) as info:
            func(bad)
        assert info.value.code == code


def test_every_code_has_a_dutch_message():
    for code in ("bsn_length", "bsn_digits", "bsn_checksum", "date_format", "date_future",
                 "date_too_old", "postcode", "required", "role", "municipality", "status",
                 "name_length"):
        assert v.MESSAGES[code]


# -- properties: garbage in, ValidationError (or a clean value) out ---------------
def _only_validation_error(func, value):
    try:
        func(value)
    except ValidationError as exc:
        assert exc.code in v.MESSAGES


text_like = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789 .-/", max_size=14),
    st.from_regex(r"\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*", fullmatch=True),
    st.from_regex(r"\d{4} ?[A-Za-z]{2}", fullmatch=True),
)


@settings(max_examples=300, deadline=None, database=None)
@given(text_like)
def test_clean_bsn_raises_only_validation_error(value):
    result = None
    try:
        result = v.clean_bsn(value)
    except ValidationError:
        return
    if result is not None:
        assert len(result) == 9 and result.isdigit()


@settings(max_examples=300, deadline=None, database=None)
@given(text_like)
def test_clean_postcode_raises_only_validation_error(value):
    _only_validation_error(v.clean_postcode, value)


@settings(max_examples=300, deadline=None, database=None)
@given(text_like)
def test_parse_date_raises_only_validation_error(value):
    _only_validation_error(v.parse_date, value)


@settings(max_examples=100, deadline=None, database=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_parse_date_round_trips_dutch_format(day):
    assert v.parse_date(v.format_date(day)) == day
    assert v.parse_date(day.isoformat()) == day
