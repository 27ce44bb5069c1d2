"""Autosave for form fields.

Each field saves itself shortly after the consultant stops typing (and at once
when focus leaves), through a `save(value) -> cleaned` callable that validates
and writes in one small transaction. A ValidationError shows its message under
the field and stores nothing; the typed text stays in the field so nothing the
family said is thrown away. A shared SaveIndicator shows 'Opgeslagen om hh:mm'.
A full disk (session.DiskFull) is said as such; the field stays pending and is tried
again every RETRY_MS until there is room (and at every flush, e.g. on close).

The GUI thread never waits on the disk (issue 17): the commit runs here without its fsync
(session.autosave.deferred_durability), the store's writer thread makes it durable, and
only then does the indicator say 'Opgeslagen'. Until then it says 'Wordt opgeslagen…'; a
failing sync says so and is retried by the writer. `flush_pending()` blocks until every
queued edit is durable (before locking, closing, restoring).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..session import DiskFull
from ..session import autosave as writes
from .messages import validation_message

DEBOUNCE_MS = 600
RETRY_MS = 5000


class SaveIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveIndicator")
        self.setAccessibleName(self.tr("Opslagstatus"))

    def saved(self) -> None:
        self._show("saved", self.tr("✓ Opgeslagen om %1").replace(
            "%1", QTime.currentTime().toString("HH:mm:ss")))

    def failed(self) -> None:
        self._show("error", self.tr("Niet opgeslagen: controleer het veld met de melding"))

    def disk_full(self) -> None:
        self._show("error", self.tr("De schijf is vol: nog niet opgeslagen. Maak ruimte vrij; het "
                                    "wordt vanzelf opnieuw geprobeerd."))

    def not_durable(self) -> None:
        self._show("error", self.tr("Nog niet veilig opgeslagen: de schijf gaf een fout. Het wordt "
                                    "vanzelf opnieuw geprobeerd."))

    def pending(self) -> None:
        self._show("pending", self.tr("Wordt opgeslagen…"))

    def _show(self, state: str, text: str) -> None:
        if text != self.text():
            self.setText(text)
        if self.property("state") != state:  # restyled only when the state changes: every
            self.setProperty("state", state)  # keystroke and save says 'pending' (issue 17)
            self.style().unpolish(self)
            self.style().polish(self)


class FieldSaver(QObject):
    """Binds one input widget to a save callable."""

    saved = Signal(object)

    def __init__(
        self,
        widget: QWidget,
        save: Callable[[Any], Any],
        indicator: SaveIndicator | None = None,
        error_label: QLabel | None = None,
    ):
        super().__init__(widget)
        self.widget = widget
        self._save = save
        self.indicator = indicator
        self.error_label = error_label
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self._awaiting = 0  # the writer's sequence number this field's last commit waits for
        self._error_shown = False
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._changed)
            widget.editingFinished.connect(self.flush)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i: (self._changed(), self.flush()))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _b: (self._changed(), self.flush()))
        else:  # pragma: no cover - a programming error
            raise TypeError(type(widget))
        widget.destroyed.connect(self._timer.stop)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData()
        return w.isChecked()

    def _changed(self, *_args) -> None:
        self._dirty = True
        if self.indicator:
            self.indicator.pending()
        self._timer.start(DEBOUNCE_MS)

    def flush(self) -> bool:
        """Save now if anything changed; True when the stored value is current."""
        self._timer.stop()
        if not self._dirty:
            return True
        # Here, not at the top: the unlock screen paints before these load (issue 17).
        from ..core.lifecycle import LifecycleError
        from ..core.validation import ValidationError
        from ..session.maintenance import ReadOnlyFolder

        try:
            with writes.deferred_durability() as batch:
                cleaned = self._save(self.value())
        except (ValidationError, LifecycleError) as exc:
            # A closed case (closed on another screen meanwhile) refuses like bad input:
            # the message under the field, the typed text kept, nothing stored.
            self._show_error(validation_message(exc.code))
            if self.indicator:
                self.indicator.failed()
            return False
        except DiskFull:
            # Still dirty: the typed value stays, and is saved when there is room.
            if self.indicator:
                self.indicator.disk_full()
            self._timer.start(RETRY_MS)
            return False
        except ReadOnlyFolder:  # the typed text stays in the field, nothing is stored
            self._show_error(self.tr("De gegevensmap is alleen-lezen: dit wordt niet "
                                     "opgeslagen."))
            if self.indicator:
                self.indicator.failed()
            return False
        self._dirty = False
        self._show_error("")
        if batch.tickets:
            self._await(batch.tickets)
        elif self.indicator:
            self.indicator.saved()
        self.saved.emit(cleaned)
        return True

    @property
    def durable(self) -> bool:
        """Nothing typed that is not yet on disk."""
        return not self._dirty and not self._awaiting

    def _await(self, tickets) -> None:
        if self.indicator:
            self.indicator.pending()
        relay = _relay()
        me = weakref.ref(self)
        for writer, seq in tickets:
            self._awaiting = seq
            writer.when_durable(seq, lambda s, err: relay.arrived.emit((me, s, err)))

    def _durable(self, seq: int, error: BaseException | None) -> None:
        if seq != self._awaiting:
            return  # an older commit of this field; the newest one decides
        if error is not None:
            if self.indicator:
                self.indicator.not_durable()
            return  # the writer retries; the edit stays in the field and in the queue
        self._awaiting = 0
        if self.indicator and not self._dirty:
            self.indicator.saved()

    def _show_error(self, text: str) -> None:
        if not text and not self._error_shown:
            return  # nothing to clear: no restyle at every save (issue 17)
        self._error_shown = bool(text)
        self.widget.setProperty("invalid", bool(text))
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)
        if self.error_label is not None:
            self.error_label.setText(text)
            self.error_label.setVisible(bool(text))
        self.widget.setToolTip(text)


def flush_all(root: QWidget) -> bool:
    """Save every pending field under `root` (before closing or locking)."""
    ok = True
    for saver in root.findChildren(FieldSaver):
        ok = saver.flush() and ok
    return ok


def flush_pending(root: QWidget | None = None, timeout: float = 10.0) -> bool:
    """Save every field under `root` and block until every queued edit is durable (before
    locking, closing or restoring). False when a field refused its value or the disk did
    not allow the sync in time: then the edits stay pending and are retried. A field still
    pending (a full disk) keeps its text; its retry timer is held while locked
    (ui/safety/locking.py) and it is saved after unlocking."""
    ok = flush_all(root) if root is not None else True
    ok = writes.wait_all(timeout) and ok
    if _RELAY is not None:  # the indicators say 'Opgeslagen' now, not at the next event
        QCoreApplication.sendPostedEvents(_RELAY, 0)
    return ok


class _Relay(QObject):
    """Carries the writer thread's reports to the GUI thread (a queued signal)."""

    arrived = Signal(object)

    def __init__(self):
        super().__init__()
        self.arrived.connect(self._deliver)

    def _deliver(self, report) -> None:
        ref, seq, error = report
        saver = ref()
        if saver is not None and _alive(saver):
            saver._durable(seq, error)


_RELAY: _Relay | None = None


def _relay() -> _Relay:
    global _RELAY
    if _RELAY is None:  # made on the GUI thread, at the first autosave
        _RELAY = _Relay()
    return _RELAY


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
