"""The evaluation report read back with pypdf, and the admin command."""

import os
import re
from datetime import date

from pypdf import PdfReader

from desktop_app.core import evaluation as ev

LONG = ("Zoë vertelt dat het op school beter gaat; de juf zegt dat ze méér meedoet en "
        "naïef vertrouwen heeft gekregen. ") * 12


def _two_evaluations(session, eval_case):
    repo = session.evaluations
    r1, r2 = eval_case["results"]
    first = repo.start(eval_case["case_id"], today=date(2026, 3, 31))
    repo.set_result(first, r1, "level", "-1")
    repo.set_result(first, r2, "level", "0")
    repo.finalize(first)
    eid = repo.start(eval_case["case_id"], today=date(2026, 6, 30))
    repo.set_result(eid, r1, "level", "+1")
    repo.set_result(eid, r1, "reached", "ja")
    repo.set_result(eid, r1, "words", LONG)
    repo.set_result(eid, r2, "reached", "deels")
    repo.set_result(eid, r2, "words", "Het ontbijt is gezellig, één keer per week ruzie.")
    dep = eval_case["deps"][0]
    repo.set_conclusion(eid, dep, "conclusion", ev.SCALE_DOWN)
    repo.set_conclusion(eid, dep, "new_amount", "2")
    repo.set_conclusion(eid, dep, "why", "Oma neemt de woensdagmiddag over.")
    repo.set_conclusion(eid, eval_case["deps"][1], "conclusion", ev.END)
    repo.set_conclusion(eid, eval_case["deps"][1], "end_reason", "34")
    repo.set_field(eid, "satisfaction", "9")
    repo.set_field(eid, "goes_well", "De ochtenden zijn rustig en Zoë fietst zelf.")
    repo.set_field(eid, "next_steps", "Moeder belt de mentor elke twee weken.")
    repo.set_field(eid, "next_date", "30-11-2026")
    repo.set_field(eid, "professional_notes", "T-score stijgt; afschalen naar voorliggend veld "
                                              "bij volgende evaluatie bespreken.")
    repo.finalize(eid)
    return repo, first, eid


def _text(path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def test_report_contains_words_decisions_next_date_and_footers(session, eval_case, tmp_path):
    _repo, _first, _eid = _two_evaluations(session, eval_case)
    out = session.evaluations.export_report(eval_case["case_id"], tmp_path / "e.pdf",
                                            professional=True)
    pages = _text(out)
    text = re.sub(r"\s+", " ", " ".join(pages))
    assert "Zoë gaat wéér naar school, ook op maandag." in text
    assert "café-" in text and "één keer per week ruzie" in text
    assert "naïef vertrouwen" in text
    assert "Afschalen: minder inzet" in text and "Oma neemt de woensdagmiddag over." in text
    assert "Beëindigen" in text and "voortijdig: in overeenstemming" in text
    assert "30 november 2026" in text
    assert "tweede keer" in text
    assert "Bijlage voor professionals" in text and "T-score" in text
    assert "Zoë gaat vijf dagen per week naar school." in text  # annex: SMART formulation
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert f"pagina {n} van {len(pages)}" in page
        assert "30 juni 2026" in page  # the date of the evaluation in every footer


def test_earlier_evaluation_and_draft(session, eval_case, tmp_path):
    repo, first, _eid = _two_evaluations(session, eval_case)
    data = repo.report_data(eval_case["case_id"], first)
    assert data.number == 1 and data.held_on == date(2026, 3, 31)
    assert not data.draft


def test_admin_report_evaluation(session, eval_case, tmp_path, data_dir, monkeypatch):
    from desktop_app.admin import main

    _two_evaluations(session, eval_case)
    eval_case["db"].conn.close()
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", "kaarsvet molen vlaai fiets")
    out = tmp_path / "verslag.pdf"
    assert main(["report", "evaluation", "--case", str(eval_case["case_id"]),
                 "--out", str(out)]) == 0
    assert "30 november 2026" in " ".join(_text(out))
    assert main(["report", "evaluation", "--case", str(eval_case["case_id"]),
                 "--out", str(tmp_path / "x.pdf"), "--evaluation", "999"]) != 0
    assert os.path.exists(out)


def test_ended_help_shows_the_granted_period_and_when_and_why_it_stopped(session, eval_case,
                                                                         tmp_path):
    """The second deployment (granted 05-01-2026 t/m 31-12-2026) ends at the evaluation of
    30 June: the report keeps the granted period and says separately when and why it ended
    (it said 'Toegekend: ... t/m 30-06-2026', the day it stopped)."""
    _repo, _first, _eid = _two_evaluations(session, eval_case)
    ended = session.results.get_deployment(eval_case["deps"][1])
    assert (ended.status, ended.end, ended.granted_end) == (
        "beëindigd", date(2026, 6, 30), date(2026, 12, 31))
    out = session.evaluations.export_report(eval_case["case_id"], tmp_path / "e.pdf")
    text = re.sub(r"\s+", " ", " ".join(_text(out)))
    granted = text.count("Toegekend: 05-01-2026 t/m 31-12-2026.")
    assert granted == 2  # both deployments, the ended one included
    assert "t/m 30-06-2026" not in text
    assert "Gestopt op 30-06-2026. Reden: voortijdig: in overeenstemming" in text
    assert text.count("Gestopt op") == 1  # the help that goes on has no end line
