"""Instellingen › Teamserver: the CJG's PostgreSQL server (issue 18) – address, port,
database, the CJG's CA certificate, user name and password; 'Verbinding testen' and
'Verbinden' run in a worker (ui/tasks.py), so the window never freezes on a slow or
unreachable server. The password goes into the encrypted database (session.team), never
into a file; once connected the dialog shows the setting (not the password) and the
prefix of this consultant's case numbers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..tasks import run_task
from .texts import error_text, is_team_error

DEFAULT_PORT = 5432
DEFAULT_DBNAME = "gezinsplan"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate; called by this name so lupdate reads the literals."""
    return QCoreApplication.translate(context, text)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TeamSettingsDialog(QDialog):
    tested = Signal(bool)  # a test or connect finished: True when it worked (tests)
    connected = Signal(dict)  # gz.whoami() after 'Verbinden'

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamSettingsDialog")
        self.setWindowTitle(QCoreApplication.translate("TeamSettings", "Teamserver"))
        self.setMinimumWidth(660)
        self.session = session
        self.busy = False
        outer = QVBoxLayout(self)
        # Everything but the buttons scrolls: at 200 % text on a small screen the dialog
        # is taller than the screen, and the buttons stay in reach.
        scroll = QScrollArea()
        scroll.setObjectName("teamSettingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.scroll, self.content = scroll, content
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(QCoreApplication.translate(
            "TeamSettings",
            "Met een teamserver bewaart het CJG een kopie van uw gezinnen op een eigen "
            "server. U werkt gewoon verder zonder internet; Gezinsplan stuurt uw wijzigingen "
            "mee zodra er verbinding is. De beheerder van het CJG geeft u de gegevens "
            "hieronder."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = QLabel()
        self.current.setObjectName("teamCurrent")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.current)

        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.host = self._field(form, "teamHost", QCoreApplication.translate("TeamSettings", "Server&adres"),
                                QCoreApplication.translate("TeamSettings", "bijvoorbeeld teamserver.cjg-midden-limburg.nl"))
        self.port = self._field(form, "teamPort", QCoreApplication.translate("TeamSettings", "&Poort"), str(DEFAULT_PORT))
        self.port.setMaximumWidth(120)
        self.dbname = self._field(form, "teamDbname", QCoreApplication.translate("TeamSettings", "&Database"), DEFAULT_DBNAME)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("teamCaFile")
        self.ca_file.setPlaceholderText(QCoreApplication.translate("TeamSettings", "het .crt- of .pem-bestand van de beheerder"))
        self.choose = QPushButton(QCoreApplication.translate("TeamSettings", "&Kiezen…"))
        self.choose.setObjectName("teamChooseCa")
        self.choose.clicked.connect(self._choose_ca)
        row = QHBoxLayout()
        row.addWidget(self.ca_file, 1)
        row.addWidget(self.choose)
        label = QLabel(QCoreApplication.translate("TeamSettings", "&CA-certificaat van het CJG"))
        label.setBuddy(self.ca_file)
        form.addRow(label, row)
        self._error_row(form, "teamCaFile")
        self.user = self._field(form, "teamUser", QCoreApplication.translate("TeamSettings", "&Gebruikersnaam"), "")
        self.password = self._field(form, "teamPassword", QCoreApplication.translate("TeamSettings", "Wacht&woord"), "")
        self.password.setEchoMode(QLineEdit.Password)
        self.remove_copy = QCheckBox(QCoreApplication.translate("TeamSettings", "Kopie &verwijderen na overdracht"))
        self.remove_copy.setObjectName("teamRemoveCopy")
        self.remove_copy.setToolTip(QCoreApplication.translate(
            "TeamSettings", "Draagt u een gezin over aan een collega, dan haalt Gezinsplan het "
                            "gezin van deze laptop zodra de server de overdracht bevestigt."))
        form.addRow("", self.remove_copy)
        layout.addLayout(form)

        self.result = QLabel()
        self.result.setObjectName("teamResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.result.setAccessibleName(QCoreApplication.translate("TeamSettings", "Uitkomst"))
        self.result.hide()
        layout.addWidget(self.result)
        layout.addStretch(1)

        # Test first, then connect (in reading order), closing on its own at the right.
        buttons = QHBoxLayout()
        self.test_button = QPushButton(QCoreApplication.translate("TeamSettings", "Verbinding &testen"))
        self.test_button.setObjectName("teamTest")
        self.connect_button = QPushButton(QCoreApplication.translate("TeamSettings", "Ver&binden"))
        self.connect_button.setObjectName("teamConnect")
        self.connect_button.setDefault(True)
        close = QPushButton(QCoreApplication.translate("TeamSettings", "&Sluiten"))
        close.setObjectName("teamClose")
        close.setAutoDefault(False)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test)
        self.connect_button.clicked.connect(self.connect_server)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.connect_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self._fill()
        self.remove_copy.toggled.connect(self._remove_copy_toggled)
        self.host.setFocus()

    def _fit(self) -> None:
        """As tall as the content needs, as long as the screen has room (then it scrolls)."""
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry().height() - 120 if screen is not None else 600
        need = self.content.sizeHint().height() + 4
        self.scroll.setMinimumHeight(max(120, min(need, room)))
        if self.isVisible():
            self.adjustSize()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._fit()
        super().showEvent(event)

    # -- building ---------------------------------------------------------------------------
    def _field(self, form: QFormLayout, name: str, label_text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        label = QLabel(label_text)
        label.setBuddy(edit)
        form.addRow(label, edit)
        self._error_row(form, name)
        edit.textEdited.connect(lambda _t, n=name: self._clear_error(n))
        return edit

    def _error_row(self, form: QFormLayout, name: str) -> None:
        error = QLabel()
        error.setObjectName("error")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        form.addRow("", error)

    def _fill(self) -> None:
        status = self.session.team.status()
        self.remove_copy.setChecked(status.remove_after_handover)
        server = status.server or {}
        if status.configured:
            self.host.setText(str(server.get("host") or ""))
            self.port.setText(str(server.get("port") or ""))
            self.dbname.setText(str(server.get("dbname") or ""))
            self.ca_file.setText(str(server.get("ca_file") or ""))
            self.user.setText(status.user or "")
            self.password.setPlaceholderText(QCoreApplication.translate(
                "TeamSettings", "bewaard; alleen invullen om opnieuw te verbinden"))
        self._show_current(status)

    def _show_current(self, status) -> None:
        if not status.configured:
            self.current.setText(QCoreApplication.translate(
                "TeamSettings", "Er is nog geen teamserver ingesteld. Alles blijft op deze laptop."))
            return
        server = status.server or {}
        address = f"{server.get('host', '')}:{server.get('port') or DEFAULT_PORT}"
        self.current.setText(
            QCoreApplication.translate("TeamSettings", "Verbonden met %1, database %2, als %3.")
            .replace("%1", address).replace("%2", str(server.get("dbname") or DEFAULT_DBNAME))
            .replace("%3", status.user or "") + "\n"
            + QCoreApplication.translate("TeamSettings", "Nieuwe casusnummers krijgen het voorvoegsel %1, bijvoorbeeld %2.")
            .replace("%1", status.prefix or "–")
            .replace("%2", f"CJG-{status.prefix}-{date.today().year}-000001" if status.prefix else "–"))

    # -- input ------------------------------------------------------------------------------
    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("TeamSettings", "CA-certificaat van het CJG kiezen"),
            self.ca_file.text(),
            QCoreApplication.translate("TeamSettings", "Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)"))
        if path:
            self.ca_file.setText(path)
            self._clear_error("teamCaFile")

    def show_error(self, name: str, text: str) -> None:
        error = self.errors[name]
        error.setText(text)
        error.show()
        widget = self.findChild(QLineEdit, name)
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.setAccessibleDescription(text)
            _repolish(widget)

    def _clear_error(self, name: str) -> None:
        self.errors[name].hide()
        widget = self.findChild(QLineEdit, name)
        if widget is not None:
            widget.setProperty("invalid", False)
            widget.setAccessibleDescription("")
            _repolish(widget)

    def values(self) -> tuple[dict, str, str] | None:
        """(server, user, password), or None after showing what is wrong beside the fields
        (nothing typed is cleared)."""
        for name in self.errors:
            self._clear_error(name)
        first = None

        def bad(name: str, text: str) -> None:
            nonlocal first
            self.show_error(name, text)
            first = first or self.findChild(QLineEdit, name)

        host = self.host.text().strip()
        if not host:
            bad("teamHost", translate("TeamSettings", "Vul het adres van de teamserver in, bijvoorbeeld teamserver.cjg.nl."))
        elif any(c.isspace() for c in host) or "/" in host:
            bad("teamHost", translate("TeamSettings", "Een serveradres heeft geen spaties of schuine strepen. Vul alleen de naam van de server in."))
        port_text = self.port.text().strip() or str(DEFAULT_PORT)
        port = int(port_text) if port_text.isdigit() else None
        if port is None or not 0 < port < 65536:
            bad("teamPort", translate("TeamSettings", "De poort is een getal van 1 tot en met 65535, meestal 5432."))
        dbname = self.dbname.text().strip() or DEFAULT_DBNAME
        ca_file = self.ca_file.text().strip()
        if not ca_file:
            bad("teamCaFile", translate("TeamSettings", "Kies het CA-certificaat van het CJG. Zonder dit bestand kan Gezinsplan de server niet controleren."))
        else:
            from pathlib import Path

            if not Path(ca_file).is_file():
                bad("teamCaFile", translate("TeamSettings", "Dit bestand bestaat niet. Kies het CA-certificaat opnieuw."))
        user = self.user.text().strip()
        if not user:
            bad("teamUser", translate("TeamSettings", "Vul uw gebruikersnaam voor de teamserver in."))
        password = self.password.text()
        if not password:
            bad("teamPassword", translate("TeamSettings", "Vul uw wachtwoord voor de teamserver in."))
        if first is not None:
            self._fit()  # the messages take room
            first.setFocus()
            return None
        server = {"host": host, "port": port, "dbname": dbname, "ca_file": ca_file}
        return server, user, password

    # -- work -------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        if text:
            self._say(text, ok=None)

    def _say(self, text: str, ok: bool | None) -> None:
        self.result.setProperty("state", {True: "ok", False: "error", None: "busy"}[ok])
        self.result.setText(text)
        _repolish(self.result)
        self.result.show()
        self._fit()

    def test(self) -> None:
        """'Verbinding testen': connect and ask who we are, in a worker."""
        values = self.values()
        if values is None or self.busy:
            return
        server, user, password = values
        self._set_busy(True, translate("TeamSettings", "Verbinding wordt getest…"))
        area = self.session.team

        def done(me: dict) -> None:
            if not self._alive():
                return
            self._set_busy(False)
            self._say(translate("TeamSettings", "De verbinding werkt. U bent op de teamserver bekend als %1.")
                      .replace("%1", str(me.get("role") or user)), ok=True)
            self.tested.emit(True)

        run_task(self, lambda _p: area.test_connection(server, user, password), done,
                 self._failed)

    def connect_server(self) -> None:
        """'Verbinden': keep the setting (and the password, encrypted) and start syncing."""
        values = self.values()
        if values is None or self.busy:
            return
        server, user, password = values
        self._set_busy(True, translate("TeamSettings", "Verbinden…"))
        area = self.session.team

        def done(me: dict) -> None:
            area.announce(None)  # on the GUI thread: the status bar starts following
            if not self._alive():
                return
            self._set_busy(False)
            area.set_remove_after_handover(self.remove_copy.isChecked())
            self.password.clear()
            status = area.status()
            self._fill()
            self._say(translate("TeamSettings", "Verbonden. Gezinsplan synchroniseert nu op de achtergrond."), ok=True)
            self._show_current(status)
            self.tested.emit(True)
            self.connected.emit(me)

        run_task(self, lambda _p: area.connect_apart(server, user, password), done,
                 self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self._set_busy(False)
        if not is_team_error(exc):
            import logging

            logging.getLogger(__name__).error("team server: %s", type(exc).__name__)
        self._say(error_text(exc), ok=False)
        self.tested.emit(False)

    def _remove_copy_toggled(self, on: bool) -> None:
        if self.session.team.status().configured:
            self.session.team.set_remove_after_handover(on)

    def _alive(self) -> bool:
        import shiboken6

        return shiboken6.isValid(self)


def open_team_settings(window) -> TeamSettingsDialog:
    dialog = TeamSettingsDialog(window.session, window)
    dialog.open()
    return dialog
