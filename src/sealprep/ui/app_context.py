"""What every view shares: the store, and signals that say which data changed.

Views change data only through core operations (``sealprep.core.operations``): they call
``context.run(operation, ...)`` (a long one on a worker thread through
``ui/secretariat/background.py: run_in_background``, then ``context.apply(outcome.changes)``),
and ``apply`` turns the operation's ``Changes`` into these signals, here and nowhere else. Other
views refresh themselves from the signals without knowing about each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from sealprep.core.operations import Changes, Outcome
from sealprep.core.store import Store

P = ParamSpec("P")
T = TypeVar("T")


class AppContext(QObject):
    bank_changed = Signal()
    people_changed = Signal()
    assignments_changed = Signal()
    schedule_changed = Signal()
    rehearsal_changed = Signal()
    preferences_changed = Signal()
    language_changed = Signal()
    """The interface language, or how numbers and dates are shown: every view redraws its text."""

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store

    def run(self, operation: Callable[Concatenate[Store, P], Outcome[T]], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a core operation on this store, announce what it changed, return its value.

        An exception from the operation propagates (the operation changed nothing)."""
        outcome = operation(self.store, *args, **kwargs)
        self.apply(outcome.changes)
        return outcome.value

    def apply(self, changes: Changes) -> None:
        """Emit the signal of every kind of data in ``changes`` (the only place that does)."""
        for changed, signal in (
            (changes.bank, self.bank_changed),
            (changes.people, self.people_changed),
            (changes.assignments, self.assignments_changed),
            (changes.schedule, self.schedule_changed),
            (changes.rehearsal, self.rehearsal_changed),
            (changes.preferences, self.preferences_changed),
            (changes.display, self.language_changed),
        ):
            if changed:
                signal.emit()
