"""One instance per data folder. The OS lock of store.instance keeps any second
process (a second GUI, or gezinsplan-admin) from writing; a QLocalServer lets a
second start bring the running window to the front."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QWidget

# QtNetwork loads only for a second start (claim) and behind the unlock screen (serve): it
# made the unlock screen's first paint ~8 ms later (issue 17).


def server_name(folder: Path) -> str:
    digest = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:16]
    return f"gezinsplan-{digest}"


def claim(folder: Path) -> bool:
    """True: this process now owns the folder. False: another one does (it was
    asked to come to the front)."""
    from ...session.maintenance import claim_data_folder

    if claim_data_folder(folder):
        return True
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if socket.waitForConnected(500):
        socket.write(b"raise\n")
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
    return False


def serve(folder: Path, window: QWidget) -> QLocalServer:
    """Listen for a second start and bring `window` to the front."""
    from PySide6.QtNetwork import QLocalServer

    name = server_name(folder)
    QLocalServer.removeServer(name)  # a stale socket after a crash
    server = QLocalServer(window)

    def raise_window() -> None:
        conn = server.nextPendingConnection()
        if conn is not None:
            conn.disconnected.connect(conn.deleteLater)
        if getattr(window, "_closing", False):  # hidden while closing (a last backup)
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(raise_window)
    server.listen(name)
    return server
