"""Search as you type without freezing the window.

``LiveSearch.request(text)`` restarts a short debounce timer; when it fires, the query goes to a
worker living in its own QThread with its own store connection (a connection is used by one
thread at a time; WAL lets it read beside the GUI's writes). Every query carries a sequence
number, and only the answer to the newest one is delivered: the worker skips queries that are
already stale when it gets to them, and ``LiveSearch`` drops answers that arrive late.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from sealprep.core.store import Store

DEBOUNCE_MS = 150


class _SearchWorker(QObject):
    finished = Signal(int, str, list)  # sequence, query, ranked question ids
    failed = Signal(int, str, str)  # sequence, query, message

    def __init__(self, store_path: str | Path):
        super().__init__()
        self._store_path = store_path
        self._store: Store | None = None
        self.latest = 0  # written by the GUI thread; a plain int is read atomically under the GIL

    @Slot(int, str)
    def run(self, sequence: int, query: str) -> None:
        if sequence != self.latest:
            return  # a newer query is already queued behind this one
        try:
            if self._store is None:
                self._store = Store.open(self._store_path)
            ids = [hit.question_id for hit in self._store.search(query, limit=1000)]
        except Exception as exc:
            self.failed.emit(sequence, query, str(exc))
            return
        self.finished.emit(sequence, query, ids)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class LiveSearch(QObject):
    """Debounced, threaded search; emits ``results(query, ids)`` for the newest query only."""

    results = Signal(str, list)
    failed = Signal(str, str)
    cleared = Signal()
    _submit = Signal(int, str)

    def __init__(self, store_path: str | Path, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._store_path = store_path
        self._sequence = 0
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._dispatch)
        self._thread: QThread | None = None
        self._worker: _SearchWorker | None = None
        self.busy = False

    def request(self, text: str) -> None:
        """Search for ``text`` after a short pause in typing; empty text clears at once."""
        self._pending = text
        if not text.strip():
            self._timer.stop()
            self._sequence += 1  # any answer still on its way is now stale
            if self._worker is not None:
                self._worker.latest = self._sequence
            self.busy = False
            self.cleared.emit()
            return
        self._timer.start()

    def flush(self) -> None:
        """Send a pending query now instead of waiting for the debounce timer."""
        if self._timer.isActive():
            self._timer.stop()
            self._dispatch()

    def _ensure_worker(self) -> _SearchWorker:
        if self._worker is None:
            self._thread = QThread(self)
            self._thread.setObjectName("sealprep-search")
            self._worker = _SearchWorker(self._store_path)
            self._worker.moveToThread(self._thread)
            self._submit.connect(self._worker.run)
            self._worker.finished.connect(self._on_finished)
            self._worker.failed.connect(self._on_failed)
            self._thread.start()
        return self._worker

    def _dispatch(self) -> None:
        worker = self._ensure_worker()
        self._sequence += 1
        worker.latest = self._sequence
        self.busy = True
        self._submit.emit(self._sequence, self._pending)

    def _on_finished(self, sequence: int, query: str, ids: list) -> None:
        if sequence == self._sequence:
            self.busy = False
            self.results.emit(query, ids)

    def _on_failed(self, sequence: int, query: str, message: str) -> None:
        if sequence == self._sequence:
            self.busy = False
            self.failed.emit(query, message)

    def shutdown(self) -> None:
        """Stop the worker thread and close its connection (call before the store is closed)."""
        self._timer.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._worker.close()
            self._thread = None
            self._worker = None
