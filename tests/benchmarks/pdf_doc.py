"""A realistic multi-page family document (a plan with eight results), built with
reports/base.write_pdf; the same content as HTML for the LibreOffice comparison.

    python -m tests.benchmarks.pdf_doc OUT.pdf     # the whole-process measurement
"""

from __future__ import annotations

import sys
from datetime import date
from html import escape

TITLE = "Gezinsplan van familie Jansen-Ëzinç"
INTRO = ("In dit plan staat wat jullie samen met de consulent hebben afgesproken. "
         "Het plan is van jullie: jullie bepalen mee wat er gebeurt. We kijken over een half "
         "jaar samen hoe het gaat. Dat heet een evaluatie. ")
MEMBERS = [["Naam", "Rol", "Geboren", "Gezag"],
           ["Noëlle Jansen", "ouder", "3 maart 1988", "ja"],
           ["Thijs Ëzinç", "ouder", "14 juli 1986", "ja"],
           ["Zoë Jansen", "jeugdige", "2 mei 2014", "nee"],
           ["Daan Jansen", "jeugdige", "19 januari 2017", "nee"],
           ["Anaïs Jansen", "jeugdige", "8 oktober 2020", "nee"]]
RESULTS = ["Zoë gaat elke dag naar school", "Rust in huis bij het naar bed gaan",
           "Geldzaken op orde", "Daan krijgt hulp bij praten", "Thijs vindt werk",
           "Een vast weekritme", "Steun van familie en buren", "Noëlle heeft tijd voor zichzelf"]


def _paragraphs(i: int) -> list[str]:
    return [
        f"Wat willen jullie bereiken? {RESULTS[i]}. Dit is belangrijk omdat het de kinderen "
        "rust en houvast geeft. " * 2,
        "Wat gaat al goed? Jullie praten er samen over en vragen hulp als het nodig is. "
        "De school denkt mee en de buurvrouw helpt op woensdag. " * 2,
        "Wat is de volgende stap? We spreken af wie wat doet en wanneer. Lukt het niet, "
        "dan bellen jullie de consulent. Dat is geen probleem. " * 2,
    ]


ACTIONS = [["Wie", "Wat", "Wanneer"], ["Noëlle", "Belt de school over het rooster", "vóór 1 juli"],
           ["Thijs", "Maakt een afspraak bij het werkplein", "deze maand"],
           ["Consulent", "Vraagt de beschikking aan bij de gemeente", "binnen 2 weken"],
           ["Zoë", "Vertelt het aan de mentor als het niet gaat", "elke week"]]


def story() -> list:
    from reportlab.lib.units import mm

    from desktop_app.reports.base import markup, para, simple_table, styles

    st = styles()
    flow = [para(TITLE, "title", st), para(INTRO * 3, "body", st),
            para("Wie horen bij het gezin", "h1", st),
            simple_table(MEMBERS, [60 * mm, 35 * mm, 45 * mm, 25 * mm], st=st)]
    for i, result in enumerate(RESULTS):
        flow.append(para(f"Resultaat {i + 1}: {result}", "h1", st))
        for text in _paragraphs(i):
            flow.append(para(text, "body", st))
        flow.append(para("“We willen dat het thuis weer gezellig is.” – zegt het gezin", "quote", st))
        flow.append(markup("<b>Afspraken</b>", "h2", st))
        flow.append(simple_table(ACTIONS, [35 * mm, 90 * mm, 40 * mm], st=st))
    return flow


def write(out) -> None:
    from desktop_app.reports.base import DocMeta, write_pdf

    write_pdf(out, DocMeta(TITLE, version=2, day=date(2026, 7, 3)), story)


def html() -> str:
    """The same content as HTML, for `soffice --convert-to pdf`."""
    def table(rows):
        head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f"<table border='1' cellspacing='0'><tr>{head}</tr>{body}</table>"

    parts = [f"<h1>{escape(TITLE)}</h1>", f"<p>{escape(INTRO * 3)}</p>",
             "<h2>Wie horen bij het gezin</h2>", table(MEMBERS)]
    for i, result in enumerate(RESULTS):
        parts.append(f"<h2>Resultaat {i + 1}: {escape(result)}</h2>")
        parts += [f"<p>{escape(t)}</p>" for t in _paragraphs(i)]
        parts.append("<blockquote><i>“We willen dat het thuis weer gezellig is.”</i></blockquote>")
        parts.append("<h3>Afspraken</h3>" + table(ACTIONS))
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
            f"<title>{escape(TITLE)}</title><style>body{{font-family:'DejaVu Sans';font-size:11pt}}"
            "</style></head><body>" + "".join(parts) + "</body></html>")


if __name__ == "__main__":
    write(sys.argv[1])
