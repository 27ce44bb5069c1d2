"""A read-only data folder (issue 15): the CLI's `check` and `list` and the GUI open the
database read-only and say so in Dutch; every edit is refused with a clear message and
nothing changes. Read-only is real: chmod for a normal user, the immutable attribute
(chattr +i) for root, whom mode bits do not stop."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from desktop_app.admin import main
from desktop_app.session import Session
from desktop_app.session.maintenance import ReadOnlyFolder, open_diagnosed_store
from tests.conftest import PASSPHRASE


def _lock(folder: Path) -> None:
    items = [folder, *sorted(folder.rglob("*"))]
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("root without chattr: cannot make a folder read-only")
        run = subprocess.run(["chattr", "+i", *map(str, items)], capture_output=True)
        if run.returncode:
            pytest.skip("chattr +i not allowed here")
    else:
        for p in reversed(items):
            p.chmod(stat.S_IRUSR | (stat.S_IXUSR if p.is_dir() else 0))


def _unlock(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-R", "-i", str(folder)], capture_output=True)
    else:
        for p in [folder, *folder.rglob("*")]:
            p.chmod(0o700 if p.is_dir() else 0o600)


@pytest.fixture
def read_only(demo_store, data_dir, settings):
    path = demo_store.path
    Session(demo_store).households.update_family(1, "phone", "0475-123456")
    demo_store.close()
    (data_dir / "logs").mkdir(exist_ok=True)
    _lock(data_dir)
    yield path
    _unlock(data_dir)


def test_cli_check_and_list_open_read_only_and_say_so(read_only, monkeypatch, capsys):
    monkeypatch.setenv("GEZINSPLAN_PASSPHRASE", PASSPHRASE)
    folder = str(read_only.parent)
    assert main(["--data-dir", folder, "check"]) == 0
    out = capsys.readouterr()
    assert "alleen-lezen" in out.err and "Samenhang:       in orde" in out.out
    assert "Traceback" not in out.err
    assert main(["--data-dir", folder, "list", "families"]) == 0
    out = capsys.readouterr()
    assert "alleen-lezen" in out.err and "gezinnen getoond" in out.err
    for argv in (["destroy-family", "1", "--requester", "ouders", "--yes"], ["backup"]):
        assert main(["--data-dir", folder, *argv]) == 6
        err = capsys.readouterr().err
        assert "De gegevensmap is alleen-lezen" in err and "Traceback" not in err


def test_session_refuses_edits_and_changes_nothing(read_only):
    store = open_diagnosed_store(read_only, PASSPHRASE)
    session = Session(store)
    assert session.safety.read_only()
    assert session.households.get_family(1).phone == "0475-123456"
    with pytest.raises(ReadOnlyFolder) as caught:
        session.households.update_family(1, "phone", "0475-999999")
    assert str(caught.value).startswith("De gegevensmap")
    assert "alleen-lezen" in str(caught.value)
    assert session.households.get_family(1).phone == "0475-123456"
    store.close()


def test_gui_opens_read_only_says_so_and_keeps_a_refused_edit(read_only, settings, qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(read_only, settings)
    qtbot.addWidget(window)
    window.show()
    window._unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "readOnlyNotice") is not None,
                    timeout=15000)
    notice = window.findChild(QLabel, "readOnlyNotice")
    assert notice.text().startswith("Alleen-lezen: de gegevensmap is alleen-lezen.")
    # A field's autosave: the text stays, the message is under the field, nothing stored.
    from PySide6.QtWidgets import QLineEdit

    from desktop_app.ui.autosave import FieldSaver
    from tests.conftest import type_text

    households = window.session.households
    field, label = QLineEdit(), QLabel()
    qtbot.addWidget(field)
    saver = FieldSaver(field, lambda v: households.update_family(1, "phone", v),
                       error_label=label)
    type_text(qtbot, field, "0475-000000")
    assert saver.flush() is False
    assert field.text() == "0475-000000"
    assert label.text() == "De gegevensmap is alleen-lezen: dit wordt niet opgeslagen."
    assert households.get_family(1).phone == "0475-123456"
    window.close()
