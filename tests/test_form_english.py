"""English twins (`*_en`) of the texts in forms/*.toml (forms/README.md): the shipped files
carry them, the loaders refuse a missing or orphaned twin with file, line and field, and
`in_lang` picks the language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.core.form_intake import FORM_FILE, PENDING, TEXTS, load
from desktop_app.core.forms import FormError
from desktop_app.core.policy import PolicyError, load_policies, load_policy
from desktop_app.paths import forms_dir

INTAKE = forms_dir() / FORM_FILE
POLICY = forms_dir() / "coordination.toml"


def _copy(tmp_path: Path, src: Path, old: str, new: str) -> Path:
    text = src.read_text(encoding="utf-8")
    assert old in text, old
    out = tmp_path / src.name
    out.write_text(text.replace(old, new, 1), encoding="utf-8")
    return out


def _line(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if needle in line)


def test_shipped_intake_has_english_outside_the_pending_sets():
    form = load(INTAKE)
    texts = [lv.in_lang(f, "en") for lv in form.scale for f in ("label", "text")]
    texts += [g.in_lang("label", "en") for g in form.network_groups]
    texts += [t.in_lang("label", "en") for t in form.ties]
    texts += [form.krachten.in_lang(f, "en") for f in ("question", "eigen", "netwerk", "hulp")]
    assert len(texts) == 10 + len(form.network_groups) + len(form.ties) + 4
    dutch = [lv.label for lv in form.scale] + [g.label for g in form.network_groups]
    assert "Acute problem" in texts and "Neighbours" in texts and "Practical support" in texts
    assert not set(texts) & (set(dutch) - {"Professionals"})  # same word in both languages
    assert form.group_label("buren", "en") == "Neighbours" and form.group_label("buren") == "Buren"
    assert form.tie_label("E", "en") == "Emotional support"
    assert PENDING == (("sets",),) and ("sets",) in TEXTS  # the ZRM sets: see form_intake.PENDING


def test_shipped_policy_has_english_for_every_text():
    policies = load_policies(forms_dir())
    assert policies
    for p in policies:
        assert p.name_en and p.levels and p.criteria
        assert all(lv.label_en for lv in p.levels)
        for c in p.criteria:
            assert c.options and c.title_en and c.question_en and c.guidance_en
            assert all(o.label_en and o.reason_en for o in c.options)
    c = policies[0].criterion("type_zorg")
    assert c.in_lang("title", "en") == "Type of care" and c.in_lang("title", "nl") == "Type zorg"
    assert "\\" not in c.guidance_en and "  " not in c.guidance_en  # folded like the Dutch


@pytest.mark.parametrize("old,new,needle,field,words", [
    ('label_en = "Acute problem"\n', "", 'label = "Acuut probleem"', "scale[1].label",
     "'label_en' ontbreekt"),
    ('label_en = "Neighbours"', 'label_en = "Neighbours"\ntitle_en = "x"', 'title_en = "x"',
     "network_groups[5].title_en", "onbekend veld"),
    ('eigen_en = "Own strength"\n', "", 'eigen = "Eigen kracht"', "krachten.eigen", "'eigen_en'"),
    ('text_en = "Things are going well. No help is needed."', 'text_en = "  "',
     'text_en = "  "', "scale[5].text_en", "mag niet leeg zijn"),
])
def test_intake_twin_errors_name_file_line_and_field(tmp_path, old, new, needle, field, words):
    path = _copy(tmp_path, INTAKE, old, new)
    with pytest.raises(FormError) as info:
        load(path)
    err = info.value
    assert err.file == str(path) and err.field == field and words in err.message
    assert err.line == _line(path, needle)
    assert f"regel {err.line}" in str(err) and FORM_FILE in str(err)


def test_intake_english_without_dutch_and_wrong_list_length(tmp_path):
    # A pending (ZRM) set may lack twins, but an orphan or a short list is still an error.
    path = _copy(tmp_path, INTAKE, 'good = "Wat gaat goed met geld en rekeningen?"\n',
                 'good = "Wat gaat goed met geld en rekeningen?"\nhelp_en = "Money tips"\n')
    with pytest.raises(FormError) as info:
        load(path)
    assert info.value.field == "sets[1].domains[1].help_en"
    assert "geen Nederlandse tekst 'help'" in info.value.message
    assert info.value.line == _line(path, 'help_en = "Money tips"')
    # The domain has its five English levels (branch zrm): two of them left is too short.
    path = _copy(tmp_path, INTAKE, '  "There is just enough money. Bills are paid with difficulty or with help.",\n'
                 '  "The income is enough. The bills are paid on time without help.",\n'
                 '  "There is enough money and some is left over.",\n', "")
    with pytest.raises(FormError) as info:
        load(path)
    assert info.value.field == "sets[1].domains[1].levels_en"
    assert "5 teksten" in info.value.message


@pytest.mark.parametrize("old,new,field,words", [
    ('  reason_en = "The support is light. It needs little coordination."\n', "",
     "criteria 'type_zorg' > options 'licht_ambulant' > reason", "'reason_en' ontbreekt"),
    ('title_en = "Type of care"\n', "", "criteria 'type_zorg' > title", "'title_en' ontbreekt"),
    ('label_en = "No coordination and follow-up by the CJG"\n',
     'label_en = "No coordination and follow-up by the CJG"\nguidance_en = "x"\n',
     "levels 'geen' > guidance_en", "geen Engelse tekst die de app kent"),
])
def test_policy_twin_errors_name_file_line_and_field(tmp_path, old, new, field, words):
    path = _copy(tmp_path, POLICY, old, new)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    err = info.value
    assert err.field == field and words in err.message and err.file == str(path)
    key = re.search(r"(\w+)(?:_en)?'?$", field.split(" > ")[-1]).group(1)
    assert err.line is not None and key in path.read_text(encoding="utf-8").splitlines()[err.line - 1]


def test_guidance_en_multiline_is_checked(tmp_path):
    text = POLICY.read_text(encoding="utf-8")
    start = text.index('guidance_en = """')
    end = text.index('"""', start + len('guidance_en = """')) + 3
    path = tmp_path / POLICY.name
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.field == "criteria 'type_zorg' > guidance"
    assert "'guidance_en' ontbreekt" in info.value.message
