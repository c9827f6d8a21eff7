"""Running a long core operation off the GUI thread (like Anki's ``CollectionOp``).

``run_in_background(context, operation, *args, on_done=..., on_failed=...)`` runs
``operation(store, *args)`` on a ``QThreadPool`` thread with its own store connection (a
connection belongs to one thread; the file is in WAL mode, so the window keeps reading while the
operation writes). Back on the GUI thread, ``context.apply`` announces the outcome's ``Changes``
and ``on_done(value)`` runs; if the operation raised, nothing was changed (operations own their
transaction) and ``on_failed(exc)`` runs instead. ``wait_for_operations()`` blocks until every
running operation is done (the main window calls it before the store closes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from sealprep.core.operations import Outcome
from sealprep.core.store import Store
from sealprep.ui.app_context import AppContext

T = TypeVar("T")
log = logging.getLogger(__name__)
_running: set[_Bridge] = set()


class _Bridge(QObject):
    """Lives on the GUI thread; the worker's signals reach it queued."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, store_path: Any, operation: Callable[..., Outcome[Any]], args: tuple, kwargs: dict, bridge: _Bridge
    ):
        super().__init__()
        self.setAutoDelete(True)
        self.store_path = store_path
        self.operation = operation
        self.args = args
        self.kwargs = kwargs
        self.bridge = bridge

    @Slot()
    def run(self) -> None:
        try:
            with Store.open(self.store_path) as store:
                outcome = self.operation(store, *self.args, **self.kwargs)
        except Exception as exc:  # reported on the GUI thread; never a traceback for the user
            log.exception("operation %s failed", getattr(self.operation, "__name__", self.operation))
            self.bridge.failed.emit(exc)
        else:
            self.bridge.succeeded.emit(outcome)


def run_in_background(
    context: AppContext,
    operation: Callable[..., Outcome[T]],
    *args: Any,
    on_done: Callable[[T], None],
    on_failed: Callable[[Exception], None],
    **kwargs: Any,
) -> None:
    """Start ``operation(store, *args, **kwargs)`` on a worker thread (returns at once)."""
    bridge = _Bridge()
    _running.add(bridge)

    def succeeded(outcome: Outcome[T]) -> None:
        _running.discard(bridge)
        context.apply(outcome.changes)
        on_done(outcome.value)

    def failed(exc: Exception) -> None:
        _running.discard(bridge)
        on_failed(exc)

    bridge.succeeded.connect(succeeded)
    bridge.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(context.store.path, operation, args, kwargs, bridge))


def wait_for_operations() -> None:
    """Block until every background operation has finished its work (its result is delivered
    when the event loop next runs)."""
    QThreadPool.globalInstance().waitForDone()
