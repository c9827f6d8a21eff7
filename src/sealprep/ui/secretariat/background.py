"""Long store work (reading and planning a 100,000-row roster, importing it) off the GUI thread.

``run_in_background`` runs a function on a worker thread with its own store connection (a
connection is used by one thread at a time, as in the search and print workers) while a busy
indicator shows and the window keeps repainting and answering; it returns the function's result
or raises its exception, so the caller reads like ordinary sequential code.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sealprep.core.store import Store

T = TypeVar("T")

BUSY_DELAY_MS = 300
"""Work that ends sooner never flashes the busy indicator."""


class _Finished(QObject):
    done = Signal()


def run_in_background(parent: QWidget | None, store: Store, label: str, work: Callable[[Store], T]) -> T:
    """``work(store)`` on a worker thread with its own connection to the same store file."""
    outcome: dict[str, object] = {}
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        try:
            if str(store.path) == ":memory:":  # no second connection to an in-memory store
                outcome["result"] = work(store)
            else:
                with Store.open(store.path) as own:
                    outcome["result"] = work(own)
        except BaseException as exc:  # handed to the GUI thread and raised there
            outcome["error"] = exc
        finally:
            finished.done.emit()

    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setObjectName("busy")
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(BUSY_DELAY_MS)
    busy.setAutoClose(False)
    worker = threading.Thread(target=target, name="sealprep-background", daemon=True)
    worker.start()
    loop.exec()  # the window keeps painting and answering meanwhile
    worker.join()
    busy.close()
    busy.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
