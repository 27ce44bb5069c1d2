"""installer/: the PyInstaller spec's Qt list, the icon, the desktop entry, the Windows
script, and (slow) a real .deb: built, unpacked into a temporary root, and run."""

from __future__ import annotations

import ast
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
DEB_BUDGET_MB = 70


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((INSTALLER / "gezinsplan.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in the spec")


def test_every_qt_module_the_app_imports_is_bundled():
    """The spec leaves out every Qt module not in QT_MODULES: a feature that starts using
    QtPdf or QtCharts must add it there, or the installed app fails on import."""
    used = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtWidgets"} <= used  # the sources were read
    missing = used - set(_spec_list("QT_MODULES"))
    assert not missing, f"add {sorted(missing)} to QT_MODULES in installer/gezinsplan.spec"
    assert not {"QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia", "Qt3DCore"} & set(
        _spec_list("QT_MODULES"))


def test_the_test_extra_has_no_pyinstaller_and_ci_installs_the_build_extra_for_slow_tests():
    """`.[test]` installs only what the tests need; the .deb build's PyInstaller comes from
    `.[build]`, which .ci/run installs (pinned by the lock file) before `-m slow`."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    def names(extra):
        return {re.split(r"[<>=!~ \[]", r, maxsplit=1)[0].lower() for r in extras[extra]}
    assert "pytest" in names("test") and "pyinstaller" not in names("test")
    assert "pyinstaller" in names("build")
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    install = [n for n, line in enumerate(lines) if line.startswith(".venv/bin/pip install")
               and "-c requirements.lock" in line and '".[build]"' in line]
    slow = [n for n, line in enumerate(lines) if "-m slow" in line
            and not line.lstrip().startswith(("#", "echo", "slow="))]
    assert install and slow, (install, slow)
    assert install[0] < slow[0]
    assert all("GEZINSPLAN_REQUIRE_BUILD=1" in lines[n] for n in slow)
    readme = (ROOT / "README.md").read_text()
    assert '-e ".[test]"' in readme and ".[build]" not in readme.split("<!-- test-command -->")[1][:400]


def test_icon_sizes_and_windows_ico():
    icons = ROOT / "resources" / "icons"
    assert (icons / "gezinsplan.svg").read_text(encoding="utf-8").startswith("<svg")
    from PySide6.QtGui import QImage

    for size in (16, 32, 48, 256):
        image = QImage(str(icons / f"gezinsplan-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    data = (icons / "gezinsplan.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_desktop_entry():
    text = (INSTALLER / "gezinsplan.desktop").read_text(encoding="utf-8")
    entries = dict(line.split("=", 1) for line in text.splitlines()[1:] if "=" in line)
    assert text.startswith("[Desktop Entry]")
    assert entries["Exec"] == "gezinsplan" and entries["Icon"] == "gezinsplan"
    assert entries["Type"] == "Application" and entries["Terminal"] == "false"


def test_windows_installer_is_per_user_with_a_fixed_appid_and_keeps_data():
    text = (INSTALLER / "windows" / "gezinsplan.iss").read_text(encoding="utf-8")
    setup = dict(
        line.split("=", 1) for line in text.split("[Setup]", 1)[1].split("\n[", 1)[0].splitlines()
        if "=" in line and not line.lstrip().startswith(";")
    )
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}",
                        setup["AppId"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "{autoprograms}" in text  # Start-menu entry
    # The uninstaller removes only what it installed: nothing under the data folder.
    uninstall_delete = text.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0] if "[UninstallDelete]" in text else ""
    assert "{localappdata}\\Gezinsplan" not in uninstall_delete
    assert not setup["DefaultDirName"].lower().startswith("{localappdata}\\gezinsplan")


# --- the real package ------------------------------------------------------------------

needs_dpkg = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
    reason="builds a Debian package: Linux with dpkg-deb only",
)


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory):
    """Build the .deb with this interpreter (it has the project and PyInstaller: the
    build extra, which .ci/run installs before the slow tests), then unpack it as `dpkg -i`
    would lay it out, into a scratch root. Built with the shipped xz compression (not
    --fast), so the size budget is checked on the package IT would roll out."""
    if os.environ.get("GEZINSPLAN_REQUIRE_BUILD"):
        import PyInstaller  # noqa: F401  CI: missing means .ci/run lost its install step
    else:
        pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("deb")
    result = subprocess.run(
        [str(INSTALLER / "build-linux"), "--python", sys.executable,
         "--build-dir", str(work / "build"), "--out", str(work / "out")],
        capture_output=True, text=True, timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    debs = list((work / "out").glob("gezinsplan_*.deb"))
    assert len(debs) == 1
    shutil.rmtree(work / "build")  # from here on only the package counts
    root = work / "root"
    subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(root)], check=True)
    return debs[0], root


def _run(root: Path, data: Path, *args: str, passphrase: str | None = None, exe="gezinsplan"):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GEZINSPLAN_PASSPHRASE")}
    env.update(GEZINSPLAN_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    if passphrase:
        env["GEZINSPLAN_PASSPHRASE"] = passphrase
    return subprocess.run([str(root / "opt" / "gezinsplan" / exe), *args], env=env, cwd=data,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
@needs_dpkg
def test_deb_metadata_layout_and_size(unpacked):
    deb, root = unpacked
    assert deb.name == f"gezinsplan_{VERSION}_{subprocess.getoutput('dpkg --print-architecture')}.deb"
    assert deb.stat().st_size <= DEB_BUDGET_MB * 1024 * 1024  # the shipped xz package
    control = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    assert fields["Package"] == "gezinsplan" and fields["Version"] == VERSION
    depends = [d.strip().split()[0] for d in fields["Depends"].split(",")]
    assert {"libgl1", "libegl1"} <= set(depends)
    assert os.readlink(root / "usr" / "bin" / "gezinsplan") == "/opt/gezinsplan/gezinsplan"
    assert (root / "usr/share/applications/gezinsplan.desktop").is_file()
    assert (root / "usr/share/icons/hicolor/48x48/apps/gezinsplan.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/gezinsplan.svg").is_file()
    internal = root / "opt" / "gezinsplan" / "_internal"
    for needed in ("resources/fonts/DejaVuSans.ttf", "resources/i18n/gezinsplan_en.qm",
                   "resources/manual/handleiding.md", "resources/manual/img/caseload.png",
                   "resources/style.qss", "resources/icons/gezinsplan-32.png"):
        assert (internal / needed).is_file(), needed
    translations = {p.name for p in internal.rglob("translations/*.qm")}
    assert "qtbase_nl.qm" in translations and "qtbase_de.qm" not in translations
    bundled = {p.name for p in internal.rglob("*")}
    for unused in ("QtWebEngineCore", "Qt6WebEngineCore", "Qt6Qml", "Qt6Quick", "Qt6Multimedia",
                   "Qt63DCore"):
        assert not [n for n in bundled if unused in n], unused
    # Used since the evaluation preview (QtPdf), charts and single instance (QtNetwork).
    for used in ("libQt6Pdf.so", "libQt6PdfWidgets.so", "libQt6Charts.so", "libQt6Network.so"):
        assert [n for n in bundled if n.startswith(used)], used


@pytest.mark.slow
@needs_dpkg
def test_bundled_app_runs_on_a_demo_database(unpacked, tmp_path):
    _deb, root = unpacked
    assert _run(root, tmp_path, "--version").stdout.strip() == f"Gezinsplan {VERSION}"
    passphrase = "bundel proef vlaai fiets"
    # The bundled admin CLI writes an encrypted demo database (SQLCipher in the bundle) ...
    for args in (["init"], ["demo", "--families", "25"]):
        result = _run(root, tmp_path, *args, passphrase=passphrase, exe="gezinsplan-admin")
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "gezinsplan.db").is_file()
    # ... that the bundled GUI unlocks and renders offscreen.
    from PySide6.QtGui import QImage

    for screen in ("caseload", "handleiding"):
        out = tmp_path / f"{screen}.png"
        result = _run(root, tmp_path, "--screenshot", str(out), "--show", screen, passphrase=passphrase)
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert image.width() >= 800 and len(colours) > 20, screen
    assert "25 gezinnen" in _caseload_count(root, tmp_path, passphrase)


def _caseload_count(root: Path, data: Path, passphrase: str) -> str:
    result = _run(root, data, "list", "families", "--json", passphrase=passphrase, exe="gezinsplan-admin")
    assert result.returncode == 0, result.stderr
    import json

    return f"{len(json.loads(result.stdout))} gezinnen"
