"""The case file's screens for `--screenshot --show`: the overview, the journal and the
timeline of the demo case with the most to show. The file itself lives on the family page
(ui/case_panel.py), so this feature adds screens only."""

from __future__ import annotations

from . import Feature, Screen


def _case_file(tab: int):
    def build(window):
        session = window.session
        case_id = session.intake.richest_case()
        family_id = session.households.get_case(case_id).family_id
        page = window.open_family(family_id)
        page.cases.select_case(case_id)
        page.cases.file_tabs.setCurrentIndex(tab)
        return None

    return build


FEATURE = Feature(screens=(
    Screen("case-overview", "de casus: fase, volgende stap, wie doen mee, hulp en kosten",
           _case_file(0)),
    Screen("case-journal", "de casus: het logboek van contactmomenten", _case_file(1)),
    Screen("case-timeline", "de casus: de tijdlijn van alles wat er gebeurde", _case_file(2)),
))
