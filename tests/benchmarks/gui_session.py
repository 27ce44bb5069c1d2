"""One GUI session on a demo database, as a consultant would use it, timed:
search as you type, opening family pages, switching tabs, autosave, scrolling;
the peak RSS of this process at the end. Prints one JSON line.

    python -m tests.benchmarks.gui_session   (GEZINSPLAN_DATA_DIR, GEZINSPLAN_PASSPHRASE set)
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AUTOSAVE_EDITS = 200  # per field: a p95 of 60 rested on three values


def _queries(db, rng: random.Random) -> list[tuple[str, str]]:
    """Realistic things to type, taken from the data: names (family name, first
    name), BSNs, postcodes with and without space, case numbers."""
    n = db.execute("SELECT max(id) FROM families").fetchone()[0]
    picks: list[tuple[str, str]] = []

    def family(fid):
        return db.execute("SELECT family_name, postcode FROM families WHERE id = ?", [fid]).fetchone()

    for _ in range(6):
        name, _pc = family(rng.randint(1, n))
        picks.append(("naam", name.split()[-1] if rng.random() < 0.5 else name))
    for _ in range(2):
        row = db.execute("SELECT first_name FROM persons WHERE id = ?",
                         [rng.randint(1, n * 2)]).fetchone()
        if row:
            picks.append(("voornaam", row[0]))
    for _ in range(4):
        row = db.execute("SELECT bsn FROM persons WHERE bsn <> '' AND id >= ? LIMIT 1",
                         [rng.randint(1, n * 2)]).fetchone()
        if row:
            picks.append(("bsn", row[0]))
    for i in range(4):
        _name, pc = family(rng.randint(1, n))
        picks.append(("postcode", pc if i % 2 else pc.replace(" ", "")))
    for _ in range(4):
        row = db.execute("SELECT case_number FROM cases WHERE id >= ? LIMIT 1",
                         [rng.randint(1, n)]).fetchone()
        if row:
            picks.append(("casusnummer", row[0]))
    return picks


class _BareCommits:
    """The floor for autosave: one-row UPDATE commits on a bare SQLCipher database in WAL
    mode with synchronous=FULL (the app's settings), on the same disk, same key – one after
    each measured edit, so that floor and edit meet the same disk moments (measured apart,
    afterwards, the two p95s of 60 swung 2× between runs)."""

    def __init__(self, passphrase: str):
        import sqlcipher3

        from desktop_app.paths import database_path

        self.folder = Path(tempfile.mkdtemp(dir=database_path().parent))
        self.conn = sqlcipher3.connect(str(self.folder / "bare.db"), isolation_level=None)
        self.conn.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
        for pragma in ("journal_mode = WAL", "synchronous = FULL"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        self.conn.execute("INSERT INTO t (id, v) VALUES (1, '')")
        self.made = 0

    def commit(self) -> float:
        self.made += 1
        t = time.perf_counter()
        self.conn.execute("UPDATE t SET v = ? WHERE id = 1", (f"06-{12345600 + self.made}",))
        return (time.perf_counter() - t) * 1000

    def close(self) -> None:
        import shutil

        self.conn.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def main() -> int:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from desktop_app.paths import database_path
    from desktop_app.settings import Settings
    from desktop_app.store import open_store
    from desktop_app.ui.autosave import FieldSaver
    from desktop_app.ui.main_window import MainWindow

    out: dict = {}
    passphrase = os.environ["GEZINSPLAN_PASSPHRASE"]
    t = time.perf_counter()
    store = open_store(database_path(), passphrase, check=False)
    out["open_store_s"] = time.perf_counter() - t
    settings = Settings.load(Path(tempfile.mkdtemp()) / "settings.json")
    window = MainWindow(store.path, settings)
    window.show()
    window._opened(store)
    # What the app loads on a worker once its start has settled (ui/app.after_start_settled):
    # the first family page then does not pay for the session areas' imports.
    from desktop_app.ui.app import load_ahead

    load_ahead()
    view = window.caseload
    # A second of idle event loop before the first keystroke, as a consultant looks at
    # the caseload before typing: the caseload reads ahead for broad searches at idle.
    idle_until = time.perf_counter() + 1.0
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.005)
    rng = random.Random(8)

    handled: list[float] = []

    def settle() -> None:
        # The keystroke is handled when the model shows what the field says and
        # the visible rows have been painted.
        started = time.perf_counter()
        for _ in range(1000):
            app.processEvents()
            if view.model.text == view.search.text():
                break
        handled.append((time.perf_counter() - started) * 1000)
        view.table.viewport().repaint()

    def key(ch: str) -> None:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(view.search, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))

    # -- search as you type -----------------------------------------------
    per_kind: dict[str, list[float]] = {}
    latencies: list[float] = []
    for kind, text in _queries(store.db, rng):
        view.search.clear()
        settle()
        for ch in text:
            t = time.perf_counter()
            key(ch)
            settle()
            ms = (time.perf_counter() - t) * 1000
            latencies.append(ms)
            per_kind.setdefault(kind, []).append(ms)
    # Backspace a few characters too: consultants correct typos.
    for _ in range(3):
        t = time.perf_counter()
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(view.search, QKeyEvent(kind, Qt.Key_Backspace, Qt.NoModifier))
        settle()
        latencies.append((time.perf_counter() - t) * 1000)
    out["search_ms"] = latencies
    out["search_handled_ms"] = handled  # the same, without the repaint
    # The floor for that repaint: the same table size filled by Qt's own C++ model.
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    floor_model = QStandardItemModel(200, 6)
    for r in range(200):
        for c in range(6):
            floor_model.setItem(r, c, QStandardItem(view.model.data(view.model.index(r % max(1, view.model.rowCount()), c)) or "x"))
    floor = QTableView()
    floor.setModel(floor_model)
    floor.resize(view.table.size())
    floor.show()
    app.processEvents()
    paints = []
    for _ in range(20):
        t = time.perf_counter()
        floor.viewport().repaint()
        paints.append((time.perf_counter() - t) * 1000)
    floor.close()
    out["bare_table_repaint_ms"] = paints
    out["search_by_kind_ms"] = per_kind
    view.search.clear()
    settle()

    # -- scrolling the caseload --------------------------------------------
    fetch: list[float] = []
    for _ in range(50):  # 50 pages of 200 = 10,000 rows scrolled past
        if not view.model.canFetchMore():
            break
        t = time.perf_counter()
        view.table.scrollToBottom()
        app.processEvents()
        view.table.viewport().repaint()
        fetch.append((time.perf_counter() - t) * 1000)
    out["scroll_page_ms"] = fetch
    out["rows_loaded"] = view.model.rowCount()

    # -- family pages and tabs ----------------------------------------------
    n = store.db.execute("SELECT max(id) FROM families").fetchone()[0]
    open_ms, tab_ms, back_ms = [], [], []
    for fid in [rng.randint(1, n) for _ in range(15)]:
        t = time.perf_counter()
        page = window.open_family(fid)
        app.processEvents()
        page.repaint()
        open_ms.append((time.perf_counter() - t) * 1000)
        for i in [*range(1, page.tabs.count()), 0]:
            t = time.perf_counter()
            page.tabs.setCurrentIndex(i)
            app.processEvents()
            page.repaint()
            tab_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        window.close_page(page)
        app.processEvents()
        view.table.viewport().repaint()
        back_ms.append((time.perf_counter() - t) * 1000)
        # Without a running event loop deleteLater never happens: the closed pages would
        # stay subscribed to every change and slow the autosave figures below.
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    out["family_open_ms"] = open_ms
    out["tab_switch_ms"] = tab_ms
    out["back_to_caseload_ms"] = back_ms

    # -- autosave: through FieldSaver's save path ---------------------------
    page = window.open_family(rng.randint(1, n))
    app.processEvents()
    page.member_list.setCurrentRow(0)
    app.processEvents()
    fields = {
        "person.phone": page.member_editor.form.widgets["phone"],
        "person.last_name": page.member_editor.form.widgets["last_name"],
        "family.street": page.findChild(type(page.member_editor.form.widgets["phone"]), "street"),
    }
    save_ms: dict[str, list[float]] = {}
    durable_ms: dict[str, list[float]] = {}
    sync_ms: dict[str, list[float]] = {}  # the commit returned → the writer's sync returned
    bare_ms: dict[str, list[float]] = {}
    writer = window.session.writer
    bare = _BareCommits(passphrase)
    for label, widget in fields.items():
        saver = widget.findChild(FieldSaver)
        original = widget.text()
        for i in range(AUTOSAVE_EDITS):
            value = f"06-{12345600 + i}" if "phone" in label else f"{original} {'ab'[i % 2]}".strip()
            widget.setText(value)
            widget.textEdited.emit(value)
            t = time.perf_counter()
            ok = saver.flush()
            gui = time.perf_counter()
            # The GUI thread's share ends with flush(); the edit is durable when the
            # writer thread's sync after it returned (issue 17).
            assert writer.wait(10), label
            done = time.perf_counter()
            save_ms.setdefault(label, []).append((gui - t) * 1000)
            durable_ms.setdefault(label, []).append((done - t) * 1000)
            sync_ms.setdefault(label, []).append((writer.durable_at - writer.requested_at) * 1000)
            assert ok, label
            app.processEvents()  # the indicator's 'Opgeslagen', as between keystrokes
            # Nothing of the app's on its way to the disk meanwhile (an idle step may write).
            assert writer.wait(10), label
            bare_ms.setdefault(label, []).append(bare.commit())
        widget.setText(original)
        widget.textEdited.emit(original)
        saver.flush()
    writer.wait(10)
    out["autosave_ms"] = save_ms
    out["autosave_durable_ms"] = durable_ms
    out["autosave_sync_ms"] = sync_ms
    # The floor as measured before (60 commits after the edits), shown beside it.
    out["bare_commit_apart_ms"] = [bare.commit() for _ in range(60)]
    bare.close()
    out["bare_commit_ms"] = bare_ms
    window.close_page(page)

    # -- a little more searching, then the peak memory ------------------------
    for text in ("a", "van", "6", "CJG"):
        view.search.clear()
        settle()
        for ch in text:
            key(ch)
            settle()
    out["rss_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    print(json.dumps(out), flush=True)
    os._exit(0)  # skip interpreter teardown of the Qt objects: nothing left to measure


if __name__ == "__main__":
    sys.exit(main())
