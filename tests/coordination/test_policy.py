"""The policy file: precise messages for broken files, and a later policy that
applies only to decisions from its effective date."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.coordination import advise, prefill_all
from desktop_app.core.policy import PolicyError, load_policies, load_policy, select_policy
from desktop_app.paths import forms_dir

from .helpers import facts

SHIPPED = forms_dir() / "coordination.toml"
TEXT = SHIPPED.read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    """The last line containing needle (a duplicate is reported where it repeats)."""
    return [i + 1 for i, line in enumerate(text.splitlines()) if needle in line][-1]


def test_shipped_policy():
    p = load_policy(SHIPPED)
    assert (p.id, p.version, p.effective, p.regions) == ("MLO-2021-04", "1", date(2021, 4, 1), ("MLO",))
    assert [c.title for c in p.criteria] == ["Type zorg", "Aantal producten", "Complexiteit problematiek",
                                             "Hulpvraag", "Zelfredzaamheid", "Eigen kracht"]
    assert [lv.id for lv in p.levels] == ["geen", "standaard", "intensief"]
    assert p.level("standaard").interval_months == 6 and len(p.digest) == 12


def _broken(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    assert old in TEXT
    path = tmp_path / "coordination.toml"
    path.write_text(TEXT.replace(old, new, count), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, needle, field, words", [
    # a weight written as text, in the third option of 'hulpvraag'
    ('  weight = 3\n  clear = "nee"', '  weight = "drie"\n  clear = "nee"', 'weight = "drie"',
     "criteria 'hulpvraag' > options 'onduidelijk' > weight", "geheel getal"),
    # an unknown level as minimum
    ('minimum = "intensief"\n  categories = ["46"]', 'minimum = "extra"\n  categories = ["46"]',
     'minimum = "extra"', "criteria 'type_zorg' > options 'crisis' > minimum", "onbekend niveau 'extra'"),
    # a missing reason: the message points at the option's table header
    ('  reason = "Er is één aanbieder. Die houdt zelf het overzicht."\n', '', '[[criteria.options]]',
     "criteria 'aantal_producten' > options 'een' > reason", "'reason' ontbreekt"),
    ('source = "own_strength"', 'source = "horoscoop"', 'source = "horoscoop"',
     "criteria 'eigen_kracht' > source", "onbekende bron 'horoscoop'"),
    ('effective = 2021-04-01', 'effective = "april 2021"', 'effective = "april 2021"',
     "policy > effective", "datum"),
    ('id = "deels"', 'id = "helder"', 'id = "helder"', "criteria 'hulpvraag' > options 'helder' > id",
     "komt twee keer voor"),
    ('interval_months = 6', 'interval_months = 12', 'interval_months = 12',
     "levels 'standaard' > interval_months", "minimaal halfjaarlijks"),
])
def test_broken_file_names_file_line_and_field(tmp_path, old, new, needle, field, words):
    path = _broken(tmp_path, old, new)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    err = info.value
    text = path.read_text(encoding="utf-8")
    if needle == "[[criteria.options]]":  # the 'een' option is the first of its criterion
        expected = _line_of(text, 'id = "een"') - 1
    else:
        expected = _line_of(text, needle)
    assert (err.file, err.line, err.field) == (str(path), expected, field)
    assert words in err.message
    assert str(err).startswith(f"{path}, regel {expected}, veld '{field}': ")


def test_toml_syntax_error_gives_the_line(tmp_path):
    path = _broken(tmp_path, 'weight = 2\n  categories = ["41", "50"]', 'weight = 2\n  categories = ["41", "50"')
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.line is not None and abs(info.value.line - _line_of(TEXT, '["41", "50"]')) <= 1
    assert "geen geldige TOML" in str(info.value)


def _later_policy(folder: Path, effective: str = "2025-01-01") -> Path:
    # The region lowers the bar: coordination from 3 points, and a new policy id.
    text = (TEXT.replace('id = "MLO-2021-04"', 'id = "MLO-2025-01"')
            .replace("effective = 2021-04-01", f"effective = {effective}")
            .replace("from_score = 4", "from_score = 3"))
    path = folder / "coordination-2025.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_later_policy_applies_only_from_its_date(tmp_path):
    shutil.copy(SHIPPED, tmp_path / "coordination.toml")
    _later_policy(tmp_path)
    policies = load_policies(tmp_path)
    assert [p.id for p in policies] == ["MLO-2021-04", "MLO-2025-01"]
    case = facts([("45", "A"), ("54", "A")], share=0.4, clear=None)  # 1 + 1 + 1 = 3 points
    before, on = date(2024, 12, 31), date(2025, 1, 1)
    old = select_policy(policies, "MLO", before)
    new = select_policy(policies, "MLO", on)
    assert (old.id, new.id) == ("MLO-2021-04", "MLO-2025-01")
    assert advise(old, prefill_all(old, case, before)).level == "geen"
    assert advise(new, prefill_all(new, case, on)).level == "standaard"
    assert select_policy(policies, "MLO", date(2021, 3, 31)) is None  # before any policy
    assert select_policy(policies, "MLW", on) is None  # no policy for MLW


def test_two_policies_on_the_same_day_are_refused(tmp_path):
    shutil.copy(SHIPPED, tmp_path / "coordination.toml")
    later = _later_policy(tmp_path, "2021-04-01")
    with pytest.raises(PolicyError) as info:
        load_policies(tmp_path)
    err = info.value
    assert err.file in (str(later), str(tmp_path / "coordination.toml"))
    assert err.field == "policy > effective" and "dezelfde dag" in err.message
    assert err.line == _line_of(Path(err.file).read_text(encoding="utf-8"), "effective = 2021-04-01")


def test_missing_folder_is_reported(tmp_path):
    with pytest.raises(PolicyError) as info:
        load_policies(tmp_path)
    assert "geen richtlijn" in str(info.value)
