"""forms/: the shipped files validate; broken files give a message naming the file,
the line and the field."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop_app.core.form_files import FORMS, check_forms
from desktop_app.core.form_intake import FORM_FILE, IntakeForm, intake_form, load
from desktop_app.core.forms import FormError, LineIndex, field_name, parse_form
from desktop_app.paths import forms_dir

SHIPPED = forms_dir() / FORM_FILE


def test_every_shipped_form_validates():
    forms = check_forms(forms_dir())
    form = forms["intake.toml"]
    assert isinstance(form, IntakeForm)
    sets = {s.key: s for s in form.sets}
    assert len(sets["zrm"].domains) == 13 and sets["zrm"].applies_to == "adult"
    # ZRM-Huishoudens: 5 domains, the household as a whole (GGD Amsterdam 2020).
    assert len(sets["huishouden"].domains) == 5 and sets["huishouden"].applies_to == "household"
    assert all(len(d.levels) == len(d.levels_en) == 5 and d.label_en for d in sets["huishouden"].domains)
    # The old 'household and parents' scores: read-only, the adult domains.
    assert sets["zrm_oud"].read_only and [d.key for d in sets["zrm_oud"].domains] == \
        [d.key for d in sets["zrm"].domains]
    assert len(sets["kind"].domains) == 6 and sets["kind"].applies_to == "children"
    assert len(sets["jongeren"].domains) == 13
    assert (sets["jongeren"].min_age, sets["jongeren"].max_age) == (12, 17)
    assert [lvl.score for lvl in form.scale] == [1, 2, 3, 4, 5]
    assert {t.code for t in form.ties} == {"P", "G", "A", "E"}
    # Own level texts for every household and children domain.
    assert sets["zrm"].domains and sets["kind"].domains
    assert all(len(d.levels) == 5 for s in ("zrm", "kind") for d in sets[s].domains)
    fin = sets["zrm"].domain("financien")
    assert form.level_text(fin, 1).startswith("Er zijn grote schulden")
    vrije_tijd = sets["jongeren"].domain("tijdsbesteding")
    assert form.level_text(vrije_tijd, 5) == form.scale[4].text  # falls back to the scale


def test_every_form_module_is_checked_at_start():
    # core/form_files.FORMS is explicit wiring: a new core/form_*.py must be added there.
    core = Path(FORMS[0].__file__).parent
    modules = {p.stem for p in core.glob("form_*.py")} - {"form_files"}
    assert {m.__name__.rpartition(".")[2] for m in FORMS} == modules
    assert len({m.FORM_FILE for m in FORMS}) == len(FORMS)


def _broken(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / FORM_FILE
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_missing_field_names_file_line_and_field(tmp_path):
    path = _broken(tmp_path, 'worries = "Welke klachten of ziekten spelen een rol?"\n', "")
    with pytest.raises(FormError) as info:
        load(path)
    err = info.value
    assert err.file == str(path)
    assert err.field == "sets[1].domains[7].worries"
    # The line of the table that lacks the field: the 7th domain of the first set.
    assert err.line == _line_of(path, 'key = "lichamelijke_gezondheid"') - 1
    assert "ontbreekt" in err.message
    assert f"{path}, regel {err.line}, veld 'sets[1].domains[7].worries'" in str(err)


def test_wrong_type_points_at_the_line_of_the_value(tmp_path):
    path = _broken(tmp_path, "min_age = 12", 'min_age = "twaalf"')
    with pytest.raises(FormError) as info:
        load(path)
    err = info.value
    assert err.field == "sets[4].min_age"
    assert err.line == _line_of(path, 'min_age = "twaalf"')
    assert "geheel getal" in err.message and "tekst" in err.message


def test_bad_toml_gives_the_line(tmp_path):
    path = _broken(tmp_path, 'label = "Huisvesting"', 'label = "Huisvesting')
    with pytest.raises(FormError) as info:
        load(path)
    assert info.value.line == _line_of(path, 'label = "Huisvesting')
    assert "geen geldige TOML" in info.value.message


def test_rules_across_fields(tmp_path):
    path = _broken(tmp_path, '  "Er is genoeg geld en er blijft geld over.",\n', "")
    with pytest.raises(FormError) as info:
        load(path)
    assert info.value.field == "sets[1].domains[1].levels"
    assert "precies 5" in info.value.message
    assert info.value.line == _line_of(path, "levels = [")

    path = _broken(tmp_path, 'key = "werk_opleiding"', 'key = "financien"')
    with pytest.raises(FormError) as info:
        load(path)
    assert info.value.field == "sets[1].domains[2].key"
    assert "twee keer" in info.value.message

    path = _broken(tmp_path, 'applies_to = "youth"', 'applies_to = "jeugd"')
    with pytest.raises(FormError) as info:
        load(path)
    assert "kies uit: adult, household, children, youth, legacy" in info.value.message


def test_unknown_field_is_refused(tmp_path):
    path = _broken(tmp_path, 'code = "P"', 'code = "P"\ncolour = "rood"')
    with pytest.raises(FormError) as info:
        load(path)
    assert info.value.field == "ties[1].colour"
    assert info.value.line == _line_of(path, 'colour = "rood"')


def test_missing_file_and_bad_encoding(tmp_path):
    with pytest.raises(FormError, match="ontbreekt"):
        load(tmp_path / "nope.toml")
    bad = tmp_path / FORM_FILE
    bad.write_bytes(b'title = "x"\nversion = 1\n# \xff\xfe\n')
    with pytest.raises(FormError) as info:
        load(bad)
    assert info.value.line == 3


def test_line_index_handles_nested_arrays_and_multiline_strings():
    text = '\n'.join([
        'a = 1',                      # 1
        'b = """',                    # 2
        'x = 3',                      # 3 (inside a string)
        '"""',                        # 4
        '[[s]]',                      # 5
        'k = 1',                      # 6
        '[[s.d]]',                    # 7
        'k = 2',                      # 8
        '[[s]]',                      # 9
        '[[s.d]]',                    # 10
        '[[s.d]]',                    # 11
        "'quoted key' = 3",           # 12
    ])
    index = LineIndex(text)
    assert index.line_of(("a",)) == 1
    assert ("x",) not in index.lines
    assert index.line_of(("s", 0, "d", 0, "k")) == 8
    assert index.line_of(("s", 1, "d", 1, "quoted key")) == 12
    assert index.line_of(("s", 1, "d", 0, "missing")) == 10
    assert field_name(("s", 1, "d", 0, "k")) == "s[2].d[1].k"


@dataclass
class Rule:
    name: str
    weight: float = field(default=1.0, metadata={"min": 0})


@dataclass
class Rules:
    rules: list[Rule]


def test_parse_form_is_generic():
    parsed = parse_form('[[rules]]\nname = "a"\nweight = 2\n', Rules, "regels.toml")
    assert parsed.rules[0].weight == 2.0
    with pytest.raises(FormError) as info:
        parse_form('[[rules]]\nname = "a"\nweight = -1\n', Rules, "regels.toml")
    assert (info.value.file, info.value.line, info.value.field) == ("regels.toml", 3, "rules[1].weight")


def test_broken_form_stops_the_start(qapp, tmp_path, monkeypatch, capsys):
    from desktop_app.ui.app import main

    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    text = (folder / FORM_FILE).read_text(encoding="utf-8").replace("version = 1", 'version = "één"')
    (folder / FORM_FILE).write_text(text, encoding="utf-8")
    monkeypatch.setenv("GEZINSPLAN_FORMS_DIR", str(folder))
    assert main(["--screenshot", str(tmp_path / "x.png"), "--show", "caseload"]) == 2
    err = capsys.readouterr().err
    assert "intake.toml, regel" in err and "veld 'version'" in err
    assert not (tmp_path / "x.png").exists()


def test_form_is_cached_until_the_file_changes(tmp_path):
    shutil.copy(SHIPPED, tmp_path / FORM_FILE)
    first = intake_form(tmp_path)
    assert intake_form(tmp_path) is first
