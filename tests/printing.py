"""Printing to a PDF file printer and reading the printout back (issue 14).

QtPdf renders a page only as an image, so a printout holds images, not text: it is read
back with pdfinfo (pages, A4) and pdftoppm (each page compared with the source page,
blurred so anti-aliasing does not count)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageStat
from PySide6.QtPrintSupport import QPrinter


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_png(pdf: Path, page: int, out: Path) -> Image.Image:
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(out)], check=True)
    return Image.open(f"{out}.png").convert("L")


def assert_printed_like(printed: Path, source: Path, tmp_path: Path, pages: int) -> None:
    """The printout read back: as many A4 pages as the source, each looking like it
    (QtPdf prints pages as images, so the check is on the rendered pages, not pdftotext)."""
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True,
                          check=True).stdout
    assert f"Pages:           {pages}" in info and "(A4)" in info, info
    for n in range(1, pages + 1):
        want = page_png(source, n, tmp_path / f"src{n}")
        got = page_png(printed, n, tmp_path / f"out{n}").resize(want.size)
        # Blurred, so anti-aliasing does not count: the same page differs by little, a
        # blank page by much more.
        want, got = (i.filter(ImageFilter.GaussianBlur(3)) for i in (want, got))
        blank = ImageStat.Stat(ImageChops.difference(want, Image.new("L", want.size, 255)))
        same = ImageStat.Stat(ImageChops.difference(want, got))
        # the source page has ink (a signatures-only last page has about 2, a blank one 0)
        assert blank.mean[0] > 1, n
        assert same.mean[0] < blank.mean[0] / 4 and same.mean[0] < 2, (n, same.mean, blank.mean)


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(info.stdout.split("Pages:")[1].split()[0])
