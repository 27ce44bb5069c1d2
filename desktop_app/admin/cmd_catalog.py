"""`import-catalog FILE.csv`: the regional catalog (providers, products, contracts).

All or nothing: every row is checked first; one bad row and nothing is imported. The import
is the session's operation (`session.results.import_catalog`), the same one the
Catalogus page runs: it re-estimates the costs of every deployment in the same transaction."""

from __future__ import annotations

from pathlib import Path

from ._common import FILE_ERROR, INVALID, CliError, add_command, err, open_existing

MAX_ERRORS_SHOWN = 50


def register(subparsers) -> None:
    p = add_command(
        subparsers, "import-catalog",
        "de regionale catalogus inlezen: aanbieders, producten en contracten (CSV)",
        description=(
            "Leest een CSV-bestand (UTF-8, gescheiden door ';') met één contract per rij:\n"
            "aanbieder_code;aanbieder_naam;product_code;product_naam;productcategorie;eenheid;\n"
            "regio;tarief;tariefjaar;indexatie\n"
            "Bestaande aanbieders, producten en contracten (zelfde codes) worden bijgewerkt.\n"
            "Bevat één rij een fout, dan wordt niets ingelezen; elke fout wordt gemeld met\n"
            "rijnummer (de kopregel is rij 1), kolom en reden. Zie de README."
        ),
    )
    p.add_argument("file", metavar="BESTAND.csv", help="het CSV-bestand")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..input_files import InputFileError, read_input_file

    path = Path(args.file)
    try:
        data = read_input_file(path)  # a FIFO or device is refused, never opened blocking
    except InputFileError as exc:
        raise CliError(FILE_ERROR if exc.missing else INVALID, str(exc)) from None
    from ..core.catalog import read_catalog_csv

    read = read_catalog_csv(data)  # checked before the passphrase is asked
    rows = read.rows
    if read.errors:
        _report(read.errors, path)
    print(f"{read.read_as}.")
    for warning in read.warnings:
        print(f"Let op: {warning}")
    from ..session import Session

    with open_existing(args) as store:
        summary = Session(store).results.import_catalog(rows).summary
    print(f"Catalogus ingelezen: {summary.providers} aanbieders, {summary.products} producten, "
          f"{summary.contracts_new} nieuwe en {summary.contracts_updated} bijgewerkte contracten.")
    return 0


def _report(errors, path: Path) -> None:
    for error in errors[:MAX_ERRORS_SHOWN]:
        err(str(error))
    if len(errors) > MAX_ERRORS_SHOWN:
        err(f"… en nog {len(errors) - MAX_ERRORS_SHOWN} fouten.")
    raise CliError(INVALID, f"{len(errors)} fout(en) in {path.name}. Er is niets ingelezen.")
