"""One window per store: a second start on the same store brings the running window to the
front instead of opening a second one (two windows would each hold their own view of the same
file, and undo in one would not know the other's edits).

The running app listens on a local socket (a named pipe on Windows) whose name comes from the
store file's resolved path; a second start connects to it, asks it to show itself, and quits.
Different stores (``--db``) run side by side. When the first app crashed its socket name may be
left over: listening then clears it (``QLocalServer.removeServer``) and starts afresh.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_RAISE = b"raise\n"


def server_name(store_path: str | Path) -> str:
    """A short name that is the same for every way of writing the store's path."""
    resolved = str(Path(store_path).expanduser().resolve()).casefold()
    return "sealprep-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]


def ask_running_instance(store_path: str | Path, timeout_ms: int = 500) -> bool:
    """True when an app already runs on this store (it has been asked to come to the front)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(store_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_RAISE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same store; ``raise_requested`` asks for the window."""

    raise_requested = Signal()

    def __init__(self, store_path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(store_path)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left over by a crash
            self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def is_listening(self) -> bool:
        return self.server.isListening()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()  # a child of the server, freed with it
            # the later start writes at once after connecting: a short wait reads it
            if socket.bytesAvailable() or socket.waitForReadyRead(500):
                if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
                    self.raise_requested.emit()
            socket.close()

    def close(self) -> None:
        self.server.close()


def bring_to_front(window) -> None:
    """Show a window restored and in front (as far as the platform lets an app do so)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
