"""The one operation on preferences: change some of them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sealprep.core.operations.changes import NOTHING, Changes, Outcome
from sealprep.core.preferences import Preferences
from sealprep.core.store import Store

DISPLAY_FIELDS = frozenset({"digits"})
"""Preferences that change how every view shows numbers and dates."""


def update_preferences(store: Store, **values: Any) -> Outcome[Preferences]:
    """Set the named preferences (``digits="arabic"``, ``prepared_threshold=3`` ...); the others
    stay. Nothing is written, and nothing reported, when no value differs."""
    with store.transaction():
        current = store.preferences.load()
        wanted = replace(current, **values)
        if wanted == current:
            return Outcome(current, NOTHING)
        store.preferences.save(wanted)
    changed = {name for name, value in values.items() if getattr(current, name) != value}
    return Outcome(wanted, Changes(preferences=True, display=bool(changed & DISPLAY_FIELDS)))
