"""Start-up of the GUI: arguments, logging, translations, style, the window,
and the offscreen screenshot mode."""

from __future__ import annotations

import argparse
import functools
import gc
import logging
import os
import sys
from pathlib import Path

from .. import APP_NAME, __version__
from ..logsetup import setup_logging
from ..paths import ENV_PASSPHRASE, data_dir, database_path, resources_dir
from ..settings import Settings, SettingsError

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="gezinsplan", description="Gezinsplan voor het CJG.")
    parser.add_argument("--data-dir", help="map met de database (anders GEZINSPLAN_DATA_DIR of de standaardmap)")
    parser.add_argument("--screenshot", metavar="OUT.png", help="maak een schermafbeelding en stop")
    parser.add_argument("--show", metavar="SCREEN", default="caseload",
                        help="welk scherm voor --screenshot (zie README)")
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de schermen voor deze start")
    parser.add_argument("--size", default="1200x780", help="venstergrootte voor --screenshot, bv. 1200x780")
    parser.add_argument("--version", action="version", version=f"Gezinsplan {__version__}")
    return parser.parse_args(argv)


def _app(argv: list[str], guards: bool = True):
    """The QApplication. `guards=False` leaves the wheel guard to the caller: the GUI start
    installs it behind the unlock screen (an application-wide Python event filter made
    the unlock screen's first paint ~20 ms slower: PySide6 wraps every object and event
    it sees; issue 17)."""
    from PySide6.QtWidgets import QApplication

    from . import pyside_scan

    pyside_scan.install()  # before the imports of the rest of the app (issue 17)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CJG Midden-Limburg")
    # Window and task-bar icon; on Wayland the desktop entry (installer/) supplies it.
    app.setDesktopFileName("gezinsplan")
    if guards:
        from .guards import install_guards

        install_guards(app)
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("gezinsplan-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    style = resources_dir() / "style.qss"
    if style.exists():
        text = style.read_text(encoding="utf-8")
        if app.styleSheet() != text:  # re-setting repolishes every widget alive
            app.setStyleSheet(text)
    return app


def _forms_ok() -> bool:
    """A broken form file in forms/ stops the start with a message naming file, line and field."""
    from ..core.form_files import check_forms
    from ..core.forms import FormError
    from ..core.policy import PolicyError
    from ..paths import forms_dir
    from ..session import load_session_policies

    try:
        check_forms(forms_dir())
        load_session_policies(forms_dir())  # forms/coordination.toml: read once, validated
    except (FormError, PolicyError) as exc:
        log.error("form file invalid: %s line %s", Path(exc.file).name, exc.line)
        from PySide6.QtWidgets import QMessageBox

        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            print(str(exc), file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, str(exc))
        return False
    return True


def _refuse_broken_forms(window) -> None:
    if not _forms_ok():
        window.refuse_start()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.screenshot:  # a script's run: nothing to win
        return _main(args, argv)
    gc.disable()  # until the start has settled: after_start_settled
    try:
        return _main(args, argv)
    finally:
        gc.enable()  # also when the start stopped early


def _main(args: argparse.Namespace, argv: list[str]) -> int:
    if args.data_dir:
        os.environ["GEZINSPLAN_DATA_DIR"] = str(Path(args.data_dir).resolve())
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    setup_logging()
    folder = data_dir()
    try:
        settings = Settings.load(folder / "settings.json")
    except SettingsError as exc:
        app = _app(argv)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    app = _app(argv, guards=bool(args.screenshot))
    if args.screenshot and not _forms_ok():
        return 2
    from .crash import install_excepthook
    from .i18n import install_translator

    install_translator(app, args.lang or settings["language"])
    if not args.screenshot:
        # In --screenshot mode (scripts, CI, the installer's smoke test) an error must end
        # the process with a traceback, not wait forever behind a modal crash dialog.
        install_excepthook()
    if args.screenshot:
        from .screenshot import take_screenshot

        return take_screenshot(args, settings)
    from .main_window import MainWindow
    from .safety.single import claim, serve

    if not claim(folder):  # one instance per data folder (the other came to the front)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, APP_NAME, app.translate(
            "Single", "Gezinsplan is al geopend. Het geopende venster is naar voren gehaald."))
        return 0
    log.info("Gezinsplan %s starting", __version__)
    window = MainWindow(database_path(), settings)
    # The form files are checked behind the unlock screen, while the key is derived (issue
    # 17): a broken one still stops the start before anything opens.
    window.preloads.insert(0, functools.partial(_refuse_broken_forms, window))
    from .guards import install_guards

    window.preloads.insert(0, functools.partial(install_guards, app))
    # A second start finds the folder claimed at once; it can bring this window to the
    # front once the unlock screen is up.
    window.preloads.append(functools.partial(serve, folder, window))
    after_start_settled(window)
    from . import startup_probe

    probing = startup_probe.wanted()
    if probing:  # benchmark hook: report the first paint after unlock, then quit
        startup_probe.install(window)
    window.show()
    passphrase = environment_passphrase(probing)
    if passphrase and database_path().exists():
        # The benchmark probe types the passphrase as soon as the unlock screen is painted.
        first = functools.partial(window._unlock, passphrase)
    else:
        first = window.preload  # while the passphrase is typed
    del passphrase
    from ..session.maintenance import remove_stale_previews

    # An older version's preview files, left by a crash: behind the unlock screen too, so
    # that the unlock worker does not wait for the GUI thread to finish it.
    window.preloads.append(remove_stale_previews)
    after_first_paint(window, first)
    return app.exec()


def after_first_paint(window, *steps) -> None:
    """Run `steps` in order once the window has painted (the unlock screen is on screen),
    from the event loop: the session and the pages behind the gate load after it
    (issue 17)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def run() -> None:
        for step in steps:
            step()

    class _Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if obj is window and event.type() == QEvent.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, run)
            return False

    watcher = _Painted(window)
    window.installEventFilter(watcher)


# When the start has settled (milliseconds): a moment after the first page is on screen,
# and at the latest this long after the start, whatever the gate is waiting for.
SETTLE_AFTER_PAINT_MS = 200
SETTLE_BACKSTOP_MS = 30_000


def after_start_settled(window) -> None:
    """What the start leaves for later, done once it has settled (issue 17: start to the
    first paint):

    - Cyclic garbage collection is off from the start of `main`: at 10,000 families it
      cost the start ~35 ms, a 16 ms full collection of the modules just imported among
      them. Then one full collection, and what start-up made – modules, classes, the
      window's widgets, living as long as the app – is frozen (gc.freeze), so later
      collections no longer scan it.
    - The session areas the start did not use (gate_open.START_AREAS) and the BSN and
      postcode checks are imported on a worker, so the first wizard, family page or BSN
      typed does not wait for them.

    Settled means SETTLE_AFTER_PAINT_MS after the first paint of the page shown after
    unlocking (not on top of it), or SETTLE_BACKSTOP_MS after the start, even while the
    gate still waits (collection only: nothing is open)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def collect() -> None:
        if gc.isenabled():
            return
        gc.collect()
        gc.freeze()
        gc.enable()

    def settled() -> None:
        collect()
        from .tasks import run_task

        run_task(window, lambda _progress: load_ahead(), None,
                 lambda exc: log.warning("session areas not loaded ahead (%s)",
                                         type(exc).__name__))

    # On the workspace, not the application: every repaint of a page paints the workspace
    # first, and an application-wide Python filter sees every event of the first page's
    # build and paint (PySide6 wraps each object and event: issue 17).
    class _FirstPage(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if obj is window.workspace and event.type() == QEvent.Paint:
                window.workspace.removeEventFilter(self)
                QTimer.singleShot(SETTLE_AFTER_PAINT_MS, settled)
            return False

    watcher = _FirstPage(window)

    def unlocked() -> None:
        window.unlocked.disconnect(unlocked)  # the first unlock only, not after a lock
        window.workspace.installEventFilter(watcher)

    window.unlocked.connect(unlocked)
    QTimer.singleShot(SETTLE_BACKSTOP_MS, collect)


def load_ahead() -> None:
    """What the start leaves out, loaded ahead of first use (after_start_settled, on a
    worker): every session area's module and the BSN and postcode checks."""
    from ..core.validation import load_checkers
    from ..session import Session

    Session.load_areas()
    load_checkers()


def environment_passphrase(probing: bool) -> str | None:
    """GEZINSPLAN_PASSPHRASE, taken out of the environment (not left for anything the app
    starts). Only the benchmark probe unlocks with it; a normal start always asks – the
    variable is for the CLI, `--screenshot` and benchmarks (DESIGN.md)."""
    passphrase = os.environ.pop(ENV_PASSPHRASE, None)
    if passphrase and not probing:
        log.warning("GEZINSPLAN_PASSPHRASE ignored: the GUI asks for the passphrase")
        return None
    return passphrase or None
