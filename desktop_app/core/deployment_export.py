"""The export per deployment in the field names of the iJw messages (issue 16 item 8), so the
municipality's back office does not retype what the consultant entered: JW301 'toewijzing'
(ToewijzingNummer, Product, ToewijzingIngangsdatum/-Einddatum, RedenWijziging JZ002, Omvang:
Volume, Eenheid WJ756, Frequentie WMO757; Client: Bsn, Geboortedatum, Geslacht COD046, Naam)
and JW315 'verzoek om toewijzing' (BeschikkingNummer, Verwijzer COD327). Dates as iJw writes
them (jjjj-mm-dd). One row per deployment and client: a deployment is for the youths its
results name, or else for every youth of the family.

ToewijzingNummer: the municipality numbers its toewijzing; until the app records that number,
the deployment's own number stands in it (the back office can match on it).
Pure: rows in, CSV or JSON text out."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

# (column of the CSV, path in the JSON object) in the order of the messages.
FIELDS = (
    "ToewijzingNummer", "Aanbieder", "Product.Categorie", "Product.Code",
    "ToewijzingIngangsdatum", "ToewijzingEinddatum", "RedenWijziging", "Omvang.Volume",
    "Omvang.Eenheid", "Omvang.Frequentie", "BeschikkingNummer", "Verwijzer.Type",
    "Client.Bsn", "Client.Geboortedatum.Datum", "Client.Geslacht",
    "Client.Naam.Geslachtsnaam.Achternaam", "Client.Naam.Voornamen",
)


@dataclass(frozen=True)
class DeploymentRow:
    values: dict[str, str]  # FIELDS -> text ('' when not recorded)

    def nested(self) -> dict:
        out: dict = {}
        for key in FIELDS:
            node = out
            *parents, leaf = key.split(".")
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = self.values.get(key, "")
        return out


def to_csv(rows: list[DeploymentRow]) -> str:
    """Semicolons and a BOM (Dutch spreadsheet programs), one header row of FIELDS."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(FIELDS)
    for row in rows:
        writer.writerow([row.values.get(k, "") for k in FIELDS])
    return "\ufeff" + buffer.getvalue()


def to_json(rows: list[DeploymentRow], made_on: str) -> str:
    return json.dumps({"bron": "Gezinsplan", "gemaakt_op": made_on,
                       "velden": "iJw 3.2, JW301/JW315",
                       "toewijzingen": [r.nested() for r in rows]},
                      ensure_ascii=False, indent=2) + "\n"
