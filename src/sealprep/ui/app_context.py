"""What every view shares: the store, and signals that say which data changed.

Views call core services through ``context.store`` and emit the matching signal after a change,
so other views refresh themselves without knowing about each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sealprep.core.store import Store


class AppContext(QObject):
    bank_changed = Signal()
    people_changed = Signal()
    assignments_changed = Signal()
    schedule_changed = Signal()
    rehearsal_changed = Signal()
    language_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store

    def apply_changes(self, changes: set[str]) -> None:
        """Emit the signals for the areas a core operation changed (``bank``, ``people``,
        ``assignments``, ``schedule``, ``rehearsal``; ``me``, who this laptop rehearses as, is
        shown with the people)."""
        for area, signal in (
            ("bank", self.bank_changed),
            ("people", self.people_changed),
            ("assignments", self.assignments_changed),
            ("schedule", self.schedule_changed),
            ("rehearsal", self.rehearsal_changed),
        ):
            if area in changes or (area == "people" and "me" in changes):
                signal.emit()
